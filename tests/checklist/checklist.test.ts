import { expect, html, oneEvent } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
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

/** Groups for each path, an item on two paths, and a group for everyone. */
const pathDoc = () =>
  makeDoc('1.0.0', [
    {
      id: 'hurt',
      path: 'repairing',
      title: 'If you caused it',
      items: [
        { id: 'a', label: 'Alpha', cadence: 'once' },
        { id: 'b', label: 'Beta', cadence: 'daily', paths: ['repairing', 'healing'] },
      ],
    },
    { id: 'healing', path: 'healing', title: 'If you were hurt', items: [{ id: 'd', label: 'Delta' }] },
    { id: 'anyone', title: 'Anyone', items: [{ id: 'e', label: 'Epsilon', cadence: 'weekly' }] },
  ]);

const radios = (el: MendChecklist) => [...root(el).querySelectorAll<HTMLInputElement>('.paths input[type="radio"]')];
const allItems = (el: MendChecklist) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')].map((b) => b.id.slice(2));
const visibleItems = (el: MendChecklist) =>
  [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')]
    .filter((b) => b.checkVisibility())
    .map((b) => b.id.slice(2));

async function choosePath(el: MendChecklist, path: string): Promise<void> {
  radios(el)
    .find((r) => r.value === path)!
    .click();
  await el.updateComplete;
}

/** Opens every closed group, so axe sees every item. */
async function openAll(el: MendChecklist): Promise<void> {
  for (const details of root(el).querySelectorAll<HTMLDetailsElement>('details:not([open])')) {
    details.open = true;
    await oneEvent(details, 'toggle');
  }
  await el.updateComplete;
}

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
    // A short first view: no "0 of 23", every group closed behind its heading, a choice of path.
    expect(text(el, '.progress')).to.equal('Nothing ticked yet this week. One small thing is a good start.');
    expect(root(el).textContent).not.to.match(/0 of \d+/);
    const groups = [...root(el).querySelectorAll<HTMLDetailsElement>('details[part="group"]')];
    expect(groups.map((d) => d.open)).to.deep.equal([false, false, false]);
    expect(groups[0]!.querySelector('summary h3')!.textContent).to.match(/7 actions/);
    expect([...boxes].filter((b) => b.checkVisibility())).to.have.length(0);
    expect(radios(el).map((r) => r.value)).to.deep.equal(['all', 'repairing', 'healing', 'together']);
    expect(radios(el)[0]!.checked).to.equal(true);
    await accessibleInBothThemes(el);
  });

  it('shows an item’s detail under its label, as the checkbox’s description', async () => {
    const el = await create();
    const described = box(el, 'a').getAttribute('aria-describedby')!;
    expect(text(el, `#${described}`)).to.equal('About alpha.');
    expect(box(el, 'b').hasAttribute('aria-describedby')).to.equal(false);
    expect(root(el).querySelectorAll('details:not([part="group"])')).to.have.length(0);
    await openAll(el);
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

  it('counts what was done today and this week, not what is left', async () => {
    // Wednesday 11 March; the 10th is in the same ISO week, the 8th (Sunday) in the one before.
    localStorage.setItem(KEY, JSON.stringify({ once: {}, days: { b: ['2026-03-08', '2026-03-10'] } }));
    const el = await create();
    expect(text(el, '.progress')).to.equal('0 done today · 1 this week');
    await tick(el, 'a');
    await tick(el, 'b');
    await tick(el, 'c');
    expect(text(el, '.progress')).to.equal('3 done today · 4 this week');
    expect(root(el).querySelectorAll('[part="progress"]')).to.have.length(1);
    await at(el, new Date(2026, 2, 12, 9)); // the next day: today starts afresh, the week goes on
    expect(text(el, '.progress')).to.equal('0 done today · 4 this week');
    await at(el, new Date(2026, 2, 16, 9)); // Monday: a new week
    expect(text(el, '.progress')).to.equal('Nothing ticked yet this week. One small thing is a good start.');
    await accessibleInBothThemes(el);
  });

  it('shows only one group with `group`, and all with an unknown one', async () => {
    const el = await mount<MendChecklist>(html`<mend-checklist group="ours" .content=${makeDoc()}></mend-checklist>`);
    expect(root(el).querySelectorAll('[part="group"]')).to.have.length(1);
    expect(text(el, '[part="group"] h3')).to.equal('Ours');
    expect(root(el).querySelectorAll('summary, .paths')).to.have.length(0);
    expect(box(el, 'c').getClientRects().length).to.be.greaterThan(0);
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
    expect(daily.querySelectorAll('.col')).to.have.length(14);
    expect(daily.querySelectorAll('.track .on')).to.have.length(9);
    expect(daily.querySelector('.chart')!.getAttribute('aria-hidden')).to.equal('true');
    // Each bar says its value and its day; today's is last.
    const cols = [...daily.querySelectorAll<HTMLElement>('.col')];
    expect(cols.map((c) => c.firstElementChild!.textContent)).to.deep.equal(
      lastDays(today, 14).map((d) => (days.includes(d) ? '1' : '0')),
    );
    expect(cols.at(-1)!.lastElementChild!.textContent).to.contain('11');
    const weekly = root(el).querySelectorAll('.history .series')[1]!;
    expect(weekly.querySelectorAll('.col')).to.have.length(8);
    expect(weekly.textContent).to.contain('done in 2 of the last 8 weeks');
    expect(weekly.textContent).to.contain('2 weeks in a row');
    await accessibleInBothThemes(el);
  });

  it('gives the chart’s values in a table for screen readers, the same as the bars', async () => {
    const today = '2026-03-11';
    const progress: Progress = {
      once: {},
      days: { b: [addDays(today, -13), addDays(today, -2), today], c: [addDays(today, -21), today] },
    };
    localStorage.setItem(KEY, JSON.stringify(progress));
    const el = await create(
      makeDoc('1.0.0', [
        {
          id: 'mine',
          title: 'Mine',
          items: [
            { id: 'b', label: 'Beta', cadence: 'daily' },
            { id: 'e', label: 'Epsilon', cadence: 'daily' },
            { id: 'c', label: 'Gamma', cadence: 'weekly' },
          ],
        },
      ]),
    );
    await tick(el, 'e');
    for (const name of ['days', 'weeks']) {
      const chart = root(el).querySelector(`.chart[data-chart="${name}"]`)!;
      const table = root(el).querySelector<HTMLTableElement>(`table[data-chart="${name}"]`)!;
      const bars = [...chart.querySelectorAll<HTMLElement>('.col')].map((c) => c.dataset['value']);
      const cells = [...table.querySelectorAll('tbody td')].map((td) => td.textContent?.trim());
      expect(cells).to.deep.equal(bars);
      expect(table.querySelectorAll('tbody th[scope="row"]')).to.have.length(bars.length);
      expect(table.caption?.textContent?.trim()).to.not.equal('');
    }
    const days = [...root(el).querySelectorAll('table[data-chart="days"] tbody td')].map((td) => td.textContent);
    expect(days[0]).to.equal('1');
    expect(days.at(-3)).to.equal('1');
    expect(days.at(-1)).to.equal('2');
    expect(root(el).querySelector('table[data-chart="days"] tbody tr:last-child th')!.textContent).to.contain(
      'Wednesday, March 11',
    );
    const weeks = [...root(el).querySelectorAll('table[data-chart="weeks"] tbody td')].map((td) => td.textContent);
    expect(weeks).to.deep.equal(['0', '0', '0', '0', '1', '0', '0', '1']);
    expect(root(el).querySelector('table[data-chart="weeks"] tbody tr:last-child th')!.textContent).to.contain(
      'March 9, 2026',
    );
    await accessibleInBothThemes(el);
  });

  it('filters the list by the path chosen, and keeps the choice over a reload', async () => {
    const el = await create(pathDoc());
    expect(visibleItems(el)).to.deep.equal([]);
    expect(allItems(el)).to.deep.equal(['a', 'b', 'd', 'e']);
    await choosePath(el, 'healing');
    // Items listing "healing" themselves, the healing group's, and those for everyone.
    expect(allItems(el)).to.deep.equal(['b', 'd', 'e']);
    expect(saved()?.path).to.equal('healing');
    expect(text(el, '[role="status"]')).to.equal('Showing 3 actions.');
    // The chosen path's own group opens; the others stay closed until asked.
    const groups = [...root(el).querySelectorAll<HTMLDetailsElement>('details[part="group"]')];
    expect(groups.map((d) => [d.querySelector('h3')!.id, d.open])).to.deep.equal([
      ['g-hurt', false],
      ['g-healing', true],
      ['g-anyone', false],
    ]);
    expect(visibleItems(el)).to.deep.equal(['d']);
    groups[0]!.querySelector('summary')!.click();
    await oneEvent(groups[0]!, 'toggle');
    await el.updateComplete;
    expect(groups[0]!.open).to.equal(true);
    expect(visibleItems(el)).to.deep.equal(['b', 'd']);
    await el.requestUpdate();
    expect(groups[0]!.open).to.equal(true);
    await accessibleInBothThemes(el);
    el.remove();

    const again = await create(pathDoc());
    expect(radios(again).find((r) => r.checked)?.value).to.equal('healing');
    expect(allItems(again)).to.deep.equal(['b', 'd', 'e']);
    await choosePath(again, 'all');
    expect(allItems(again)).to.deep.equal(['a', 'b', 'd', 'e']);
    expect(saved()).to.not.have.property('path');
  });

  it('still loads progress saved before paths and focus existed', async () => {
    // The stored shape of 0.x: ticks and check-ins only.
    localStorage.setItem(KEY, JSON.stringify({ once: { a: '2026-03-02' }, days: { b: ['2026-03-10', '2026-03-11'] } }));
    const el = await create(pathDoc());
    expect(box(el, 'a').checked).to.equal(true);
    expect(box(el, 'b').checked).to.equal(true);
    expect(radios(el).find((r) => r.checked)?.value).to.equal('all');
    expect(text(el, '.progress')).to.equal('1 done today · 2 this week');
    await choosePath(el, 'repairing');
    expect(saved()).to.deep.equal({
      once: { a: '2026-03-02' },
      days: { b: ['2026-03-10', '2026-03-11'] },
      path: 'repairing',
    });
    // Odd values in the newer fields are ignored, not a reason to drop the ticks.
    localStorage.setItem(KEY, JSON.stringify({ once: { a: '2026-03-02' }, days: {}, path: 'nope', focus: 'a' }));
    el.remove();
    const again = await create(pathDoc());
    expect(box(again, 'a').checked).to.equal(true);
    expect(radios(again).find((r) => r.checked)?.value).to.equal('all');
  });

  it('keeps a few actions in focus for the week, over a reload', async () => {
    const el = await create();
    expect(text(el, '.focus')).to.contain('Pick up to 3 actions');
    const star = (id: string) => box(el, id).closest('li')!.querySelector<HTMLButtonElement>('.star')!;
    expect(star('b').getAttribute('aria-pressed')).to.equal('false');
    expect(star('b').textContent?.replace(/\s+/g, ' ')).to.contain('Focus this week: Beta');
    star('b').click();
    await el.updateComplete;
    expect(box(el, 'b').closest('.focus')).to.not.equal(null);
    expect(root(el).querySelectorAll('#i-b')).to.have.length(1);
    expect(star('b').getAttribute('aria-pressed')).to.equal('true');
    expect(saved()?.focus).to.deep.equal(['b']);
    await tick(el, 'b');
    expect(box(el, 'b').checked).to.equal(true);
    await accessibleInBothThemes(el);
    el.remove();

    const again = await create();
    expect(box(again, 'b').closest('.focus')).to.not.equal(null);
    expect(box(again, 'b').checked).to.equal(true);
    const starOf = (id: string) => box(again, id).closest('li')!.querySelector<HTMLButtonElement>('.star')!;
    starOf('b').click();
    await again.updateComplete;
    expect(box(again, 'b').closest('.focus')).to.equal(null);
    expect(saved()).to.not.have.property('focus');
  });

  it('keeps the focus to three actions', async () => {
    const doc = makeDoc('1.0.0', [
      { id: 'g', title: 'G', items: ['a', 'b', 'c', 'd'].map((id) => ({ id, label: id.toUpperCase() })) },
    ]);
    const el = await create(doc);
    for (const id of ['a', 'b', 'c', 'd']) {
      box(el, id).closest('li')!.querySelector<HTMLButtonElement>('.star')!.click();
      await el.updateComplete;
    }
    expect(saved()?.focus).to.deep.equal(['a', 'b', 'c']);
    expect(text(el, '[role="status"]')).to.contain('already have 3 actions in focus');
    expect(box(el, 'd').closest('.focus')).to.equal(null);
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

describe('<mend-checklist> printed', () => {
  beforeEach(clearSaved);
  afterEach(async () => {
    await emulateMedia({ media: 'screen' });
    clearSaved();
  });

  it('prints every action, closed groups included, without the controls', async () => {
    const el = await mount<MendChecklist>(html`<mend-checklist></mend-checklist>`);
    const boxes = [...root(el).querySelectorAll<HTMLInputElement>('input[type="checkbox"]')];
    const labels = boxes.map((b) => root(el).querySelector(`label[for="${b.id}"]`)!);
    // On screen the groups start closed: none of their actions shows.
    expect(labels.filter((l) => l.checkVisibility())).to.have.length(0);
    await emulateMedia({ media: 'print' });
    // On paper there is nothing to open: every action shows, with its label, in full.
    expect(labels.filter((l) => !l.checkVisibility()).map((l) => l.textContent)).to.deep.equal([]);
    for (const label of labels) expect(label.getBoundingClientRect().height).to.be.above(0);
    expect(radios(el).some((r) => r.checkVisibility())).to.equal(false);
    // An empty week's focus only says how to pick with the stars, which paper does not have.
    expect(root(el).querySelector('.focus')!.checkVisibility()).to.equal(false);
  });
});
