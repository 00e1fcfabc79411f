import { expect, html, oneEvent } from '@open-wc/testing';
import { createStore, storageKey, type ChecklistContent, type MendErrorEvent } from '@mendkit/core';
import '@mendkit/checklist/mend-checklist.js';
import type { MendChecklist } from '@mendkit/checklist';
import { addDays, dayKey, lastDays } from '../../packages/checklist/src/days.js';
import type { Progress } from '../../packages/checklist/src/progress.js';
import { mount, shadow } from '../support/helpers.js';

type Doc = Omit<ChecklistContent, 'groups'> & { groups: unknown[] };

const makeDoc = (version = '1.0.0', groups?: unknown[]): Doc => ({
  kind: 'checklist',
  schemaVersion: 1,
  id: 'test-list',
  version,
  locale: 'en',
  title: 'Test list',
  intro: 'Small things.',
  groups: groups ?? [
    {
      id: 'mine',
      title: 'Mine',
      description: 'For me.',
      items: [
        { id: 'a', label: 'Alpha', detail: 'About alpha.', cadence: 'once' },
        { id: 'b', label: 'Beta', cadence: 'daily' },
      ],
    },
    { id: 'ours', title: 'Ours', description: 'For us.', items: [{ id: 'c', label: 'Gamma', cadence: 'weekly' }] },
  ],
});

const KEY = storageKey('checklist', 'test-list', '1.0.0');
const clearSaved = () => {
  for (const key of [KEY, storageKey('checklist', 'trust-actions', '1.0.0')])
    createStore(key, { guard: () => undefined }).clear();
};
const saved = (): Progress | undefined => {
  const raw = localStorage.getItem(KEY);
  return raw ? (JSON.parse(raw) as Progress) : undefined;
};

