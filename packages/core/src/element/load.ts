import type { LoadErrorKind } from './events.js';
import { LIMITS } from '../content/limit-values.js';
import { linkRule, safeUrl } from '../content/links.js';
import type { Problem } from '../content/problems.js';
import type { ContentByKind, KindName } from '../content/kinds.js';
import type { Validation } from '../content/validate.js';
import { stamped } from '../content/stamp.js';
import { CURRENT_SCHEMA_VERSION } from '../content/schema-version.js';
import { loadedValidators, type KindValidator } from '../content/validators/loaded.js';

/** Where a widget's content can come from, in the order they are tried. */
export interface ContentSources {
  /** The `content` property: an object a script handed over. */
  property?: unknown;
  /** The text of an inline `<script type="application/json">` child. */
  inline?: string | null | undefined;
  /** The `src` attribute: a URL to fetch. */
  src?: string | null | undefined;
  /** The widget's built-in content, used when the site gave none. */
  fallback: () => Promise<unknown>;
}

export interface LoadError {
  kind: LoadErrorKind;
  problems: Problem[];
  /** What the document said about itself, when it got that far. */
  contentId: string | null;
  version: string | null;
  /** Set when trying again may help: every failure of content fetched from `src`. */
  retry?: true;
}

export type LoadResult<Doc> =
  { ok: true; content: Doc; source: 'property' | 'inline' | 'src' | 'default' } | { ok: false; error: LoadError };

export interface LoadOptions {
  /** Aborts the fetch when the element gets a new `src` or leaves the page. */
  signal?: AbortSignal;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

type Failure = { ok: false; error: LoadError };

const failure = (kind: LoadErrorKind, message: string, path = ''): Failure => ({
  ok: false,
  error: { kind, problems: [{ path, message }], contentId: null, version: null },
});

const tooLarge = (what: string) =>
  `${what} is larger than ${LIMITS.documentChars.toLocaleString('en')} characters, the most mendkit reads`;

/**
 * One signal for "the element gave up or the time ran out", built from an AbortController
 * and a timer rather than `AbortSignal.any`/`AbortSignal.timeout`, which older Safari lacks.
 */
function deadline(signal: AbortSignal | undefined, timeoutMs: number) {
  const controller = new AbortController();
  let timedOut = false;
  const stop = () => controller.abort(signal?.reason);
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new DOMException('The content took too long', 'TimeoutError'));
  }, timeoutMs);
  if (signal?.aborted) stop();
  else signal?.addEventListener('abort', stop, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    done: () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
    },
  };
}

/** What came back, in words a site owner can act on; `undefined` when it is text to parse. */
function decodeBody(bytes: Uint8Array, what: string): { ok: true; text: string } | Failure {
  if (bytes.length === 0) return failure('parse', `${what} answered with an empty document`);
  // UTF-16 starts with a byte order mark, or (without one) has a zero byte beside every ASCII character.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff) || bytes.includes(0))
    return failure('parse', `${what} is saved as UTF-16; save it as UTF-8`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return failure('parse', `${what} is not UTF-8 text; save it as UTF-8`);
  }
  if (!text.trim()) return failure('parse', `${what} answered with an empty document`);
  if (/^\s*</.test(text))
    return failure('parse', `${what} answered with a web page (HTML), not a JSON document; check the address`);
  return { ok: true, text };
}

