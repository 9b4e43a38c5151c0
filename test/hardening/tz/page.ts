// Opened by test/hardening/timezones.test.ts in one browser context per time zone: lays out and
// renders the same roadmap (JSON and Markdown) and reports everything that depends on dates.
import '../../../src/index.js';
import type { InitiativeCard } from '../../../src/components/initiative-card/initiative-card.component.js';
import type { RoadmapTimeline } from '../../../src/components/roadmap-timeline/roadmap-timeline.component.js';
import { parseRoadmapMarkdown } from '../../../src/importer/index.js';
import { dayToDate } from '../../../src/layout/timeline-axis.js';
import { layoutTimeline, type TimelineLayout } from '../../../src/layout/timeline.js';
import { validateRoadmap } from '../../../src/model/validate.js';
import { ROADMAP, MARKDOWN, AS_OF } from './roadmap.js';

declare global {
  interface Window {
    __hardening?: { done: boolean; [key: string]: unknown };
  }
}

const measureText = (text: string) => text.length * 7;
const round = (value: unknown): unknown =>
  JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'number' ? Math.round(v * 1000) / 1000 : v instanceof Map ? Object.fromEntries(v) : v instanceof Set ? [...v] : v)));

/** The parts of a layout that carry dates: every bar, milestone, column and tick. */
function summary(l: TimelineLayout) {
  return {
    mode: l.mode,
    domain: l.domain.map(dayToDate),
    today: l.today === undefined ? undefined : dayToDate(l.today),
    bars: l.bars.map((b) => ({ id: b.id, start: b.start, end: b.end, x0: dayToDate(b.x0), lastDay: dayToDate(b.x1 - 1), row: b.row, lane: b.lane })),
    milestones: l.milestones.map((m) => ({ id: m.id, date: m.date, x: dayToDate(m.x) })),
  };
}

async function main() {
  const checked = validateRoadmap(ROADMAP);
  const layout = layoutTimeline(checked.roadmap!, { width: 1000, measureText, asOf: AS_OF });
  const imported = parseRoadmapMarkdown(MARKDOWN, { file: 'tz.md' });
  const importedChecked = validateRoadmap(imported.roadmap);
  const importedLayout = layoutTimeline(importedChecked.roadmap!, { width: 1000, measureText, asOf: AS_OF });

  // The rendered timeline and card.
  const root = document.getElementById('root')!;
  root.style.width = '1000px';
  const timeline = document.createElement('roadmap-timeline') as RoadmapTimeline;
  timeline.setAttribute('as-of', AS_OF);
  timeline.roadmap = ROADMAP;
  const card = document.createElement('initiative-card') as InitiativeCard;
  card.setAttribute('as-of', AS_OF);
  card.setAttribute('initiative-id', 'us-dst');
  card.setAttribute('locale', 'en-GB');
  card.roadmap = ROADMAP;
  root.append(timeline, card);
  for (let i = 0; i < 3; i++) {
    await Promise.all([timeline.updateComplete, card.updateComplete]);
    await new Promise((r) => requestAnimationFrame(r));
  }
  const shadow = timeline.shadowRoot!;
  const rendered = {
    bars: [...shadow.querySelectorAll('[part~="bar"]')].map((g) => ({ id: g.getAttribute('data-id'), x: g.querySelector('rect')?.getAttribute('x'), width: g.querySelector('rect')?.getAttribute('width'), label: g.getAttribute('aria-label') })),
    milestones: [...shadow.querySelectorAll('[part~="milestone"]')].map((g) => ({ id: g.getAttribute('data-id'), points: g.getAttribute('points'), label: g.getAttribute('aria-label') })),
    ticks: [...shadow.querySelectorAll('[part~="tick"]')].map((t) => t.textContent?.trim()),
    table: shadow.querySelector('table')?.textContent?.replace(/\s+/g, ' ').trim(),
    visibleRange: timeline.visibleRange,
    card: card.shadowRoot!.querySelector('[part~="card"]')?.textContent?.replace(/\s+/g, ' ').trim(),
  };

  return {
    zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
    offsets: ['2026-01-15T12:00', '2026-07-15T12:00'].map((t) => new Date(t).getTimezoneOffset()),
    diagnostics: checked.diagnostics.map((d) => d.code),
    layout: round(layout),
    summary: summary(layout),
    imported: round(importedChecked.roadmap),
    importedSummary: summary(importedLayout),
    rendered,
  };
}

main().then(
  (report) => (window.__hardening = { done: true, ...report }),
  (error) => (window.__hardening = { done: true, failure: String((error as Error)?.stack ?? error) }),
);
