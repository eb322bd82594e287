import { describe, expect, it } from 'vitest';
import { normalizeForMatch } from '../../extractors/text/normalize.js';
import { stem, tokenize } from '../../extractors/text/tokens.js';

describe('normalizeForMatch', () => {
  it.each([
    ['Trisam 2.0 – Ockelbo2', 'trisam 2.0 ockelbo'],
    ['Förstudie - Minska glappet Mysam Gävle8', 'forstudie minska glappet mysam gavle'],
    ['Planerad insatstid — åååå-mm-dd', 'planerad insatstid aaaa mm dd'],
    ['  Totalt   beviljade\u00A0medel: ', 'totalt beviljade medel'],
    ['Mål 1', 'mal 1'],
  ])('%s → %s', (text, key) => {
    expect(normalizeForMatch(text)).toBe(key);
  });
});

describe('tokenize', () => {
  it('keeps version numbers whole and drops glued footnote digits', () => {
    expect(tokenize('Trisam 2.0 – Ett hållbart arbetsliv - Hofors4')).toEqual(['trisam', '2.0', 'ett', 'hållbart', 'arbetsliv', 'hofors']);
  });
});

describe('stem', () => {
  it.each([
    ['insatsens', 'insats'],
    ['Hudiksvalls', 'hudiksvall'],
    ['beviljade', 'bevilj'],
  ])('%s → %s', (word, stemmed) => {
    expect(stem(word)).toBe(stemmed);
  });
});
