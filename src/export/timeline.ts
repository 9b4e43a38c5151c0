/**
 * The whole timeline as a drawing, from its pure layout: every lane and every bar (not only the
 * rows the element keeps in the DOM), the full time range at the zoom the layout reserved label
 * space for, the legend, the milestones, the dependency arrows, and the unscheduled items below.
 * Pure: text is measured through `measureText`, colours come from the palette.
 *
 * `drawTimeline` returns the drawing in parts (header, one part per lane, links between lanes,
 * footer): `timelineScene` stacks them into one picture for SVG and PNG files, and the print view
 * prints each lane as its own block so that pages break between lanes.
 */
import { axisRows, chooseScale, dayToDate, formatDate, type AxisTick } from '../layout/timeline-axis.js';
import { STATUS_LABELS, truncateText, wrapText } from '../layout/timeline-lanes.js';
import { besideGap, COLUMN, describeBar, placeBarLabel, type BarLayout, type DependencyLayout, type layoutTimeline, type TimelineLayout } from '../layout/timeline.js';
import type { Roadmap } from '../model/schema.js';
import { indexRoadmap } from '../model/selectors.js';
import { mixColors } from './colors.js';
import { DEFAULT_PALETTE, type ExportPalette } from './palette.js';
import type { Scene, SceneNode } from './scene.js';

/** `layoutTimeline`, handed in by the element that has it (this chunk does not carry the layout code). */
type LayoutTimeline = typeof layoutTimeline;

export interface TimelineExportOptions {
  /** Width of a text at 12px, regular weight, in the export's font. Tests pass a deterministic fake. */
  measureText: (text: string) => number;
  /**
   * Width of a text at another size or weight in the export's font (titles, semibold labels).
   * Default: `measureText` scaled by size, and by 1.12 for semibold and bold.
   */
  measureFont?: (text: string, size: number, weight: number) => number;
  /** Colours and font. Default: the light theme. */
  palette?: ExportPalette;
  /** Zoom, px per axis unit (day, or column unit). Default: the zoom the layout reserved label space for. */
  pxPerUnit?: number;
  /** Heading. Default: the roadmap's title. */
  title?: string;
  /** Line under the heading. Default: counts and the as-of date. */
  subtitle?: string;
  withoutDependencies?: boolean;
  withoutLegend?: boolean;
}

export interface DrawingPart {
  height: number;
  nodes: SceneNode[];
}

export interface TimelineDrawing {
  width: number;
  title: string;
  palette: ExportPalette;
  /** Heading, legend, time axis and milestone band; y from the drawing's top. */
  header: DrawingPart;
  /** One part per lane; y from the lane's top. Dependencies within a lane are in its part. */
  lanes: Array<DrawingPart & { id: string; label: string; notes: DrawingPart }>;
  /**
   * Dependencies between lanes; y from the top of the first lane. The print view, which prints
   * each lane on its own, lists them in the lanes' `notes` instead.
   */
  links: SceneNode[];
  /** Unscheduled items and dependencies not drawn; y from the footer's top. */
  footer: DrawingPart;
}

const PAD = 16;
const AXIS_ROW = 24;
const SIZE = 12;
const BOLD = 1.12;
const LINE = 18;

