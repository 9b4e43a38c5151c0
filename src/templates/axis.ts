import { svg, nothing, type SVGTemplateResult } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import type { AxisTick } from '../layout/timeline-axis.js';

export interface AxisInput {
  top: readonly AxisTick[];
  bottom: readonly AxisTick[];
  /** Projects an axis unit to px. */
  x: (u: number) => number;
  width: number;
  /** Height of one header row, px. */
  rowHeight: number;
  measure: (text: string) => number;
}

/** One row of header cells: a boundary line per cell and a label that stays in view while the cell does. */
function row(ticks: readonly AxisTick[], input: AxisInput, y: number, level: 'top' | 'bottom'): SVGTemplateResult {
  const { x, width, rowHeight, measure } = input;
  return svg`<g class="axis-row ${level}">${repeat(
    ticks,
    (t) => t.key,
    (t) => {
      const x0 = x(t.x0);
      const x1 = x(t.x1);
      if (x1 < 0 || x0 > width) return nothing;
      const left = Math.max(x0, 0);
      const room = Math.min(x1, width) - left - 8;
      const text = measure(t.label) <= room ? t.label : measure(t.short) <= room ? t.short : '';
      // A cell cut by the left edge keeps its label at the edge (sticky), centred cells otherwise.
      const centred = level === 'bottom' && x0 >= 0 && x1 <= width;
      const tx = centred ? (x0 + x1) / 2 : left + 6;
      // No white space between the tags: it would be a text node per tick.
      return svg`<g part="tick ${level}-tick"><line class="tick-line" x1=${x0} x2=${x0} y1=${y} y2=${y + rowHeight}></line>${
        text ? svg`<text class="tick-label" x=${tx} y=${y + rowHeight / 2} dy="0.35em" text-anchor=${centred ? 'middle' : 'start'}>${text}</text>` : nothing
      }</g>`;
    },
  )}</g>`;
}

/** The two header rows of the time axis (or of the ordinal columns). */
export function renderAxis(input: AxisInput): SVGTemplateResult {
  const h = input.rowHeight;
  return svg`<g class="axis" part="axis">
    <rect class="axis-bg" x="0" y="0" width=${input.width} height=${2 * h}></rect>
    ${input.top.length ? row(input.top, input, 0, 'top') : nothing}
    ${row(input.bottom, input, input.top.length ? h : 0, 'bottom')}
    <line class="axis-rule" x1="0" x2=${input.width} y1=${h} y2=${h}></line>
    <line class="axis-rule" x1="0" x2=${input.width} y1=${2 * h - 0.5} y2=${2 * h - 0.5}></line>
  </g>`;
}
