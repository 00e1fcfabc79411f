/*
 * Calendar days and ISO weeks in the person's own time zone, with no DOM.
 *
 * A moment becomes a day key ("2026-03-29") through the Date's *local* getters, so a
 * day is whatever the person's clock calls a day: 23 hours on the night clocks go
 * forward, 25 when they go back. Everything after that is calendar arithmetic on keys,
 * done in UTC where no day is ever longer or shorter than another.
 */

/** A local calendar day, "YYYY-MM-DD". */
export type DayKey = string;
/** An ISO 8601 week, "YYYY-Www" (the year is the ISO week-numbering year). */
export type WeekKey = string;

const DAY_MS = 86_400_000;
const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** The person's local day for a moment. */
export function dayKey(moment: Date): DayKey {
  return `${pad(moment.getFullYear(), 4)}-${pad(moment.getMonth() + 1)}-${pad(moment.getDate())}`;
}

/** Whether a string is a real calendar day key (rejects "2026-02-30"). */
export function isDayKey(value: unknown): value is DayKey {
  if (typeof value !== 'string') return false;
  const match = dayPattern.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

/** Midnight UTC of a day key's calendar date: a neutral point for arithmetic. */
function utc(key: DayKey): Date {
  const [y = 1970, m = 1, d = 1] = key.split('-').map(Number);
  const date = new Date(0);
  date.setUTCFullYear(y, m - 1, d);
  return date;
}

function fromUtc(date: Date): DayKey {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`;
}

/** The day `n` days after (or before, when negative) a day. */
export function addDays(key: DayKey, n: number): DayKey {
  const date = utc(key);
  date.setUTCDate(date.getUTCDate() + n);
  return fromUtc(date);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: DayKey, to: DayKey): number {
  return Math.round((utc(to).getTime() - utc(from).getTime()) / DAY_MS);
}

/** The ISO week a day belongs to; weeks start on Monday. */
export function weekKey(key: DayKey): WeekKey {
  const date = utc(key);
  const weekday = date.getUTCDay() || 7;
  // The Thursday of this week decides which year the week belongs to.
  date.setUTCDate(date.getUTCDate() + 4 - weekday);
  const year = date.getUTCFullYear();
  const jan1 = utc(`${pad(year, 4)}-01-01`);
  const week = Math.floor((date.getTime() - jan1.getTime()) / DAY_MS / 7) + 1;
  return `${pad(year, 4)}-W${pad(week)}`;
}

/** The Monday that starts a day's ISO week. */
export function weekStart(key: DayKey): DayKey {
  return addDays(key, 1 - (utc(key).getUTCDay() || 7));
}

/** The last `n` days ending with `today`, oldest first. */
export function lastDays(today: DayKey, n: number): DayKey[] {
  return Array.from({ length: n }, (_, i) => addDays(today, i - n + 1));
}

/** The last `n` ISO weeks ending with this one, oldest first. */
export function lastWeeks(today: DayKey, n: number): WeekKey[] {
  const monday = weekStart(today);
  return Array.from({ length: n }, (_, i) => weekKey(addDays(monday, 7 * (i - n + 1))));
}

/**
 * Consecutive days with a check-in, counting back from today. A day not done yet does
 * not break the streak: until it ends, the streak runs up to yesterday.
 */
export function dayStreak(days: ReadonlySet<DayKey>, today: DayKey): number {
  let day = days.has(today) ? today : addDays(today, -1);
  let count = 0;
  while (days.has(day)) {
    count += 1;
    day = addDays(day, -1);
  }
  return count;
}

/** Consecutive ISO weeks with a check-in, counting back from this week (which may still be open). */
export function weekStreak(days: Iterable<DayKey>, today: DayKey): number {
  const weeks = new Set([...days].map(weekKey));
  let monday = weekStart(today);
  if (!weeks.has(weekKey(monday))) monday = addDays(monday, -7);
  let count = 0;
  while (weeks.has(weekKey(monday))) {
    count += 1;
    monday = addDays(monday, -7);
  }
  return count;
}