/** Lay out the export drawing of a timeline layout. */
export function drawTimeline(roadmap: Roadmap, layout: TimelineLayout, options: TimelineExportOptions): TimelineDrawing {
  const p = options.palette ?? DEFAULT_PALETTE;
  const measure = options.measureText;
  const font = options.measureFont ?? ((text: string, size: number, weight: number) => measure(text) * (size / SIZE) * (weight >= 600 ? BOLD : 1));
  const bold = (text: string) => font(text, SIZE, 600);
  const l = layout;
  const k = options.pxPerUnit ?? l.basePxPerUnit;
  const [u0, u1] = l.domain;
  const plotW = Math.max(120, Math.round((u1 - u0) * k));
  const left = PAD + l.labelWidth;
  const right = left + plotW;
  const width = right + PAD;
  const X = (u: number) => left + (u - u0) * k;
  const title = options.title ?? roadmap.meta.title;
  const index = indexRoadmap(roadmap);
  const titles = (id: string) => index.initiatives.get(id)?.title ?? index.milestones.get(id)?.title ?? id;

  // ── header: title, subtitle, legend ──
  const header: SceneNode[] = [];
  const textW = width - 2 * PAD;
  header.push({ type: 'text', x: PAD, y: PAD + 10, text: truncateText(title, textW, (s) => font(s, 16, 600)), size: 16, weight: 600, fill: p.text });
  const subtitle = options.subtitle ?? defaultSubtitle(roadmap, l);
  header.push({ type: 'text', x: PAD, y: PAD + 32, text: truncateText(subtitle, textW, measure), size: SIZE, fill: p.muted });
  let y = PAD + 50;
  if (!options.withoutLegend) {
    const items: Array<{ label: string; swatch: (x: number, y: number) => SceneNode[] }> = l.statuses.map((s) => ({
      label: STATUS_LABELS[s],
      swatch: (x, y) => [{ type: 'rect', x, y: y - 5, width: 16, height: 10, rx: 3, fill: mixColors(p.status[s], 0.28, p.surface), stroke: p.status[s], strokeWidth: 1 }],
    }));
    if (l.bars.some((b) => b.startOpen)) items.push({ label: 'Start not stated', swatch: (x, y) => [{ type: 'rect', x, y: y - 5, width: 16, height: 10, rx: 3, fill: openFill(mixColors(p.muted, 0.35, p.surface)) }] });
    if (l.bars.some((b) => b.soft && !b.startOpen)) items.push({ label: 'Month or quarter precision', swatch: (x, y) => [{ type: 'rect', x, y: y - 5, width: 16, height: 10, fill: softFill(mixColors(p.muted, 0.28, p.surface)) }, { type: 'path', d: `M${x} ${y - 5}h16M${x} ${y + 5}h16`, stroke: p.muted, strokeWidth: 1 }] });
    if (l.bars.some((b) => b.approximate)) items.push({ label: 'Approximate', swatch: (x, y) => [{ type: 'rect', x, y: y - 5, width: 16, height: 10, rx: 3, fill: 'none', stroke: p.muted, strokeWidth: 1, dash: [3, 2] }] });
    if (!options.withoutDependencies && l.dependencies.some((d) => d.conflict)) items.push({ label: 'Dependency conflict', swatch: (x, y) => [{ type: 'line', x1: x, x2: x + 16, y1: y, y2: y, stroke: p.danger, strokeWidth: 2, dash: [4, 2] }] });
    if (l.today !== undefined) items.push({ label: `Today, ${formatDate(dayToDate(l.today), 'day', l.fiscalYearStartMonth)}`, swatch: (x, y) => [{ type: 'line', x1: x, x2: x + 16, y1: y, y2: y, stroke: p.accent, strokeWidth: 2 }] });
    let x = PAD;
    let rowY = y + 8;
    for (const item of items) {
      const w = 22 + measure(item.label) + 18;
      if (x > PAD && x + w > width - PAD) {
        x = PAD;
        rowY += 20;
      }
      header.push(...item.swatch(x, rowY), { type: 'text', x: x + 22, y: rowY, text: item.label, size: SIZE, fill: p.muted });
      x += w;
    }
    if (items.length) y = rowY + 18;
  }

  // ── header: time axis and milestone band ──
  const axisTop = y + 4;
  const band = l.milestoneBand || (l.today !== undefined ? 8 : 0);
  const bandTop = axisTop + 2 * AXIS_ROW;
  const headerH = bandTop + band;
  const ticks = axisTicks(l, k);
  header.push({ type: 'rect', x: PAD, y: axisTop, width: width - 2 * PAD, height: headerH - axisTop, fill: p.header });
  if (l.labelWidth) {
    const name = groupName(l);
    if (name) header.push({ type: 'text', x: PAD + 12, y: headerH - 12, text: name.toUpperCase(), size: 11, weight: 600, fill: p.muted });
    header.push({ type: 'line', x1: left, x2: left, y1: axisTop, y2: headerH, stroke: p.border, strokeWidth: 1 });
  }
  const axisRow = (row: readonly AxisTick[], top: number, level: 'top' | 'bottom') => {
    for (const t of row) {
      const x0 = X(t.x0);
      const x1 = Math.min(X(t.x1), right);
      if (x0 >= right || x1 <= left) continue;
      const from = Math.max(x0, left);
      if (x0 >= left) header.push({ type: 'line', x1: x0, x2: x0, y1: top, y2: top + AXIS_ROW, stroke: level === 'top' ? p.border : p.grid, strokeWidth: 1 });
      const room = x1 - from - 8;
      const fits = (s: string) => (level === 'top' ? bold(s) : measure(s)) <= room;
      const text = fits(t.label) ? t.label : fits(t.short) ? t.short : '';
      if (!text) continue;
      const centred = level === 'bottom' && x0 >= left;
      header.push({ type: 'text', x: centred ? (from + x1) / 2 : from + 6, y: top + AXIS_ROW / 2, text, size: SIZE, anchor: centred ? 'middle' : 'start', weight: level === 'top' ? 600 : 400, fill: level === 'top' ? p.text : p.muted });
    }
  };
  if (ticks.top.length) axisRow(ticks.top, axisTop, 'top');
  axisRow(ticks.bottom, ticks.top.length ? axisTop + AXIS_ROW : axisTop, 'bottom');
  header.push({ type: 'line', x1: left, x2: right, y1: axisTop + AXIS_ROW, y2: axisTop + AXIS_ROW, stroke: p.grid, strokeWidth: 1 });
  header.push({ type: 'line', x1: PAD, x2: right, y1: bandTop, y2: bandTop, stroke: p.grid, strokeWidth: 1 });
  header.push({ type: 'line', x1: PAD, x2: right, y1: headerH, y2: headerH, stroke: p.border, strokeWidth: 1 });
  const todayX = l.today !== undefined && l.today >= u0 && l.today <= u1 ? X(l.today) : undefined;
  if (todayX !== undefined) {
    header.push({ type: 'line', x1: todayX, x2: todayX, y1: axisTop + AXIS_ROW, y2: headerH, stroke: p.accent, strokeWidth: 2 });
    header.push({ type: 'path', d: `M${r(todayX - 5)} ${r(headerH)}l5 -6l5 6z`, fill: p.accent });
  }
  // Milestone labels, row by row from the left: to the right of the diamond up to the next one
  // in the row (the layout packs rows with an estimate of the semibold width; the export
  // measures the real one), else to the left where that has room, else cut to the larger room.
  // No label overlaps another.
  const labels = new Map<string, { text: string; toLeft: boolean }>();
  const byRow = new Map<number, typeof l.milestones>();
  for (const m of l.milestones) if (m.row >= 0) (byRow.get(m.row) ?? byRow.set(m.row, []).get(m.row)!).push(m);
  for (const row of byRow.values()) {
    row.sort((a, b) => a.x - b.x);
    let prevEnd = -Infinity;
    row.forEach((m, i) => {
      const x = X(m.x);
      const next = row[i + 1];
      const rightRoom = Math.min(180, (next ? X(next.x) - 7 - 8 : right + PAD) - x - 11);
      const leftRoom = Math.min(180, x - 11 - Math.max(prevEnd + 8, PAD));
      const w = bold(m.title);
      const toLeft = w > rightRoom && (w <= leftRoom || leftRoom > rightRoom);
      const text = truncateText(m.title, Math.max(toLeft ? leftRoom : rightRoom, 0), bold);
      labels.set(m.id, { text, toLeft });
      prevEnd = toLeft || !text ? x + 7 : x + 11 + bold(text);
    });
  }
  for (const m of l.milestones) {
    // Absolute coordinates, no group transform: Chromium does not paint transformed groups in
    // the table header it repeats on each printed page.
    const x = X(m.x);
    const my = bandTop + 4 + Math.max(0, m.row) * 18 + 7;
    const children: SceneNode[] = [{ type: 'path', d: `M${r(x)} ${r(my - 7)}l7 7l-7 7l-7 -7Z`, fill: p.text, stroke: p.surface, strokeWidth: 1.5 }];
    const label = labels.get(m.id);
    if (label?.text) children.push({ type: 'text', x: label.toLeft ? x - 11 : x + 11, y: my, text: label.text, size: SIZE, weight: 600, anchor: label.toLeft ? 'end' : 'start', fill: p.text });
    header.push({ type: 'g', id: m.id, kind: 'milestone', title: `${m.title}, ${m.kind}, ${formatDate(m.date, 'day', l.fiscalYearStartMonth)}${m.status ? `, ${STATUS_LABELS[m.status].toLowerCase()}` : ''}`, children });
  }

  // ── lanes ──
  const laneOf = new Map<string, string>();
  const barsByLane = new Map<string, BarLayout[]>();
  for (const b of l.bars) {
    laneOf.set(b.id, b.lane);
    (barsByLane.get(b.lane) ?? barsByLane.set(b.lane, []).get(b.lane)!).push(b);
  }
  const deps = options.withoutDependencies ? [] : l.dependencies;
  const depsByLane = new Map<string, DependencyLayout[]>();
  const crossing: DependencyLayout[] = [];
  for (const d of deps) {
    const lane = laneOf.get(d.from);
    if (lane !== undefined && lane === laneOf.get(d.to)) (depsByLane.get(lane) ?? depsByLane.set(lane, []).get(lane)!).push(d);
    else crossing.push(d);
  }
  const majorStroke = mixColors(p.border, 0.7, p.surface);
  const lanes = l.lanes.map((lane, i) => {
    const nodes: SceneNode[] = [];
    const h = lane.height;
    if (i % 2) nodes.push({ type: 'rect', x: PAD, y: 0, width: width - 2 * PAD, height: h, fill: p.laneAlt });
    for (const t of ticks.bottom) if (X(t.x0) > left && X(t.x0) < right) nodes.push({ type: 'line', x1: X(t.x0), x2: X(t.x0), y1: 0, y2: h, stroke: p.grid, strokeWidth: 1 });
    for (const t of ticks.top) if (X(t.x0) > left && X(t.x0) < right) nodes.push({ type: 'line', x1: X(t.x0), x2: X(t.x0), y1: 0, y2: h, stroke: majorStroke, strokeWidth: 1 });
    for (const m of l.milestones) nodes.push({ type: 'line', x1: X(m.x), x2: X(m.x), y1: 0, y2: h, stroke: p.muted, strokeWidth: 1, dash: [2, 4], opacity: 0.6 });
    if (todayX !== undefined) nodes.push({ type: 'line', x1: todayX, x2: todayX, y1: 0, y2: h, stroke: p.accent, strokeWidth: 2 });
    if (l.labelWidth) {
      lane.lines.forEach((line, j) => nodes.push({ type: 'text', x: PAD + 12, y: 8 + LINE / 2 + j * LINE, text: truncateText(line, l.labelWidth - 20, bold), size: SIZE, weight: 600, fill: p.text }));
      if (lane.collapsed) nodes.push({ type: 'text', x: PAD + 12, y: 8 + LINE / 2 + lane.lines.length * LINE, text: `${lane.count} ${lane.count === 1 ? 'item' : 'items'} (collapsed)`, size: 11, fill: p.muted });
      nodes.push({ type: 'line', x1: left, x2: left, y1: 0, y2: h, stroke: p.border, strokeWidth: 1 });
    }
    nodes.push({ type: 'line', x1: PAD, x2: right, y1: h, y2: h, stroke: p.grid, strokeWidth: 1 });
    for (const d of depsByLane.get(lane.id) ?? []) nodes.push(...drawDependency(d, X, -lane.y, p));
    for (const b of barsByLane.get(lane.id) ?? []) nodes.push(drawBar(b, l, X, right, -lane.y, p, measure, titles));
    return { id: lane.id, label: lane.label, height: h, nodes, notes: { height: 0, nodes: [] as SceneNode[] } };
  });
  const links = crossing.flatMap((d) => drawDependency(d, X, 0, p));

  // ── notes for print: each lane prints on its own, so arrows to other lanes become text ──
  const laneIndex = new Map(lanes.map((lane, i) => [lane.id, i]));
  const laneName = (id: string | undefined) => {
    const lane = id === undefined ? undefined : lanes[laneIndex.get(id)!];
    return lane ? `${(groupName(l) || 'lane').toLowerCase()} “${lane.label}”` : 'another lane';
  };
  const notes = new Map<string, string[]>();
  const note = (lane: string | undefined, text: string) => {
    if (lane === undefined) return;
    (notes.get(lane) ?? notes.set(lane, []).get(lane)!).push(text);
  };
  for (const d of crossing) {
    const from = laneOf.get(d.from);
    const to = laneOf.get(d.to);
    const conflict = d.conflict ? ' (conflict: starts before it ends)' : '';
    note(to, `→ ${titles(d.to)} depends on ${titles(d.from)} (${laneName(from)})${conflict}`);
    note(from, `← ${titles(d.from)} is needed by ${titles(d.to)} (${laneName(to)})${conflict}`);
  }
  for (const lane of lanes) {
    const lines = notes.get(lane.id);
    if (!lines) continue;
    const nodes: SceneNode[] = [];
    let ny = 6;
    for (const text of lines) {
      for (const [j, line] of wrapText(text, textW - 38, measure, 4).entries()) {
        nodes.push({ type: 'text', x: PAD + 12 + (j ? 14 : 0), y: ny + LINE / 2, text: line, size: SIZE, fill: p.muted });
        ny += LINE;
      }
    }
    ny += 6;
    nodes.push({ type: 'line', x1: PAD, x2: right, y1: ny, y2: ny, stroke: p.grid, strokeWidth: 1 });
    lane.notes = { height: ny, nodes };
  }

  // ── footer: what has no place on the axis ──
  const footer: SceneNode[] = [];
  let fy = PAD;
  const block = (heading: string, lines: string[]) => {
    footer.push({ type: 'text', x: PAD, y: fy + 9, text: heading, size: SIZE, weight: 600, fill: p.text });
    fy += LINE + 2;
    for (const text of lines) {
      for (const [j, line] of wrapText(text, textW - 12, measure, 3).entries()) {
        footer.push({ type: 'text', x: PAD + (j ? 12 : 0), y: fy + 9, text: j ? line : `• ${line}`, size: SIZE, fill: p.muted });
        fy += LINE;
      }
    }
    fy += 8;
  };
  // Milestones whose label had no room above (beyond three label rows, or cut short), named in full.
  const unlabelled = l.milestones.filter((m) => labels.get(m.id)?.text !== m.title);
  if (unlabelled.length) block(`Milestones not named in full above (${unlabelled.length})`, unlabelled.map((m) => `${m.title}, ${formatDate(m.date, 'day', l.fiscalYearStartMonth)}`));
  if (l.unscheduled.length) block(`Unscheduled (${l.unscheduled.length})`, l.unscheduled.map((u) => `${u.title}: ${u.why}${u.status ? ` (${STATUS_LABELS[u.status].toLowerCase()})` : ''}`));
  if (!options.withoutDependencies && l.unresolved.length) {
    const reason: Record<string, string> = { unresolved: 'not matched to an item', unscheduled: 'an end has no date', 'off-axis': 'an end is not on the axis', collapsed: 'in a collapsed lane' };
    const seen = new Set<string>();
    const lines = l.unresolved.filter((d) => !seen.has(`${d.text}|${d.reason}`) && Boolean(seen.add(`${d.text}|${d.reason}`))).map((d) => `${d.text} (${reason[d.reason]})`);
    block(`Dependencies not drawn (${lines.length})`, lines);
  }

  return { width, title, palette: p, header: { height: headerH, nodes: header }, lanes, links, footer: { height: fy, nodes: footer } };
}

