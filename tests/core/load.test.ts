import { loadContent } from '@mendkit/core';
import { expect, waitUntil } from '@open-wc/testing';
import { fakeFetch } from '../support/fake-fetch.js';
import { quizFixture } from '../support/fixtures.js';

const never = () => Promise.reject(new Error('the built-in content should not be used'));
/** A fetch that serves `body` for every URL (src follows the link policy: http(s) or relative only). */
const serving = (body: string) => (() => Promise.resolve(new Response(body))) as unknown as typeof fetch;

describe('loadContent', () => {
  it('prefers the content property over an inline script and src', async () => {
    const result = await loadContent('quiz', {
      property: quizFixture(),
      inline: '{ not even JSON',
      src: '/nowhere.json',
      fallback: never,
    });
    expect(result).to.deep.include({ ok: true, source: 'property' });
  });

  it('reads an inline script before src', async () => {
    const result = await loadContent('quiz', {
      inline: JSON.stringify(quizFixture()),
      src: '/nowhere.json',
      fallback: never,
    });
    expect(result.ok && result.source).to.equal('inline');
    expect(result.ok && result.content.id).to.equal('tiny-quiz');
  });

  it('fetches src', async () => {
    const result = await loadContent(
      'quiz',
      { src: '/quiz.json', fallback: never },
      { fetch: serving(JSON.stringify(quizFixture())) },
    );
    expect(result.ok && result.source).to.equal('src');
  });

  it('falls back to the built-in content without validating it again', async () => {
    const builtIn = { kind: 'quiz', id: 'built-in', version: '1.0.0' };
    const result = await loadContent('quiz', { fallback: () => Promise.resolve(builtIn) });
    expect(result).to.deep.equal({ ok: true, content: builtIn, source: 'default' });
  });

  it('reports a 404 as a network error', async () => {
    const result = await loadContent('quiz', { src: '/tests/fixtures/missing.json', fallback: never });
    expect(result.ok).to.equal(false);
    expect(!result.ok && result.error.kind).to.equal('network');
    expect(!result.ok && result.error.problems[0]?.message).to.equal(
      '"/tests/fixtures/missing.json" answered 404 Not Found',
    );
  });

  it('reports JSON that does not parse', async () => {
    const result = await loadContent(
      'quiz',
      { src: '/broken.json', fallback: never },
      { fetch: serving('{"kind": "quiz",') },
    );
    expect(!result.ok && result.error.kind).to.equal('parse');
    expect(!result.ok && result.error.problems[0]?.message).to.match(/^"\/broken.json" is not valid JSON: /);
  });

  it('reports an inline script that does not parse', async () => {
    const result = await loadContent('quiz', { inline: '{ "kind": ', fallback: never });
    expect(!result.ok && result.error.kind).to.equal('parse');
    expect(!result.ok && result.error.problems[0]?.message).to.match(
      /^The inline <script type="application\/json"> is not valid JSON/,
    );
  });

  it('reports invalid content with every problem and what it said about itself', async () => {
    const doc = { ...quizFixture(), title: '' };
    const result = await loadContent('quiz', { property: doc, fallback: never });
    expect(result).to.deep.equal({
      ok: false,
      error: {
        kind: 'validation',
        problems: [{ path: 'title', message: 'is empty' }],
        contentId: 'tiny-quiz',
        version: '1.2.0',
      },
    });
  });

  it('gives up after the timeout', async () => {
    const { fetch, requests } = fakeFetch();
    const result = await loadContent('quiz', { src: '/slow.json', fallback: never }, { fetch, timeoutMs: 50 });
    expect(requests[0]?.signal?.aborted).to.equal(true);
    expect(!result.ok && result.error.problems[0]?.message).to.equal('"/slow.json" did not answer within 50 ms');
  });

  it('stops when its signal aborts', async () => {
    const { fetch, requests } = fakeFetch();
    const controller = new AbortController();
    const pending = loadContent('quiz', { src: '/slow.json', fallback: never }, { fetch, signal: controller.signal });
    await waitUntil(() => requests.length === 1);
    controller.abort();
    const result = await pending;
    expect(!result.ok && result.error.problems[0]?.message).to.equal('stopped loading "/slow.json"');
  });

  it('never throws, even when the built-in content fails to load', async () => {
    const result = await loadContent('quiz', { fallback: () => Promise.reject(new Error('offline')) });
    expect(!result.ok && result.error.kind).to.equal('network');
  });
});
