import {
  checkLimits,
  LIMITS,
  loadContent,
  MendElement,
  validateKind,
  type MendErrorEvent,
  type QuizContent,
  type Rule,
} from '@mendkit/core';
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { stubWindowFetch } from '../support/fake-fetch.js';
import { html, type TemplateResult } from 'lit';
import { checklistFixture, explainerFixture, quizFixture } from '../support/fixtures.js';
import { shadow } from '../support/helpers.js';

const never = () => Promise.reject(new Error('the built-in content should not be used'));

/** A quiz whose first question is shown only if `rule` holds. */
function quizWithShowIf(rule: unknown): QuizContent {
  const doc = quizFixture();
  (doc.questions[1] as { showIf?: unknown }).showIf = rule;
  return doc;
}

function chain(levels: number, wrap: (inner: unknown) => unknown): unknown {
  let rule: unknown = { chosen: { question: 'afraid', option: 'no' } };
  for (let i = 0; i < levels; i += 1) rule = wrap(rule);
  return rule;
}

/** A fetch that answers every request with these bytes. */
function answering(body: BodyInit | null, init: ResponseInit = {}): { fetch: typeof fetch; calls: string[] } {
  const calls: string[] = [];
  const fake = (input: RequestInfo | URL) => {
    calls.push(String(input));
    return Promise.resolve(new Response(body, init));
  };
  return { fetch: fake as typeof fetch, calls };
}

describe('content limits', () => {
  it('are generous: every fixture passes them', () => {
    for (const doc of [quizFixture(), explainerFixture(), checklistFixture()])
      expect(checkLimits(doc)).to.deep.equal([]);
  });

  it('refuse a showIf nested 2,500 levels through "not" with a path, before the schema can overflow', () => {
    const result = validateKind('quiz', quizWithShowIf(chain(2500, (not) => ({ not }))));
    expect(result.ok).to.equal(false);
    const [problem] = result.ok ? [] : result.problems;
    expect(problem?.path).to.match(/^questions\[1\]\.showIf(\.not)+$/);
    expect(problem?.message).to.equal(`nests rules more than ${LIMITS.ruleDepth} levels deep, the most mendkit reads`);
  });

  it('refuse 1,500 levels of "all" the same way, also as JSON text', async () => {
    const doc = quizWithShowIf(chain(1500, (inner) => ({ all: [inner] })));
    const result = await loadContent('quiz', { inline: JSON.stringify(doc), fallback: never });
    expect(!result.ok && result.error.kind).to.equal('validation');
    expect(!result.ok && result.error.problems[0]?.path).to.match(/^questions\[1\]\.showIf\.all\[0\]/);
  });

  it('accept rules nested up to the limit', () => {
    const result = validateKind('quiz', quizWithShowIf(chain(LIMITS.ruleDepth - 1, (not) => ({ not }))));
    expect(result.ok, JSON.stringify(!result.ok && result.problems)).to.equal(true);
  });

  it('refuse a cyclic rule object handed over as el.content', async () => {
    const rule: { all: unknown[] } = { all: [] };
    rule.all.push(rule);
    const result = await loadContent('quiz', { property: quizWithShowIf(rule), fallback: never });
    expect(!result.ok && result.error.problems).to.deep.equal([
      {
        path: 'questions[1].showIf.all[0]',
        message: 'refers back to an object that contains it (a cycle); content must be a tree',
      },
    ]);
  });

  it('allow the same object twice when it is not a cycle', () => {
    const doc = quizFixture();
    const shared: Rule = { flag: 'safety' };
    (doc.questions[1] as { showIf?: Rule }).showIf = { any: [shared, shared] };
    expect(validateKind('quiz', doc).ok).to.equal(true);
  });

  it('name the text length, list length and document size', () => {
    const long = { ...quizFixture(), intro: 'a'.repeat(LIMITS.textChars + 1) };
    expect(validateKind('quiz', long)).to.deep.equal({
      ok: false,
      problems: [{ path: 'intro', message: 'is longer than 10,000 characters, the most mendkit reads' }],
    });
    const many = checklistFixture();
    many.groups[0]!.items = Array.from({ length: LIMITS.listItems + 1 }, (_, i) => ({
      id: `item-${i}`,
      label: 'x',
      cadence: 'once' as const,
    }));
    expect(validateKind('checklist', many)).to.deep.equal({
      ok: false,
      problems: [{ path: 'groups[0].items', message: 'has more than 500 items, the most mendkit reads in one list' }],
    });
    const huge = checklistFixture();
    huge.groups = Array.from({ length: 200 }, (_, g) => ({
      id: `g-${g}`,
      title: 't',
      description: 'd',
      items: Array.from({ length: 100 }, (_, i) => ({
        id: `i-${g}-${i}`,
        label: 'x'.repeat(60),
        cadence: 'once' as const,
      })),
    }));
    const result = validateKind('checklist', huge);
    expect(!result.ok && result.problems).to.deep.equal([
      { path: '', message: 'is larger than 1,000,000 characters, the most mendkit reads' },
    ]);
  });

  it('refuse JSON text over the size limit before parsing it', async () => {
    const result = await loadContent('quiz', { inline: `"${'a'.repeat(LIMITS.documentChars)}"`, fallback: never });
    expect(!result.ok && result.error.problems[0]?.message).to.match(/is larger than 1,000,000 characters/);
  });

  it('report an object whose getters throw instead of throwing', async () => {
    const doc = { ...quizFixture() };
    Object.defineProperty(doc, 'title', {
      enumerable: true,
      get: () => {
        throw new Error('gotcha');
      },
    });
    const result = await loadContent('quiz', { property: doc, fallback: never });
    expect(!result.ok && result.error.problems[0]?.message).to.equal('could not be read: reading it failed');
  });
});

