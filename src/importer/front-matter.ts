/**
 * YAML front matter ("---" … "---" at the top): the common keys (title, author, date, version,
 * owner, status, tags) go to `meta`; the rest is kept verbatim in a hidden section.
 */
import type { Builder } from './build.js';
import { Claim, type ImportContext } from './context.js';
import { readMeta } from './meta.js';

interface Entry {
  key: string;
  value: string;
  line: number;
  end: number;
}

function unquote(v: string): string {
  const t = v.trim();
  return /^(["']).*\1$/.test(t) ? t.slice(1, -1) : t;
}

/** Read front matter; returns where it ends and a hook that keeps the unknown keys. */
export function readFrontMatter(ctx: ImportContext, lines: string[]): { endLine: number; finish: (b: Builder) => void } | undefined {
  if (!/^---\s*$/.test(lines[0] ?? '')) return undefined;
  let end = -1;
  for (let i = 1; i < Math.min(lines.length, 500); i++) {
    if (/^(---|\.\.\.)\s*$/.test(lines[i]!)) {
      end = i;
      break;
    }
  }
  if (end < 1) return undefined;
  const entries: Entry[] = [];
  for (let i = 1; i < end; i++) {
    const line = lines[i]!;
    const m = /^([A-Za-z_][\w -]*?)\s*:\s*(.*)$/.exec(line);
    if (m && !/^\s/.test(line)) entries.push({ key: m[1]!.trim(), value: m[2]!.trim(), line: i + 1, end: i + 1 });
    else if (entries.length && /^\s+(?:-\s+)?\S/.test(line)) {
      const last = entries[entries.length - 1]!;
      const item = line.trim().replace(/^-\s+/, '');
      last.value = last.value && !/^[|>]/.test(last.value) ? `${last.value}, ${unquote(item)}` : unquote(item);
      last.end = i + 1;
    }
  }
  if (!entries.length && end > 1) return undefined;
  ctx.claim(1, 1, Claim.Structural);
  ctx.claim(end + 1, end + 1, Claim.Structural);
  const leftovers: Entry[] = [];
  for (const e of entries) {
    const key = e.key.toLowerCase().replace(/[_-]/g, ' ');
    const value = unquote(e.value.replace(/^\[(.*)\]$/, '$1'));
    if (!value) {
      leftovers.push(e);
      continue;
    }
    const label = key === 'title' ? 'title' : key === 'lastupdated' || key === 'last updated' || key === 'updated' || key === 'modified' ? 'Last updated' : key === 'as of' || key === 'asof' ? 'As of' : key;
    if (label === 'title') {
      ctx.roadmap.meta.title = value;
      ctx.claim(e.line, e.end, Claim.Mapped);
    } else if (/^(?:tags|labels|keywords)$/.test(key)) {
      leftovers.push(e);
    } else if (readMeta(ctx, `**${label}**: ${value}`, e.line, true) && readMeta(ctx, `**${label}**: ${value}`, e.line, false)) {
      ctx.claim(e.line, e.end, Claim.Mapped);
    } else leftovers.push(e);
  }
  return {
    endLine: end + 1,
    finish: (builder) => {
      if (!leftovers.length) return;
      const markdown = leftovers.map((e) => lines.slice(e.line - 1, e.end).join('\n')).join('\n');
      const section = { id: ctx.id('front-matter', 'section'), title: 'Front matter', path: [], level: 0, role: 'unknown' as const, hidden: true, blocks: [{ type: 'code' as const, markdown, source: ctx.src(leftovers[0]!.line, leftovers[leftovers.length - 1]!.end) }] };
      ctx.roadmap.sections.unshift(section);
      for (const e of leftovers) ctx.claim(e.line, e.end, Claim.Preserved);
      ctx.report('info', 'structure.front-matter', `front matter keys ${leftovers.map((e) => e.key).join(', ')} have no place in the model; kept in a hidden section`, leftovers[0]!.line);
    },
  };
}
