/**
 * Document metadata lines: "**Author:** Lisa Park (VP Product)", "**Approved by:** …",
 * "**Date:** October 1, 2024", "- Last updated: 2025-09-12", "**Document Version**: 1.0".
 */
import type { Cadence } from '../model/schema.js';
import { Claim, type ImportContext } from './context.js';
import { readLabel } from './markdown.js';

const META: Array<[RegExp, string]> = [
  [/^(?:author|authors|written by|prepared by|by)$/i, 'authors'],
  [/^(?:approved by|approvers?|approvals?|signed off by|sign-?off)$/i, 'approvals'],
  [/^(?:date|created|created on|published|issued|document date)$/i, 'date'],
  [/^(?:last updated|updated|last modified|modified|revised|last revised|last update)$/i, 'updated'],
  [/^(?:version|document version|doc version|revision|roadmap version)$/i, 'version'],
  [/^(?:owner|owners|document owner|maintainer|maintained by|roadmap owner)$/i, 'owners'],
  [/^(?:next review|next review date|review date|review by)$/i, 'nextReview'],
  [/^(?:as of|as-of|status as of|snapshot)$/i, 'asOf'],
  [/^(?:subtitle|tagline)$/i, 'subtitle'],
];

/** Split "A (x), B (y) and C" on commas and "and" outside parentheses. */
export function splitNames(text: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if (depth === 0 && (ch === ',' || ch === ';' || ch === '&' || (text.startsWith(' and ', i) && (i += 4)))) {
      if (cur.trim()) out.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) out.push(cur.trim());
  return out;
}

/**
 * Read one metadata line into `meta`. With `dryRun`, only say whether the line is metadata.
 * `loose` accepts labels without bold ("Last updated: 2025-09-12").
 */
export function readMeta(ctx: ImportContext, text: string, line: number, dryRun: boolean, loose = false): boolean {
  const lab = readLabel(text, loose);
  if (!lab || !lab.value) return false;
  const entry = META.find(([re]) => re.test(lab.label));
  if (!entry) return false;
  const key = entry[1];
  const meta = ctx.roadmap.meta;
  if (key === 'version') {
    if (dryRun) return true;
    meta.version = lab.value;
    return true;
  }
  if (key === 'subtitle') {
    if (dryRun) return true;
    meta.subtitle = lab.value;
    return true;
  }
  if (key === 'date' || key === 'updated' || key === 'asOf' || key === 'nextReview') {
    const spec = ctx.time(lab.value);
    if (key === 'nextReview' && !spec) {
      const freq = frequencyOf(lab.value);
      if (!freq) return false;
      if (dryRun) return true;
      const cadence: Cadence = { id: ctx.id('roadmap-review', 'cadence'), purpose: 'review', frequency: freq.frequency, ...(freq.interval ? { interval: freq.interval } : {}), activity: 'Roadmap review', raw: `${lab.label}: ${lab.value}`, source: ctx.src(line) };
      ctx.roadmap.cadences.push(cadence);
      return true;
    }
    if (!spec || spec.kind !== 'absolute') return false;
    if (dryRun) return true;
    meta[key] = spec;
    if (!ctx.documentYear && spec.start) ctx.documentYear = Number(spec.start.slice(0, 4));
    return true;
  }
  if (dryRun) return true;
  if (key === 'authors' || key === 'owners') {
    const list = splitNames(lab.value).map((n) => ctx.party(n, line, key === 'owners' ? { preferTeam: /team|group|department|management/i.test(n) } : {}));
    meta[key] = [...(meta[key] ?? []), ...list];
  } else if (key === 'approvals') {
    const date = /\s+(?:on\s+)?(\d{4}-\d{2}-\d{2})$/.exec(lab.value);
    const names = splitNames(date ? lab.value.slice(0, date.index) : lab.value);
    meta.approvals = [
      ...(meta.approvals ?? []),
      ...names.map((n) => {
        const pending = /\b(?:pending|tbd|awaiting)\b/i.test(n);
        const party = ctx.party(n.replace(/\s*\b(?:pending|tbd|awaiting)\b\s*/gi, ' ').trim(), line);
        return { party, status: pending ? ('pending' as const) : ('approved' as const), ...(date ? { date: ctx.time(date[1]!)! } : {}), source: ctx.src(line) };
      }),
    ];
  }
  return true;
}

export function frequencyOf(text: string): { frequency: Cadence['frequency']; interval?: string; ambiguous?: string } | undefined {
  const t = text.toLowerCase();
  if (/\b(?:continuous(?:ly)?|ongoing|always)\b/.test(t)) return { frequency: 'continuous' };
  if (/\b(?:bi-?weekly|fortnightly|every (?:two|2) weeks)\b/.test(t)) return { frequency: 'biweekly', interval: 'P2W', ...(/bi-?weekly/.test(t) ? { ambiguous: 'every two weeks (not twice a week)' } : {}) };
  if (/\b(?:bi-?annual(?:ly)?|semi-?annual(?:ly)?|twice a year|half-?yearly)\b/.test(t)) return { frequency: 'semiannual', interval: 'P6M', ...(/bi-?annual/.test(t) ? { ambiguous: 'twice a year (not every two years)' } : {}) };
  if (/\b(?:daily|every day|each day)\b/.test(t)) return { frequency: 'daily', interval: 'P1D' };
  if (/\b(?:weekly|every week|each week)\b/.test(t)) return { frequency: 'weekly', interval: 'P1W' };
  if (/\b(?:monthly|every month|each month)\b/.test(t)) return { frequency: 'monthly', interval: 'P1M' };
  if (/\b(?:quarterly|every quarter|each quarter)\b/.test(t)) return { frequency: 'quarterly', interval: 'P3M' };
  if (/\b(?:annual(?:ly)?|yearly|every year|each year)\b/.test(t)) return { frequency: 'annual', interval: 'P1Y' };
  return undefined;
}

export { Claim };
