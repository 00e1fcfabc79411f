import { clearStores, storageKey, type ContentHeader, type MendErrorEvent, type Persistence } from '@mendkit/core';
import { expect, fixture, oneEvent, waitUntil } from '@open-wc/testing';
import type { RegisteredKind } from '../../kinds.js';
import { stubWindowFetch } from './fake-fetch.js';
import { settled, shadow, stubStorage } from './helpers.js';

/** A mendkit widget as the suite drives it: through its public properties only. */
export interface Widget extends HTMLElement {
  status: 'loading' | 'ready' | 'error';
  updateComplete: Promise<boolean>;
  content: unknown;
  persist: Persistence | undefined;
  theme: string;
  reload(): Promise<void>;
}

export interface MendElementSuite {
  /** The element's tag. */
  tag: `mend-${RegisteredKind}`;
  /** A small valid document of the element's kind, new on each call. */
  document: () => ContentHeader;
  /** Where the widget keeps progress when the site does not say. */
  defaultPersistence: Persistence;
  /** A person's action that changes the widget's progress (an answer, a tick). */
  act: (el: Widget) => Promise<void>;
  /** Whether the widget shows that action's effect (after a reload, for restored progress). */
  acted: (el: Widget) => boolean;
  /** The event that action fires. */
  actEvent: 'mend-answer' | 'mend-change';
}

const storages: Record<Exclude<Persistence, 'none'>, () => Storage> = {
  session: () => sessionStorage,
  device: () => localStorage,
};
const stored = (key: string) =>
  Object.entries(storages).flatMap(([mode, storage]) => (storage().getItem(key) === null ? [] : [mode]));

/**
 * The promises every mendkit widget makes, run once per widget instead of being copied into
 * each widget's tests: content sources and their order, the error panel, persistence modes and
 * keys, bad saved data, re-creation, a change of language, theme, axe in light and dark, and the
 * content reference in event details.
 */
