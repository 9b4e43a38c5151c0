import { html, nothing, type TemplateResult } from 'lit';
import type { LoadStatus } from '../context/roadmap-context.js';
import type { Diagnostic } from '../model/schema.js';

export interface StatusInput {
  status: LoadStatus;
  error?: string;
  diagnostics: readonly Diagnostic[];
  /** The view draws its provider's roadmap: the provider shows the full error, the view a short line. */
  inProvider?: boolean;
}

const SHOWN = 5;

/**
 * The loading and error states every element shows instead of an empty box. Returns `nothing`
 * when the roadmap is ready (or nothing was asked for: see `renderIdle`).
 */
export function renderStatus({ status, error, diagnostics, inProvider }: StatusInput): TemplateResult | typeof nothing {
  if (status === 'error' && inProvider) {
    return html`<div class="status" part="status error" data-state="error" role="note">
      <p>No roadmap to show: ${error ?? 'the roadmap could not be loaded'}</p>
    </div>`;
  }
  if (status === 'loading') {
    return html`<div class="status" part="status loading" data-state="loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true"></span><span>Loading roadmap…</span>
    </div>`;
  }
  if (status === 'error') {
    const errors = diagnostics.filter((d) => d.severity === 'error');
    const shown = (errors.length ? errors : diagnostics).slice(0, SHOWN);
    const more = (errors.length ? errors : diagnostics).length - shown.length;
    return html`<div class="status" part="status error" data-state="error" role="alert">
      <div>
        <h2>Roadmap not shown</h2>
        <p>${error ?? 'The roadmap could not be loaded.'}</p>
        ${shown.length
          ? html`<ul>
              ${shown.map((d) => html`<li><code>${d.code}</code> ${d.message}</li>`)}
              ${more > 0 ? html`<li>…and ${more} more</li>` : nothing}
            </ul>`
          : nothing}
      </div>
    </div>`;
  }
  return nothing;
}

/** What a view shows when it has no roadmap and none is coming. */
export function renderIdle(what: string): TemplateResult {
  return html`<div class="empty" part="empty">No roadmap yet. Set <code>src</code> or <code>.roadmap</code>, or place the ${what} inside a <code>&lt;roadmap-provider&gt;</code>.</div>`;
}
