// Settings → mendkit: checks a document in the browser with mendkit's own validator (the same
// messages the widget shows) and keeps the Save button off while the document has problems.
// The server checks again on save. A document saved from here is sent as the validator read it,
// stamped the way `mendkit validate --stamp` stamps it, so widgets showing it can skip loading
// their validator (the stamp is a cache hint, not a signature; see docs/content.md).
import { CURRENT_SCHEMA_VERSION, validateKind, withStamp } from './validate.js';

const form = document.getElementById('mendkit-document-form');
const textarea = document.getElementById('mendkit-document');
const file = document.getElementById('mendkit-file');
const save = document.getElementById('mendkit-save');
const output = document.getElementById('mendkit-problems');

/** A document's text checked: its problems as `{ path, message }`, and when there are none, the document as read. */
function read(text) {
  if (!text.trim()) return { problems: [{ path: '', message: 'is empty' }] };
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (error) {
    return {
      problems: [{ path: '', message: `is not valid JSON: ${error instanceof Error ? error.message : String(error)}` }],
    };
  }
  const kind = doc && typeof doc === 'object' ? doc.kind : undefined;
  if (!['quiz', 'explainer', 'checklist'].includes(kind))
    return { problems: [{ path: 'kind', message: 'should be one of "quiz", "explainer", "checklist"' }] };
  const result = validateKind(kind, doc);
  return result.ok ? { problems: [], value: result.value } : { problems: result.problems };
}

/** Problems with a document's text, as `{ path, message }`. */
export const check = (text) => read(text).problems;

function show(problems) {
  output.replaceChildren();
  save.disabled = problems.length > 0;
  if (!problems.length) {
    const ok = document.createElement('p');
    ok.textContent = 'This document is ready to save.';
    output.append(ok);
    return;
  }
  const intro = document.createElement('p');
  intro.textContent = 'This document cannot be saved yet. Please fix:';
  const list = document.createElement('ul');
  for (const { path, message } of problems) {
    const item = document.createElement('li');
    const where = document.createElement('code');
    where.textContent = path || '(document)';
    item.append(where, ` ${message}`);
    list.append(item);
  }
  output.append(intro, list);
}

if (form && textarea && save && output) {
  save.disabled = true;
  textarea.addEventListener('input', () => show(check(textarea.value)));
  file?.addEventListener('change', async () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    textarea.value = await chosen.text();
    // The pasted text is what is sent; the file input is cleared so it is not uploaded twice.
    file.value = '';
    show(check(textarea.value));
  });
  form.addEventListener('submit', (event) => {
    const { problems, value } = read(textarea.value);
    if (problems.length) {
      event.preventDefault();
      show(problems);
      return;
    }
    textarea.value = JSON.stringify(withStamp(value, CURRENT_SCHEMA_VERSION), null, 2);
  });
}