describe('small content mistakes', () => {
  it('accept inline JSON that starts with a byte order mark', async () => {
    const result = await loadContent('quiz', { inline: `\uFEFF${JSON.stringify(quizFixture())}`, fallback: never });
    expect(result.ok && result.source).to.equal('inline');
  });

  it('treat an empty inline script as a mistake, not as a wish for the built-in content', async () => {
    for (const inline of ['', '  \n ', '\uFEFF']) {
      const result = await loadContent('quiz', { inline, fallback: never });
      expect(!result.ok && result.error).to.deep.equal({
        kind: 'parse',
        problems: [{ path: '', message: 'The inline <script type="application/json"> is empty' }],
        contentId: null,
        version: null,
      });
    }
  });

  it('call 1e400 a number too large, not a decimal number', async () => {
    const text = JSON.stringify(quizFixture()).replace('"score":2', '"score":1e400');
    const result = await loadContent('quiz', { inline: text, fallback: never });
    expect(!result.ok && result.error.problems).to.deep.equal([
      { path: 'questions[0].options[0].score', message: 'should be a number, not a number too large to use' },
    ]);
  });

  it('read "schemaVersion": 1.0 as 1, as JSON does (both are the same number)', async () => {
    const text = JSON.stringify(quizFixture()).replace('"schemaVersion":1', '"schemaVersion":1.0');
    expect(text).to.contain('"schemaVersion":1.0');
    const result = await loadContent('quiz', { inline: text, fallback: never });
    expect(result.ok).to.equal(true);
    expect(validateKind('quiz', { ...quizFixture(), schemaVersion: 1.5 }).ok).to.equal(false);
  });
});

describe('src failures', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  const utf16 = (text: string) => {
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i += 1) bytes[2 + 2 * i] = text.charCodeAt(i);
    return bytes;
  };
  const cases: [string, BodyInit | null, ResponseInit, string][] = [
    [
      'an HTML page served with 200',
      '<!doctype html><title>Oops</title>',
      { headers: { 'content-type': 'text/html' } },
      '"/c.json" answered with a web page (HTML), not a JSON document; check the address',
    ],
    ['invalid JSON', '{"kind": "quiz",', {}, '"/c.json" is not valid JSON'],
    ['an empty body', '', {}, '"/c.json" answered with an empty document'],
    ['a body of spaces', '  \n', {}, '"/c.json" answered with an empty document'],
    ['204', null, { status: 204 }, '"/c.json" answered 204 with no document in it'],
    ['UTF-16', utf16(JSON.stringify(quizFixture())), {}, '"/c.json" is saved as UTF-16; save it as UTF-8'],
    ['UTF-16 without a byte order mark', utf16('{}').slice(2), {}, '"/c.json" is saved as UTF-16; save it as UTF-8'],
    [
      'bytes that are not UTF-8',
      new Uint8Array([0x7b, 0xc3, 0x28, 0x7d]),
      {},
      '"/c.json" is not UTF-8 text; save it as UTF-8',
    ],
    [
      'a 500',
      'nope',
      { status: 500, statusText: 'Internal Server Error' },
      '"/c.json" answered 500 Internal Server Error',
    ],
    ['invalid content', JSON.stringify({ ...quizFixture(), title: '' }), {}, 'is empty'],
  ];
  for (const [name, body, init, message] of cases) {
    it(`say what came back and offer to try again: ${name}`, async () => {
      const { fetch } = answering(body, init);
      const result = await loadContent('quiz', { src: '/c.json', fallback: never }, { fetch });
      expect(result.ok).to.equal(false);
      expect(!result.ok && result.error.problems[0]?.message).to.contain(message);
      expect(!result.ok && result.error.retry).to.equal(true);
    });
  }

  it('accept UTF-8 with a byte order mark', async () => {
    const { fetch } = answering(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(JSON.stringify(quizFixture()))]));
    const result = await loadContent('quiz', { src: '/c.json', fallback: never }, { fetch });
    expect(result.ok).to.equal(true);
  });

  it('refuse a src the link policy refuses, without fetching it', async () => {
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', '//evil.example/c.json', '/\\evil.example']) {
      const { fetch, calls } = answering('{}');
      const result = await loadContent('quiz', { src, fallback: never }, { fetch });
      expect(calls).to.deep.equal([]);
      expect(!result.ok && result.error.kind).to.equal('validation');
      expect(!result.ok && result.error.problems[0]?.message).to.equal(
        `The src attribute ${JSON.stringify(src)} should be a link starting with http: or https:, or a relative one like "/help"`,
      );
      expect(!result.ok && result.error.retry).to.equal(undefined);
    }
  });
});

