import { expect } from '@open-wc/testing';
import {
  addDays,
  dayKey,
  dayStreak,
  daysBetween,
  isDayKey,
  lastDays,
  lastWeeks,
  weekKey,
  weekStart,
  weekStreak,
} from '../../packages/checklist/src/days.js';

const HOUR = 3_600_000;

/** Local days of a year whose length is not 24 hours: the zone's clock changes (none in UTC). */
function clockChanges(year: number): { start: Date; hours: number }[] {
  const found: { start: Date; hours: number }[] = [];
  for (let day = 1; day <= 366; day += 1) {
    const start = new Date(year, 0, day);
    const hours = (new Date(year, 0, day + 1).getTime() - start.getTime()) / HOUR;
    if (hours !== 24) found.push({ start, hours });
  }
  return found;
}

/** Every day key seen while walking real time in small steps from `from` to `to`. */
function keysWalked(from: Date, to: Date, stepMs = 15 * 60_000): string[] {
  const keys: string[] = [];
  for (let t = from.getTime(); t < to.getTime(); t += stepMs) {
    const key = dayKey(new Date(t));
    if (keys[keys.length - 1] !== key) keys.push(key);
  }
  return keys;
}

describe('days: local day keys', () => {
  it('uses the local calendar date, zero-padded', () => {
    expect(dayKey(new Date(2026, 0, 5, 0, 0))).to.equal('2026-01-05');
    expect(dayKey(new Date(2026, 11, 31, 23, 59, 59))).to.equal('2026-12-31');
    expect(dayKey(new Date(2027, 0, 1, 0, 0, 0))).to.equal('2027-01-01');
  });

  it('changes exactly at local midnight', () => {
    expect(dayKey(new Date(new Date(2026, 5, 10).getTime() - 1))).to.equal('2026-06-09');
    expect(dayKey(new Date(2026, 5, 10))).to.equal('2026-06-10');
  });

  it('recognises real day keys only', () => {
    expect(isDayKey('2026-02-28')).to.equal(true);
    expect(isDayKey('2028-02-29')).to.equal(true);
    expect(isDayKey('2026-02-29')).to.equal(false);
    expect(isDayKey('2026-13-01')).to.equal(false);
    expect(isDayKey('2026-1-01')).to.equal(false);
    expect(isDayKey(20260101)).to.equal(false);
    expect(isDayKey(undefined)).to.equal(false);
  });

  it('does calendar arithmetic across months, years and leap days', () => {
    expect(addDays('2026-01-31', 1)).to.equal('2026-02-01');
    expect(addDays('2028-02-28', 1)).to.equal('2028-02-29');
    expect(addDays('2026-03-01', -1)).to.equal('2026-02-28');
    expect(addDays('2026-12-31', 1)).to.equal('2027-01-01');
    expect(addDays('2026-03-10', -40)).to.equal('2026-01-29');
    expect(daysBetween('2026-03-01', '2026-03-31')).to.equal(30);
    expect(daysBetween('2026-03-31', '2026-03-01')).to.equal(-30);
    expect(daysBetween('2026-12-25', '2027-01-08')).to.equal(14);
  });

  it('lists the last n days, oldest first, ending today', () => {
    const days = lastDays('2026-03-02', 14);
    expect(days).to.have.length(14);
    expect(days[0]).to.equal('2026-02-17');
    expect(days[13]).to.equal('2026-03-02');
    expect(new Set(days).size).to.equal(14);
  });
});

describe('days: ISO weeks', () => {
  it('numbers weeks from Monday, by the Thursday rule', () => {
    expect(weekKey('2026-01-01')).to.equal('2026-W01'); // Thursday
    expect(weekKey('2025-12-29')).to.equal('2026-W01'); // Monday of that week
    expect(weekKey('2025-12-28')).to.equal('2025-W52'); // Sunday before
    expect(weekKey('2027-01-01')).to.equal('2026-W53'); // Friday, 2026 has 53 weeks
    expect(weekKey('2027-01-04')).to.equal('2027-W01');
    expect(weekKey('2021-01-03')).to.equal('2020-W53');
    expect(weekKey('2026-11-22')).to.equal('2026-W47'); // Sunday
    expect(weekKey('2026-11-23')).to.equal('2026-W48'); // Monday
  });

  it('finds the Monday that starts a week', () => {
    expect(weekStart('2026-11-22')).to.equal('2026-11-16');
    expect(weekStart('2026-11-23')).to.equal('2026-11-23');
    expect(weekStart('2027-01-01')).to.equal('2026-12-28');
  });

  it('lists the last n weeks ending with this one', () => {
    const weeks = lastWeeks('2026-01-07', 8);
    expect(weeks).to.deep.equal([
      '2025-W47',
      '2025-W48',
      '2025-W49',
      '2025-W50',
      '2025-W51',
      '2025-W52',
      '2026-W01',
      '2026-W02',
    ]);
    expect(weeks).to.have.length(8);
    expect(weeks[7]).to.equal('2026-W02');
    expect(weeks[6]).to.equal('2026-W01');
    expect(weeks[5]).to.equal('2025-W52');
    expect(new Set(weeks).size).to.equal(8);
  });
});