/** The drawing as one picture. */
export function timelineScene(d: TimelineDrawing): Scene {
  const body = d.header.height;
  const bodyH = d.lanes.reduce((sum, lane) => sum + lane.height, 0);
  let y = 0;
  const lanes: SceneNode[] = d.lanes.map((lane) => {
    const g: SceneNode = { type: 'g', y, children: lane.nodes };
    y += lane.height;
    return g;
  });
  return {
    width: d.width,
    height: body + bodyH + d.footer.height,
    background: d.palette.surface,
    fontFamily: d.palette.fontFamily,
    title: d.title,
    children: [...d.header.nodes, { type: 'g', y: body, children: [...lanes, ...d.links] }, { type: 'g', y: body + bodyH, children: d.footer.nodes }],
  };
}

/**
 * The drawing as separate pictures for printing: header, one per lane, footer (when it has
 * content). Arrows within a lane are drawn; an arrow between two lanes would cross a page
 * break, so each lane lists its links to other lanes as text under its bars instead ("→ X
 * depends on Y (team “Z”)", and "← Y is needed by X" under the other lane): no dependency is lost.
 */
export function timelinePrintScenes(d: TimelineDrawing): Scene[] {
  const scene = (title: string, height: number, children: SceneNode[]): Scene => ({ width: d.width, height, background: d.palette.surface, fontFamily: d.palette.fontFamily, title, children });
  const lane = (part: TimelineDrawing['lanes'][number]) =>
    part.notes.nodes.length ? scene(part.label, part.height + part.notes.height, [...part.nodes, { type: 'g', y: part.height, children: part.notes.nodes }]) : scene(part.label, part.height, part.nodes);
  const out = [scene(d.title, d.header.height, d.header.nodes), ...d.lanes.map(lane)];
  if (d.footer.nodes.length) out.push(scene(`${d.title}: not on the time axis`, d.footer.height, d.footer.nodes));
  return out;
}

