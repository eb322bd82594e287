/**
 * What the OCR thread finds in a page's bitmap before tesseract reads it (extractors/readers/ocr/):
 * specks taken out, table rules, checkboxes and bold type. Pages drawn on the real native canvas at
 * 300 dpi; no OCR here, so these run in milliseconds.
 */
import { createCanvas, type SKRSContext2D } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { findCheckboxes } from '../../extractors/readers/ocr/checkboxes.js';
import { despeckle, inkMapOf } from '../../extractors/readers/ocr/ink.js';
import { findRules } from '../../extractors/readers/ocr/ruling.js';
import { soften } from '../../extractors/readers/ocr/soften.js';
import { boldWords, strokeWidth } from '../../extractors/readers/ocr/weight.js';

const DPI = 300;

function page(draw: (context: SKRSContext2D) => void, width = 900, height = 500) {
  const canvas = createCanvas(width, height);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, width, height);
  context.fillStyle = '#000000';
  context.strokeStyle = '#000000';
  draw(context);
  return inkMapOf(context.getImageData(0, 0, width, height));
}

function square(context: SKRSContext2D, x: number, y: number, side: number, mark: 'none' | 'cross' | 'filled'): void {
  context.lineWidth = 3;
  context.strokeRect(x, y, side, side);
  if (mark === 'cross') {
    context.beginPath();
    context.moveTo(x + 8, y + 8);
    context.lineTo(x + side - 8, y + side - 8);
    context.moveTo(x + side - 8, y + 8);
    context.lineTo(x + 8, y + side - 8);
    context.stroke();
  } else if (mark === 'filled') {
    context.fillRect(x + 6, y + 6, side - 12, side - 12);
  }
}

const inPoints = (pixels: number): number => (pixels * 72) / DPI;

describe('checkboxes in a scanned page', () => {
  it.each([
    ['an empty box', 'none' as const, false],
    ['a crossed box', 'cross' as const, true],
    ['a filled box', 'filled' as const, true],
  ])('%s is found where it stands, and read as checked or not', (_name, mark, checked) => {
    const map = page((context) => square(context, 200, 200, 45, mark));
    const boxes = findCheckboxes(map, DPI);
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.checked).toBe(checked);
    expect(boxes[0]?.x).toBeCloseTo(inPoints(198.5), 0);
    expect(boxes[0]?.y).toBeCloseTo(inPoints(198.5), 0);
    // Taken out of the image, so OCR does not read it as a letter.
    expect(map.ink.reduce((sum, value) => sum + value, 0)).toBe(0);
  });

  it('a box with a table rule running through it is no checked box', () => {
    const map = page((context) => {
      square(context, 200, 200, 45, 'none');
      context.fillRect(20, 221, 860, 2);
    });
    expect(findCheckboxes(map, DPI).map((box) => box.checked)).toEqual([false]);
  });

  it('boxes stacked one above the other are each a box', () => {
    const map = page((context) => {
      for (const y of [60, 110, 160, 210]) square(context, 300, y, 45, y === 160 ? 'cross' : 'none');
    });
    expect(findCheckboxes(map, DPI).map((box) => box.checked)).toEqual([false, false, true, false]);
  });

  it("a table's cells, bold capitals and a letter O are no checkboxes", () => {
    const map = page((context) => {
      context.lineWidth = 3;
      for (let x = 40; x <= 400; x += 45) {
        context.beginPath();
        context.moveTo(x, 40);
        context.lineTo(x, 220);
        context.stroke();
      }
      for (let y = 40; y <= 220; y += 45) {
        context.beginPath();
        context.moveTo(40, y);
        context.lineTo(400, y);
        context.stroke();
      }
      context.font = 'bold 44px "Liberation Sans"';
      context.fillText('BERÖD DOM HUND', 40, 320);
      context.font = '44px "Liberation Sans"';
      context.fillText('Olle Ulf Hedda', 40, 420);
    });
    expect(findCheckboxes(map, DPI)).toEqual([]);
  });
});

