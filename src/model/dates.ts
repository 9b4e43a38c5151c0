/**
 * Calendar dates without time zones. A `PlainDate` is "YYYY-MM-DD"; arithmetic runs on whole day
 * numbers computed with `Date.UTC`, so no local time zone can ever move a date.
 */

/** Calendar date "YYYY-MM-DD" (years 0001–9999). */
export type PlainDate = string;
export type Precision = 'day' | 'week' | 'month' | 'quarter' | 'half' | 'year';
export type TimeUnit = 'day' | 'week' | 'month' | 'quarter' | 'year';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  month: number;
  day: number;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 30;
}

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Split a PlainDate; undefined when it is not a real calendar date. */
export function parsePlainDate(value: string): DateParts | undefined {
  const m = PLAIN_DATE.exec(value);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

export function isPlainDate(value: unknown): value is PlainDate {
  return typeof value === 'string' && parsePlainDate(value) !== undefined;
}

export function formatPlainDate(year: number, month: number, day: number): PlainDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function utcMs(year: number, month: number, day: number): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day); // setUTCFullYear handles years < 100 correctly
  d.setUTCHours(0, 0, 0, 0);
  return d.getTime();
}

/** Whole days since 1970-01-01 (negative before). */
export function toDayNumber(date: PlainDate): number {
  const p = parsePlainDate(date);
  if (!p) return NaN;
  return Math.round(utcMs(p.year, p.month, p.day) / DAY_MS);
}

export function fromDayNumber(dayNumber: number): PlainDate {
  const d = new Date(dayNumber * DAY_MS);
  return formatPlainDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: PlainDate, days: number): PlainDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(date: PlainDate, months: number): PlainDate {
  const p = parsePlainDate(date);
  if (!p) return date;
  const index = p.year * 12 + (p.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return formatPlainDate(year, month, Math.min(p.day, daysInMonth(year, month)));
}

export function compareDates(a: PlainDate, b: PlainDate): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function minDate(a: PlainDate, b: PlainDate): PlainDate {
  return a <= b ? a : b;
}

export function maxDate(a: PlainDate, b: PlainDate): PlainDate {
  return a >= b ? a : b;
}

export function monthStart(year: number, month: number): PlainDate {
  return formatPlainDate(year, month, 1);
}

export function monthEnd(year: number, month: number): PlainDate {
  return formatPlainDate(year, month, daysInMonth(year, month));
}

/**
 * The interval of a quarter. With a fiscal year starting in month `fyStart` (1 = January),
 * fiscal Q1 of FY `year` starts in month `fyStart` of `year - 1` when `fyStart > 1`
 * (the common "FY named after the year it ends in" convention).
 */
export function quarterInterval(year: number, quarter: number, fyStart = 1): { start: PlainDate; end: PlainDate } {
  const firstMonthIndex = (fyStart > 1 ? (year - 1) * 12 + (fyStart - 1) : year * 12) + (quarter - 1) * 3;
  const sy = Math.floor(firstMonthIndex / 12);
  const sm = (firstMonthIndex % 12) + 1;
  const lastIndex = firstMonthIndex + 2;
  const ey = Math.floor(lastIndex / 12);
  const em = (lastIndex % 12) + 1;
  return { start: monthStart(sy, sm), end: monthEnd(ey, em) };
}

export function halfInterval(year: number, half: number, fyStart = 1): { start: PlainDate; end: PlainDate } {
  const q1 = quarterInterval(year, half * 2 - 1, fyStart);
  const q2 = quarterInterval(year, half * 2, fyStart);
  return { start: q1.start, end: q2.end };
}

export function yearInterval(year: number, fyStart = 1): { start: PlainDate; end: PlainDate } {
  return { start: quarterInterval(year, 1, fyStart).start, end: quarterInterval(year, 4, fyStart).end };
}

/** Calendar quarter (1–4) a date falls in. */
export function quarterOf(date: PlainDate): number {
  const p = parsePlainDate(date);
  return p ? Math.floor((p.month - 1) / 3) + 1 : NaN;
}

export const MONTHS = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
] as const;

/** Month number for an English month name or its abbreviation ("Sep", "Sept", "September"). */
export function monthFromName(name: string): number | undefined {
  const n = name.toLowerCase().replace(/\.$/, '');
  if (n.length < 3) return undefined;
  if (n === 'sept') return 9;
  const i = MONTHS.findIndex((m) => m === n || (n.length === 3 && m.startsWith(n)));
  return i >= 0 ? i + 1 : undefined;
}
