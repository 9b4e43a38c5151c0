import { css } from 'lit';

export const styles = css`
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
  .ring-track {
    fill: var(--_grid);
  }
  .ring-value {
    fill: var(--_card-ring);
  }
  .progress[data-complete] .ring-value {
    fill: var(--_status-done);
  }
  .ring-label {
    fill: var(--_text);
    font-size: 11px;
    font-weight: 650;
    text-anchor: middle;
    dominant-baseline: central;
  }

  /* ───────── facts ───────── */
  dl {
    margin: 0;
  }
  .facts {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.2rem 0.75rem;
    font-size: 0.92em;
  }
  .facts dt {
    color: var(--_text-muted);
  }
  .facts dd {
    margin: 0;
    min-width: 0;
  }
  .facts .muted,
  .muted {
    color: var(--_text-muted);
  }
  .due {
    color: var(--_text-muted);
  }
  .due.overdue {
    color: var(--_danger);
    font-weight: 600;
  }
  @container card (max-width: 22rem) {
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

  /* ───────── body ───────── */
  .goal {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border-left: 3px solid var(--_accent);
    background: var(--_surface-sunken);
    border-radius: 0 var(--_radius) var(--_radius) 0;
  }
  .goal .label {
    font-weight: 600;
  }
  .description {
    margin: 0;
  }
  .sections {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_card-gap) 1.5rem;
  }
  @container card (min-width: 40rem) {
    .sections {
      grid-template-columns: repeat(2, minmax(0, 1fr));
    }
    .sections > .wide {
      grid-column: 1 / -1;
    }
  }
  section {
    min-width: 0;
  }
  .section-title {
    margin: 0 0 0.35rem;
    font-size: 0.8em;
    font-weight: 650;
    letter-spacing: 0.04em;
    text-transform: uppercase;
    color: var(--_text-muted);
  }
  .section-title .count {
    font-weight: 500;
    letter-spacing: 0;
    text-transform: none;
  }
  ul.rows {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: 0.3rem;
  }
  .rows > li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
    min-width: 0;
  }
  .rows > li > .text {
    flex: 1;
    min-width: 0;
  }
  .rows > li.dependency {
    flex-wrap: wrap;
    row-gap: 0;
  }
  @container card (max-width: 22rem) {
    .relation {
      flex-basis: 100%;
      font-size: 0.82em;
    }
  }
  .rows > li[data-selected],
  .rows > li.selected {
    background: color-mix(in srgb, var(--_selection) 20%, transparent);
    border-radius: 4px;
    box-shadow: 0 0 0 3px color-mix(in srgb, var(--_selection) 20%, transparent);
  }
  .mark {
    flex: none;
    width: 1rem;
    height: 1rem;
    align-self: flex-start;
    margin-top: 0.1rem;
    color: var(--_text-muted);
  }
  .mark svg {
    display: block;
    width: 1rem;
    height: 1rem;
  }
  .done > .mark,
  .met > .mark {
    color: var(--_status-done);
  }
  .unmet > .mark {
    color: var(--_danger);
  }
  .done > .text {
    color: var(--_text-muted);
  }
  .group-label {
    margin: 0.5rem 0 0.2rem;
    font-size: 0.85em;
    font-weight: 600;
  }
  .group-label:first-child {
    margin-top: 0;
  }
  .extras {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-left: 0.25rem;
    vertical-align: baseline;
  }

  .link-button {
    all: unset;
    cursor: pointer;
    color: var(--_accent);
    text-decoration: underline;
    text-decoration-thickness: 1px;
    text-underline-offset: 0.15em;
    overflow-wrap: anywhere;
    border-radius: 3px;
  }
  .link-button:hover {
    text-decoration-thickness: 2px;
  }
  .link-button:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  code {
    font-family: var(--_mono);
    font-size: 0.9em;
    padding: 0.05em 0.3em;
    border-radius: 4px;
    background: var(--_surface-sunken);
    overflow-wrap: anywhere;
  }
  .relation {
    flex: none;
    min-width: 5.5rem;
    color: var(--_text-muted);
    font-size: 0.9em;
  }
  .detail {
    display: block;
    font-size: 0.88em;
    color: var(--_text-muted);
  }
  .key-text {
    font-family: var(--_mono);
    font-size: 0.92em;
    font-weight: 600;
  }
  .mitigations {
    margin: 0.15rem 0 0;
    padding-left: 1.1rem;
    font-size: 0.88em;
    color: var(--_text-muted);
  }
  .band {
    --_c: var(--_text-muted);
  }
  .band[data-band='low'] { background: var(--_band-low); }
  .band[data-band='medium'] { background: var(--_band-medium); }
  .band[data-band='high'] { background: var(--_band-high); }
  .band[data-band='critical'] { background: var(--_band-critical); }

  .details {
    display: grid;
    grid-template-columns: max-content minmax(0, 1fr);
    gap: 0.35rem 0.75rem;
  }
  .details dt {
    color: var(--_text-muted);
    font-size: 0.92em;
  }
  .details dd {
    margin: 0;
    min-width: 0;
  }
  @container card (max-width: 22rem) {
    .details {
      grid-template-columns: minmax(0, 1fr);
      gap: 0;
    }
    .details dd {
      margin-bottom: 0.4rem;
    }
  }
  .inline-list {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.3rem;
  }
  .inline-list .chip {
    white-space: normal;
  }
  .note {
    margin: 0;
  }
  .note + .note {
    margin-top: 0.35rem;
  }
  .note .label {
    font-weight: 600;
  }

  .more {
    all: unset;
    cursor: pointer;
    margin-top: 0.35rem;
    font-size: 0.88em;
    color: var(--_accent);
    border-radius: 3px;
  }
  .more:hover {
    text-decoration: underline;
  }
  .more:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }

  footer {
    font-size: 0.8em;
    color: var(--_text-muted);
    border-top: 1px solid var(--_grid);
    padding-top: 0.5rem;
  }

  .message {
    padding: 1em 1.25em;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_text-muted);
  }
  .message p {
    margin: 0;
  }
  .message p + p {
    margin-top: 0.4em;
  }
  .message code {
    color: var(--_text);
  }

  @media (forced-colors: active) {
    .chip {
      border-color: CanvasText;
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
    }
    .chip .dot,
    .ring-value {
      background: CanvasText;
      fill: CanvasText;
    }
    .ring-track {
      fill: GrayText;
    }
    .card.selected {
      outline-color: Highlight;
    }
    .link-button {
      color: LinkText;
    }
  }
`;
