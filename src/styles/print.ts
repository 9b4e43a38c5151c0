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

/**
 * The timeline in print: while printing, it renders every lane as its own picture in a table
 * (`.print-view`) whose header row (title, legend, axis, milestones) repeats on every page and
 * whose rows, one per lane, are kept whole; the interactive parts are hidden.
 */
export const timelinePrintStyles = css`
  .print-view {
    display: none;
  }
  @media print {
    .frame {
      border: 0;
      overflow: visible;
      height: auto;
    }
    /* Only once the print view is there: without it, the interactive view prints as it is. */
    .frame:has(> .print-view) > :not(.print-view) {
      display: none !important;
    }
    .viewport {
      max-height: none;
      overflow: visible;
    }
    .header,
    .lane-head {
      position: static;
    }
    .print-view {
      display: table;
      width: 100%;
      border-collapse: collapse;
    }
    .print-view td {
      padding: 0;
    }
    .print-view tr {
      break-inside: avoid;
    }
    .print-view svg {
      display: block;
      width: 100%;
      height: auto;
    }
  }
`;