/**
 * The same timeline laid out again for another width, fitted to it (for paper): lanes, grouping,
 * collapsed lanes, today and the anchor are taken from `layout`, so the result shows the same
 * roadmap the same way, only narrower or wider. `lay` is `layoutTimeline`, passed in by the element
 * that already has it, so that this chunk does not carry the layout code.
 */
export function relayoutTimeline(lay: LayoutTimeline, roadmap: Roadmap, layout: TimelineLayout, width: number, measureText: (text: string) => number, labelWidth?: number): TimelineLayout {
  return lay(roadmap, {
    width,
    measureText,
    ...(labelWidth !== undefined && layout.labelWidth > 0 ? { labelWidth } : {}),
    groupBy: layout.groupBy,
    collapsed: new Set(layout.lanes.filter((lane) => lane.collapsed).map((lane) => lane.id)),
    ...(layout.today !== undefined ? { asOf: dayToDate(layout.today) } : {}),
    ...(layout.anchor ? { anchor: layout.anchor } : {}),
  });
}

/** Longest plot an export widens a roadmap to for readability, px (an author's own zoom may go further, up to `EXPORT_MAX_PLOT`). */
const EXPORT_READABLE_PLOT = 4000;
/** Longest plot an export is drawn at, whatever the element's zoom, px. */
const EXPORT_MAX_PLOT = 8000;
/** Comfortable months: 84px cells (the element's "month" scale), labels inside most bars. */
const MONTH_PX_PER_DAY = 84 / 30.44;
/** Never below readable quarters: 56px cells, "Q3 2025" fits. */
const QUARTER_PX_PER_DAY = 56 / 91.31;
/** Now / Next / Later columns at least this wide, px. */
const EXPORT_COLUMN_PX = 260;

