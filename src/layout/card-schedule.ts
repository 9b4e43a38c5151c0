/**
 * The schedule part of `<initiative-card>`'s data: what the author wrote ("Target: December 2024"),
 * the interval it resolves to, and what is due against `asOf`. Pure: no DOM, no clock; dates are
 * formatted in UTC so no time zone moves them.
 */
import { parsePlainDate, toDayNumber, type PlainDate } from '../model/dates.js';
import { resolveSchedule, roadmapAnchor, type ResolvedSchedule } from '../model/schedule.js';
import type { Initiative, Roadmap, Status, TimeSpec } from '../model/schema.js';

export interface ScheduleLine {
  /** "Period", "Start", "End", "Target". */
  label: string;
  /** As written ("December 2024", "Post-1.0"). */
  text: string;
  /** How it was read when the author left something out: "taken as Dec 2025". */
  note?: string;
  /** The milestone a relative time counts from ("Post-1.0" → GA v1.0.0). */
  anchor?: { id: string; title: string; date?: string };
}

export interface CardSchedule {
  /** The schedule as the author wrote it. */
  written: ScheduleLine[];
  resolved: ResolvedSchedule;
  /** The resolved interval in words: "1 Oct – 31 Dec 2024 (start not stated)", "Not scheduled". */
  resolvedText: string;
  /** The date counted against, and where it came from. */
  asOf?: { date: PlainDate; text: string; basis: string };
  /** The resolved end is before `asOf` and the initiative is neither done nor cancelled. */
  overdue: boolean;
  /** Whole days past the end (overdue) or left until it; undefined without dates. */
  days?: number;
  /** "Overdue by 12 days", "Due in 3 weeks". */
  dueText?: string;
}

function utcDate(date: PlainDate): Date {
  const p = parsePlainDate(date)!;
  const d = new Date(0);
  d.setUTCFullYear(p.year, p.month - 1, p.day);
  d.setUTCHours(0, 0, 0, 0);
  return d;
}

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'short', year: 'numeric' }): Intl.DateTimeFormat {
  const utc = { ...options, timeZone: 'UTC' };
  try {
    return new Intl.DateTimeFormat(locale, utc);
  } catch {
    return new Intl.DateTimeFormat('en-GB', utc);
  }
}

/** A calendar date in words ("1 Oct 2024"), never shifted by the local time zone. */
export function formatDate(date: PlainDate, locale = 'en-GB'): string {
  return parsePlainDate(date) ? dateFormat(locale).format(utcDate(date)) : date;
}

/** A span in words ("1 Oct – 31 Dec 2024"), never shifted by the local time zone. */
export function formatDateRange(start: PlainDate, end: PlainDate, locale = 'en-GB'): string {
  if (!parsePlainDate(start) || !parsePlainDate(end)) return `${start} – ${end}`;
  if (start === end) return formatDate(start, locale);
  const f = dateFormat(locale);
  return typeof f.formatRange === 'function' ? f.formatRange(utcDate(start), utcDate(end)) : `${f.format(utcDate(start))} – ${f.format(utcDate(end))}`;
}

function spanText(days: number): string {
  const n = Math.abs(days);
  if (n < 14) return `${n} day${n === 1 ? '' : 's'}`;
  if (n < 60) return `${Math.round(n / 7)} weeks`;
  return `${Math.round(n / 30.44)} months`;
}

/** "taken as Dec 2025" when the author left the year out ("Dec"). */
function inferredNote(spec: TimeSpec, locale: string): string | undefined {
  if (!spec.inferred?.includes('year') || !spec.start) return undefined;
  const options: Intl.DateTimeFormatOptions =
    spec.precision === 'month' ? { month: 'short', year: 'numeric' } : spec.precision === 'day' || !spec.precision ? { day: 'numeric', month: 'short', year: 'numeric' } : { year: 'numeric' };
  return `taken as ${dateFormat(locale, options).format(utcDate(spec.start))}`;
}

