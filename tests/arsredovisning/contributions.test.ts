/**
 * The members' contributions per party, read from the note that lists them, on real fixture PDFs from
 * two producers: every kommun on its own row (pdfkit), and Region Gotland — a kommun outside any
 * region (lag 2003:1210, 3 §) — paying the regional and kommunal quarters (pdf-lib).
 */
import { describe, expect, it } from 'vitest';
import { extractFixture } from './support/fixtures.js';

describe('contributions per party, as the note states them', () => {
  it.each([
    {
      file: 'arsredovisning-labels-2020.pdf',
      parties: [
        ['Staten genom Försäkringskassan', 'state', 2_400_000],
        ['Region Jämtland Härjedalen', 'region', 1_200_000],
        ['Bergs kommun', 'kommun', 350_000],
        ['Härjedalens kommun', 'kommun', 400_000],
        ['Åre kommun', 'kommun', 450_000],
      ],
    },
    {
      file: 'arsredovisning-gotland-2019.pdf',
      parties: [
        ['Försäkringskassan', 'state', 2_200_000],
        ['Region Gotland', 'kommun-outside-region', 2_200_000],
      ],
    },
  ])('$file', async ({ file, parties }) => {
    const record = await extractFixture(file);
    expect(record.contributions.map((c) => [c.party, c.kind, c.amount.sek])).toEqual(parties);
    for (const contribution of record.contributions) expect(contribution.evidence.text).toContain(contribution.party);
  });
});
