import { expect } from '@open-wc/testing';
import type { ChecklistGroup, ChecklistItem } from '@mendkit/core';
import {
  checkInDays,
  countDone,
  daySeries,
  emptyProgress,
  exportText,
  FOCUS_LIMIT,
  groupsFor,
  guardProgress,
  hasPaths,
  HISTORY_DAYS,
  isComplete,
  isDone,
  itemsOf,
  mergeProgress,
  plainText,
  setChecked,
  tickCounts,
  weekSeries,
  withFocus,
  withPath,
  type Progress,
} from '../../packages/checklist/src/progress.js';
import { lastDays, lastWeeks } from '../../packages/checklist/src/days.js';

const once: ChecklistItem = { id: 'say-sorry', label: 'Say **sorry**', cadence: 'once' };
const daily: ChecklistItem = { id: 'listen', label: 'Listen', detail: 'To the end.', cadence: 'daily' };
const weekly: ChecklistItem = { id: 'walk', label: 'Walk [together](https://example.org)', cadence: 'weekly' };
const groups: ChecklistGroup[] = [
  { id: 'a', title: 'First', description: 'One.', items: [once, daily] },
  { id: 'b', title: 'Second', description: 'Two.', items: [weekly] },
];
const items = itemsOf(groups);
const labels = {
  summary: 'Saved 2026-03-11',
  count: ({ done, total }: { done: number; total: number }) => `${done} of ${total}`,
  cadence: { once: '', daily: 'every day', weekly: 'every week' },
};

describe('progress: ticking', () => {
  it('keeps once items done on every later day', () => {
    const p = setChecked(emptyProgress(), once, true, '2026-03-10');
    expect(p.once).to.deep.equal({ 'say-sorry': '2026-03-10' });
    expect(isDone(p, once, '2026-03-10')).to.equal(true);
    expect(isDone(p, once, '2027-01-01')).to.equal(true);
    expect(isDone(setChecked(p, once, false, '2026-04-01'), once, '2026-04-01')).to.equal(false);
  });

  it('makes daily items a check-in for today only, and keeps them as history', () => {
    let p = setChecked(emptyProgress(), daily, true, '2026-03-10');
    expect(isDone(p, daily, '2026-03-10')).to.equal(true);
    expect(isDone(p, daily, '2026-03-11')).to.equal(false);
    p = setChecked(p, daily, true, '2026-03-11');
    expect(p.days['listen']).to.deep.equal(['2026-03-10', '2026-03-11']);
  });

  it('removes only today’s check-in on untick', () => {
    let p = setChecked(emptyProgress(), daily, true, '2026-03-10');
    p = setChecked(p, daily, true, '2026-03-11');
    p = setChecked(p, daily, false, '2026-03-11');
    expect(p.days['listen']).to.deep.equal(['2026-03-10']);
    p = setChecked(p, daily, false, '2026-03-12');
    expect(p.days['listen']).to.deep.equal(['2026-03-10']);
  });

  it('counts weekly items for the whole ISO week', () => {
    let p = setChecked(emptyProgress(), weekly, true, '2026-03-10'); // Tuesday, W11
    expect(isDone(p, weekly, '2026-03-15')).to.equal(true); // Sunday, W11
    expect(isDone(p, weekly, '2026-03-16')).to.equal(false); // Monday, W12
    p = setChecked(p, weekly, true, '2026-03-17');
    p = setChecked(p, weekly, false, '2026-03-19'); // untick later in W12
    expect(p.days['walk']).to.deep.equal(['2026-03-10']);
  });

  it('does not change the progress it was given', () => {
    const p = emptyProgress();
    setChecked(p, daily, true, '2026-03-10');
    setChecked(p, once, true, '2026-03-10');
    expect(p).to.deep.equal(emptyProgress());
  });

  it('keeps history bounded', () => {
    let p: Progress = { once: {}, days: { listen: lastDays('2026-03-10', 200) } };
    p = setChecked(p, daily, true, '2026-03-11');
    expect(p.days['listen']).to.have.length(HISTORY_DAYS);
    expect(p.days['listen']?.at(-1)).to.equal('2026-03-11');
  });
});

