import { describe, expect, it } from 'vitest';
import { findPercentages } from '../../extractors/parse/percent.js';

describe('findPercentages', () => {
  it.each([
    ['dvs 39%', 39, 0],
    ['ökning med 12 %', 12, 0],
    ['totalt har 20,5% gått till egen försörjning', 20.5, 1],
    ['12 procent', 12, 0],
    ['avvikelse −3%', -3, 0],
  ])('%s → %d', (text, value, decimals) => {
    expect(findPercentages(text).map((found) => found.value)).toMatchObject([{ value, decimals }]);
  });

  it('finds every percentage of a breakdown', () => {
    expect(findPercentages('33% (29% kvinnor, 41% män)').map((found) => found.value.value)).toEqual([33, 29, 41]);
  });

  it.each([['13 320 tkr'], ['2019-101-01'], ['procentenheter'], ['5 procentuella']])('%s has no percentage', (text) => {
    expect(findPercentages(text)).toEqual([]);
  });
});
