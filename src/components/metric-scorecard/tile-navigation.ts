/** Where a tile sits on screen (a `DOMRect` will do). */
export interface TileBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Tiles whose tops are this close (px) share a row. */
const SAME_ROW = 2;

/**
 * Index of the tile a key moves focus to, from the tile at `from`, or undefined for a key that
 * does not move. `boxes` are the tiles in reading order (sections one after another).
 * ArrowLeft / ArrowRight go to the previous / next tile (swapped when `rtl`); ArrowUp / ArrowDown
 * go one row up / down to the tile nearest in column, across sections; Home / End go to the first
 * / last tile. At an edge the focus stays where it is.
 */
export function moveAmongTiles(boxes: readonly TileBox[], from: number, key: string, options: { rtl?: boolean } = {}): number | undefined {
  const last = boxes.length - 1;
  const here = boxes[from];
  if (!here || last < 0) return undefined;
  const forward = options.rtl ? 'ArrowLeft' : 'ArrowRight';
  const backward = options.rtl ? 'ArrowRight' : 'ArrowLeft';
  switch (key) {
    case forward:
      return Math.min(last, from + 1);
    case backward:
      return Math.max(0, from - 1);
    case 'Home':
      return 0;
    case 'End':
      return last;
    case 'ArrowDown':
      return nearestInRow(boxes, from, 1);
    case 'ArrowUp':
      return nearestInRow(boxes, from, -1);
    default:
      return undefined;
  }
}

/** In the next row after (`step` 1) or before (-1) the tile's own, the tile nearest its centre. */
function nearestInRow(boxes: readonly TileBox[], from: number, step: 1 | -1): number {
  const here = boxes[from]!;
  let i = from + step;
  // Skip the rest of the tile's own row.
  while (i >= 0 && i < boxes.length && Math.abs(boxes[i]!.y - here.y) <= SAME_ROW) i += step;
  const row = boxes[i];
  if (!row) return from;
  const centre = here.x + here.width / 2;
  let best = i;
  let bestDistance = Infinity;
  for (let j = i; j >= 0 && j < boxes.length && Math.abs(boxes[j]!.y - row.y) <= SAME_ROW; j += step) {
    const box = boxes[j]!;
    const distance = Math.abs(box.x + box.width / 2 - centre);
    if (distance < bestDistance) {
      best = j;
      bestDistance = distance;
    }
  }
  return best;
}
