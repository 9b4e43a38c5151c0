import { css } from 'lit';

/**
 * Design tokens shared by every element. Each is a `--roadmap-*` custom property that a page may
 * set anywhere above the element; each has a literal fallback here, so nothing depends on a
 * global stylesheet. Colours use `light-dark()`: they follow the page's `color-scheme`, or the
 * element's `theme="light|dark"` attribute.
 */
export const hostStyles = css`
  :host {
    --_font: var(--roadmap-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
    --_font-size: var(--roadmap-font-size, 14px);
    --_text: var(--roadmap-color-text, light-dark(#1b1f24, #e6e8eb));
    --_text-muted: var(--roadmap-color-text-muted, light-dark(#57606a, #a3acb6));
    --_surface: var(--roadmap-color-surface, transparent);
    --_surface-raised: var(--roadmap-color-surface-raised, light-dark(#ffffff, #1f242b));
    --_surface-sunken: var(--roadmap-color-surface-sunken, light-dark(#f4f6f8, #161a1f));
    --_border: var(--roadmap-color-border, light-dark(#d0d7de, #3a424c));
    --_grid: var(--roadmap-color-grid, light-dark(#e7ebef, #2a3038));
    --_accent: var(--roadmap-color-accent, light-dark(#0b5cad, #6cb6ff));
    --_focus: var(--roadmap-color-focus, light-dark(#0b5cad, #8cc8ff));
    --_selection: var(--roadmap-color-selection, light-dark(#f0a400, #ffc940));
    --_danger: var(--roadmap-color-danger, light-dark(#b42318, #ff8a80));
    --_warning: var(--roadmap-color-warning, light-dark(#8a5a00, #f2c14e));
    --_radius: var(--roadmap-radius, 6px);

    --_status-planned: var(--roadmap-status-planned, light-dark(#6e7781, #8b949e));
    --_status-in-progress: var(--roadmap-status-in-progress, light-dark(#0969da, #4493f8));
    --_status-done: var(--roadmap-status-done, light-dark(#1a7f37, #3fb950));
    --_status-at-risk: var(--roadmap-status-at-risk, light-dark(#bc4c00, #f0883e));
    --_status-blocked: var(--roadmap-status-blocked, light-dark(#cf222e, #f85149));
    --_status-on-hold: var(--roadmap-status-on-hold, light-dark(#8250df, #a371f7));
    --_status-cancelled: var(--roadmap-status-cancelled, light-dark(#57606a, #6e7681));
    --_status-unknown: var(--roadmap-status-unknown, light-dark(#8c959f, #6e7681));

    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.4;
    color: var(--_text);
    background: var(--_surface);
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  :host([hidden]) {
    display: none;
  }
  /* border-box, the host's own sizing, stated rather than inherited: an explicit inherit keeps
     Chromium from reusing matched styles between elements, and this rule matches every element,
     so a zoom step's restyle took twice as long with it. */
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      --_text: CanvasText;
      --_text-muted: CanvasText;
      --_surface-raised: Canvas;
      --_surface-sunken: Canvas;
      --_border: CanvasText;
      --_grid: GrayText;
      --_accent: LinkText;
      --_focus: Highlight;
      --_selection: Highlight;
    }
  }
`;

/** Loading and error states, shared by every element (see `templates/status.ts`). */
export const statusStyles = css`
  .status {
    display: flex;
    gap: 0.75em;
    align-items: flex-start;
    padding: 1em 1.25em;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-raised);
    color: var(--_text);
    min-height: 3.5em;
  }
  .status[data-state='loading'] {
    align-items: center;
    color: var(--_text-muted);
  }
  .status[data-state='error'] {
    border-color: var(--_danger);
    border-left-width: 4px;
  }
  .status h2 {
    font-size: 1em;
    margin: 0 0 0.25em;
    color: var(--_danger);
  }
  .status p {
    margin: 0;
  }
  .status ul {
    margin: 0.5em 0 0;
    padding-left: 1.25em;
    font-size: 0.92em;
  }
  .status code {
    font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, monospace;
    font-size: 0.9em;
  }
  .spinner {
    width: 1.1em;
    height: 1.1em;
    border-radius: 50%;
    border: 2px solid var(--_grid);
    border-top-color: var(--_accent);
    animation: spin 0.9s linear infinite;
    flex: none;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  .empty {
    padding: 1em 1.25em;
    color: var(--_text-muted);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
`;