const root = (el: MendChecklist) => shadow(el);
const box = (el: MendChecklist, id: string) => root(el).querySelector<HTMLInputElement>(`#i-${id}`)!;
const text = (el: MendChecklist, selector: string) =>
  root(el).querySelector(selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
const button = (el: MendChecklist, name: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent?.includes(name))!;

async function tick(el: MendChecklist, id: string): Promise<void> {
  box(el, id).click();
  await el.updateComplete;
}

async function at(el: MendChecklist, moment: Date): Promise<void> {
  el.clock = () => moment;
  await el.updateComplete;
}

async function accessibleInBothThemes(el: MendChecklist): Promise<void> {
  const theme = el.theme;
  el.theme = 'light';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = 'dark';
  await el.updateComplete;
  await expect(el).to.be.accessible();
  el.theme = theme;
  await el.updateComplete;
}

const create = (doc: unknown = makeDoc(), now = new Date(2026, 2, 11, 9)) =>
  mount<MendChecklist>(html`<mend-checklist .content=${doc} .clock=${() => now}></mend-checklist>`);

describe('<mend-checklist>', () => {
  beforeEach(clearSaved);
  afterEach(clearSaved);

  it('renders the built-in content with native checkboxes and labels', async () => {
    const el = await mount<MendChecklist>(html`<mend-checklist></mend-checklist>`);
    expect(el.status).to.equal('ready');
    const boxes = root(el).querySelectorAll('input[type="checkbox"]');
    expect(boxes.length).to.be.within(15, 25);
    for (const input of boxes) expect(root(el).querySelector(`label[for="${input.id}"]`)).to.not.equal(null);
    expect(root(el).querySelectorAll('[part="group"]')).to.have.length(3);
    expect(text(el, '.progress')).to.match(/0 of \d+ done/);
    await accessibleInBothThemes(el);
  });

  it('shows details on request', async () => {
    const el = await create();
    const details = root(el).querySelector('details')!;
    expect(details.open).to.equal(false);
    expect(details.querySelector('summary')!.textContent).to.contain('Alpha');
    details.querySelector('summary')!.click();
    await el.updateComplete;
    expect(details.open).to.equal(true);
    await accessibleInBothThemes(el);
  });

  it('ticks and unticks, telling the page', async () => {
    const el = await create();
    setTimeout(() => box(el, 'a').click());
    const change = await oneEvent(el, 'mend-change');
    expect(change.detail).to.deep.equal({
      contentId: 'test-list',
      version: '1.0.0',
      itemId: 'a',
      checked: true,
      done: 1,
      total: 3,
    });
    await el.updateComplete;
    expect(box(el, 'a').checked).to.equal(true);
    setTimeout(() => box(el, 'a').click());
    const untick = await oneEvent(el, 'mend-change');
    expect(untick.detail).to.include({ itemId: 'a', checked: false, done: 0 });
    await el.updateComplete;
    expect(box(el, 'a').checked).to.equal(false);
  });

  it('shows progress per group and overall, as text and bars', async () => {
    const el = await create();
    await tick(el, 'a');
    await tick(el, 'c');
    const progress = [...root(el).querySelectorAll('[part="progress"]')].map((p) =>
      p.textContent!.replace(/\s+/g, ' ').trim(),
    );
    expect(progress).to.deep.equal(['All together: 2 of 3 done', '1 of 2 done', '1 of 1 done']);
    const bars = [...root(el).querySelectorAll<HTMLElement>('.bar > span')].map((b) => b.style.inlineSize);
    expect(bars[1]).to.equal('50%');
    expect(bars[2]).to.equal('100%');
    await accessibleInBothThemes(el);
  });

  it('shows only one group with `group`, and all with an unknown one', async () => {
    const el = await mount<MendChecklist>(html`<mend-checklist group="ours" .content=${makeDoc()}></mend-checklist>`);
    expect(root(el).querySelectorAll('[part="group"]')).to.have.length(1);
    expect(text(el, 'h3')).to.equal('Ours');
    expect(text(el, '.progress')).to.contain('0 of 1 done');
    await accessibleInBothThemes(el);
    el.group = 'nope';
    await el.updateComplete;
    expect(root(el).querySelectorAll('[part="group"]')).to.have.length(2);
  });

  it('fires mend-complete once when the once and daily items are done, only on a person’s tick', async () => {
    const el = await create();
    const completes: CustomEvent[] = [];
    el.addEventListener('mend-complete', (e) => completes.push(e));
    await tick(el, 'a');
    expect(completes).to.have.length(0);
    await tick(el, 'b');
    expect(completes).to.have.length(1);
    expect(completes[0]!.detail).to.deep.equal({ contentId: 'test-list', version: '1.0.0', done: 2, total: 3 });
    expect(text(el, '.status')).to.equal('Everything for today is done.');
    await tick(el, 'c'); // still complete: no new transition
    expect(completes).to.have.length(1);
    await tick(el, 'b');
    await tick(el, 'b');
    expect(completes).to.have.length(2);
    // Restored from storage: complete, but no events.
    const changes: Event[] = [];
    document.addEventListener('mend-change', (e) => changes.push(e));
    document.addEventListener('mend-complete', (e) => changes.push(e));
    const again = await create();
    expect(box(again, 'b').checked).to.equal(true);
    expect(changes).to.have.length(0);
  });

  it('starts daily items fresh at local midnight; once items stay done', async () => {
    const el = await create(makeDoc(), new Date(2026, 2, 11, 23, 30));
    await tick(el, 'a');
    await tick(el, 'b');
    await at(el, new Date(2026, 2, 11, 23, 59, 59));
    expect(box(el, 'b').checked).to.equal(true);
    await at(el, new Date(2026, 2, 12, 0, 0, 1));
    expect(box(el, 'b').checked).to.equal(false);
    expect(box(el, 'a').checked).to.equal(true);
    expect(text(el, '.history .series p')).to.contain('done on 1 of the last 14 days');
    expect(text(el, '.history .series p')).to.contain('1 in a row');
    await tick(el, 'b');
    expect(text(el, '.history .series p')).to.contain('done on 2 of the last 14 days');
    expect(text(el, '.history .series p')).to.contain('2 in a row');
  });

  it('starts weekly items fresh on Monday', async () => {
    const el = await create(makeDoc(), new Date(2026, 2, 10, 8)); // Tuesday
    await tick(el, 'c');
    await at(el, new Date(2026, 2, 15, 23, 50)); // Sunday night
    expect(box(el, 'c').checked).to.equal(true);
    await at(el, new Date(2026, 2, 16, 0, 10)); // Monday
    expect(box(el, 'c').checked).to.equal(false);
    const weekly = root(el).querySelectorAll('.history .series')[1]!;
    expect(weekly.textContent).to.contain('done in 1 of the last 8 weeks');
    expect(weekly.textContent).to.contain('1 weeks in a row');
  });

  it('crosses a daylight saving change as one day', async () => {
    // A clock change in this zone if it has one, else a day that is one elsewhere.
    let change = new Date(2026, 2, 29);
    for (let d = 1; d <= 365; d += 1) {
      const start = new Date(2026, 0, d);
      if (new Date(2026, 0, d + 1).getTime() - start.getTime() !== 86_400_000) {
        change = start;
        break;
      }
    }
    const y = change.getFullYear();
    const m = change.getMonth();
    const d = change.getDate();
    const el = await create(makeDoc(), new Date(y, m, d - 1, 23, 30));
    await tick(el, 'b');
    // An hour of real time later, whatever the clocks did.
    await at(el, new Date(new Date(y, m, d - 1, 23, 30).getTime() + 3_600_000));
    expect(dayKey(el.clock())).to.equal(dayKey(change));
    expect(box(el, 'b').checked).to.equal(false);
    await tick(el, 'b');
    await at(el, new Date(y, m, d, 23, 59));
    expect(box(el, 'b').checked).to.equal(true);
    await at(el, new Date(y, m, d + 1, 0, 1));
    expect(box(el, 'b').checked).to.equal(false);
    expect(text(el, '.history .series p')).to.contain('done on 2 of the last 14 days');
    expect(text(el, '.history .series p')).to.contain('2 in a row');
    expect(saved()?.days['b']).to.deep.equal([dayKey(new Date(y, m, d - 1, 12)), dayKey(change)]);
  });

  it('shows a fortnight of history with a chart, its text and the streak', async () => {
    const today = '2026-03-11';
    const days = lastDays(today, 14).filter((_, i) => ![0, 3, 5, 7, 8].includes(i)); // 9 of 14, last 5 in a row
    const progress: Progress = { once: {}, days: { b: days, c: [addDays(today, -7), today] } };
    localStorage.setItem(KEY, JSON.stringify(progress));
    const el = await create();
    const daily = root(el).querySelector('.history .series')!;
    expect(daily.querySelector('p')!.textContent!.replace(/\s+/g, ' ')).to.contain(
      'Daily actions: done on 9 of the last 14 days. 5 in a row.',
    );
    expect(daily.querySelectorAll('rect')).to.have.length(14);
    expect(daily.querySelectorAll('rect.on')).to.have.length(9);
    expect(daily.querySelector('.chart')!.getAttribute('aria-hidden')).to.equal('true');
    const weekly = root(el).querySelectorAll('.history .series')[1]!;
    expect(weekly.querySelectorAll('rect')).to.have.length(8);
    expect(weekly.textContent).to.contain('done in 2 of the last 8 weeks');
    expect(weekly.textContent).to.contain('2 weeks in a row');
    await accessibleInBothThemes(el);
  });

  it('keeps progress across re-creation', async () => {
    const el = await create();
    await tick(el, 'a');
    await tick(el, 'b');
    expect(saved()).to.deep.equal({ once: { a: '2026-03-11' }, days: { b: ['2026-03-11'] } });
    el.remove();
    const again = await create();
    expect(box(again, 'a').checked).to.equal(true);
    expect(box(again, 'b').checked).to.equal(true);
    expect(box(again, 'c').checked).to.equal(false);
  });

  it('keeps known item ids after a content update and drops unknown ones', async () => {
    const el = await create();
    await tick(el, 'a');
    await tick(el, 'b');
    el.remove();
    const updated = makeDoc('1.1.0', [
      {
        id: 'mine',
        title: 'Mine',
        description: 'For me.',
        items: [
          { id: 'a', label: 'Alpha', cadence: 'once' },
          { id: 'd', label: 'Delta', cadence: 'daily' },
        ],
      },
    ]);
    const next = await create(updated);
    expect(box(next, 'a').checked).to.equal(true);
    expect(box(next, 'd').checked).to.equal(false);
    await tick(next, 'd');
    expect(saved()).to.deep.equal({ once: { a: '2026-03-11' }, days: { d: ['2026-03-11'] } });
  });

  it('copies the list as plain text, and says so', async () => {
    const el = await create();
    await tick(el, 'a');
    const clipboard = navigator.clipboard as Clipboard & { writeText: (text: string) => Promise<void> };
    let copied = '';
    clipboard.writeText = async (value: string) => {
      copied = value;
    };
    try {
      button(el, 'Copy').click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(copied).to.contain('Test list\n\n2026-03-11 · 1 of 3 done\n\nMine (1 of 2 done)');
      expect(copied).to.contain('[x] Alpha\n    About alpha.\n[ ] Beta (every day)');
      expect(text(el, '[role="status"]')).to.equal('Copied');
      clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
      button(el, 'Copy').click();
      await new Promise((r) => setTimeout(r));
      await el.updateComplete;
      expect(text(el, '[role="status"]')).to.contain('download the list instead');
      await accessibleInBothThemes(el);
    } finally {
      delete (clipboard as Partial<Clipboard>).writeText;
    }
  });

  it('downloads .txt and .md files without the network', async () => {
    const el = await create();
    await tick(el, 'c');
    const clicks: { href: string; download: string }[] = [];
    const click = HTMLAnchorElement.prototype.click;
    HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
      clicks.push({ href: this.href, download: this.download });
    };
    try {
      button(el, '.txt').click();
      button(el, '.md').click();
    } finally {
      HTMLAnchorElement.prototype.click = click;
    }
    expect(clicks.map((c) => c.download)).to.deep.equal(['test-list-2026-03-11.txt', 'test-list-2026-03-11.md']);
    expect(clicks.every((c) => c.href.startsWith('blob:'))).to.equal(true);
    const txt = await (await fetch(clicks[0]!.href)).text();
    const md = await (await fetch(clicks[1]!.href)).text();
    expect(txt).to.contain('[x] Gamma (every week)');
    expect(md).to.contain('# Test list');
    expect(md).to.contain('- [x] Gamma (every week)');
  });

  it('asks before a reset, then clears everything', async () => {
    const el = await create();
    await tick(el, 'a');
    await tick(el, 'b');
    const confirm = root(el).querySelector<HTMLElement>('.confirm')!;
    expect(confirm.hidden).to.equal(true);
    button(el, 'Reset').click();
    await el.updateComplete;
    expect(confirm.hidden).to.equal(false);
    expect(button(el, 'Reset').hidden).to.equal(true);
    expect(root(el).activeElement?.textContent).to.contain('Keep my progress');
    await accessibleInBothThemes(el);
    button(el, 'Keep my progress').click();
    await el.updateComplete;
    expect(confirm.hidden).to.equal(true);
    expect(box(el, 'a').checked).to.equal(true);
    expect(root(el).activeElement).to.equal(button(el, 'Reset'));
    button(el, 'Reset').click();
    await el.updateComplete;
    button(el, 'Yes, clear everything').click();
    await el.updateComplete;
    await el.updateComplete;
    expect(box(el, 'a').checked).to.equal(false);
    expect(box(el, 'b').checked).to.equal(false);
    expect(text(el, '.history .series p')).to.contain('nothing ticked in the last 14 days yet');
    expect(saved()).to.equal(undefined);
    expect(text(el, '[role="status"]')).to.contain('cleared');
    expect(root(el).activeElement).to.equal(button(el, 'Reset'));
  });

  for (const [what, groups, path] of [
    [
      'a duplicated item id',
      [
        { id: 'one', title: 'One', description: 'x', items: [{ id: 'a', label: 'A', cadence: 'once' }] },
        { id: 'two', title: 'Two', description: 'y', items: [{ id: 'a', label: 'A again', cadence: 'daily' }] },
      ],
      'groups[1].items[0].id',
    ],
    ['an empty group', [{ id: 'one', title: 'One', description: 'x', items: [] }], 'groups[0].items'],
  ] as const) {
    it(`shows the error panel for ${what}, keeping what was saved`, async () => {
      localStorage.setItem(KEY, JSON.stringify({ once: { a: '2026-03-10' }, days: {} }));
      const errors: MendErrorEvent[] = [];
      const onError = (e: MendErrorEvent) => errors.push(e);
      document.body.addEventListener('mend-error', onError);
      const el = await mount<MendChecklist>(
        html`<mend-checklist .content=${makeDoc('1.0.0', [...groups])}></mend-checklist>`,
      );
      document.body.removeEventListener('mend-error', onError);
      expect(el.status).to.equal('error');
      expect(errors).to.have.length(1);
      expect(errors[0]!.detail.problems.map((p) => p.path)).to.include(path);
      expect(text(el, '[part~="error"]')).to.contain(path);
      expect(localStorage.getItem(KEY)).to.not.equal(null);
      await accessibleInBothThemes(el);
    });
  }
});
