import { css } from 'lit';

/**
 * Printing, shared by the views: dark text on white (a dark theme would print light text on
 * paper without its background), and blocks that are not split across pages.
 */
export const printStyles = css`
  @media print {
    :host,
    :host([theme]) {
      color-scheme: light;
      break-inside: auto;
    }
    [part~='card'],
    [part~='section'],
    [part~='metric'],
    [part~='risk'],
    [part~='tray-group'],
    [part~='grid'],
    [part~='details'],
    [part~='legend'],
    [part~='status'],
    li,
    tr {
      break-inside: avoid;
    }
    [part~='section-title'],
    [part~='section-heading'],
    h2,
    h3 {
      break-after: avoid;
    }
    [part~='tooltip'] {
      display: none !important;
    }
  }
`;
