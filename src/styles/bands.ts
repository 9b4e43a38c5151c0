import { css } from 'lit';

/**
 * Risk band colours (low … critical), for the elements that rate risks: card, matrix, scorecard.
 * A module of its own: a `css` block is kept by every bundle that imports its module, used or not.
 */
export const bandTokens = css`
  :host {
    --_band-low: var(--roadmap-band-low, light-dark(#d7f0dc, #1d3b26));
    --_band-medium: var(--roadmap-band-medium, light-dark(#fff1c2, #4a3d12));
    --_band-high: var(--roadmap-band-high, light-dark(#ffd8b5, #5a3214));
    --_band-critical: var(--roadmap-band-critical, light-dark(#ffc9c9, #5c1e1e));
  }
`;
