import { css } from 'lit';

export const styles = css`
  :host {
    --_header-bg: var(--roadmap-timeline-header-background, var(--_surface-raised));
    --_lane-alt: var(--roadmap-timeline-lane-background, light-dark(#f6f8fa, #1a1f25));
    --_max-height: var(--roadmap-timeline-max-height, 100vh);
    position: relative;
    min-width: 0;
  }
  .frame {
    position: relative;
    display: flex;
    flex-direction: column;
    height: 100%;
    min-height: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    overflow: clip;
  }
  :host([style*='height']) .viewport {
    max-height: none;
  }

  /* toolbar and legend */
  .toolbar {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: 8px 16px;
    flex-wrap: wrap;
    padding: 6px 8px 6px 12px;
    border-bottom: 1px solid var(--_border);
    font-size: 12px;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    color: var(--_text-muted);
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 6px;
    white-space: nowrap;
  }
  .swatch {
    display: inline-block;
    width: 16px;
    height: 10px;
    border-radius: 3px;
    border: 1px solid var(--c, var(--_border));
    background: color-mix(in srgb, var(--c, var(--_border)) 28%, var(--_surface-raised));
    vertical-align: -1px;
    margin-right: 4px;
  }
  .legend .swatch {
    margin-right: 0;
  }
  .key-open {
    --c: var(--_text-muted);
    background: linear-gradient(to right, transparent, color-mix(in srgb, var(--c) 35%, transparent) 70%);
    border-left-color: transparent;
  }
  .key-soft {
    --c: var(--_text-muted);
    border-left-color: transparent;
    border-right-color: transparent;
  }
  .key-approx {
    --c: var(--_text-muted);
    border-style: dashed;
  }
  .key-line {
    display: inline-block;
    width: 16px;
    height: 0;
    border-top: 2px solid var(--_accent);
  }
  .key-line.conflict {
    border-top: 2px dashed var(--_danger);
  }
  .controls {
    display: flex;
    align-items: center;
    gap: 4px;
    margin-left: auto;
  }
  .scale-name {
    color: var(--_text-muted);
    margin-right: 6px;
  }
  button {
    font: inherit;
    color: inherit;
  }
  .controls button {
    min-width: 30px;
    height: 28px;
    padding: 0 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface-raised);
    cursor: pointer;
    font-size: 13px;
    line-height: 1;
  }
  .controls button:hover {
    background: var(--_surface-sunken);
  }

  /* viewport: sticky header over a virtual body */
  .viewport {
    position: relative;
    flex: 1 1 auto;
    min-height: 0;
    max-height: var(--_max-height);
    overflow-x: clip;
    overflow-y: auto;
    overscroll-behavior-y: contain;
    touch-action: pan-y pinch-zoom;
    cursor: grab;
    user-select: none;
    -webkit-user-select: none;
  }
  .viewport:active {
    cursor: grabbing;
  }
  .header {
    position: sticky;
    top: 0;
    z-index: 3;
    display: flex;
    background: var(--_header-bg);
    border-bottom: 1px solid var(--_border);
  }
  .corner {
    flex: none;
    display: flex;
    align-items: flex-end;
    padding: 0 10px 6px 12px;
    border-right: 1px solid var(--_border);
    color: var(--_text-muted);
    font-size: 11px;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    box-sizing: border-box;
  }
  .header-svg {
    display: block;
    position: absolute;
    top: 0;
    overflow: hidden;
  }
  .axis-bg {
    fill: var(--_header-bg);
  }
  .band-bg {
    fill: var(--_header-bg);
  }
  /* Colours are set once on a group and inherited (fill and stroke are inherited in SVG): the many
     marks a zoom step restyles then hold no var() of their own to resolve, which keeps the step
     cheap. Lines have no fill, and texts set no stroke. */
  .axis-row {
    stroke: var(--_grid);
    fill: var(--_text-muted);
  }
  .axis-row.top {
    stroke: var(--_border);
    fill: var(--_text);
  }
  .axis-rule {
    stroke: var(--_grid);
  }
  .tick-line,
  .axis-rule {
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .tick-label {
    stroke: none;
    font-size: 12px;
  }
  .axis-row.top .tick-label {
    font-weight: 600;
  }
  .body {
    position: relative;
  }
  .lanes {
    position: absolute;
    left: 0;
    top: 0;
    bottom: 0;
    z-index: 2;
    background: var(--_surface-raised);
    border-right: 1px solid var(--_border);
  }
  .lane {
    position: absolute;
    left: 0;
    right: 0;
    border-bottom: 1px solid var(--_grid);
    box-sizing: border-box;
  }
  .lane.odd {
    background: var(--_lane-alt);
  }
  .lane-head {
    position: sticky;
    top: var(--_header);
  }
  .lane-toggle {
    display: flex;
    align-items: flex-start;
    gap: 6px;
    width: 100%;
    padding: 8px 8px 6px 8px;
    border: 0;
    background: none;
    text-align: left;
    cursor: pointer;
    font-size: 12px;
    font-weight: 600;
    line-height: 18px;
    border-radius: 4px;
  }
  .lane-toggle:hover .lane-text {
    text-decoration: underline;
  }
  .lane-text {
    flex: 1 1 auto;
    min-width: 0;
    display: flex;
    flex-direction: column;
  }
  .lane-line {
    white-space: nowrap;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .chevron {
    flex: none;
    width: 8px;
    height: 8px;
    margin-top: 4px;
    border-right: 2px solid var(--_text-muted);
    border-bottom: 2px solid var(--_text-muted);
    transform: rotate(45deg);
    transition: transform 0.15s;
  }
  [aria-expanded='false'] .chevron {
    transform: rotate(-45deg);
  }
  .count {
    flex: none;
    min-width: 20px;
    padding: 0 6px;
    border-radius: 9px;
    background: var(--_surface-sunken);
    border: 1px solid var(--_grid);
    color: var(--_text-muted);
    font-size: 11px;
    font-weight: 600;
    line-height: 16px;
    text-align: center;
  }
  .plot {
    display: block;
    position: absolute;
    top: 0;
    overflow: hidden;
  }
  .lane-bg {
    fill: transparent;
  }
  .lane-bg.alt {
    fill: var(--_lane-alt);
  }
  .grid {
    fill: none;
    stroke: var(--_grid);
    stroke-width: 1;
    shape-rendering: crispEdges;
  }
  .grid.major {
    stroke: color-mix(in srgb, var(--_border) 70%, transparent);
  }
  .today-line,
  .today line {
    stroke: var(--_accent);
    stroke-width: 2;
  }
  .today path {
    fill: var(--_accent);
  }
  .milestone-guide {
    fill: url(#p-guide);
  }
  .guide-dot {
    fill: var(--_text-muted);
    fill-opacity: 0.6;
  }

  /* bars: the group holds the status colour (color, for currentColor) and the opaque base (fill,
     inherited by the base rect); the rects and the label (whose colour comes from the lane's group)
     resolve no var() of their own. */
  .lane-bars {
    fill: var(--_text);
  }
  .bar {
    color: var(--_status-unknown);
    fill: color-mix(in srgb, currentColor 20%, var(--_surface-raised));
    cursor: pointer;
    outline: none;
  }
  .b-planned { color: var(--_status-planned); }
  .b-in-progress { color: var(--_status-in-progress); }
  .b-done { color: var(--_status-done); }
  .b-at-risk { color: var(--_status-at-risk); }
  .b-blocked { color: var(--_status-blocked); }
  .b-on-hold { color: var(--_status-on-hold); }
  .b-cancelled { color: var(--_status-cancelled); }
  /* The legend's swatches and the tray's chips take the status colour as --c. */
  .s-planned { --c: var(--_status-planned); }
  .s-in-progress { --c: var(--_status-in-progress); }
  .s-done { --c: var(--_status-done); }
  .s-at-risk { --c: var(--_status-at-risk); }
  .s-blocked { --c: var(--_status-blocked); }
  .s-on-hold { --c: var(--_status-on-hold); }
  .s-cancelled { --c: var(--_status-cancelled); }
  .s-unknown { --c: var(--_status-unknown); }
  /* Two rects a bar: the edge, filled with the group's opaque tint (20 % of the status colour over
     the surface, mixed once per bar) and outlined in the status colour; then the progress, the
     status colour at 27.5 % over the tint (0.8 × 0.725 = 0.58 of the surface left, as 42 % would
     be), inset by half the outline so as not to cover it. */
  .bar .edge {
    stroke: currentColor;
    stroke-width: 1.25;
  }
  .bar .progress {
    fill: currentColor;
    fill-opacity: 0.275;
  }
  .bar.approx .edge {
    stroke-dasharray: 5 3;
  }
  .bar .target {
    stroke: currentColor;
    stroke-width: 2.5;
    stroke-linecap: round;
  }
  .bar-label {
    font-size: 12px;
    pointer-events: none;
  }
  .bar:hover .edge {
    stroke-width: 2;
  }
  .bar:focus-visible .edge,
  .milestone:focus-visible {
    stroke: var(--_focus);
    stroke-width: 3;
  }
  .bar.selected .edge {
    stroke: var(--_selection);
    stroke-width: 3;
  }
  .bar.conflict .edge {
    stroke: var(--_danger);
  }
  .bar.selected.conflict .edge {
    stroke: var(--_selection);
  }
  /* Items not linked to the selection recede, but their names stay readable (muted text at full
     opacity keeps its contrast; only the shapes fade). */
  .bar.dim,
  .milestone.dim {
    opacity: 0.4;
  }
  .bar-label.dim,
  .milestone-label.dim {
    fill: var(--_text-muted);
  }
  .dep {
    fill: none;
    stroke: var(--_text-muted);
    stroke-width: 1.25;
    opacity: 0.75;
  }
  .dep.on {
    stroke: var(--_text);
    stroke-width: 2;
    opacity: 1;
  }
  .dep.conflict {
    stroke: var(--_danger);
    stroke-dasharray: 5 3;
    opacity: 1;
  }
  .arrow-head {
    fill: var(--_text-muted);
  }
  .arrow-head.conflict {
    fill: var(--_danger);
  }

  /* milestones */
  .milestone {
    cursor: pointer;
    outline: none;
  }
  .milestones {
    fill: var(--_text);
    stroke: var(--_surface-raised);
  }
  .diamond {
    stroke-width: 1.5;
  }
  .milestone.selected {
    fill: var(--_selection);
    stroke: var(--_text);
  }
  .milestone-label {
    stroke: none;
    font-size: 12px;
    font-weight: 600;
    cursor: pointer;
  }

  /* tray, tooltip */
  .tray {
    display: flex;
    flex-wrap: wrap;
    gap: 8px 24px;
    padding: 8px 12px 10px;
    border-top: 1px solid var(--_border);
    font-size: 12px;
  }
  .tray section {
    min-width: 0;
    flex: 1 1 260px;
  }
  .tray h3 {
    margin: 0 0 6px;
    font-size: 12px;
    font-weight: 600;
    display: flex;
    align-items: center;
    gap: 6px;
  }
  .tray ul {
    margin: 0;
    padding: 0;
    list-style: none;
    display: flex;
    flex-wrap: wrap;
    gap: 6px;
  }
  .unresolved ul {
    flex-direction: column;
    gap: 3px;
  }
  .unresolved li::before {
    content: '⇢ ';
    color: var(--_text-muted);
  }
  .why,
  .more {
    color: var(--_text-muted);
  }
  .chip {
    --c: var(--_status-unknown);
    display: inline-flex;
    align-items: center;
    gap: 6px;
    max-width: 100%;
    padding: 3px 10px;
    border: 1px dashed var(--c);
    border-radius: 12px;
    background: color-mix(in srgb, var(--c) 10%, var(--_surface-raised));
    font-size: 12px;
    text-align: left;
    cursor: pointer;
  }
  .chip[aria-pressed='true'] {
    border: 2px solid var(--_selection);
  }
  .chip-diamond {
    width: 8px;
    height: 8px;
    background: var(--_text);
    transform: rotate(45deg);
  }
  .tooltip {
    position: absolute;
    z-index: 10;
    max-width: min(320px, calc(100% - 16px));
    display: flex;
    flex-direction: column;
    gap: 2px;
    padding: 8px 10px;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_surface-raised);
    color: var(--_text);
    box-shadow: 0 4px 14px rgb(0 0 0 / 0.18);
    font-size: 12px;
    line-height: 1.4;
    pointer-events: none;
  }
  .tooltip.above {
    transform: translateY(-100%);
  }
  .tooltip strong {
    font-size: 13px;
  }
  .tooltip .key {
    color: var(--_text-muted);
    font-weight: 600;
  }
  .tooltip .muted {
    color: var(--_text-muted);
  }
  .tooltip .warn {
    color: var(--_danger);
  }
  .empty {
    margin: 12px;
  }
  /* The text alternative: hidden until something in it has focus (its paging buttons). */
  /* Off screen and with its rendering skipped (content-visibility), it still is in the
     accessibility tree, but costs no style or layout work while the chart draws. */
  .data-table:not(:focus-within) {
    position: absolute;
    left: -10000px;
    top: 0;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    content-visibility: auto;
    contain-intrinsic-size: 1px 1px;
  }
  .data-table {
    padding: 8px 12px;
    border-top: 1px solid var(--_border);
    font-size: 12px;
    max-height: 320px;
    overflow: auto;
  }
  .data-table th,
  .data-table td {
    text-align: left;
    padding: 2px 8px 2px 0;
  }
  @media (forced-colors: active) {
    .bar .edge,
    .dep {
      stroke: CanvasText;
    }
    .bar.selected .edge,
    .bar:focus-visible .edge {
      stroke: Highlight;
    }
    .bar .progress {
      fill: Highlight;
      fill-opacity: 1;
    }
    .bar .edge {
      fill: Canvas;
    }
    .diamond,
    .arrow-head {
      fill: CanvasText;
    }
    .today-line {
      stroke: Highlight;
    }
    /* A label over the progress fill (Highlight) keeps a Canvas outline, so that it stays readable
       whatever the two system colours are. */
    .bar-label {
      stroke: Canvas;
      stroke-width: 3px;
      stroke-linejoin: round;
      paint-order: stroke;
    }
  }
`;