function writtenLine(roadmap: Roadmap, label: string, spec: TimeSpec, locale: string): ScheduleLine {
  const line: ScheduleLine = { label, text: spec.raw.trim().replace(/^\((.*)\)$/, '$1') };
  const note = inferredNote(spec, locale);
  if (note) line.note = note;
  const anchorId = spec.anchor?.entityId;
  const milestone = anchorId ? roadmap.milestones.find((m) => m.id === anchorId) : undefined;
  if (milestone) {
    const date = spec.anchor?.edge === 'start' ? milestone.date.start : (milestone.date.end ?? milestone.date.start);
    line.anchor = { id: milestone.id, title: milestone.title, ...(date ? { date: formatDate(date, locale) } : milestone.date.raw ? { date: milestone.date.raw } : {}) };
  }
  return line;
}

const BASIS_TEXT: Record<string, string> = {
  caller: 'as-of',
  'meta.asOf': 'roadmap as-of',
  'meta.updated': 'roadmap last updated',
  'meta.date': 'roadmap date',
};

/** The schedule as written, as resolved, and what is due against `asOf` (else the roadmap's own date). */
export function describeSchedule(roadmap: Roadmap, initiative: Initiative, status: Status, asOf: string | undefined, locale: string): CardSchedule {
  const s = initiative.schedule;
  const written: ScheduleLine[] = [];
  const periods = (s?.periodIds ?? []).map((id) => roadmap.periods.find((p) => p.id === id)).filter((p) => p !== undefined);
  if (periods.length) {
    written.push({ label: periods.length > 1 ? 'Periods' : 'Period', text: periods.map((p) => (p.icon ? `${p.icon} ${p.label}` : p.label)).join(', ') });
  }
  if (s?.start?.raw) written.push(writtenLine(roadmap, 'Start', s.start, locale));
  if (s?.end?.raw) written.push(writtenLine(roadmap, 'End', s.end, locale));
  if (s?.target?.raw) written.push(writtenLine(roadmap, 'Target', s.target, locale));

  const anchor = roadmapAnchor(roadmap, asOf ? { anchor: asOf } : {});
  const resolved = resolveSchedule(roadmap, initiative, anchor ? { anchor: anchor.date } : {});
  let resolvedText: string;
  if (resolved.start && resolved.end) {
    const flags = [resolved.startOpen ? 'start not stated' : '', resolved.endOpen ? 'end not stated' : '', resolved.approximate ? 'approximate' : ''].filter(Boolean);
    resolvedText = formatDateRange(resolved.start, resolved.end, locale) + (flags.length ? ` (${flags.join(', ')})` : '');
  } else if (resolved.basis === 'relative') {
    const relative = periods.find((p) => p.time.kind === 'relative')?.time.raw ?? s?.start?.raw ?? s?.target?.raw;
    resolvedText = `${relative ? relative.trim() : `Horizon ${resolved.ordinal ?? '?'}`} (relative; no date to count from)`;
  } else resolvedText = 'Not scheduled';

  const out: CardSchedule = { written, resolved, resolvedText, overdue: false };
  if (anchor) out.asOf = { date: anchor.date, basis: anchor.basis, text: `${formatDate(anchor.date, locale)} (${BASIS_TEXT[anchor.basis] ?? anchor.basis})` };
  if (anchor && resolved.end) {
    const days = toDayNumber(anchor.date) - toDayNumber(resolved.end);
    const closed = status === 'done' || status === 'cancelled';
    out.overdue = days > 0 && !closed;
    out.days = Math.abs(days);
    if (out.overdue) out.dueText = `Overdue by ${spanText(days)}`;
    else if (closed) out.dueText = undefined;
    else if (days === 0) out.dueText = 'Due today';
    else if (days < 0) out.dueText = `Due in ${spanText(days)}`;
  }
  return out;
}
