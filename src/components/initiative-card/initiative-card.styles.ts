import { css } from 'lit';
import { bodyStyles } from './initiative-card.sections.styles.js';

/** Host tokens, the card and its header (chips, progress ring, facts); then the body and forced colours. */
const baseStyles = css`
  :host {
    --_card-padding: var(--roadmap-card-padding, 1rem);
    --_card-gap: var(--roadmap-card-gap, 0.85rem);
    --_card-background: var(--roadmap-card-background, var(--_surface-raised));
    --_card-border: var(--roadmap-card-border, 1px solid var(--_border));
    --_card-shadow: var(--roadmap-card-shadow, none);
    --_card-ring: var(--roadmap-card-progress-color, var(--_status-in-progress));
    --_chip-radius: var(--roadmap-card-chip-radius, 999px);
    --_mono: var(--roadmap-font-family-mono, ui-monospace, SFMono-Regular, Menlo, Consolas, monospace);
    container: card / inline-size;
    min-width: 0;
  }

  .card {
    position: relative;
    height: 100%;
    display: flex;
    flex-direction: column;
    gap: var(--_card-gap);
    padding: var(--_card-padding);
    border: var(--_card-border);
    border-radius: var(--_radius);
    background: var(--_card-background);
    box-shadow: var(--_card-shadow);
    overflow-wrap: anywhere;
    min-width: 0;
  }
  .card.selected {
    outline: 2px solid var(--_selection);
    outline-offset: -1px;
  }
  .card.overdue {
    border-left: 4px solid var(--_danger);
  }

  /* ───────── header ───────── */
  header {
    display: flex;
    flex-direction: column;
    gap: 0.55rem;
  }
  .head {
    display: flex;
    gap: 0.75rem;
    align-items: flex-start;
    justify-content: space-between;
  }
  .head-text {
    min-width: 0;
    flex: 1;
  }
  .eyebrow {
    margin: 0 0 0.15rem;
    font-size: 0.85em;
    color: var(--_text-muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5em;
  }
  .eyebrow .key {
    font-family: var(--_mono);
    font-weight: 600;
    color: var(--_text);
  }
  .eyebrow > * + *::before {
    content: '·';
    margin-right: 0.5em;
    color: var(--_text-muted);
  }
  .title {
    margin: 0;
    font-size: 1.2em;
    line-height: 1.25;
    font-weight: 650;
    text-wrap: balance;
  }
  :host([variant='compact']) .title {
    font-size: 1.05em;
  }
  .title-button {
    all: unset;
    cursor: pointer;
    border-radius: 3px;
    overflow-wrap: anywhere;
  }
  .title-button:hover {
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .title-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem;
    margin-top: 0.45rem;
  }
  .chip {
    --_c: var(--_status-unknown);
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    padding: 0.1em 0.6em;
    border: 1px solid color-mix(in srgb, var(--_c) 55%, transparent);
    border-radius: var(--_chip-radius);
    background: color-mix(in srgb, var(--_c) 12%, transparent);
    color: var(--_text);
    font-size: 0.82em;
    line-height: 1.5;
    white-space: nowrap;
  }
  .chip .dot {
    width: 0.6em;
    height: 0.6em;
    border-radius: 50%;
    background: var(--_c);
    flex: none;
  }
  .chip[data-status='planned'] { --_c: var(--_status-planned); }
  .chip[data-status='in-progress'] { --_c: var(--_status-in-progress); }
  .chip[data-status='done'] { --_c: var(--_status-done); }
  .chip[data-status='at-risk'] { --_c: var(--_status-at-risk); }
  .chip[data-status='blocked'] { --_c: var(--_status-blocked); }
  .chip[data-status='on-hold'] { --_c: var(--_status-on-hold); }
  .chip[data-status='cancelled'] { --_c: var(--_status-cancelled); }
  .chip[data-status='unknown'] {
    border-style: dashed;
    background: transparent;
    color: var(--_text-muted);
  }
  .chip[data-health='on-track'] { --_c: var(--_status-done); }
  .chip[data-health='at-risk'] { --_c: var(--_status-at-risk); }
  .chip[data-health='off-track'] { --_c: var(--_status-blocked); }
  .chip.priority {
    --_c: var(--_accent);
    font-weight: 600;
  }
  .chip.overdue {
    --_c: var(--_danger);
    font-weight: 600;
  }
  .chip.target {
    --_c: var(--_accent);
    font-family: var(--_mono);
    font-size: 0.78em;
    white-space: nowrap;
  }
  .chip.plain {
    --_c: var(--_text-muted);
  }

  /* ───────── progress ───────── */
  .progress {
    display: flex;
    flex-direction: column;
    align-items: center;
    gap: 0.1rem;
    flex: none;
    color: var(--_text-muted);
    font-size: 0.78em;
    text-align: center;
    max-width: 6.5rem;
  }
  .progress svg {
    display: block;
    overflow: visible;
  }
  .ring-track,
  .ring-value {
    fill: none;
  }
  .ring-track {
    stroke: var(--_grid);
  }
  .ring-value {
    stroke: var(--_card-ring);
  }
  .progress[data-complete] .ring-value {
    stroke: var(--_status-done);
  }
  .ring-label {
    fill: var(--_text);
    font-size: 10.5px;
    font-weight: 650;
    text-anchor: middle;
    dominant-baseline: central;
  }

  /* ───────── facts ───────── */
  dl {
    margin: 0;
  }
  /* Rows of label and value when narrow; a grid of small tiles (label over value) when wide. */
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.2rem 0.75rem;
    font-size: 0.92em;
  }
  .fact {
    display: contents;
  }
  .facts dt {
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0;
    min-width: 0;
  }
  @container card (min-width: 36rem) {
    .facts {
      grid-template-columns: repeat(auto-fill, minmax(10rem, 1fr));
      gap: 0.6rem 1.25rem;
    }
    .fact {
      display: flex;
      flex-direction: column;
      gap: 0.05rem;
      min-width: 0;
    }
    .fact dt {
      font-size: 0.85em;
    }
    .fact.long {
      grid-column: span 2;
    }
    .fact.wide {
      grid-column: 1 / -1;
    }
  }
  .facts .muted,
  .muted {
    color: var(--_text-muted);
  }
  .due {
    color: var(--_text-muted);
    white-space: nowrap;
  }
  .due.overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  @container card (max-width: 17rem) {
    .facts {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .facts dd {
      margin-bottom: 0.35rem;
    }
  }

  .summary {
    display: flex;
    flex-direction: column;
    gap: 0.1rem;
    font-size: 0.92em;
  }
  .summary dd {
    margin: 0;
  }
`;

export const styles = [baseStyles, bodyStyles];
