import { expect, waitUntil } from '@open-wc/testing';
import { finishQuiz, type HostedWidget } from '../support/walk-quiz.js';
import { kindNames } from '../../kinds.js';

// The iframe embed (dist/embed.html) in a host page that uses the documented parent script
// (dist/embed-parent.js): each widget renders, the iframe takes the widget's height, and the
// embed sends nothing but that height unless the URL opts in to events.

type Widget = HostedWidget;
type Received = { source: MessageEventSource | null; origin: string; data: unknown };

const embed = '/packages/mendkit/dist/embed.html';
const received: Received[] = [];
addEventListener('message', (event) => received.push({ source: event.source, origin: event.origin, data: event.data }));

const fromFrame = (frame: HTMLIFrameElement) => received.filter((m) => m.source === frame.contentWindow);
const isHeightOnly = (data: unknown) =>
  typeof data === 'object' &&
  data !== null &&
  Object.keys(data).join() === 'mendkitHeight' &&
  typeof (data as { mendkitHeight: unknown }).mendkitHeight === 'number';

async function mount(query: string, base = location.origin): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.dataset.mendkit = '';
  frame.title = 'Reflection';
  frame.style.cssText = 'width:640px;height:150px;border:0;display:block';
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  frame.src = `${base}${embed}?${query}`;
  document.body.append(frame);
  await loaded;
  return frame;
}

async function widgetIn(frame: HTMLIFrameElement): Promise<Widget> {
  const doc = frame.contentDocument!;
  await waitUntil(
    () => doc.querySelector<Widget>('mend-quiz, mend-explainer, mend-checklist')?.status === 'ready',
    'the widget did not get ready',
    {
      timeout: 8000,
    },
  );
  const widget = doc.querySelector<Widget>('mend-quiz, mend-explainer, mend-checklist')!;
  await widget.updateComplete;
  return widget;
}

/** The iframe is as tall as the embed's content, and the content does not scroll inside it. */
async function fitted(frame: HTMLIFrameElement) {
  const main = frame.contentDocument!.querySelector('main')!;
  await waitUntil(
    () => Math.abs(frame.getBoundingClientRect().height - main.getBoundingClientRect().height) <= 1,
    `the iframe did not take the content's height (${frame.style.height})`,
    { timeout: 5000 },
  );
  expect(frame.contentDocument!.documentElement.scrollHeight).to.be.at.most(frame.clientHeight + 1);
}

const origin = encodeURIComponent(location.origin);

describe('iframe embed', function () {
  this.timeout(30_000);
  const forget = () => {
    for (const storage of [localStorage, sessionStorage])
      Object.keys(storage).forEach((key) => key.startsWith('mendkit:') && storage.removeItem(key));
  };

  before(async () => {
    // The parent snippet, loaded as a site would (a plain script file: no inline script needed).
    await new Promise((resolve, reject) => {
      const script = document.createElement('script');
      script.src = '/packages/mendkit/dist/embed-parent.js';
      script.onload = resolve;
      script.onerror = reject;
      document.head.append(script);
    });
  });
  beforeEach(() => {
    forget();
    received.length = 0;
  });
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    forget();
  });

  for (const widget of kindNames) {
    it(`renders the ${widget} and sizes its iframe, sending only its height`, async () => {
      const frame = await mount(`widget=${widget}&lang=en&origin=${origin}`);
      const el = await widgetIn(frame);
      expect(el.localName).to.equal(`mend-${widget}`);
      await fitted(frame);
      expect(frame.getBoundingClientRect().height).to.be.greaterThan(150);
      const messages = fromFrame(frame);
      expect(messages.length).to.be.greaterThan(0);
      expect(messages.every((m) => m.origin === location.origin && isHeightOnly(m.data))).to.equal(true);
    });
  }

  it('follows the widget as it grows and shrinks, and keeps its events inside', async () => {
    const frame = await mount(`widget=quiz&origin=${origin}`);
    const quiz = await widgetIn(frame);
    await fitted(frame);
    const before = frame.getBoundingClientRect().height;
    await finishQuiz(quiz);
    await fitted(frame);
    expect(frame.getBoundingClientRect().height).to.not.equal(before);
    // A moment for anything else to arrive: nothing but heights ever does.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fromFrame(frame).every((m) => isHeightOnly(m.data))).to.equal(true);
  });

  it('forwards events only when the URL opts in', async () => {
    const frame = await mount(`widget=quiz&events=mend-complete&origin=${origin}`);
    await finishQuiz(await widgetIn(frame));
    await waitUntil(() => fromFrame(frame).some((m) => !isHeightOnly(m.data)), 'no event arrived', { timeout: 3000 });
    const events = fromFrame(frame)
      .map((m) => m.data as { mendkitEvent?: string; detail?: { outcomeId?: string } })
      .filter((data) => data.mendkitEvent);
    expect(events.map((e) => e.mendkitEvent)).to.deep.equal(['mend-complete']);
    expect(events[0]!.detail!.outcomeId).to.be.a('string');
  });

  it('passes documented attributes only, and the page language follows lang', async () => {
    const frame = await mount(`widget=explainer&lang=es&theme=dark&onclick=alert(1)&class=x&origin=${origin}`);
    const el = await widgetIn(frame);
    expect(el.getAttribute('lang')).to.equal('es');
    expect(el.getAttribute('theme')).to.equal('dark');
    expect(el.getAttributeNames().sort()).to.deep.equal(['lang', 'theme']);
    expect(frame.contentDocument!.documentElement.lang).to.equal('es');
  });

  it('an unknown widget name falls back to the quiz', async () => {
    const frame = await mount(`widget=script&origin=${origin}`);
    expect((await widgetIn(frame)).localName).to.equal('mend-quiz');
  });

  it('sends nothing to a page whose origin is not the one the URL names', async () => {
    const frame = await mount(`widget=quiz&origin=${encodeURIComponent('https://example.org')}`);
    await widgetIn(frame);
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(fromFrame(frame)).to.deep.equal([]);
    expect(frame.style.height).to.equal('150px');
  });

  it('works across origins, and the parent ignores height messages from anyone else', async () => {
    const other = location.hostname === 'localhost' ? '127.0.0.1' : 'localhost';
    const base = `${location.protocol}//${other}:${location.port}`;
    const frame = await mount(`widget=checklist&origin=${origin}`, base);
    await waitUntil(() => frame.getBoundingClientRect().height > 150, 'the cross-origin iframe was not sized', {
      timeout: 8000,
    });
    const messages = fromFrame(frame);
    expect(messages.every((m) => m.origin === new URL(base).origin && isHeightOnly(m.data))).to.equal(true);
    expect(frame.style.height).to.equal(`${(messages.at(-1)!.data as { mendkitHeight: number }).mendkitHeight}px`);
    // This window is not the iframe's: the parent script must not act on its message.
    window.postMessage({ mendkitHeight: 999 }, location.origin);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(frame.style.height).to.not.equal('999px');
  });

  it('has no inline script or style, so it runs under its own strict policy', async () => {
    const html = await (await fetch(embed)).text();
    const doc = new DOMParser().parseFromString(html, 'text/html');
    expect(doc.querySelectorAll('script:not([src]), style, [style]').length).to.equal(0);
    const policy = doc.querySelector('meta[http-equiv="Content-Security-Policy"]')!.getAttribute('content')!;
    expect(policy).to.contain("script-src 'self'");
    expect(policy).to.contain("style-src 'self'");
    expect(policy).to.contain("connect-src 'self'");
  });
});