describe('progress: counting', () => {
  it('counts done of total on a day', () => {
    let p = setChecked(emptyProgress(), once, true, '2026-03-10');
    p = setChecked(p, weekly, true, '2026-03-10');
    expect(countDone(p, items, '2026-03-10')).to.deep.equal({ done: 2, total: 3 });
    p = setChecked(p, daily, true, '2026-03-10');
    expect(countDone(p, items, '2026-03-10')).to.deep.equal({ done: 3, total: 3 });
    expect(countDone(p, items, '2026-03-11')).to.deep.equal({ done: 2, total: 3 });
    expect(countDone(p, items, '2026-03-16')).to.deep.equal({ done: 1, total: 3 });
  });

  it('is complete when every once item and today’s daily items are done', () => {
    let p = setChecked(emptyProgress(), once, true, '2026-03-10');
    expect(isComplete(p, items, '2026-03-10')).to.equal(false);
    p = setChecked(p, daily, true, '2026-03-10');
    expect(isComplete(p, items, '2026-03-10')).to.equal(true); // weekly not needed
    expect(isComplete(p, items, '2026-03-11')).to.equal(false);
  });

  it('uses weekly items only when there is nothing else', () => {
    const p = setChecked(emptyProgress(), weekly, true, '2026-03-10');
    expect(isComplete(p, [weekly], '2026-03-12')).to.equal(true);
    expect(isComplete(emptyProgress(), [weekly], '2026-03-12')).to.equal(false);
    expect(isComplete(p, [], '2026-03-12')).to.equal(false);
  });

  it('builds the day and week series and the check-in days', () => {
    const days = lastDays('2026-03-11', 14);
    let p = emptyProgress();
    for (const day of ['2026-03-01', '2026-03-05', '2026-03-11']) p = setChecked(p, daily, true, day);
    const series = daySeries(p, [daily], days);
    expect(series).to.have.length(14);
    expect(series.filter(Boolean)).to.have.length(3);
    expect(series[13]).to.equal(1);
    expect([...checkInDays(p, [daily])]).to.deep.equal(['2026-03-01', '2026-03-05', '2026-03-11']);
    p = setChecked(p, weekly, true, '2026-03-02');
    p = setChecked(p, weekly, true, '2026-03-11');
    expect(weekSeries(p, [weekly], lastWeeks('2026-03-11', 8))).to.deep.equal([0, 0, 0, 0, 0, 0, 1, 1]);
  });
});

describe('progress: saved state', () => {
  it('accepts its own shape and drops bad day keys', () => {
    const p = setChecked(setChecked(emptyProgress(), once, true, '2026-03-10'), daily, true, '2026-03-10');
    expect(guardProgress(JSON.parse(JSON.stringify(p)))).to.deep.equal(p);
    expect(
      guardProgress({ once: { a: '2026-03-10', b: 'yesterday' }, days: { c: ['2026-03-09', 4, '2026-03-09'] } }),
    ).to.deep.equal({ once: { a: '2026-03-10' }, days: { c: ['2026-03-09'] } });
  });

  it('rejects a wrong shape', () => {
    for (const bad of [null, 'x', [], {}, { once: {} }, { once: [], days: {} }, { once: {}, days: { a: 'x' } }])
      expect(guardProgress(bad), JSON.stringify(bad)).to.equal(undefined);
  });

  it('keeps known ids and drops unknown ones when content changes', () => {
    const saved: Progress = {
      once: { 'say-sorry': '2026-03-01', gone: '2026-03-01' },
      days: { listen: ['2026-03-09'], removed: ['2026-03-09'] },
    };
    expect(mergeProgress(saved, items, '2026-03-10')).to.deep.equal({
      once: { 'say-sorry': '2026-03-01' },
      days: { listen: ['2026-03-09'] },
    });
  });

  it('drops history older than the limit, and days in the future', () => {
    const saved: Progress = { once: {}, days: { listen: ['2025-01-01', '2026-03-09', '2026-04-01'] } };
    expect(mergeProgress(saved, items, '2026-03-10').days).to.deep.equal({ listen: ['2026-03-09'] });
  });
});