describe('without AbortSignal.any and AbortSignal.timeout (older Safari)', () => {
  const statics = AbortSignal as unknown as Record<'any' | 'timeout', unknown>;
  let saved: { any: unknown; timeout: unknown };
  beforeEach(() => {
    saved = { any: statics.any, timeout: statics.timeout };
    delete statics.any;
    delete statics.timeout;
  });
  afterEach(() => Object.assign(statics, saved));

  it('still loads src', async () => {
    expect('timeout' in AbortSignal).to.equal(false);
    const { fetch } = answering(JSON.stringify(quizFixture()));
    const result = await loadContent(
      'quiz',
      { src: '/c.json', fallback: never },
      { fetch, signal: new AbortController().signal },
    );
    expect(result.ok).to.equal(true);
  });

  it('still gives up after the timeout, and still stops when told', async () => {
    const hanging = ((_: unknown, init?: RequestInit) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new Error('aborted'))),
      )) as typeof fetch;
    const slow = await loadContent('quiz', { src: '/slow.json', fallback: never }, { fetch: hanging, timeoutMs: 30 });
    expect(!slow.ok && slow.error.problems[0]?.message).to.equal('"/slow.json" did not answer within 30 ms');
    const controller = new AbortController();
    const pending = loadContent(
      'quiz',
      { src: '/slow.json', fallback: never },
      { fetch: hanging, signal: controller.signal },
    );
    controller.abort();
    const stopped = await pending;
    expect(!stopped.ok && stopped.error.problems[0]?.message).to.equal('stopped loading "/slow.json"');
  });
});

/** A widget whose preparation of a document throws, as a widget bug or hostile data might. */
class ThrowingWidget extends MendElement<'quiz'> {
  protected readonly contentKind = 'quiz';
  protected override contentLoaded(): void {
    throw new Error('e.filter is not a function');
  }
  protected renderContent(doc: QuizContent): TemplateResult {
    return html`<h2>${doc.title}</h2>`;
  }
}
customElements.define('throwing-widget', ThrowingWidget);

class ThrowingRenderWidget extends MendElement<'quiz'> {
  protected readonly contentKind = 'quiz';
  protected renderContent(): TemplateResult {
    throw new Error('cannot draw this');
  }
}
customElements.define('throwing-render-widget', ThrowingRenderWidget);

describe('a widget that fails to prepare or render its content', () => {
  let logged: unknown[][];
  let original: typeof console.error;
  beforeEach(() => {
    original = console.error;
    logged = [];
    console.error = (...args: unknown[]) => logged.push(args);
  });
  afterEach(() => (console.error = original));

  for (const tag of ['throwing-widget', 'throwing-render-widget']) {
    it(`<${tag}> shows the error panel, fires mend-error and logs one line`, async () => {
      const el = document.createElement(tag) as MendElement<'quiz'>;
      el.content = quizFixture();
      const failed = oneEvent(el, 'mend-error') as Promise<MendErrorEvent>;
      document.body.append(el);
      try {
        const { detail } = await failed;
        expect(detail.contentId).to.equal('tiny-quiz');
        expect(detail.problems[0]?.message).to.match(/^could not be shown: /);
        expect(el.status).to.equal('error');
        expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('could not be shown');
        expect(logged).to.have.length(1);
        await expect(el).to.be.accessible();
      } finally {
        el.remove();
      }
    });
  }

  it('offers "Try again" when src answered with a web page, and tries again', async () => {
    const server = stubWindowFetch();
    const el = document.createElement('throwing-render-widget') as MendElement<'quiz'>;
    el.src = '/content.json';
    const failed = oneEvent(el, 'mend-error');
    document.body.append(el);
    try {
      await waitUntil(() => server.requests.length === 1);
      server.requests[0]?.respond('<!doctype html><p>Not found</p>');
      await failed;
      const button = shadow(el).querySelector<HTMLButtonElement>('[role="alert"] button');
      expect(button?.textContent?.trim()).to.equal('Try again');
      expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('web page (HTML)');
      await expect(el).to.be.accessible();
      button?.click();
      await waitUntil(() => server.requests.length === 2);
      expect(el.status).to.equal('loading');
    } finally {
      el.remove();
      server.restore();
    }
  });
});
