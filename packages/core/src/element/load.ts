import type { LoadErrorKind } from './events.js';
import type { Problem } from '../content/problems.js';
import type { ContentByKind, KindName } from '../content/kinds.js';
import type { Validation } from '../content/validate.js';

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

const failure = (kind: LoadErrorKind, message: string, path = ''): { ok: false; error: LoadError } => ({
  ok: false,
  error: { kind, problems: [{ path, message }], contentId: null, version: null },
});

async function fetchJson(src: string, { signal, timeoutMs = DEFAULT_TIMEOUT_MS, fetch: get = fetch }: LoadOptions) {
  const timeout = AbortSignal.timeout(timeoutMs);
  const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
  let response: Response;
  try {
    // credentials: 'omit' — content is public; never send the reader's cookies along.
    response = await get(src, { signal: combined, credentials: 'omit', headers: { accept: 'application/json' } });
  } catch {
    if (signal?.aborted) return failure('network', `stopped loading "${src}"`);
    if (timeout.aborted) {
      const limit = timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} seconds`;
      return failure('network', `"${src}" did not answer within ${limit}`);
    }
    return failure('network', `"${src}" could not be reached`);
  }
  if (!response.ok) return failure('network', `"${src}" answered ${response.status} ${response.statusText}`.trim());
  let body: string;
  try {
    body = await response.text();
  } catch {
    return failure('network', `"${src}" stopped before all of it arrived`);
  }
  return parseJson(body, `"${src}"`);
}

function parseJson(text: string, what: string): { ok: true; value: unknown } | { ok: false; error: LoadError } {
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch (error) {
    const detail = error instanceof SyntaxError ? `: ${error.message}` : '';
    return failure('parse', `${what} is not valid JSON${detail}`);
  }
}

function header(value: unknown): Pick<LoadError, 'contentId' | 'version'> {
  const doc = (typeof value === 'object' && value) || {};
  const read = (key: string) => {
    const field = (doc as Record<string, unknown>)[key];
    return typeof field === 'string' ? field : null;
  };
  return { contentId: read('id'), version: read('version') };
}

type Validate = <K extends KindName>(kind: K, input: unknown) => Validation<ContentByKind[K]>;

/** The validator, once loaded: content given directly is then checked without waiting. */
let loadedValidator: Validate | undefined;

/**
 * Hands over the validator up front. Server rendering does this, so content given as a
 * property renders on the first update; in a browser it loads on demand instead.
 */
export function useValidator(validate: Validate): void {
  loadedValidator = validate;
}

type Given = { ok: true; raw: unknown; source: 'property' | 'inline' } | { ok: false; error: LoadError };

/** Content handed over directly (the property, else an inline script), parsed; undefined if none. */
function given(sources: ContentSources): Given | undefined {
  if (sources.property !== undefined && sources.property !== null)
    return { ok: true, raw: sources.property, source: 'property' };
  if (sources.inline?.trim()) {
    const parsed = parseJson(sources.inline, 'The inline <script type="application/json">');
    return parsed.ok ? { ok: true, raw: parsed.value, source: 'inline' } : parsed;
  }
  return undefined;
}

function checked<K extends KindName>(
  kind: K,
  raw: unknown,
  source: 'property' | 'inline' | 'src',
  validate: Validate,
): LoadResult<ContentByKind[K]> {
  const result = validate(kind, raw);
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
  const validate = loadedValidator;
  const direct = validate && given({ ...sources, fallback: () => Promise.resolve(undefined) });
  if (!validate || !direct) return undefined;
  return direct.ok ? checked(kind, direct.raw, direct.source, validate) : direct;
}

/**
 * Resolves a widget's content from the first source present, then validates it.
 * Never throws into the host page: every failure comes back as a typed error.
 *
 * Built-in content is validated by the test suite, so it is trusted as is; the
 * validator (zod and the schemas) loads only when a site brings its own content.
 */
export async function loadContent<K extends KindName>(
  kind: K,
  sources: ContentSources,
  options: LoadOptions = {},
): Promise<LoadResult<ContentByKind[K]>> {
  let raw: unknown;
  let source: 'property' | 'inline' | 'src';
  const direct = given(sources);
  if (direct && !direct.ok) return direct;
  if (direct) {
    raw = direct.raw;
    source = direct.source;
  } else if (sources.src) {
    const fetched = await fetchJson(sources.src, options);
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
  loadedValidator ??= (await import('../content/validate.js')).validateKind;
  return checked(kind, raw, source, loadedValidator);
}
