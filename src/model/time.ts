/**
 * Reading time as people write it in roadmaps ("December 2024", "Q3 2025 (Sep)", "H1 2026",
 * "Next 3 Months", "(Dec)") into a `TimeSpec`, and resolving relative specs against an anchor.
 * Pure: the clock and the local time zone are never read.
 */
import {
  addDays,
  addMonths,
  formatPlainDate,
  halfInterval,
  isPlainDate,
  monthEnd,
  monthFromName,
  monthStart,
  parsePlainDate,
  quarterInterval,
  yearInterval,
  type PlainDate,
  type Precision,
} from './dates.js';
import type { TimeSpec } from './schema.js';

// Resolving relative specs lives with the schedule (the views' bundles need it without the parser).
export { anchorTimeSpec } from './schedule.js';

export interface TimeContext {
  /** Year to use when the text names none (from the enclosing period or the document). */
  defaultYear?: number;
  /** First month of the fiscal year (1 = calendar quarters). */
  fiscalYearStartMonth?: number;
}

const MONTH_NAME = '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const YEAR = '((?:19|20|21)\\d{2})';
const DASH = '\\s*(?:-|–|—|to|through|until)\\s*';
// Built once (a RegExp made per call cost 8–70 µs, and the importer reads every heading).
/** “March”, “January – March” */
const MONTH_RANGE = new RegExp(`^${MONTH_NAME}(?:${DASH}${MONTH_NAME})?$`, 'i');
/** “Q1 2025”, “Q3 FY26” */
const QUARTER_YEAR = new RegExp(`^q([1-4])\\s*(?:'|’|-|/|\\s)?\\s*(?:fy\\s*)?(\\d{4}|\\d{2})$`, 'i');
/** “March 31, 2025” */
const MONTH_DAY_YEAR = new RegExp(`^${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+${YEAR}$`, 'i');
/** “31 March 2025” */
const DAY_MONTH_YEAR = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+${YEAR}$`, 'i');
/** “December 2024”, “Dec ’24” */
const MONTH_YEAR = new RegExp(`^${MONTH_NAME},?\\s+(?:'|’)?(\\d{4}|\\d{2})$`, 'i');
/** “January – March 2025” */
const MONTH_SPAN_YEAR = new RegExp(`^${MONTH_NAME}${DASH}${MONTH_NAME},?\\s+${YEAR}$`, 'i');
/** “March” (the year from the context) */
const MONTH_ONLY = new RegExp(`^${MONTH_NAME}$`, 'i');

const QUARTER_EDTF = [33, 34, 35, 36];

function spec(raw: string, precision: Precision, start: PlainDate, end: PlainDate, edtf: string, extra: Partial<TimeSpec> = {}): TimeSpec {
  return { raw, kind: 'absolute', precision, start, end, edtf, ...extra };
}

function twoDigitYear(y: string): number {
  const n = Number(y);
  return y.length === 2 ? 2000 + n : n;
}

/** Month range "January - March", "Oct–Dec", "Sep" inside parentheses. */
function parseMonthRange(text: string, year: number): { start: PlainDate; end: PlainDate; precision: Precision } | undefined {
  const range = MONTH_RANGE.exec(text.trim());
  if (!range) return undefined;
  const m1 = monthFromName(range[1]!);
  const m2 = range[2] ? monthFromName(range[2]) : m1;
  if (!m1 || !m2) return undefined;
  const endYear = m2 < m1 ? year + 1 : year;
  return { start: monthStart(year, m1), end: monthEnd(endYear, m2), precision: 'month' };
}

/** Split "Q3 2025 (Sep)" into the main text and the parenthesised tail. */
function splitParen(raw: string): { main: string; paren?: string } {
  const m = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(raw);
  return m ? { main: m[1]!.trim(), paren: m[2]!.trim() } : { main: raw.trim() };
}

/**
 * Parse a time expression. Returns undefined when the text holds no recognisable time.
 * Relative expressions ("Next 3 Months") come back with `offset` and no dates; resolve them
 * with `anchorTimeSpec` once an anchor is known.
 */
export function parseTimeText(rawInput: string, ctx: TimeContext = {}): TimeSpec | undefined {
  const raw = rawInput.trim();
  if (!raw || raw.length > 200) return undefined;
  const fy = ctx.fiscalYearStartMonth ?? 1;
  let text = raw.replace(/^(?:target|due|by|eta|date|in)\s*:?\s+/i, '');
  let approximate = false;
  let uncertain = false;
  let part: 'early' | 'mid' | 'late' | undefined;
  const approx = /^(~|≈|circa|ca\.|around|approx\.?|approximately|about)\s*/i.exec(text);
  if (approx) {
    approximate = true;
    text = text.slice(approx[0].length);
  }
  const partMatch = /^(early|mid|late)[\s-]+/i.exec(text);
  if (partMatch) {
    approximate = true;
    part = partMatch[1]!.toLowerCase() as 'early' | 'mid' | 'late';
    text = text.slice(partMatch[0].length);
  }
  if (/\?$|\b(?:tbd|tentative)\b/i.test(text)) {
    uncertain = true;
    text = text.replace(/\s*\?$/, '').replace(/\s*\(?\b(?:tbd|tentative)\b\)?/i, '').trim();
  }
  const flags: Partial<TimeSpec> = {
    ...(approximate ? { approximate: true } : {}),
    ...(uncertain ? { uncertain: true } : {}),
  };
  const parsed = parseCore(text, raw, ctx, fy);
  if (!parsed) return uncertain && !text ? { raw, kind: 'unknown', uncertain: true } : undefined;
  if (parsed.kind !== 'absolute' || !part || !parsed.start || !parsed.end) return { ...parsed, ...flags };
  // "early/mid/late X": the matching third of the interval.
  return { ...parsed, ...flags, ...thirdOf(parsed.start, parsed.end, part), edtf: `${parsed.edtf ?? ''}~` };
}

function thirdOf(start: PlainDate, end: PlainDate, part: 'early' | 'mid' | 'late'): { start: PlainDate; end: PlainDate } {
  const a = parsePlainDate(start)!;
  const b = parsePlainDate(end)!;
  const months = (b.year - a.year) * 12 + (b.month - a.month) + 1;
  if (months >= 3) {
    const third = Math.max(1, Math.round(months / 3));
    const offset = part === 'early' ? 0 : part === 'mid' ? third : months - third;
    const s = addMonths(start, offset);
    return { start: s, end: addDays(addMonths(s, third), -1) };
  }
  // Within a month: days 1–10, 11–20, 21–end.
  if (part === 'early') return { start, end: formatPlainDate(a.year, a.month, 10) };
  if (part === 'mid') return { start: formatPlainDate(a.year, a.month, 11), end: formatPlainDate(a.year, a.month, 20) };
  return { start: formatPlainDate(a.year, a.month, 21), end };
}

function parseCore(text: string, raw: string, ctx: TimeContext, fy: number): TimeSpec | undefined {
  let m: RegExpExecArray | null;
  // ISO day, ISO month
  if (isPlainDate(text)) return spec(raw, 'day', text, text, text);
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    if (mo >= 1 && mo <= 12) return spec(raw, 'month', monthStart(y, mo), monthEnd(y, mo), text);
  }
  // Relative: "Next 3 Months", "3-6 Months", "6–12 months", "next quarter", "this quarter"
  if ((m = /^(?:(?:the\s+)?next|first|within(?:\s+the\s+next)?)\s+(\d+)\s+(day|week|month|quarter|year)s?$/i.exec(text)))
    return relative(raw, 0, Number(m[1]), unitOf(m[2]!));
  if ((m = /^(\d+)\s*(?:-|–|—|to)\s*(\d+)\s+(day|week|month|quarter|year)s?(?:\s+out)?$/i.exec(text)))
    return relative(raw, Number(m[1]), Number(m[2]), unitOf(m[3]!));
  if ((m = /^(\d+)\s*\+\s*(day|week|month|quarter|year)s?$/i.exec(text))) return relative(raw, Number(m[1]), undefined, unitOf(m[2]!));
  if ((m = /^(this|current|next|following)\s+(month|quarter|year)$/i.exec(text))) {
    const from = /^(this|current)$/i.test(m[1]!) ? 0 : 1;
    return relative(raw, from, from + 1, unitOf(m[2]!));
  }
  if (/^(now|current|in progress)$/i.test(text)) return { raw, kind: 'ordinal', ordinal: 1 };
  if (/^(next|soon|upcoming)$/i.test(text)) return { raw, kind: 'ordinal', ordinal: 2 };
  if (/^(later|future|someday|backlog)$/i.test(text)) return { raw, kind: 'ordinal', ordinal: 3 };

  // Quarter: "Q3 2025", "Q3 FY25", "2025 Q3", "Q3'25", "Q3-2025", "Q3/2025", with optional "(Sep)"
  const { main, paren } = splitParen(text);
  if ((m = QUARTER_YEAR.exec(main)) ||
      (m = /^(?:fy\s*)?(\d{4})\s*[-/ ]?\s*q([1-4])$/i.exec(main))) {
    const swapped = /^\d/.test(main) || /^fy/i.test(main);
    const q = Number(swapped ? m[2] : m[1]);
    const y = twoDigitYear(swapped ? m[1]! : m[2]!);
    return withParen(raw, quarterSpec(raw, y, q, fy), paren, y);
  }
  if ((m = /^q([1-4])$/i.exec(main)) && ctx.defaultYear) {
    return withParen(raw, { ...quarterSpec(raw, ctx.defaultYear, Number(m[1]), fy), inferred: ['year'] }, paren, ctx.defaultYear);
  }
  // Half: "H1 2025", "1H 2025", "2025 H2", "H2 FY26"
  if ((m = /^(?:h([12])|([12])h)\s*(?:'|’|-|\s)?\s*(?:fy\s*)?(\d{4}|\d{2})$/i.exec(main)) || (m = /^(\d{4})\s*[- ]?\s*h([12])$/i.exec(main))) {
    const isYearFirst = /^\d{4}/.test(main);
    const h = Number(isYearFirst ? m[2] : (m[1] ?? m[2]));
    const y = twoDigitYear(isYearFirst ? m[1]! : m[3]!);
    const { start, end } = halfInterval(y, h, fy);
    return withParen(raw, spec(raw, 'half', start, end, `${y}-${39 + h}`), paren, y);
  }
  // Year: "2025", "FY2025", "FY25"
  if ((m = /^(?:fy\s*)?(\d{4})$/i.exec(main)) || (m = /^fy\s*(\d{2})$/i.exec(main))) {
    const y = twoDigitYear(m[1]!);
    const { start, end } = yearInterval(y, /^fy/i.test(main) ? fy : 1);
    return withParen(raw, spec(raw, 'year', start, end, String(y)), paren, y);
  }
  // Day: "October 1, 2024", "Oct 1 2024", "1 October 2024", "1st Oct 2024"
  if ((m = MONTH_DAY_YEAR.exec(text))) {
    return daySpec(raw, Number(m[3]), monthFromName(m[1]!)!, Number(m[2]));
  }
  if ((m = DAY_MONTH_YEAR.exec(text))) {
    return daySpec(raw, Number(m[3]), monthFromName(m[2]!)!, Number(m[1]));
  }
  // Month: "December 2024", "Dec 2024", "Dec '24"
  if ((m = MONTH_YEAR.exec(text))) {
    const y = twoDigitYear(m[2]!);
    const mo = monthFromName(m[1]!)!;
    return spec(raw, 'month', monthStart(y, mo), monthEnd(y, mo), `${y}-${String(mo).padStart(2, '0')}`);
  }
  // Month range with year: "Jan–Mar 2025", "January - March 2025"
  if ((m = MONTH_SPAN_YEAR.exec(text))) {
    const y = Number(m[3]);
    const r = parseMonthRange(`${m[1]}-${m[2]}`, y);
    if (r) return spec(raw, 'month', r.start, r.end, `${r.start.slice(0, 7)}/${r.end.slice(0, 7)}`);
  }
  // Month without year: "Dec", "November" (year from context)
  if ((m = MONTH_ONLY.exec(text)) && ctx.defaultYear) {
    const y = ctx.defaultYear;
    const mo = monthFromName(m[1]!)!;
    return spec(raw, 'month', monthStart(y, mo), monthEnd(y, mo), `${y}-${String(mo).padStart(2, '0')}`, { inferred: ['year'] });
  }
  // "Year-end 2025", "end of 2025", "EOY"
  if ((m = /^(?:year[- ]end|end of(?: year)?|eoy)\s*(\d{4})?$/i.exec(text)) && (m[1] || ctx.defaultYear)) {
    const y = Number(m[1] ?? ctx.defaultYear);
    const d = formatPlainDate(y, 12, 31);
    return spec(raw, 'day', d, d, d, m[1] ? {} : { inferred: ['year'] });
  }
  return undefined;
}

function unitOf(word: string): 'day' | 'week' | 'month' | 'quarter' | 'year' {
  return word.toLowerCase() as 'day' | 'week' | 'month' | 'quarter' | 'year';
}

function relative(raw: string, from: number, to: number | undefined, unit: 'day' | 'week' | 'month' | 'quarter' | 'year'): TimeSpec {
  return {
    raw,
    kind: 'relative',
    precision: unit === 'day' ? 'day' : unit === 'week' ? 'week' : unit === 'quarter' ? 'quarter' : unit === 'year' ? 'year' : 'month',
    offset: { from, ...(to !== undefined ? { to } : {}), unit },
    anchor: { basis: 'none' },
  };
}

function quarterSpec(raw: string, year: number, quarter: number, fy: number): TimeSpec {
  const { start, end } = quarterInterval(year, quarter, fy);
  return spec(raw, 'quarter', start, end, `${year}-${QUARTER_EDTF[quarter - 1]}`);
}

function daySpec(raw: string, year: number, month: number, day: number): TimeSpec | undefined {
  const d = formatPlainDate(year, month, day);
  return isPlainDate(d) ? spec(raw, 'day', d, d, d) : undefined;
}

/** Check a parenthesised month range against its period: equal → fine, inside → focus. */
function withParen(raw: string, base: TimeSpec, paren: string | undefined, year: number): TimeSpec {
  if (!paren || !base.start || !base.end) return base;
  const startYear = parsePlainDate(base.start)!.year;
  const range = parseMonthRange(paren, startYear) ?? parseMonthRange(paren, year);
  if (!range) return base;
  if (range.start === base.start && range.end === base.end) return base;
  if (range.start >= base.start && range.end <= base.end) {
    return { ...base, focus: { raw: paren, start: range.start, end: range.end, precision: range.precision } };
  }
  // A different range: keep the written months as the interval, say it was a mismatch.
  return { ...base, start: range.start, end: range.end, confidence: 0.5, candidates: [{ start: base.start, end: base.end }] };
}

/** True when a parenthesised range disagreed with its quarter (see `withParen`). */
export function hasRangeMismatch(spec: TimeSpec): boolean {
  return spec.kind === 'absolute' && spec.confidence === 0.5 && (spec.candidates?.length ?? 0) === 1;
}


/** The single date a spec stands for at day precision: its start (or end when it has no start). */
export function timeSpecPoint(spec: TimeSpec | undefined): PlainDate | undefined {
  return spec?.start ?? spec?.end;
}
