import { css } from 'lit';

export const styles = css`
  :host {
    --_cell-line: var(--roadmap-risk-matrix-cell-line, light-dark(#ffffff, #0d1117));
    --_marker-bg: var(--roadmap-risk-matrix-marker-bg, light-dark(#ffffff, #1f242b));
    --_marker-border: var(--roadmap-risk-matrix-marker-border, light-dark(#57606a, #a3acb6));
  }
  .base {
    display: grid;
    gap: 14px;
    min-width: 0;
  }
  .head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 8px 20px;
  }
  .summary {
    margin: 0;
    font-weight: 600;
  }
  .note {
    margin: 0;
    font-size: 0.88em;
    color: var(--_text-muted);
  }

  /* ── mode switch ── */
  .modes {
    display: inline-flex;
    margin: 0;
    padding: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    overflow: hidden;
  }
  .mode {
    position: relative;
    display: inline-flex;
  }
  .mode input {
    position: absolute;
    inset: 0;
    margin: 0;
    opacity: 0;
    cursor: pointer;
  }
  .mode span {
    padding: 3px 12px;
    font-size: 0.9em;
    border-left: 1px solid var(--_border);
  }
  .mode:first-of-type span {
    border-left: 0;
  }
  .mode input:checked + span {
    background: var(--_accent);
    color: var(--_surface-raised);
    font-weight: 600;
  }
  .mode input:focus-visible + span {
    outline: 2px solid var(--_focus);
    outline-offset: -3px;
  }

  /* ── legend ── */
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 14px;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.88em;
  }
  .legend-item {
    display: inline-flex;
    align-items: center;
    gap: 5px;
  }
  .legend .range,
  .legend .count {
    color: var(--_text-muted);
  }
  .swatch {
    width: 14px;
    height: 14px;
    border-radius: 3px;
    background: var(--_cell-bg);
    border: 1px solid color-mix(in srgb, var(--_text) 25%, transparent);
  }
  [data-band='low'] {
    --_cell-bg: var(--_band-low);
  }
  [data-band='medium'] {
    --_cell-bg: var(--_band-medium);
  }
  [data-band='high'] {
    --_cell-bg: var(--_band-high);
  }
  [data-band='critical'] {
    --_cell-bg: var(--_band-critical);
  }

  /* ── body: matrix and details ── */
  .body {
    display: grid;
    gap: 16px;
    align-items: start;
  }
  .wide .body {
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 24px;
  }
  .matrix {
    position: relative;
    max-width: 100%;
  }
  .axis-title {
    position: absolute;
    font-size: 12px;
    font-weight: 600;
    letter-spacing: 0.02em;
    color: var(--_text-muted);
    text-align: center;
    white-space: nowrap;
    line-height: 22px;
  }
  .row-title {
    transform: translate(-50%, -50%) rotate(-90deg);
  }
  .axis-label {
    position: absolute;
    display: flex;
    font-size: 12px;
    line-height: 1.2;
    color: var(--_text-muted);
  }
  .row-label {
    align-items: center;
    justify-content: flex-end;
    padding-right: 8px;
    text-align: right;
  }
  .col-label {
    align-items: flex-start;
    justify-content: center;
    padding: 6px 2px 0;
    text-align: center;
  }

  .cell {
    position: absolute;
    background: var(--_cell-bg, var(--_surface-sunken));
    border: 1px solid var(--_cell-line);
    outline-offset: -3px;
  }
  .cell:focus-visible {
    z-index: 2;
    outline: 3px solid var(--_focus);
  }
  .cell-label {
    position: absolute;
    top: 3px;
    left: 6px;
    font-size: 11px;
    font-weight: 600;
    line-height: 14px;
    color: var(--_text);
    white-space: nowrap;
    pointer-events: none;
  }
  .cell.empty .cell-label {
    font-weight: 500;
  }

  .marker,
  .more {
    position: absolute;
    display: inline-flex;
    align-items: center;
    margin: 0;
    padding: 0;
    border: 1.5px solid var(--_marker-border);
    border-radius: 999px;
    background: var(--_marker-bg);
    color: var(--_text);
    font: 600 11px/1 var(--_font);
    cursor: pointer;
    box-shadow: 0 1px 2px rgb(0 0 0 / 0.18);
    z-index: 1;
  }
  .marker.dot,
  .more {
    justify-content: center;
  }
  .marker.pill {
    gap: 6px;
    padding-right: 8px;
    justify-content: flex-start;
  }
  .marker.pill .num {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 19px;
    height: 19px;
    padding: 0 3px;
    border-radius: 999px;
    background: var(--_text);
    color: var(--_marker-bg);
    font-size: 10px;
  }
  .marker-title {
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
    font-weight: 500;
    font-size: 12px;
  }
  .marker.ghost {
    border-style: dashed;
    background: color-mix(in srgb, var(--_marker-bg) 55%, transparent);
    box-shadow: none;
  }
  .marker.pill.ghost .num {
    background: transparent;
    color: var(--_text);
    border: 1px dashed var(--_marker-border);
  }
  .marker.fallback {
    border-style: dotted;
    border-width: 2px;
  }
  .marker:hover,
  .more:hover {
    border-color: var(--_text);
  }
  .marker:focus-visible,
  .more:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
    z-index: 3;
  }
  .marker.selected {
    outline: 3px solid var(--_selection);
    outline-offset: 1px;
    z-index: 2;
  }
  .marker.linked {
    outline: 2px solid var(--_selection);
    outline-offset: 1px;
  }
  /* Dimmed marks fade their frame, not their text, so labels keep their contrast. */
  .marker.dimmed {
    border-color: color-mix(in srgb, var(--_marker-border) 35%, transparent);
    background: color-mix(in srgb, var(--_marker-bg) 45%, transparent);
    box-shadow: none;
  }
  .marker.pill.dimmed .num {
    background: color-mix(in srgb, var(--_text) 70%, var(--_marker-bg));
  }
  .marker.pill.ghost.dimmed .num {
    background: transparent;
  }
  .arrow.dimmed {
    stroke-opacity: 0.25;
  }
  .cards > .risk-card.dimmed {
    border-color: color-mix(in srgb, var(--_border) 50%, transparent);
    background: transparent;
  }
  .more {
    border-style: dotted;
    font-weight: 700;
    padding: 0 6px;
  }

  .arrows {
    position: absolute;
    left: 0;
    top: 0;
    overflow: visible;
    pointer-events: none;
    z-index: 0;
  }
  .arrow {
    fill: none;
    stroke: var(--_text);
    stroke-width: 1.6;
    stroke-opacity: 0.7;
  }
  .arrow.selected,
  .arrow.linked {
    stroke: var(--_selection);
    stroke-opacity: 1;
    stroke-width: 2.4;
  }
  .arrowhead {
    fill: var(--_text);
    fill-opacity: 0.8;
  }

  .tip {
    position: absolute;
    z-index: 4;
    transform: translate(-50%, -100%);
    max-width: 220px;
    padding: 4px 8px;
    border-radius: 4px;
    background: var(--_text);
    color: var(--_marker-bg);
    font-size: 12px;
    line-height: 1.3;
    pointer-events: none;
    text-align: center;
  }

  .unrated-note {
    box-sizing: border-box;
    max-width: 100%;
    margin: 0 0 8px;
    padding: 6px 12px;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    font-size: 13px;
    text-align: center;
  }

  /* ── details panel ── */
  .panel {
    min-width: 0;
    padding: 14px 16px;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .panel-title {
    margin: 0;
    font-size: 1.05em;
  }
  .panel-sub {
    margin: 2px 0 10px;
    font-size: 0.88em;
    color: var(--_text-muted);
  }
  .risk-list {
    display: grid;
    gap: 4px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .list-risk {
    display: flex;
    align-items: center;
    gap: 8px;
    width: 100%;
    padding: 5px 6px;
    border: 1px solid transparent;
    border-radius: 4px;
    background: none;
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .list-risk:hover {
    border-color: var(--_border);
    background: var(--_surface-sunken);
  }
  .list-risk.selected,
  .list-risk.linked {
    border-color: var(--_selection);
  }
  .list-title {
    flex: 1;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .list-score {
    flex: none;
    font-size: 0.85em;
    color: var(--_text-muted);
  }

  /* ── a risk's details (panel and tray) ── */
  .risk-card {
    position: relative;
    min-width: 0;
  }
  .risk-head {
    display: flex;
    align-items: baseline;
    gap: 8px;
  }
  .num {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 22px;
    height: 22px;
    padding: 0 5px;
    border-radius: 999px;
    border: 1.5px solid var(--_marker-border);
    background: var(--_cell-bg, var(--_marker-bg));
    font-size: 11px;
    font-weight: 700;
  }
  .marker.dot .num {
    border: 0;
    background: none;
    min-width: 0;
    height: auto;
    padding: 0;
  }
  .risk-title {
    margin: 0;
    font-size: 1em;
    font-weight: 650;
    line-height: 1.3;
  }
  .title-button {
    padding: 0;
    border: 0;
    background: none;
    color: inherit;
    font: inherit;
    text-align: left;
    cursor: pointer;
  }
  .title-button:hover {
    text-decoration: underline;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 4px 6px;
    margin: 8px 0 6px;
  }
  .chips:empty {
    display: none;
  }
  .chip {
    display: inline-flex;
    gap: 4px;
    padding: 1px 8px;
    border: 1px solid var(--_border);
    border-radius: 999px;
    font-size: 12px;
    line-height: 1.5;
  }
  .chip.band {
    background: var(--_cell-bg);
    border-color: color-mix(in srgb, var(--_text) 25%, transparent);
  }
  .chip-kind {
    font-weight: 600;
  }
  .chip.unrated {
    border-style: dashed;
    color: var(--_text-muted);
  }
  .chip-arrow {
    color: var(--_text-muted);
  }
  .description {
    margin: 6px 0 8px;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 4px 12px;
    margin: 0;
    font-size: 0.93em;
  }
  .fact {
    display: contents;
  }
  .facts dt {
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0;
  }
  .none,
  .via {
    color: var(--_text-muted);
  }
  .via {
    display: block;
    margin-bottom: 2px;
    font-size: 0.93em;
  }
  .plain {
    margin: 0;
    padding-left: 1.1em;
  }
  .targets {
    display: flex;
    flex-wrap: wrap;
    gap: 4px 6px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .link {
    padding: 0 6px;
    border: 1px solid color-mix(in srgb, var(--_accent) 45%, transparent);
    border-radius: 4px;
    background: none;
    color: var(--_accent);
    font: inherit;
    line-height: 1.5;
    cursor: pointer;
    text-align: left;
  }
  .link:hover {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  .link .key {
    font-weight: 650;
  }
  .unlinked {
    padding: 0 6px;
    border: 1px dashed var(--_border);
    border-radius: 4px;
    line-height: 1.5;
    color: var(--_text-muted);
  }

  /* ── unrated tray ── */
  .tray {
    display: grid;
    gap: 10px;
  }
  .tray-title {
    display: flex;
    align-items: center;
    gap: 8px;
    margin: 0;
    font-size: 1.05em;
  }
  .tray-sub {
    margin: -6px 0 0;
    font-size: 0.88em;
    color: var(--_text-muted);
  }
  .badge {
    display: inline-grid;
    place-items: center;
    min-width: 22px;
    height: 20px;
    padding: 0 6px;
    border-radius: 999px;
    border: 1px solid var(--_border);
    background: var(--_surface-sunken);
    font-size: 12px;
    font-weight: 600;
  }
  .groups.columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 280px), 1fr));
    gap: 12px 14px;
    align-items: start;
  }
  .tray-group {
    display: grid;
    gap: 8px;
    min-width: 0;
  }
  .columns .cards {
    grid-template-columns: minmax(0, 1fr);
  }
  .group-title {
    display: flex;
    align-items: center;
    gap: 6px;
    margin: 4px 0 0;
    font-size: 0.8em;
    font-weight: 650;
    letter-spacing: 0.05em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .cards {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 300px), 1fr));
    gap: 10px;
    margin: 0;
    padding: 0;
    list-style: none;
  }
  .cards > .risk-card {
    padding: 12px 14px;
    border: 1px solid var(--_border);
    border-left: 3px dashed var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
  }
  .risk-card.selected {
    border-color: var(--_selection);
    box-shadow: 0 0 0 1px var(--_selection);
  }
  .cards > .risk-card.linked {
    border-color: var(--_selection);
  }

  @media (forced-colors: active) {
    .cell,
    .swatch,
    .chip.band {
      border-color: CanvasText;
    }
    .cell[data-band='low'],
    .swatch[data-band='low'],
    .chip.band[data-band='low'] {
      border: 1px dotted CanvasText;
    }
    .cell[data-band='medium'],
    .swatch[data-band='medium'],
    .chip.band[data-band='medium'] {
      border: 2px dashed CanvasText;
    }
    .cell[data-band='high'],
    .swatch[data-band='high'],
    .chip.band[data-band='high'] {
      border: 3px solid CanvasText;
    }
    .cell[data-band='critical'],
    .swatch[data-band='critical'],
    .chip.band[data-band='critical'] {
      border: 5px double CanvasText;
    }
    .marker,
    .more {
      border-color: ButtonText;
    }
    .marker.pill .num {
      background: ButtonText;
      color: ButtonFace;
      forced-color-adjust: none;
    }
    .marker.selected,
    .marker.linked,
    .risk-card.selected {
      outline-color: Highlight;
      border-color: Highlight;
    }
    .cards > .risk-card.linked,
    .cards > .risk-card.selected {
      border: 3px solid Highlight;
    }
    .cards > .risk-card.dimmed,
    .marker.dimmed {
      border-color: GrayText;
    }
    .arrow {
      stroke: CanvasText;
    }
    .arrowhead {
      fill: CanvasText;
    }
    .tip {
      border: 1px solid CanvasText;
    }
    .mode input:checked + span {
      background: Highlight;
      color: HighlightText;
      forced-color-adjust: none;
    }
  }
`;