describe('specks, rules and weight', () => {
  it('specks alone on the paper are taken out; a period and the dot of an i stay', () => {
    const map = page((context) => {
      context.font = '42px "Liberation Sans"';
      context.fillText('Slut i sikte.', 100, 200);
      for (const [x, y] of [
        [600, 100],
        [700, 400],
        [150, 420],
      ] as const)
        context.fillRect(x, y, 2, 2);
    });
    const before = map.ink.reduce((sum, value) => sum + value, 0);
    expect(despeckle(map, DPI)).toBe(3);
    expect(map.ink.reduce((sum, value) => sum + value, 0)).toBe(before - 12);
  });

  it("on a figure cut out on its own, a speck by a digit goes too; the figure's separator stays", () => {
    const figure = () =>
      page(
        (context) => {
          context.font = '42px "Liberation Sans"';
          context.fillText('1,0', 20, 60);
          // A speck touching the "0"'s shoulder, which a page's despeckling keeps (it could be a letter's).
          context.fillRect(74, 28, 2, 2);
        },
        120,
        80,
      );
    const onPage = figure();
    expect(despeckle(onPage, DPI)).toBe(0);
    const cut = figure();
    const before = cut.ink.reduce((sum, value) => sum + value, 0);
    expect(despeckle(cut, DPI, true)).toBe(1);
    expect(cut.ink.reduce((sum, value) => sum + value, 0)).toBe(before - 4);
  });

  it('a rule with dropouts is one rule; the bottoms of a line of text are none', () => {
    const map = page((context) => {
      context.fillRect(50, 100, 800, 3);
      context.fillStyle = '#ffffff';
      for (const x of [200, 420, 610]) context.fillRect(x, 100, 5, 3);
      context.fillStyle = '#000000';
      context.font = '42px "Liberation Sans"';
      context.fillText('mmmmmmmmmmmmmmmmmmmmmmmmmmmm', 50, 300);
    });
    const rules = findRules(map, DPI);
    expect(rules).toHaveLength(1);
    expect(rules[0]?.x1).toBeCloseTo(inPoints(50), 0);
    expect(rules[0]?.x2).toBeCloseTo(inPoints(850), 0);
  });

  it("bold words are those whose strokes are thicker than the page's usual ones for their size", () => {
    const words = ['Resultat', 'och', 'utfall', 'av', 'insatsen', 'under', 'året', 'som', 'gick', 'för', 'alla', 'parter', 'Summa'];
    const map = page((context) => {
      words.forEach((word, index) => {
        context.font = `${index === words.length - 1 ? 'bold ' : ''}40px "Liberation Sans"`;
        context.fillText(word, 20 + (index % 4) * 220, 60 + Math.floor(index / 4) * 80);
      });
    });
    const strokes = words.map((word, index) => ({
      stroke: strokeWidth(map, {
        left: 20 + (index % 4) * 220,
        top: 25 + Math.floor(index / 4) * 80,
        right: 20 + (index % 4) * 220 + 210,
        bottom: 70 + Math.floor(index / 4) * 80,
      }),
      size: 40,
      chars: word.length,
    }));
    expect(boldWords(strokes)).toEqual(words.map((_, index) => index === words.length - 1));
  });
});

describe('soften: the page tesseract reads, blurred [1 2 1] across and down, twice', () => {
  it('a hard edge becomes a ramp two pixels either side; paper and ink further off stay as they were', () => {
    // Six pixels wide, one row: paper, paper, paper, ink, ink, ink.
    const data = new Uint8ClampedArray([255, 255, 255, 0, 0, 0].flatMap((grey) => [grey, grey, grey, 255]));
    soften({ width: 6, height: 1, data });
    const greys = [0, 1, 2, 3, 4, 5].map((x) => data[x * 4]);
    // [1 2 1] twice is [1 4 6 4 1] / 16: the two pixels either side of the edge are 15/16, 11/16, 5/16, 1/16 paper.
    expect(greys).toEqual([255, 239, 175, 80, 16, 0]);
    expect(data[3]).toBe(255);
  });
});
