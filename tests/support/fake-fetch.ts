/** A controllable stand-in for `fetch`: each call waits until the test answers or aborts it. */
export interface PendingRequest {
  url: string;
  signal: AbortSignal | undefined;
  respond(body: string, status?: number): void;
}

export function fakeFetch() {
  const requests: PendingRequest[] = [];
  const fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> =>
    new Promise((resolve, reject) => {
      const signal = init?.signal ?? undefined;
      signal?.addEventListener('abort', () => reject(signal.reason));
      requests.push({
        url: String(input),
        signal,
        respond: (body, status = 200) => resolve(new Response(body, { status })),
      });
    });
  return { fetch: fetch as typeof globalThis.fetch, requests };
}

/** Swaps `window.fetch` for a fake for one test; returns the fake and a restore function. */
export function stubWindowFetch() {
  const original = window.fetch;
  const fake = fakeFetch();
  window.fetch = fake.fetch;
  return { ...fake, restore: () => (window.fetch = original) };
}
