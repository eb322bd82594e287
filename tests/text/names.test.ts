import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPeriods } from '../../extractors/parse/period.js';
import { matchNames, nameSimilarity } from '../../extractors/text/names.js';
import { SEEDS_DIR } from '../../fixtures/build/paths.js';

const SEED = readFileSync(join(SEEDS_DIR, 'arsredovisning-2021-samordningsforbund-gavleborg.txt'), 'utf8');

/** The overview list of 1.6: each "- name … period" entry, names wrapping onto the next line. */
function overviewNames(): string[] {
  const start = SEED.indexOf('Individinriktade insatser');
  const end = SEED.indexOf('Redovisning av målgrupper');
  const list = SEED.slice(start, end);
  const names: string[] = [];
  let from = 0;
  for (const period of findPeriods(list)) {
    const entry = list.slice(from, period.start);
    const bullets = [...entry.matchAll(/(?:^|\n)[ \t]*- /g)];
    const bullet = bullets.at(-1);
    const name = entry
      .slice(bullet ? bullet.index + bullet[0].length : 0)
      .replace(/\s+/g, ' ')
      .trim();
    names.push(name);
    from = period.end;
  }
  return names;
}

/** The name after each "Insatsnamn" label of the appendix (on the same line or the next filled one). */
function appendixNames(): string[] {
  return [...SEED.matchAll(/Insatsnamn[ \t]*([^\n]*)\n(?:\s*\n)*\s*([^\n]*)/g)].map((match) => (match[1]?.trim() || match[2]?.trim()) ?? '');
}

describe('matchNames on the seed annual report', () => {
  const list = overviewNames();
  const appendix = appendixNames();

  it('reads 19 overview entries and 18 appendix blocks from the seed', () => {
    expect(list).toHaveLength(19);
    expect(appendix).toHaveLength(18);
  });

  it('pairs every overview entry with its appendix block', () => {
    const pairs = matchNames(list, appendix).map((match) => [list[match.a], appendix[match.b]]);
    expect(pairs).toEqual([
      ['Ett hållbart arbetsliv – Ockelbo', 'Ett hållbart arbetsliv - Ockelbo2'],
      ['Ett hållbart arbetsliv – Ovanåker', 'Ett hållbart arbetsliv - Ovanåker3'],
      ['Ett hållbart arbetsliv – Hofors', 'Ett hållbart arbetsliv - Hofors4'],
      ['Insatskatalogen', 'Insatskatalogen Gävleborg10'],
      ['Trisam 2.0 - Arbetsförmedlingen', 'Trisam 2.0 – Arbetsförmedlingen och Försäkringskassan5'],
      ['Trisam 2.0 – Försäkringskassan', 'Trisam 2.0 – Arbetsförmedlingen och Försäkringskassan5'],
      ['Trisam 2.0 – Bollnäs', 'Trisam 2.0 Bollnäs kommun'],
      ['Trisam 2.0 – Hudiksvall', 'Trisam 2.0 Hudiksvalls kommun'],
      ['Trisam 2.0 – Gävle', 'Trisam 2.0 Gävle kommun'],
      ['Trisam 2.0 – Sandviken', 'Trisam 2.0 Sandvikens kommun'],
      ['Trisam 2.0 – Region Gävleborg', 'Trisam 2.0 Region Gävleborg'],
      ['Trisam 2.0 – Söderhamn', 'Trisam 2.0 Söderhamns kommun'],
      ['Trisam 2.0 – Ockelbo', 'Trisam 2.0 Ockelbo kommun'],
      ['Trisam 2.0 - Ovanåker', 'Trisam 2.0 Ovanåker kommun'],
      ['Trisam 2.0 – Hofors', 'Trisam 2.0 Hofors kommun'],
      ['Förstudie Utveckling av egenmakt Hudiksvall', 'Förstudie - Utveckling av egenmakt Hudiksvall 7'],
      ['Mysam processledare', 'Mysam6'],
      ['Lokal individinriktad insats efter Trisam Hudiksvall', 'Lokal individinsats efter Trisam i Hudiksvall9'],
      ['Förstudie – Mysam Gävle, initiativ för att minska glappen mellan myndigheter', 'Förstudie - Minska glappet Mysam Gävle8'],
    ]);
  });
});

describe('nameSimilarity', () => {
  it.each([
    ['Trisam 2.0 – Gävle', 'Trisam 2.0 Gävle kommun'],
    ['Förstudie Utveckling av egenmakt Hudiksvall', 'Förstudie - Utveckling av egenmakt Hudiksvall'],
    ['Lokal individinriktad insats efter Trisam Hudiksvall', 'Lokal individinsats efter Trisam i Hudiksvall'],
    ['Förstudie – Mysam Gävle, initiativ för att minska glappen mellan myndigheter', 'Förstudie - Minska glappet Mysam Gävle'],
    ['Mysam processledare', 'Mysam'],
    ['Ett hallbart arbetsliv - Ockelbo', 'Ett hållbart arbetsliv – Ockelbo'],
    ['Jobbsteget Västerås', 'Jobbsteget Västerås stad'],
  ])('%s ≈ %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeGreaterThanOrEqual(0.6);
  });

  it.each([
    ['Trisam 2.0 – Hofors', 'Trisam 2.0 Hudiksvalls kommun'],
    ['Ett hållbart arbetsliv – Ockelbo', 'Ett hållbart arbetsliv – Ovanåker'],
    ['Trisam 2.0 – Gävle', 'Trisam 2.0 Region Gävleborg'],
    ['Trisam 2.0 - Arbetsförmedlingen', 'Trisam 2.0 – Försäkringskassan'],
    ['Jobbsteget Västerås', 'Jobbsteget Eskilstuna'],
    ['Stegvis Nordanby kommun', 'Stegvis Sörby kommun'],
    ['Mysam processledare', 'Förstudie - Minska glappet Mysam Gävle'],
  ])('%s is not %s', (a, b) => {
    expect(nameSimilarity(a, b)).toBeLessThan(0.6);
  });
});
