/**
 * What the template modules of `<initiative-card>` need from the element, and the small fragments
 * they share (headings, sections, icons). Internal: not part of the public API.
 */
import { html, nothing, svg, type TemplateResult } from 'lit';
import type { EntityKind } from '../../model/selectors.js';

/** @internal The element as its templates see it. */
export interface CardView {
  /** Heading level of the title; section headings sit one below. */
  readonly headingLevel: number;
  /** Whether the provider's selection is this entity. */
  isSelected(id: string): boolean;
  /** Fire `roadmap-select` (user action only). */
  select(kind: EntityKind, id: string): void;
  /** The first items of a long list unless the user expanded it, and the "Show all N" toggle. */
  collapsed<T>(name: string, items: readonly T[], noun: string): { shown: readonly T[]; toggle: TemplateResult | typeof nothing };
}

/** @internal `part` tokens with an optional `selected`. */
export const selectedPart = (view: CardView, base: string, id: string): string => (view.isSelected(id) ? `${base} selected` : base);

/** @internal A heading as `role="heading"` with a level, so the card fits any page outline. */
export function heading(level: number, id: string, part: string, content: unknown): TemplateResult {
  const l = Math.max(1, Math.min(6, Math.round(level) || 3));
  return html`<div role="heading" aria-level=${l} id=${id || nothing} part=${part} class=${part}>${content}</div>`;
}

/**
 * @internal A body section with its heading and an optional count; `wide` spans both columns.
 * Named by its heading and the card's title ("Risks 2 Visual query builder"), so that the
 * sections of several cards on one page are distinct landmarks.
 */
export function section(view: CardView, name: string, title: string, count: string | undefined, body: unknown, wide = false): TemplateResult {
  const id = `section-${name}`;
  return html`<section part="section ${name}" class=${wide ? 'wide' : ''} aria-labelledby="${id} title">
    ${heading(view.headingLevel + 1, id, 'section-title', html`${title}${count ? html` <span class="count">${count}</span>` : nothing}`)} ${body}
  </section>`;
}

const CHECK = svg`<path d="M3.5 8.5l3 3 6-7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round"/>`;
const BOX = svg`<rect x="2.5" y="2.5" width="11" height="11" rx="2" fill="none" stroke="currentColor" stroke-width="1.5"/>`;
const DOT = svg`<circle cx="8" cy="8" r="2.5" fill="currentColor"/>`;
const CROSS = svg`<path d="M4.5 4.5l7 7m0-7l-7 7" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round"/>`;
const CIRCLE = svg`<circle cx="8" cy="8" r="5.5" fill="none" stroke="currentColor" stroke-width="1.5"/>`;
const SHAPES = { check: CHECK, box: BOX, dot: DOT, cross: CROSS, circle: CIRCLE } as const;

/** @internal A 16 px state icon, hidden from assistive technology (the state is said in words). */
export const icon = (shape: keyof typeof SHAPES): TemplateResult =>
  html`<span class="mark" aria-hidden="true"><svg viewBox="0 0 16 16" focusable="false">${SHAPES[shape]}</svg></span>`;