export function runMendElementSuite({
  tag,
  document: makeDoc,
  defaultPersistence,
  act,
  acted,
  actEvent,
}: MendElementSuite) {
  const create = async (attributes: Record<string, string> = {}, doc: unknown = makeDoc()): Promise<Widget> => {
    const el = window.document.createElement(tag) as Widget;
    for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
    el.content = doc;
    const host = await fixture<HTMLDivElement>('<div></div>');
    host.append(el);
    return settled(el);
  };
  const key = () => {
    const doc = makeDoc();
    return storageKey(tag.slice('mend-'.length), doc.id, doc.version);
  };

  describe(`${tag}: shared behaviour`, () => {
    beforeEach(() => clearStores('mendkit:'));
    after(() => clearStores('mendkit:'));

    describe('content sources', () => {
      it('takes the property first, then an inline script, then src', async () => {
        const fetch = stubWindowFetch();
        try {
          const inline = { ...makeDoc(), title: 'From the inline script' };
          const el = window.document.createElement(tag) as Widget;
          el.innerHTML = `<script type="application/json">${JSON.stringify(inline)}</script>`;
          el.setAttribute('src', '/from-src.json');
          el.content = { ...makeDoc(), title: 'From the property' };
          (await fixture<HTMLDivElement>('<div></div>')).append(el);
          await settled(el);
          expect(shadow(el).textContent).to.contain('From the property');
          el.content = undefined;
          await el.updateComplete; // the reload starts in the update
          await settled(el);
          expect(shadow(el).textContent).to.contain('From the inline script');
          el.querySelector('script')!.remove();
          void el.reload();
          await waitUntil(() => fetch.requests.length === 1, 'src was fetched');
          expect(fetch.requests[0]!.url).to.contain('/from-src.json');
          fetch.requests[0]!.respond(JSON.stringify({ ...makeDoc(), title: 'From src' }));
          await waitUntil(() => shadow(el).textContent?.includes('From src') ?? false, 'src content shown');
        } finally {
          fetch.restore();
        }
      });

      it('says it is ready with the content reference', async () => {
        const el = window.document.createElement(tag) as Widget;
        el.content = makeDoc();
        const ready = oneEvent(el, 'mend-ready');
        (await fixture<HTMLDivElement>('<div></div>')).append(el);
        const { detail } = await ready;
        expect(detail).to.deep.equal({ contentId: makeDoc().id, version: makeDoc().version });
      });
    });

    describe('the error panel', () => {
      for (const theme of ['light', 'dark']) {
        it(`names each problem by path, logs once, fires mend-error and passes axe (${theme})`, async () => {
          const errors: unknown[] = [];
          const original = console.error;
          console.error = (...args: unknown[]) => errors.push(args[0]);
          try {
            const el = window.document.createElement(tag) as Widget;
            el.setAttribute('theme', theme);
            el.content = { ...makeDoc(), version: 'one' };
            const failed = oneEvent(el, 'mend-error') as Promise<MendErrorEvent>;
            (await fixture<HTMLDivElement>('<div></div>')).append(el);
            const { detail } = await failed;
            await el.updateComplete;
            expect(detail.kind).to.equal('validation');
            expect(detail.contentId).to.equal(makeDoc().id);
            expect(detail.problems.map((p) => p.path)).to.deep.equal(['version']);
            expect(shadow(el).querySelector('[role="alert"]')?.textContent).to.contain('version');
            expect(errors).to.have.length(1);
            await expect(el).to.be.accessible();
          } finally {
            console.error = original;
          }
        });
      }
    });

    describe('persistence', () => {
      it(`keeps progress in ${defaultPersistence} storage by default, and restores it on re-creation`, async () => {
        const el = await create();
        await act(el);
        expect(stored(key())).to.deep.equal([defaultPersistence]);
        el.remove();
        const again = await create();
        expect(acted(again)).to.equal(true);
      });

      for (const mode of ['session', 'device'] as const) {
        it(`keeps progress where persist="${mode}" says`, async () => {
          const el = await create({ persist: mode });
          await act(el);
          expect(stored(key())).to.deep.equal([mode]);
          el.remove();
          expect(acted(await create({ persist: mode }))).to.equal(true);
        });
      }

      for (const attributes of [{ persist: 'none' }, { 'no-persist': '' }] as Record<string, string>[]) {
        it(`writes nothing anywhere with ${Object.keys(attributes)[0]}, and a re-created widget starts afresh`, async () => {
          const el = await create(attributes);
          await act(el);
          expect(acted(el)).to.equal(true);
          expect(stored(key())).to.deep.equal([]);
          el.remove();
          expect(acted(await create(attributes))).to.equal(false);
        });
      }

      it('keeps two widgets with the same content apart with storage-key', async () => {
        const first = await create({ 'storage-key': 'first' });
        await create({ 'storage-key': 'second' });
        await act(first);
        first.remove();
        expect(acted(await create({ 'storage-key': 'first' }))).to.equal(true);
        expect(acted(await create({ 'storage-key': 'second' }))).to.equal(false);
      });

      it('starts afresh on a new major version', async () => {
        const el = await create();
        await act(el);
        el.remove();
        const next = { ...makeDoc(), version: '99.0.0' };
        expect(acted(await create({}, next))).to.equal(false);
      });

      it('drops garbage it finds in storage', async () => {
        storages[defaultPersistence === 'none' ? 'session' : defaultPersistence]().setItem(key(), '{"nope": [');
        const el = await create();
        expect(el.status).to.equal('ready');
        expect(acted(el)).to.equal(false);
        expect(stored(key())).to.deep.equal([]);
      });

      it('works in memory when storage throws', async () => {
        const failing = () => {
          throw new DOMException('Storage is disabled', 'SecurityError');
        };
        const restoreLocal = stubStorage(failing);
        const original = Object.getOwnPropertyDescriptor(window, 'sessionStorage')!;
        Object.defineProperty(window, 'sessionStorage', { configurable: true, get: failing });
        try {
          const el = await create();
          await act(el);
          expect(acted(el)).to.equal(true);
          el.remove();
          expect(acted(await create())).to.equal(true);
        } finally {
          restoreLocal();
          Object.defineProperty(window, 'sessionStorage', original);
        }
      });
    });

    it('keeps the person’s progress in memory when the language changes', async () => {
      const el = window.document.createElement(tag) as Widget;
      el.setAttribute('persist', 'none');
      (await fixture<HTMLDivElement>('<div></div>')).append(el);
      await settled(el);
      await act(el);
      const ready = oneEvent(el, 'mend-ready');
      el.setAttribute('lang', 'es');
      await ready;
      await el.updateComplete;
      expect(acted(el)).to.equal(true);
    });

    it('tells the page what happened, naming the content, only on a person’s action', async () => {
      const el = await create({ persist: 'none' });
      let fromCode = 0;
      for (const type of ['mend-answer', 'mend-change', 'mend-complete']) el.addEventListener(type, () => fromCode++);
      el.content = makeDoc();
      await el.updateComplete; // the reload starts in the update
      await settled(el);
      el.theme = 'dark';
      await el.updateComplete;
      expect(fromCode, 'events from code').to.equal(0);
      const heard = oneEvent(el, actEvent) as Promise<CustomEvent<{ contentId: string; version: string }>>;
      await act(el);
      const { detail, bubbles, composed } = await heard;
      expect({ contentId: detail.contentId, version: detail.version }).to.deep.equal({
        contentId: makeDoc().id,
        version: makeDoc().version,
      });
      expect(bubbles && composed).to.equal(true);
    });

    for (const theme of ['light', 'dark']) {
      it(`paints its own ${theme} surface and passes axe`, async () => {
        const el = await create({ theme });
        const surface = getComputedStyle(shadow(el).querySelector('.base')!).backgroundColor;
        expect(surface).to.equal(theme === 'light' ? 'rgb(255, 255, 255)' : 'rgb(22, 27, 34)');
        await expect(el).to.be.accessible();
      });
    }
  });
}