describe('progress: export', () => {
  const p = setChecked(setChecked(emptyProgress(), once, true, '2026-03-11'), weekly, true, '2026-03-09');

  it('writes plain text with ticks, cadences and details', () => {
    expect(exportText('My list', groups, p, '2026-03-11', 'text', labels)).to.equal(
      [
        'My list',
        '',
        'Saved 2026-03-11',
        '',
        'First (1 of 2)',
        '',
        '[x] Say sorry',
        '[ ] Listen (every day)',
        '    To the end.',
        '',
        'Second (1 of 1)',
        '',
        '[x] Walk together (https://example.org) (every week)',
        '',
      ].join('\n'),
    );
  });

  it('writes Markdown task lists', () => {
    const md = exportText('My list', groups, p, '2026-03-11', 'markdown', labels);
    expect(md).to.contain('# My list\n');
    expect(md).to.contain('## First (1 of 2)\n');
    expect(md).to.contain('- [x] Say **sorry**\n');
    expect(md).to.contain('- [ ] Listen (every day)\n  To the end.\n');
    expect(md).to.contain('- [x] Walk [together](https://example.org) (every week)\n');
  });

  it('flattens rich text', () => {
    expect(plainText('a **b** *c* [d](mailto:x@example.org)')).to.equal('a b c d (mailto:x@example.org)');
  });
});

describe('progress: paths, focus and recent counts', () => {
  const pathGroups: ChecklistGroup[] = [
    { id: 'r', path: 'repairing', title: 'R', items: [once, { ...daily, paths: ['repairing', 'healing'] }] },
    { id: 'h', path: 'healing', title: 'H', items: [{ id: 'h1', label: 'H1', cadence: 'once' }] },
    { id: 'all', title: 'All', items: [weekly] },
  ];

  it('filters items by path: their own paths, else their group’s, else everyone', () => {
    const ids = (path?: 'repairing' | 'healing' | 'together') =>
      groupsFor(pathGroups, path).map((g) => [g.id, g.items.map((i) => i.id)]);
    expect(ids()).to.deep.equal([
      ['r', ['say-sorry', 'listen']],
      ['h', ['h1']],
      ['all', ['walk']],
    ]);
    expect(ids('healing')).to.deep.equal([
      ['r', ['listen']],
      ['h', ['h1']],
      ['all', ['walk']],
    ]);
    expect(ids('together')).to.deep.equal([['all', ['walk']]]);
    expect(hasPaths(pathGroups)).to.equal(true);
    expect(hasPaths(groups)).to.equal(false);
  });

  it('reads the old stored shape, and odd new fields, without losing ticks', () => {
    const old = { once: { 'say-sorry': '2026-03-01' }, days: { listen: ['2026-03-10'] } };
    expect(guardProgress(old)).to.deep.equal(old);
    const odd = guardProgress({ ...old, path: 'sideways', focus: [1, 'listen', 'listen', 'a', 'b', 'c'] });
    expect(odd?.path).to.equal(undefined);
    expect(odd?.focus).to.deep.equal(['listen', 'a', 'b']);
    expect(guardProgress({ ...old, path: 'healing' })?.path).to.equal('healing');
  });

  it('keeps path and focus through a merge and a tick; drops focus on items that are gone', () => {
    const p: Progress = { ...emptyProgress(), path: 'healing', focus: ['listen', 'gone'] };
    const merged = mergeProgress(p, items, '2026-03-11');
    expect(merged.path).to.equal('healing');
    expect(merged.focus).to.deep.equal(['listen']);
    const ticked = setChecked(merged, daily, true, '2026-03-11');
    expect(ticked.path).to.equal('healing');
    expect(ticked.focus).to.deep.equal(['listen']);
    expect(withPath(ticked, undefined)).to.not.have.property('path');
  });

  it('adds to the focus up to the limit and takes off', () => {
    let p = emptyProgress();
    for (const id of ['a', 'b', 'a', 'c', 'd']) p = withFocus(p, id, true);
    expect(p.focus).to.deep.equal(['a', 'b', 'c']);
    expect(p.focus).to.have.length(FOCUS_LIMIT);
    p = withFocus(p, 'b', false);
    expect(p.focus).to.deep.equal(['a', 'c']);
    p = withFocus(withFocus(p, 'a', false), 'c', false);
    expect(p).to.not.have.property('focus');
  });

  it('counts ticks made today and in this ISO week', () => {
    // Wednesday 11 March 2026; Monday the 9th starts the week.
    const p: Progress = {
      once: { 'say-sorry': '2026-03-09' },
      days: { listen: ['2026-03-08', '2026-03-09', '2026-03-10', '2026-03-11'], walk: ['2026-03-11'] },
    };
    expect(tickCounts(p, items, '2026-03-11')).to.deep.equal({ today: 2, week: 5 });
    expect(tickCounts(p, items, '2026-03-16')).to.deep.equal({ today: 0, week: 0 });
    expect(tickCounts(emptyProgress(), items, '2026-03-11')).to.deep.equal({ today: 0, week: 0 });
  });
});