/**
 * The zoom (px per axis unit) an export of the whole roadmap is drawn at: always the whole time
 * span (never the element's current viewport, its pan or its interactive zoom), at the larger of
 *
 * - the zoom the element laid its roadmap out for (its width fitted to the span, or the
 *   `scale` / `from`–`to` the author asked for), capped at an `EXPORT_MAX_PLOT` px wide plot;
 * - a readable zoom: months 84px wide while the plot stays within `EXPORT_READABLE_PLOT` px, else
 *   narrower months down to the width that fits, but never below 56px quarters; Now / Next /
 *   Later columns at least 260px wide.
 *
 * So a narrow element does not squash a two-year roadmap, and a short roadmap is not stretched.
 */
export function exportZoom(layout: TimelineLayout): number {
  const span = Math.max(1, layout.domain[1] - layout.domain[0]);
  const base = Math.min(layout.basePxPerUnit, EXPORT_MAX_PLOT / span);
  if (layout.mode === 'ordinal') return Math.max(base, EXPORT_COLUMN_PX / COLUMN);
  const readable = Math.max(Math.min(MONTH_PX_PER_DAY, EXPORT_READABLE_PLOT / span), QUARTER_PX_PER_DAY);
  return Math.max(base, readable);
}

/**
 * The timeline laid out again for an export of the whole roadmap: the full span at
 * `exportZoom(layout)`, text measured with the export's own font (`measureText`, the font the
 * files declare), lanes, grouping, collapsed lanes, today and the anchor kept. Bar labels and
 * lane names are therefore placed for the zoom and font they are drawn with.
 */