async function fetchJson(src: string, { signal, timeoutMs = DEFAULT_TIMEOUT_MS, fetch: get }: LoadOptions) {
  const what = `"${src}"`;
  const time = deadline(signal, timeoutMs);
  const stopped = (): Failure => {
    if (signal?.aborted) return failure('network', `stopped loading ${what}`);
    const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`;
    return failure('network', `${what} did not answer within ${limit}`);
  };
  try {
    let response: Response;
    try {
      // credentials: 'omit' — content is public; never send the reader's cookies along.
      response = await (get ?? fetch)(src, {
        signal: time.signal,
        credentials: 'omit',
        headers: { accept: 'application/json' },
      });
    } catch {
      if (signal?.aborted || time.timedOut()) return stopped();
      return failure('network', `${what} could not be reached`);
    }
    if (response.status === 204 || response.status === 205)
      return failure('parse', `${what} answered ${response.status} with no document in it`);
    if (!response.ok) return failure('network', `${what} answered ${response.status} ${response.statusText}`.trim());
    const length = Number(response.headers.get('content-length'));
    if (length > LIMITS.documentChars * 4) return failure('parse', tooLarge(what));
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await response.arrayBuffer());
    } catch {
      if (signal?.aborted || time.timedOut()) return stopped();
      return failure('network', `${what} stopped before all of it arrived`);
    }
    const decoded = decodeBody(bytes, what);
    if (!decoded.ok) return decoded;
    return parseJson(decoded.text, what);
  } finally {
    time.done();
  }
}

function parseJson(text: string, what: string): { ok: true; value: unknown } | Failure {
  // A byte order mark is harmless; editors on Windows like to add one.
  const json = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (json.length > LIMITS.documentChars) return failure('parse', tooLarge(what));
  try {
    return { ok: true, value: JSON.parse(json) as unknown };
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    return failure('parse', `${what} is not valid JSON${detail}`);
  }
}

function header(value: unknown): Pick<LoadError, 'contentId' | 'version'> {
  const doc = (typeof value === 'object' && value) || {};
  const read = (key: string) => {
    try {
      const field: unknown = Object.hasOwn(doc, key) ? (doc as Record<string, unknown>)[key] : undefined;
      return typeof field === 'string' ? field : null;
    } catch {
      return null;
    }
  };
  return { contentId: read('id'), version: read('version') };
}

type Validate = <K extends KindName>(kind: K, input: unknown) => Validation<ContentByKind[K]>;

/** A validator for every kind, once handed over (server rendering does this). */
let handedOver: Validate | undefined;

/**
 * One kind's validator, in its own chunk, so a quiz page builds only the quiz schemas. The
 * CDN autoloader (packages/mendkit/cdn/mendkit.ts) starts fetching the same chunks early, and
 * `mendkit head` runs them before the widget, so they are often loaded by the time it looks.
 */
const validatorChunks: { [K in KindName]: () => Promise<{ validate: KindValidator<K> }> } = {
  quiz: () => import('../content/validators/quiz.js'),
  explainer: () => import('../content/validators/explainer.js'),
  checklist: () => import('../content/validators/checklist.js'),
};

/** The validator of a kind, if it can be had without waiting. */
function validatorNow<K extends KindName>(kind: K): KindValidator<K> | undefined {
  const all = handedOver;
  return all ? (input) => all(kind, input) : (loadedValidators[kind] as KindValidator<K> | undefined);
}

/** Built-in documents whose module has run, by `kind:locale`. */
const builtInContent = new Map<string, unknown>();

/**
 * Lists a built-in document as loaded; each generated content module calls it as it runs
 * (scripts/generate.mjs), so a widget whose page ran it ahead shows it in its first render.
 */
export function builtInContentLoaded(kind: KindName, locale: string, content: unknown): void {
  builtInContent.set(`${kind}:${locale}`, content);
}

/** A built-in document, if its module has run. */
export function builtInContentNow(kind: KindName, locale: string): unknown {
  return builtInContent.get(`${kind}:${locale}`);
}

/**
 * Hands over the validator up front. Server rendering does this, so content given as a
 * property renders on the first update; in a browser it loads on demand instead.
 */
export function useValidator(validate: Validate): void {
  handedOver = validate;
}

type Given = { ok: true; raw: unknown; source: 'property' | 'inline' } | { ok: false; error: LoadError };

/** Content handed over directly (the property, else an inline script), parsed; undefined if none. */
function given(sources: ContentSources): Given | undefined {
  if (sources.property !== undefined && sources.property !== null)
    return { ok: true, raw: sources.property, source: 'property' };
  if (typeof sources.inline === 'string') {
    // An inline script that is there but empty is a mistake, not a wish for the built-in content.
    const what = 'The inline <script type="application/json">';
    if (!sources.inline.replace(/^\uFEFF/, '').trim()) return failure('parse', `${what} is empty`);
    const parsed = parseJson(sources.inline, what);
    return parsed.ok ? { ok: true, raw: parsed.value, source: 'inline' } : parsed;
  }
  return undefined;
}

/** Content whose stamp still matches it (see content/stamp.ts): no validator needed. */
function trusted<K extends KindName>(
  kind: K,
  raw: unknown,
  source: 'property' | 'inline' | 'src',
): LoadResult<ContentByKind[K]> | undefined {
  const doc = stamped(kind, raw, CURRENT_SCHEMA_VERSION);
  return doc ? { ok: true, content: doc as ContentByKind[K], source } : undefined;
}

function checked<K extends KindName>(
  raw: unknown,
  source: 'property' | 'inline' | 'src',
  validate: KindValidator<K>,
): LoadResult<ContentByKind[K]> {
  const result = validate(raw);
  return result.ok
    ? { ok: true, content: result.value, source }
    : { ok: false, error: { kind: 'validation', problems: result.problems, ...header(raw) } };
}

/**
 * The result for content handed over directly, when it can be had without waiting (the
 * validator is loaded); undefined when loading has to go the asynchronous way.
 */
export function loadContentNow<K extends KindName>(
  kind: K,
  sources: Omit<ContentSources, 'src' | 'fallback'>,
): LoadResult<ContentByKind[K]> | undefined {
  const direct = given({ ...sources, fallback: () => Promise.resolve(undefined) });
  if (!direct) return undefined;
  if (!direct.ok) return direct;
  const validate = validatorNow(kind);
  return trusted(kind, direct.raw, direct.source) ?? (validate && checked(direct.raw, direct.source, validate));
}

/**
 * Resolves a widget's content from the first source present, then validates it.
 * Never throws into the host page: every failure comes back as a typed error.
 *
 * Built-in content is validated by the test suite, so it is trusted as is; so is content
 * stamped by `mendkit validate --stamp` while the stamp matches. The validator (zod and one
 * kind's schemas) loads only when a site brings its own content without an intact stamp.
 */
export async function loadContent<K extends KindName>(
  kind: K,
  sources: ContentSources,
  options: LoadOptions = {},
): Promise<LoadResult<ContentByKind[K]>> {
  // Whatever went wrong with fetched content may be fixed on the server: offer to try again.
  const fetching =
    (sources.property === undefined || sources.property === null) &&
    typeof sources.inline !== 'string' &&
    safeUrl(sources.src, 'fetch') !== undefined;
  let result: LoadResult<ContentByKind[K]>;
  try {
    result = await load(kind, sources, options);
  } catch {
    // Nothing in load() should throw; this keeps the promise that a widget never stays on "Loading…".
    result = failure('parse', 'The content could not be read');
  }
  if (!result.ok && fetching) result.error.retry = true;
  return result;
}

async function load<K extends KindName>(
  kind: K,
  sources: ContentSources,
  options: LoadOptions,
): Promise<LoadResult<ContentByKind[K]>> {
  let raw: unknown;
  let source: 'property' | 'inline' | 'src';
  const direct = given(sources);
  if (direct && !direct.ok) return direct;
  if (direct) {
    raw = direct.raw;
    source = direct.source;
  } else if (sources.src) {
    const url = safeUrl(sources.src, 'fetch');
    if (url === undefined)
      return failure('validation', `The src attribute ${JSON.stringify(sources.src)} ${linkRule('fetch')}`);
    const fetched = await fetchJson(url, options);
    if (!fetched.ok) return fetched;
    raw = fetched.value;
    source = 'src';
  } else {
    try {
      raw = await sources.fallback();
    } catch {
      return failure('network', 'The built-in content could not be loaded');
    }
    return { ok: true, content: raw as ContentByKind[K], source: 'default' };
  }
  const stampHeld = trusted(kind, raw, source);
  if (stampHeld) return stampHeld;
  let validate = validatorNow(kind);
  if (!validate) {
    try {
      // The shared part beside the kind's own: one round trip for both, not one after the other.
      [{ validate }] = await Promise.all([validatorChunks[kind](), import('../content/validators/shared.js')]);
    } catch {
      return failure('network', 'The part of mendkit that checks content could not be loaded');
    }
  }
  return checked(raw, source, validate);
}
