/// <reference types="vite/client" />
/**
 * Story-only helpers for the accessibility stories (Keyboard, Forced colours) and the theming
 * guide: the package's tokens.css as a `<style>`, a high-contrast frame, and a line that shows the
 * last event a view fired. Nothing here is part of the library.
 */
import { html, nothing, type TemplateResult } from 'lit';
import tokensCss from '../../src/styles/tokens.css?inline';

/**
 * tokens.css (the package's `roadmap-elements/tokens.css`) as a `<style>` placed by the story
 * itself, so that it applies only while that story is shown and leaves the others as they are.
 */
export const tokensStyle = (): HTMLStyleElement => Object.assign(document.createElement('style'), { textContent: tokensCss });

/**
 * `data-roadmap-theme` that pins the elements' colour scheme to the toolbar's choice. With
 * tokens.css loaded the elements follow the OS setting (`color-scheme: light dark` on each of
 * them), not the page, so a story that loads it pins them when the toolbar says light or dark.
 */
export function schemeTheme(globals: Record<string, unknown> | undefined): 'light' | 'dark' | undefined {
  const scheme = globals?.['colorScheme'];
  return scheme === 'light' || scheme === 'dark' ? scheme : undefined;
}

/**
 * `content` under tokens.css's high-contrast theme (`data-roadmap-theme="high-contrast"`): black
 * on white, or white on black in the dark scheme, black borders and grid lines, saturated status
 * colours and a black (dark: yellow) focus ring.
 */
export function highContrast(content: unknown, globals: Record<string, unknown> | undefined): TemplateResult {
  const scheme = schemeTheme(globals);
  return html`${tokensStyle()}
    <div data-roadmap-theme=${scheme ?? nothing}>
      <div data-roadmap-theme="high-contrast" style="padding: 16px; background: Canvas; color: CanvasText">${content}</div>
    </div>`;
}

/**
 * `content` followed by a line that shows the last `roadmap-select`, `roadmap-range-change` or
 * `roadmap-view-change` event from inside it, so that a keyboard story shows what each key did.
 * Not a live region: screen readers hear the view itself, not this log.
 */
export function withEventLog(content: unknown): TemplateResult {
  const show = (e: Event) => {
    const out = (e.currentTarget as HTMLElement).querySelector<HTMLElement>(':scope > .event-log > code');
    if (out) out.textContent = `${e.type} ${JSON.stringify((e as CustomEvent<unknown>).detail)}`;
  };
  return html`<div @roadmap-select=${show} @roadmap-range-change=${show} @roadmap-view-change=${show}>
    ${content}
    <p class="event-log" style="margin: 8px 0 0; font: 13px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace">
      Last event: <code>none yet</code>
    </p>
  </div>`;
}
