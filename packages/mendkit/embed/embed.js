// mendkit's iframe embed: embed.html?widget=quiz&lang=es renders one widget, for hosts that
// accept only an iframe. It tells the page around it one thing, its height, and only to the
// origin that embeds it. The widget's events stay inside unless the URL opts in with `events=`.
import './mendkit.js';

const params = new URLSearchParams(location.search);

const tags = { quiz: 'mend-quiz', explainer: 'mend-explainer', checklist: 'mend-checklist' };
const common = ['src', 'theme', 'lang', 'dir', 'persist', 'storage-key'];
const attributes = {
  quiz: [...common, 'layout', 'support-href', 'support-label', 'quick-exit-url', 'no-quick-exit', 'include-answers'],
  explainer: [...common, 'view'],
  checklist: [...common, 'group'],
};
const events = ['mend-ready', 'mend-error', 'mend-answer', 'mend-change', 'mend-complete'];

const widget = Object.hasOwn(tags, params.get('widget') ?? '') ? params.get('widget') : 'quiz';
const element = document.createElement(tags[widget]);
for (const name of attributes[widget]) {
  const value = params.get(name);
  if (value !== null) element.setAttribute(name, value);
}
const lang = params.get('lang');
if (lang) document.documentElement.lang = lang;
const main = document.getElementById('mendkit-embed');
main.append(element);

/**
 * The embedding page's origin: the `origin` parameter if the page names itself (and the
 * browser's own record of the parent agrees), else what the browser reports. Null when unknown:
 * then nothing is sent at all.
 */
function parentOrigin() {
  if (window.parent === window) return null;
  const known = location.ancestorOrigins?.[0] ?? (document.referrer ? new URL(document.referrer).origin : null);
  const declared = params.get('origin');
  if (!declared) return known && known !== 'null' ? known : null;
  let origin;
  try {
    origin = new URL(declared).origin;
  } catch {
    return null;
  }
  return known && known !== origin ? null : origin;
}

const target = parentOrigin();
if (target) {
  let last = 0;
  const tell = () => {
    const height = Math.ceil(main.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ mendkitHeight: height }, target);
  };
  new ResizeObserver(tell).observe(main);
  tell();

  // Opt-in only: events=mend-complete,mend-ready forwards those events' details.
  const forwarded = (params.get('events') ?? '').split(',').filter((name) => events.includes(name));
  for (const name of forwarded) {
    element.addEventListener(name, (event) => {
      window.parent.postMessage({ mendkitEvent: name, detail: event.detail }, target);
    });
  }
}
