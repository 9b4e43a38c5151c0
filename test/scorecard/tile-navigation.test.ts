import { expect } from '@open-wc/testing';
import { moveAmongTiles, type TileBox } from '../../src/components/metric-scorecard/tile-navigation.js';

/** Tiles 100 × 80 in rows of `perRow`, sections one under another (a heading between them). */
function grid(sections: number[], perRow: number): TileBox[] {
  const boxes: TileBox[] = [];
  let y = 0;
  for (const count of sections) {
    y += 30; // heading
    for (let i = 0; i < count; i++) boxes.push({ x: (i % perRow) * 110, y: y + Math.floor(i / perRow) * 90, width: 100, height: 80 });
    y += Math.ceil(count / perRow) * 90;
  }
  return boxes;
}

describe('moveAmongTiles', () => {
  // Section A: tiles 0–5 in two rows of four (0 1 2 3 / 4 5); section B: tiles 6–8 (6 7 8).
  const boxes = grid([6, 3], 4);

  it('Left and Right go to the previous and next tile, across rows and sections, and stop at the ends', () => {
    expect(moveAmongTiles(boxes, 3, 'ArrowRight')).to.equal(4);
    expect(moveAmongTiles(boxes, 5, 'ArrowRight')).to.equal(6);
    expect(moveAmongTiles(boxes, 0, 'ArrowLeft')).to.equal(0);
    expect(moveAmongTiles(boxes, 8, 'ArrowRight')).to.equal(8);
  });

  it('Down and Up move one row, keeping the column', () => {
    expect(moveAmongTiles(boxes, 1, 'ArrowDown')).to.equal(5);
    expect(moveAmongTiles(boxes, 5, 'ArrowUp')).to.equal(1);
    expect(moveAmongTiles(boxes, 4, 'ArrowUp')).to.equal(0);
  });

  it('into a shorter row, Down goes to the nearest tile; from the last row it continues in the next section', () => {
    expect(moveAmongTiles(boxes, 3, 'ArrowDown')).to.equal(5);
    expect(moveAmongTiles(boxes, 5, 'ArrowDown')).to.equal(7);
    expect(moveAmongTiles(boxes, 6, 'ArrowUp')).to.equal(4);
    expect(moveAmongTiles(boxes, 8, 'ArrowUp')).to.equal(5);
  });

  it('at the top and bottom rows Up and Down stay; Home and End go to the first and last tile', () => {
    expect(moveAmongTiles(boxes, 2, 'ArrowUp')).to.equal(2);
    expect(moveAmongTiles(boxes, 7, 'ArrowDown')).to.equal(7);
    expect(moveAmongTiles(boxes, 4, 'Home')).to.equal(0);
    expect(moveAmongTiles(boxes, 4, 'End')).to.equal(8);
  });

  it('in one column Up and Down are previous and next; right-to-left swaps Left and Right; other keys do not move', () => {
    const column = grid([3], 1);
    expect(moveAmongTiles(column, 0, 'ArrowDown')).to.equal(1);
    expect(moveAmongTiles(column, 2, 'ArrowUp')).to.equal(1);
    expect(moveAmongTiles(boxes, 2, 'ArrowLeft', { rtl: true })).to.equal(3);
    expect(moveAmongTiles(boxes, 2, 'Enter')).to.equal(undefined);
  });
});
