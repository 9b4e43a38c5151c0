/** Where a key moves the active cell of a rows × cols grid (the ARIA grid pattern). */
export interface GridPosition {
  row: number;
  col: number;
}

/**
 * The cell a navigation key moves to, or undefined for any other key. Arrows move one cell and
 * stop at the edges; Home / End go to the row's first / last cell (with Ctrl, the grid's);
 * PageUp / PageDown go to the top / bottom row.
 */
export function moveInGrid(
  from: GridPosition,
  key: { key: string; ctrlKey?: boolean },
  size: { rows: number; cols: number },
): GridPosition | undefined {
  const lastRow = size.rows - 1;
  const lastCol = size.cols - 1;
  let { row, col } = from;
  switch (key.key) {
    case 'ArrowUp':
      row = Math.max(0, row - 1);
      break;
    case 'ArrowDown':
      row = Math.min(lastRow, row + 1);
      break;
    case 'ArrowLeft':
      col = Math.max(0, col - 1);
      break;
    case 'ArrowRight':
      col = Math.min(lastCol, col + 1);
      break;
    case 'Home':
      col = 0;
      if (key.ctrlKey) row = 0;
      break;
    case 'End':
      col = lastCol;
      if (key.ctrlKey) row = lastRow;
      break;
    case 'PageUp':
      row = 0;
      break;
    case 'PageDown':
      row = lastRow;
      break;
    default:
      return undefined;
  }
  return { row, col };
}
