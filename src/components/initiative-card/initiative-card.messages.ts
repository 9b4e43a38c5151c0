/**
 * What `<initiative-card>` shows instead of a card: an unknown id (with the ids it knows), nothing
 * chosen yet, an empty roadmap, an invalid `.initiative`. Internal template module.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { knownInitiatives } from '../../layout/card.js';
import type { Diagnostic } from '../../model/schema.js';
import { renderStatus } from '../../templates/status.js';

type Known = ReturnType<typeof knownInitiatives>;

/** @internal Why there is no card to show. */
export type Problem =
  | { kind: 'unknown'; id: string; known: Known }
  | { kind: 'none-chosen'; followsProvider: boolean; known: Known }
  | { kind: 'empty' }
  | { kind: 'invalid'; diagnostics: Diagnostic[] };

function renderKnown(known: Known): TemplateResult | typeof nothing {
  if (!known.shown.length) return nothing;
  return html`<p>
    Known:
    ${known.shown.map((k, i) => html`${i ? ', ' : ''}<code>${k.id}</code>${k.label !== k.id ? html` (${k.label})` : nothing}`)}${known.more
      ? html`, and ${known.more} more`
      : nothing}.
  </p>`;
}

/**
 * A short, helpful message in place of the card.
 * @internal
 */
export function renderProblem(p: Problem): TemplateResult {
  switch (p.kind) {
    case 'unknown':
      return html`<div class="message" part="message unknown" role="status">
        <p>No initiative <code>${p.id}</code> in this roadmap.</p>
        ${renderKnown(p.known)}
      </div>`;
    case 'none-chosen':
      return html`<div class="message" part="message none-chosen" role="status">
        <p>
          ${p.followsProvider
            ? 'Select an initiative (in the timeline or any other view) to see it here.'
            : html`No initiative chosen. Set <code>initiative-id</code>.`}
        </p>
        ${p.followsProvider ? nothing : renderKnown(p.known)}
      </div>`;
    case 'empty':
      return html`<div class="message" part="message empty" role="status"><p>This roadmap has no initiatives yet.</p></div>`;
    case 'invalid':
      return renderStatus({ status: 'error', error: 'The initiative given to the card is not valid.', diagnostics: p.diagnostics }) as TemplateResult;
  }
}
