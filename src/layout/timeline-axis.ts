/**
 * The timeline's time axis: which unit the header shows at a zoom level (`chooseScale`), the two
 * header rows of ticks for a visible range (`axisRows`), and date formatting for labels. Pure:
 * x positions are UTC day numbers (days since 1970-01-01), never local time.
 */
import { fromDayNumber, parsePlainDate, type Precision } from '../model/dates.js';

/** The unit of the header's lower row. */
export type TimeScale = 'month' | 'quarter' | 'half' | 'year';

export const TIME_SCALES: readonly TimeScale[] = ['month', 'quarter', 'half', 'year'];

/** Average length of each unit in days. */
export const UNIT_DAYS: Record<TimeScale, number> = { month: 30.44, quarter: 91.31, half: 182.62, year: 365.25 };

/** Smallest comfortable width of one lower-row cell, in px, before the next coarser unit is used. */
const MIN_CELL: Record<TimeScale, number> = { month: 40, quarter: 56, half: 52, year: 0 };

/** A header cell: `[x0, x1)` in x units (day numbers, or column units in ordinal mode). */
export interface AxisTick {
  key: string;
  x0: number;
  x1: number;
  label: string;
  /** Shorter label for narrow cells ("J" for January, "Q1" for "Q1 2025"). */
  short: string;
}

export interface AxisRows {
  scale: TimeScale;
  top: AxisTick[];
  bottom: AxisTick[];
}

const MONTH_SHORT = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Day number of the first day of month `month` (1–12) of `year`; months may overflow. */
export function monthStartDay(year: number, month: number): number {
  const index = year * 12 + (month - 1);
  const y = Math.floor(index / 12);
  const m = index - y * 12;
  const d = new Date(0);
  d.setUTCFullYear(y, m, 1);
  d.setUTCHours(0, 0, 0, 0);
  return Math.round(d.getTime() / 86_400_000);
}

/** Year and month (1–12) of a day number. */
export function dayToYearMonth(day: number): { year: number; month: number } {
  const d = new Date(day * 86_400_000);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1 };
}

/** The finest unit whose cells are at least a comfortable width at `pxPerDay`. */
export function chooseScale(pxPerDay: number): TimeScale {
  for (const scale of TIME_SCALES) if (UNIT_DAYS[scale] * pxPerDay >= MIN_CELL[scale]) return scale;
  return 'year';
}

/** A comfortable zoom for a requested scale: px per day that gives each lower cell this width. */
export function pxPerDayForScale(scale: TimeScale): number {
  const cell: Record<TimeScale, number> = { month: 84, quarter: 150, half: 170, year: 200 };
  return cell[scale] / UNIT_DAYS[scale];
}

interface FiscalParts {
  /** Fiscal year, named after the calendar year it ends in. */
  year: number;
  quarter: number;
  half: number;
}

/** Fiscal year, quarter and half of a calendar month, for a fiscal year starting in `fyStart`. */
export function fiscalParts(year: number, month: number, fyStart = 1): FiscalParts {
  const offset = (month - fyStart + 12) % 12;
  const fy = fyStart > 1 && month >= fyStart ? year + 1 : year;
  const quarter = Math.floor(offset / 3) + 1;
  return { year: fy, quarter, half: quarter <= 2 ? 1 : 2 };
}

function yearLabel(year: number, fyStart: number): string {
  return fyStart > 1 ? `FY${year}` : String(year);
}

function shortYear(year: number, fyStart: number): string {
  return fyStart > 1 ? `FY${String(year).slice(2)}` : String(year);
}

/**
 * Cells of one unit covering `[from, to]` (day numbers), aligned to the fiscal year.
 * `unit` month/quarter/half/year.
 */
export function unitTicks(unit: TimeScale, from: number, to: number, fyStart = 1): AxisTick[] {
  const step = unit === 'month' ? 1 : unit === 'quarter' ? 3 : unit === 'half' ? 6 : 12;
  const { year, month } = dayToYearMonth(from);
  // First boundary at or before `from`, aligned to the fiscal year start.
  let index = year * 12 + (month - 1);
  const align = ((index - (fyStart - 1)) % step + step) % step;
  index -= align;
  const out: AxisTick[] = [];
  for (let guard = 0; guard < 2000; guard++) {
    const y = Math.floor(index / 12);
    const m = index - y * 12 + 1;
    const x0 = monthStartDay(y, m);
    if (x0 > to) break;
    const x1 = monthStartDay(y, m + step);
    const f = fiscalParts(y, m, fyStart);
    let label: string;
    let short: string;
    if (unit === 'month') {
      label = MONTH_SHORT[m - 1]!;
      short = label.charAt(0);
    } else if (unit === 'quarter') {
      label = `Q${f.quarter} ${shortYear(f.year, fyStart)}`;
      short = `Q${f.quarter}`;
    } else if (unit === 'half') {
      label = `H${f.half} ${shortYear(f.year, fyStart)}`;
      short = `H${f.half}`;
    } else {
      label = yearLabel(f.year, fyStart);
      short = fyStart > 1 ? `'${String(f.year).slice(2)}` : `'${String(f.year).slice(2)}`;
    }
    out.push({ key: `${unit}-${y}-${m}`, x0, x1, label, short });
    index += step;
  }
  return out;
}

/**
 * The two header rows for a visible range: quarter over month, year over quarter, year over half,
 * or year over year-less (only years) for `year`.
 */
export function axisRows(from: number, to: number, scale: TimeScale, fyStart = 1): AxisRows {
  const topUnit: TimeScale = scale === 'month' ? 'quarter' : 'year';
  const bottom = unitTicks(scale, from, to, fyStart);
  const top = scale === 'year' ? [] : unitTicks(topUnit, from, to, fyStart);
  if (scale === 'month') for (const t of bottom) t.short = t.label.charAt(0);
  // Quarter cells above months read "Q1 2025"; lower quarter cells just "Q1".
  if (scale === 'quarter' || scale === 'half') for (const t of bottom) t.label = t.short;
  return { scale, top, bottom };
}

/** "26 Sep 2025", "Sep 2025", "Q3 2025", "H2 2025", "2025" for a date at a precision. */
export function formatDate(date: string | undefined, precision: Precision | undefined = 'day', fyStart = 1, edge: 'start' | 'end' = 'start'): string {
  if (!date) return '';
  const p = parsePlainDate(date);
  if (!p) return date;
  const f = fiscalParts(p.year, p.month, fyStart);
  switch (precision) {
    case 'year':
      return yearLabel(f.year, fyStart);
    case 'half':
      return `H${f.half} ${yearLabel(f.year, fyStart)}`;
    case 'quarter':
      return `Q${f.quarter} ${yearLabel(f.year, fyStart)}`;
    case 'month':
      return `${MONTH_SHORT[p.month - 1]} ${p.year}`;
    default:
      void edge;
      return `${p.day} ${MONTH_SHORT[p.month - 1]} ${p.year}`;
  }
}

/** The calendar date of a (possibly fractional) day number. */
export function dayToDate(day: number): string {
  return fromDayNumber(Math.floor(day));
}