export function exportLayout(lay: LayoutTimeline, roadmap: Roadmap, layout: TimelineLayout, measureText: (text: string) => number): TimelineLayout {
  const plot = Math.round((layout.domain[1] - layout.domain[0]) * exportZoom(layout));
  const labelWidth = layout.labelWidth > 0 ? Math.min(200, Math.max(layout.labelWidth, Math.round(plot * 0.19))) : 0;
  return relayoutTimeline(lay, roadmap, layout, labelWidth + plot, measureText, labelWidth);
}

function defaultSubtitle(roadmap: Roadmap, l: TimelineLayout): string {
  const parts = [`${l.bars.length} ${l.bars.length === 1 ? 'initiative' : 'initiatives'} on the timeline`];
  if (l.milestones.length) parts.push(`${l.milestones.length} ${l.milestones.length === 1 ? 'milestone' : 'milestones'}`);
  if (l.unscheduled.length) parts.push(`${l.unscheduled.length} unscheduled`);
  if (l.today !== undefined) parts.push(`as of ${formatDate(dayToDate(l.today), 'day', l.fiscalYearStartMonth)}`);
  else if (roadmap.meta.asOf?.start) parts.push(`as of ${roadmap.meta.asOf.start}`);
  return parts.join(' · ');
}

function groupName(l: TimelineLayout): string {
  const names: Record<string, string> = { theme: 'Theme', team: 'Team', product: 'Product', period: 'Period', status: 'Status', priority: 'Priority' };
  return names[l.groupBy] ?? '';
}

