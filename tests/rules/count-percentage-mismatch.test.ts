import { describe, expect, it } from 'vitest';
import { countPercentageMismatch } from '../../pipeline/rules/count-percentage-mismatch.js';
import { arsredovisning, arsredovisningInput, slutrapport, slutrapportInput, unit } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish } from './support/messages.js';

const inFinalReport = (text: string) => findingsOf(countPercentageMismatch, slutrapportInput(slutrapport(), [unit(text, '5', 3)]));

describe('count-percentage-mismatch', () => {
  it.each([
    // Rounded, rounded up or cut off: within one unit of the last digit.
    ['Av dem har 30 av 65 deltagare (46 %) gått vidare till arbete.', []],
    ['Av dem har 30 av 65 deltagare (47 %) gått vidare till arbete.', []],
    ['Av de 3 deltagarna har 2 (66 %) fått arbete.', []],
    ['Av de 3 deltagarna har 2 (67 %) fått arbete.', []],
    ['79 % (75 av 95) av de i personalen som svarat på frågan har svarat ja.', []],
    ['30 av 65 deltagare (46,2 %) gick till arbete.', []],
    // Off by a unit or more.
    ['Av dem har 30 av 65 deltagare (45 %) gått vidare till arbete.', [{ part: 30, whole: 65, actual: 45 }]],
    ['Av dem har 30 av 65 deltagare (52 %) gått vidare till arbete.', [{ part: 30, whole: 65, actual: 52 }]],
    ['30 av 65 deltagare (46,4 %) gick till arbete.', [{ part: 30, whole: 65, actual: 46.4 }]],
    ['Av de 86 deltagarna har 69 (86 %) minskat sin sjukskrivning.', [{ part: 69, whole: 86, actual: 86 }]],
    // Only the share that is off.
    ['30 av 65 (46 %) gick till arbete och 10 av 65 (25 %) till studier.', [{ part: 10, whole: 65, actual: 25 }]],
    // Not a share of two counts beside it.
    ['500 tkr av 1 000 tkr (40 %) har använts.', []],
    ['Av dem har 69 personer (90 %) minskat sin sjukskrivning.', []],
  ])('%s', (text, expected) => {
    expect(inFinalReport(text).map(({ data }) => ({ part: data.part, whole: data.whole, actual: data.actual }))).toEqual(expected);
  });

  it('states the comparison as data and says it in both languages', () => {
    const [finding] = inFinalReport('Av dem har 30 av 65 deltagare (52 %) gått vidare till arbete.');
    expect(finding?.data).toEqual({
      part: 30,
      whole: 65,
      actual: 52,
      expected: (30 / 65) * 100,
      difference: 52 - (30 / 65) * 100,
      tolerance: 1,
      unit: 'percent',
      text: '30 av 65 deltagare (52 %)',
    });
    expect(finding?.evidence).toEqual([{ page: 3, section: '5', text: 'Av dem har 30 av 65 deltagare (52 %) gått vidare till arbete.' }]);
    expect(inSwedish(countPercentageMismatch, finding)).toBe(
      '”30 av 65 deltagare (52 %)”: 30 av 65 är 46,2\u00a0%, men texten anger 52\u00a0% (skillnad 5,8 procentenheter; tolerans ±1 procentenhet för avrundning)',
    );
    expect(finding?.message).toBe(
      '"30 av 65 deltagare (52 %)": 30 of 65 is 46.2 %, but the text says 52 % (difference 5.8 percentage points; tolerance ±1 percentage point for rounding)',
    );
    const [decimal] = inFinalReport('30 av 65 deltagare (46,4 %) gick till arbete.');
    expect(decimal?.data.tolerance).toBe(0.1);
    expect(inSwedish(countPercentageMismatch, decimal)).toContain('men texten anger 46,4\u00a0% (skillnad 0,2 procentenheter; tolerans ±0,1 procentenhet');
  });

  it('reads annual reports too, once per place', () => {
    const text = [
      unit('Av 65 deltagare var 30 kvinnor (52 %).', '2', 3),
      unit('Av 65 deltagare var 30 kvinnor (52 %).', '2', 3),
      unit('Av 65 deltagare var 30 kvinnor (52 %).', '4', 6),
    ];
    expect(findingsOf(countPercentageMismatch, arsredovisningInput(arsredovisning(), text)).map((finding) => finding.evidence[0]?.page)).toEqual([3, 6]);
  });
});