describe('days: streaks', () => {
  it('counts consecutive days up to today', () => {
    const days = new Set(['2026-03-05', '2026-03-06', '2026-03-07', '2026-03-09', '2026-03-10']);
    expect(dayStreak(days, '2026-03-10')).to.equal(2);
    expect(dayStreak(days, '2026-03-07')).to.equal(3);
  });

  it('keeps yesterday’s streak alive while today is still open', () => {
    const days = new Set(['2026-03-08', '2026-03-09']);
    expect(dayStreak(days, '2026-03-10')).to.equal(2);
    expect(dayStreak(days, '2026-03-11')).to.equal(0);
    expect(dayStreak(new Set(), '2026-03-11')).to.equal(0);
  });

  it('runs across month and year ends', () => {
    expect(dayStreak(new Set(['2026-12-30', '2026-12-31', '2027-01-01']), '2027-01-01')).to.equal(3);
  });

  it('counts consecutive ISO weeks, this week optional', () => {
    // Weeks W08, W09, W10 of 2026 (Mondays 02-16, 02-23, 03-02).
    const days = ['2026-02-22', '2026-02-23', '2026-03-08'];
    expect(weekStreak(days, '2026-03-08')).to.equal(3);
    expect(weekStreak(days, '2026-03-12')).to.equal(3); // W11 still open
    expect(weekStreak(days, '2026-03-16')).to.equal(0); // W11 missed
    expect(weekStreak(['2026-12-31', '2027-01-05'], '2027-01-05')).to.equal(2);
  });
});

describe('days: daylight saving time', () => {
  // Dates that are clock changes in common zones; in a zone without one, they are plain days.
  const candidates = [
    new Date(2026, 2, 8), // America: spring forward
    new Date(2026, 10, 1), // America: fall back
    new Date(2026, 2, 29), // Europe: spring forward
    new Date(2026, 9, 25), // Europe: fall back
    new Date(2026, 3, 5), // Australia (south): fall back
    new Date(2026, 9, 4), // Australia (south): spring forward
  ];
  const changes = clockChanges(2026);
  const days = [...candidates, ...changes.map((c) => c.start)];

  it(`gives every day exactly one key, however long the day (${changes.length} clock changes in this zone)`, () => {
    for (const start of days) {
      const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
      const hours = (end.getTime() - start.getTime()) / HOUR;
      expect([23, 23.5, 24, 24.5, 25]).to.include(hours);
      const keys = new Set<string>();
      for (let t = start.getTime(); t < end.getTime(); t += HOUR / 4) keys.add(dayKey(new Date(t)));
      expect([...keys], `${start.toString()} (${hours} h)`).to.deep.equal([dayKey(start)]);
      expect(dayKey(end)).to.equal(addDays(dayKey(start), 1));
    }
  });

  it('walks real time across each change and sees consecutive days, none skipped or repeated', () => {
    for (const start of days) {
      const from = new Date(start.getFullYear(), start.getMonth(), start.getDate() - 3, 12);
      const to = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 3, 12);
      const keys = keysWalked(from, to);
      expect(keys).to.have.length(7);
      expect(keys).to.deep.equal(lastDays(keys[6]!, 7));
    }
  });

  it('has 23- and 25-hour days in zones with daylight saving, each one key', () => {
    for (const { start, hours } of changes) {
      expect(hours).to.not.equal(24);
      const end = new Date(start.getFullYear(), start.getMonth(), start.getDate() + 1);
      expect(keysWalked(start, end, HOUR / 2)).to.deep.equal([dayKey(start)]);
    }
    if (new Date(2026, 0, 1).getTimezoneOffset() !== new Date(2026, 6, 1).getTimezoneOffset())
      expect(changes.length).to.be.greaterThan(1);
  });

  it('places the hour after a change on the right day and week', () => {
    for (const start of days) {
      const justAfter = new Date(start.getFullYear(), start.getMonth(), start.getDate(), 3, 30);
      const lateBefore = new Date(start.getFullYear(), start.getMonth(), start.getDate() - 1, 23, 30);
      expect(daysBetween(dayKey(lateBefore), dayKey(justAfter))).to.equal(1);
      expect(weekKey(dayKey(justAfter))).to.equal(weekKey(dayKey(start)));
    }
  });
});