function axisTicks(l: TimelineLayout, k: number): { top: AxisTick[]; bottom: AxisTick[] } {
  if (l.mode === 'calendar') return axisRows(l.domain[0], l.domain[1], chooseScale(k), l.fiscalYearStartMonth);
  return {
    top: l.columns.map((c) => ({ key: `c${c.ordinal}`, x0: c.x0, x1: c.x1, label: c.label, short: c.label.split(' ·')[0]! })),
    bottom: l.columns.map((c) => ({ key: `d${c.ordinal}`, x0: c.x0, x1: c.x1, label: c.detail || c.label, short: c.detail || c.label })),
  };
}

/** Fading in from the left: the start is not stated. */
function openFill(color: string) {
  return { stops: [{ offset: 0, color, opacity: 0.05 }, { offset: 0.35, color }, { offset: 1, color }] };
}

/** Soft at both ends: the dates are only known to the month or quarter. */
function softFill(color: string) {
  return { stops: [{ offset: 0, color, opacity: 0.2 }, { offset: 0.05, color }, { offset: 0.95, color }, { offset: 1, color, opacity: 0.2 }] };
}

function r(n: number): number {
  return Math.round(n * 10) / 10;
}

function drawBar(b: BarLayout, l: TimelineLayout, X: (u: number) => number, right: number, dy: number, p: ExportPalette, measure: (s: string) => number, titles: (id: string) => string): SceneNode {
  const x0 = X(b.x0);
  const w = Math.max(3, X(b.x1) - x0);
  const h = b.height;
  const c = p.status[b.status];
  const conflict = l.links.get(b.id)?.conflict ?? false;
  const bg = mixColors(c, 0.2, p.surface);
  const soft = b.soft && !b.startOpen;
  const fill = (color: string) => (b.startOpen ? openFill(color) : soft ? softFill(color) : color);
  const children: SceneNode[] = [{ type: 'rect', x: 1, y: 0, width: w - 2, height: h, rx: 4, fill: fill(bg) }];
  if (b.progress !== undefined && b.progress > 0) {
    const pw = Math.min(Math.max(0, Math.min(1, b.progress)) * w, w - 2);
    if (pw > 0.5) children.push({ type: 'rect', x: 1, y: 0, width: pw, height: h, rx: 4, fill: fill(mixColors(c, 0.42, p.surface)) });
  }
  const edge = conflict ? p.danger : c;
  const dash = b.approximate ? [5, 3] : undefined;
  if (b.startOpen) {
    // No left edge: the start is not stated.
    children.push({ type: 'path', d: `M${r(w * 0.35)} 0H${r(w - 5)}q4 0 4 4v${h - 8}q0 4 -4 4H${r(w * 0.35)}`, stroke: edge, strokeWidth: 1.25, ...(dash ? { dash } : {}) });
  } else if (soft) {
    // No hard ends: the dates are approximate to the month or quarter.
    children.push({ type: 'path', d: `M${r(Math.min(5, w / 4))} 0H${r(w - Math.min(5, w / 4))}M${r(Math.min(5, w / 4))} ${h}H${r(w - Math.min(5, w / 4))}`, stroke: edge, strokeWidth: 1.25, ...(dash ? { dash } : {}) });
  } else children.push({ type: 'rect', x: 1, y: 0, width: w - 2, height: h, rx: 4, fill: 'none', stroke: edge, strokeWidth: 1.25, ...(dash ? { dash } : {}) });
  if (b.target !== undefined) {
    const t = X(b.target) - x0;
    children.push({ type: 'path', d: `M${r(t - 1)} -3v${h + 6}`, stroke: c, strokeWidth: 2.5 });
  }
  // Label inside when it fits, else beside (up to the next bar in the row, or the right edge), else cut.
  const inside = w - 16;
  const gap = besideGap(l, b.id);
  const beside = Math.min(b.next !== undefined ? X(b.next) : right + PAD, right + PAD) - (x0 + w) - 4 - gap;
  const { text, beside: outside } = placeBarLabel(b, inside, beside, measure);
  const lx = outside ? w + gap : 8;
  if (text) children.push({ type: 'text', x: lx, y: h / 2, text, size: SIZE, fill: p.text });
  return { type: 'g', x: x0, y: b.y + dy, id: b.id, kind: 'initiative', title: describeBar(b, l, titles), children };
}

function drawDependency(d: DependencyLayout, X: (u: number) => number, dy: number, p: ExportPalette): SceneNode[] {
  const pts = d.points.map((q) => ({ x: X(q.x) + q.dx, y: q.y + dy }));
  if (pts.length < 2) return [];
  const color = d.conflict ? p.danger : p.muted;
  const path = pts.map((q, i) => `${i ? 'L' : 'M'}${r(q.x)} ${r(q.y)}`).join('');
  const a = pts[pts.length - 2]!;
  const b = pts[pts.length - 1]!;
  const len = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / len;
  const uy = (b.y - a.y) / len;
  const head = `M${r(b.x)} ${r(b.y)}L${r(b.x - 7 * ux - 3.5 * uy)} ${r(b.y - 7 * uy + 3.5 * ux)}L${r(b.x - 7 * ux + 3.5 * uy)} ${r(b.y - 7 * uy - 3.5 * ux)}Z`;
  return [
    { type: 'g', id: d.id, kind: 'dependency', children: [
      { type: 'path', d: path, stroke: color, strokeWidth: 1.25, ...(d.conflict ? { dash: [5, 3] } : { opacity: 0.75 }) },
      { type: 'path', d: head, fill: color },
    ] },
  ];
}
