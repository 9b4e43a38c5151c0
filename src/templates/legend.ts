import { html, nothing, type TemplateResult } from 'lit';
import { STATUS_LABELS } from '../layout/timeline-lanes.js';
import type { Status } from '../model/schema.js';

export interface LegendInput {
  statuses: readonly Status[];
  /** Extra keys shown only when the drawing uses them. */
  openStart?: boolean;
  soft?: boolean;
  approximate?: boolean;
  conflict?: boolean;
  today?: string;
}

/** The key to the timeline's colours and marks, as a list. */
export function renderLegend(input: LegendInput): TemplateResult {
  return html`<ul class="legend" part="legend" aria-label="Legend">
    ${input.statuses.map(
      (s) => html`<li part="legend-item status-${s}"><span class="swatch s-${s}" aria-hidden="true"></span>${STATUS_LABELS[s]}</li>`,
    )}
    ${input.openStart ? html`<li part="legend-item"><span class="swatch key-open" aria-hidden="true"></span>Start not stated</li>` : nothing}
    ${input.soft ? html`<li part="legend-item"><span class="swatch key-soft" aria-hidden="true"></span>Month or quarter precision</li>` : nothing}
    ${input.approximate ? html`<li part="legend-item"><span class="swatch key-approx" aria-hidden="true"></span>Approximate</li>` : nothing}
    ${input.conflict ? html`<li part="legend-item"><span class="key-line conflict" aria-hidden="true"></span>Dependency conflict</li>` : nothing}
    ${input.today ? html`<li part="legend-item"><span class="key-line today" aria-hidden="true"></span>Today, ${input.today}</li>` : nothing}
  </ul>`;
}
