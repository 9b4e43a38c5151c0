import { css } from 'lit';

export const styles = css`
  :host {
    --_tile-min: var(--roadmap-metric-scorecard-tile-min-width, 16rem);
    --_gap: var(--roadmap-metric-scorecard-gap, 0.75rem);
    --_on-track: var(--roadmap-metric-scorecard-on-track, var(--_status-done));
    --_achieved: var(--roadmap-metric-scorecard-achieved, var(--_status-done));
    --_at-risk: var(--roadmap-metric-scorecard-at-risk, var(--_status-at-risk));
    --_off-track: var(--roadmap-metric-scorecard-off-track, var(--_status-blocked));
    --_no-data: var(--roadmap-metric-scorecard-no-data, var(--_status-unknown));
    --_band-poor: var(--roadmap-metric-scorecard-band-poor, color-mix(in srgb, var(--_text) 26%, transparent));
    --_band-satisfactory: var(--roadmap-metric-scorecard-band-satisfactory, color-mix(in srgb, var(--_text) 15%, transparent));
    --_band-good: var(--roadmap-metric-scorecard-band-good, color-mix(in srgb, var(--_text) 6%, transparent));
    --_measure: var(--roadmap-metric-scorecard-measure, var(--_text));
    --_target: var(--roadmap-metric-scorecard-target, var(--_text));
    --_good: var(--roadmap-metric-scorecard-trend-good, var(--_status-done));
    --_bad: var(--roadmap-metric-scorecard-trend-bad, var(--_danger));
  }

  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    align-items: center;
    margin: 0 0 var(--_gap);
    color: var(--_text-muted);
    font-size: 0.92em;
  }
  .summary .total {
    color: var(--_text);
    font-weight: 600;
  }
  .summary .count {
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
  }

  section + section {
    margin-top: calc(var(--_gap) * 1.75);
  }
  .section-heading {
    display: flex;
    gap: 0.5em;
    align-items: baseline;
    margin: 0 0 0.5rem;
    font-size: 0.8em;
    font-weight: 600;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .section-heading .n {
    font-weight: 400;
  }
  .section-heading button {
    all: unset;
    cursor: pointer;
    color: var(--_text);
    border-radius: 3px;
  }
  .section-heading button:hover {
    text-decoration: underline;
  }
  .section-heading button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .tiles {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--_tile-min)), 1fr));
    gap: var(--_gap);
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .tiles[data-columns] {
    grid-template-columns: repeat(var(--_columns), minmax(0, 1fr));
  }

  .tile {
    --_status: var(--_no-data);
    position: relative;
    display: flex;
    flex-direction: column;
    gap: 0.4rem;
    min-width: 0;
    padding: 0.75rem 0.85rem 0.8rem;
    border: 1px solid var(--_border);
    border-top: 3px solid var(--_status);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    cursor: pointer;
    container-type: inline-size;
  }
  .tile[data-status='on-track'] {
    --_status: var(--_on-track);
  }
  .tile[data-status='achieved'] {
    --_status: var(--_achieved);
  }
  .tile[data-status='at-risk'] {
    --_status: var(--_at-risk);
  }
  .tile[data-status='off-track'] {
    --_status: var(--_off-track);
  }
  .tile[data-status='no-data'] {
    border-top-color: var(--_border);
  }
  .tile:hover {
    border-color: color-mix(in srgb, var(--_text) 35%, var(--_border));
    border-top-color: var(--_status);
  }
  .tile[data-status='no-data']:hover {
    border-top-color: color-mix(in srgb, var(--_text) 35%, var(--_border));
  }
  .tile.linked {
    box-shadow: 0 0 0 2px var(--_selection);
  }
  .tile.selected {
    box-shadow: 0 0 0 3px var(--_selection);
    background: color-mix(in srgb, var(--_selection) 9%, var(--_surface-raised));
  }

  .head {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .name {
    all: unset;
    flex: 1 1 auto;
    min-width: 0;
    font-weight: 600;
    line-height: 1.3;
    overflow-wrap: anywhere;
    cursor: pointer;
    border-radius: 3px;
  }
  .name:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 3px;
  }

  .badge {
    flex: none;
    display: inline-flex;
    gap: 0.3em;
    align-items: center;
    padding: 0.05em 0.5em 0.05em 0.4em;
    border-radius: 999px;
    font-size: 0.8em;
    line-height: 1.5;
    white-space: nowrap;
    color: var(--_text);
    background: color-mix(in srgb, var(--_status) 14%, transparent);
    border: 1px solid color-mix(in srgb, var(--_status) 45%, transparent);
  }
  .tile[data-status='no-data'] .badge {
    color: var(--_text-muted);
    background: transparent;
    border-color: var(--_border);
  }
  .icon {
    width: 1em;
    height: 1em;
    flex: none;
    color: var(--_status);
  }
  .summary .icon[data-status='on-track'] {
    color: var(--_on-track);
  }
  .summary .icon[data-status='achieved'] {
    color: var(--_achieved);
  }
  .summary .icon[data-status='at-risk'] {
    color: var(--_at-risk);
  }
  .summary .icon[data-status='off-track'] {
    color: var(--_off-track);
  }
  .summary .icon[data-status='no-data'] {
    color: var(--_no-data);
  }

  .value-row {
    display: flex;
    gap: 0.75rem;
    align-items: flex-end;
    justify-content: space-between;
  }
  .value {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    min-width: 0;
  }
  .big {
    font-size: 1.75em;
    font-weight: 650;
    line-height: 1.15;
    letter-spacing: -0.01em;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .big.long {
    font-size: 1.4em;
  }
  .headline {
    font-size: 1.5em;
    font-weight: 650;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .eyebrow {
    display: block;
    font-size: 0.5em;
    font-weight: 600;
    letter-spacing: 0.06em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .headline.qualitative .eyebrow {
    font-size: 0.68em;
  }
  .headline.qualitative {
    font-size: 1.1em;
    font-weight: 600;
  }
  .subject {
    font-size: 0.62em;
    font-weight: 500;
    color: var(--_text-muted);
  }
  .level {
    color: var(--_text-muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  .trend {
    display: inline-flex;
    gap: 0.25em;
    align-items: baseline;
    font-size: 0.88em;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
    color: var(--_text-muted);
  }
  .trend .arrow {
    font-size: 0.85em;
  }
  .trend.good .delta,
  .trend.good .arrow {
    color: var(--_good);
  }
  .trend.bad .delta,
  .trend.bad .arrow {
    color: var(--_bad);
  }

  .target-line {
    display: flex;
    flex-wrap: wrap;
    gap: 0.15rem 0.45rem;
    align-items: baseline;
    font-size: 0.92em;
    color: var(--_text-muted);
  }
  .target-line strong {
    color: var(--_text);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .reason {
    color: var(--_text);
  }

  .kind {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.78em;
  }
  .kind li {
    padding: 0 0.45em;
    border-radius: 3px;
    background: var(--_surface-sunken);
    border: 1px solid var(--_grid);
    color: var(--_text-muted);
    white-space: nowrap;
    max-width: 100%;
    overflow: hidden;
    text-overflow: ellipsis;
  }
  .kind li.mode {
    color: var(--_text);
  }

  .bullet {
    margin-top: 0.15rem;
  }
  .bullet svg {
    display: block;
    width: 100%;
    height: 14px;
    overflow: visible;
  }
  .band-poor {
    fill: var(--_band-poor);
  }
  .band-satisfactory {
    fill: var(--_band-satisfactory);
  }
  .band-good {
    fill: var(--_band-good);
  }
  .measure {
    fill: var(--_measure);
  }
  .target-mark {
    stroke: var(--_target);
    stroke-width: 2.5px;
  }
  .baseline-mark {
    stroke: var(--_text-muted);
    stroke-width: 1.5px;
    stroke-dasharray: 2 2;
  }
  .ticks {
    position: relative;
    height: 1.2em;
    margin-top: 2px;
    font-size: 0.72em;
    color: var(--_text-muted);
    font-variant-numeric: tabular-nums;
  }
  .ticks span {
    position: absolute;
    top: 0;
    transform: translateX(-50%);
    white-space: nowrap;
  }
  .ticks span:first-child {
    transform: none;
  }
  .ticks span:last-child {
    transform: translateX(-100%);
  }

  .spark {
    position: relative;
    flex: 0 1 40%;
    min-width: 4rem;
    height: 2.25rem;
    margin-bottom: 0.3rem;
  }
  .spark svg {
    display: block;
    width: 100%;
    height: 100%;
    overflow: visible;
  }
  .spark path {
    fill: none;
    stroke: var(--_accent);
    stroke-width: 1.75px;
    stroke-linejoin: round;
    stroke-linecap: round;
  }
  .spark .target-line-spark {
    stroke: var(--_text-muted);
    stroke-width: 1px;
    stroke-dasharray: 3 3;
  }
  .spark .dot {
    position: absolute;
    width: 6px;
    height: 6px;
    margin: -3px 0 0 -3px;
    border-radius: 50%;
    background: var(--_accent);
  }

  .raw {
    margin: 0;
    font-size: 0.85em;
    color: var(--_text-muted);
    overflow-wrap: anywhere;
  }
  .raw::before {
    content: 'As written: ';
    font-style: normal;
  }
  .raw q {
    font-style: italic;
  }
  .note {
    margin: 0;
    font-size: 0.82em;
    color: var(--_text-muted);
  }
  .foot {
    margin-top: auto;
    padding-top: 0.15rem;
  }
  .owner {
    position: relative;
    z-index: 1;
    display: inline-flex;
    gap: 0.35em;
    align-items: baseline;
    max-width: 100%;
    padding: 0.15em 0.5em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-raised);
    color: var(--_accent);
    font: inherit;
    font-size: 0.84em;
    text-align: start;
    cursor: pointer;
  }
  .owner:hover {
    background: var(--_surface-sunken);
    text-decoration: underline;
  }
  .owner .kind-word {
    color: var(--_text-muted);
  }
  .owner .label {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }

  @container (max-width: 13rem) {
    .spark {
      display: none;
    }
  }

  @media (forced-colors: active) {
    .tile,
    .tile[data-status] {
      border-color: CanvasText;
    }
    .tile.linked,
    .tile.selected {
      outline: 3px solid Highlight;
      box-shadow: none;
    }
    .badge {
      border-color: CanvasText;
    }
    .icon {
      color: CanvasText;
    }
    .bullet svg,
    .spark svg {
      forced-color-adjust: none;
    }
    .band {
      fill: Canvas;
      stroke: GrayText;
      stroke-width: 1px;
      vector-effect: non-scaling-stroke;
    }
    .band-poor {
      stroke-dasharray: 3 2;
    }
    .measure {
      fill: CanvasText;
    }
    .target-mark {
      stroke: Highlight;
    }
    .spark path {
      stroke: CanvasText;
    }
    .spark .dot {
      background: CanvasText;
    }
    .owner {
      border-color: LinkText;
      color: LinkText;
    }
  }
`;
