import type { LoadErrorKind } from './events.js';
import type { Problem } from '../content/problems.js';
import type { ContentByKind, KindName } from '../content/kinds.js';

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
  if (sources.property !== undefined && sources.property !== null) {
    raw = sources.property;
    source = 'property';
  } else if (sources.inline?.trim()) {
    const parsed = parseJson(sources.inline, 'The inline <script type="application/json">');
    if (!parsed.ok) return parsed;
    raw = parsed.value;
    source = 'inline';
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
  const { validateKind } = await import('../content/validate.js');
  const result = validateKind(kind, raw);
  return result.ok
    ? { ok: true, content: result.value, source }
    : { ok: false, error: { kind: 'validation', problems: result.problems, ...header(raw) } };
}
