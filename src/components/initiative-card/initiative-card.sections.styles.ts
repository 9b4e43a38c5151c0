import { css } from 'lit';

/** The body of the card: goal, sections, rows, details, notes, the toggle, the footer, messages; forced colours last. */
export const bodyStyles = css`
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
  .group:first-child .group-label {
    margin-top: 0;
  }
  .group {
    break-inside: avoid;
  }
  /* A lone checklist with groups (Completed / In Progress / Planned) flows into columns when wide. */
  @container card (min-width: 40rem) {
    .wide > .groups {
      columns: 2 16rem;
      column-gap: 1.5rem;
    }
    .wide > .groups .group-label {
      margin-top: 0;
    }
    .wide > .groups .group {
      padding-bottom: 0.5rem;
    }
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
  .source-line {
    margin-left: 0.5em;
  }
  .source-line code {
    white-space: pre-wrap;
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
    .chip .dot {
      background: CanvasText;
    }
    .ring-value {
      stroke: CanvasText;
    }
    .ring-track {
      stroke: GrayText;
    }
    .card.selected {
      outline-color: Highlight;
    }
    .link-button {
      color: LinkText;
    }
  }
`;
