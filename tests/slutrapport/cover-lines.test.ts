/**
 * A final report on no template whose cover gives its fields as lines of one paragraph, as a Word
 * cover typed with line breaks has them: "Projektnamn: …" / "Projektägare: …" / "Projektperiod: …",
 * or the förbund's name on the line under the insats's. Each label's value ends at its line: the
 * next line's own label, or the förbund's name, is not more of it; participant fields typed one under
 * the other give the total its split. Read as .docx and as PDF.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../fixtures/build/docx/index.js';
import { corpusDocx, corpusPdfkit } from '../../fixtures/build/corpus/render.js';
import { inFormats, processReport, reportFolder } from '../findings/support/report-files.js';

const BODY = 'Projektet har arbetat med individuellt stöd för personer långt från arbetsmarknaden.';
const LONG_NAME = 'Samverkan för unga vuxna med aktivitetsersättning i Exempelby och Annanby kommuner tillsammans';

const CASES: [string, string, Record<string, unknown>][] = [
  [
    'a label on the next line',
    `Slutrapport\nProjektnamn: Steget vidare\nProjektägare: Exempelby kommun\nProjektperiod: 2019-01-01 – 2021-12-31\n\n${BODY}`,
    { intervention: { name: 'Steget vidare', plannedPeriod: { start: '2019-01-01', end: '2021-12-31' } }, responsible: { organisation: 'Exempelby kommun' } },
  ],
  [
    "the förbund's name on the next line",
    `Slutrapport\nProjektnamn: Steget vidare\nSamordningsförbundet Exempelbygden\nProjektperiod: 2019-01-01 – 2021-12-31\n\n${BODY}`,
    { organisation: 'Samordningsförbundet Exempelbygden', intervention: { name: 'Steget vidare' } },
  ],
  [
    'Finsam and a contact on the lines under it',
    `Slutrapport\nProjektnamn: Vägen in\nFinsam Exempelby\nProjektägare: Exempelby kommun\nKontaktperson: Anna Exempelsson\n\n${BODY}`,
    {
      organisation: 'Finsam Exempelby',
      intervention: { name: 'Vägen in' },
      responsible: { organisation: 'Exempelby kommun', contactPerson: 'Anna Exempelsson' },
    },
  ],
  // A name long enough to wrap in the PDF is still one name.
  [
    'a long name',
    `Slutrapport\nProjektnamn: ${LONG_NAME}\nSamordningsförbundet Exempelbygden\n\n${BODY}`,
    { organisation: 'Samordningsförbundet Exempelbygden', intervention: { name: LONG_NAME } },
  ],
  // The participants' fields typed as paragraphs one under the other: the split is the total's.
  [
    'participant fields as paragraphs',
    `Slutrapport\nProjektnamn: Steget vidare\n\nAntal deltagare: 64\n\nVarav kvinnor: 30\n\nVarav män: 34\n\n${BODY}`,
    { participants: { total: 64, women: 30, men: 34 } },
  ],
  [
    'participant fields as lines',
    `Slutrapport\nProjektnamn: Steget vidare\n\nAntal deltagare: 64\nVarav kvinnor: 30\nVarav män: 34\n\n${BODY}`,
    { participants: { total: 64, women: 30, men: 34 } },
  ],
  // A split that does not make up the total is not the total's (gender-sum-mismatch says so).
  [
    'participant fields that do not add up',
    `Slutrapport\nProjektnamn: Steget vidare\n\nAntal deltagare: 64\n\nVarav kvinnor: 30\n\nVarav män: 30\n\n${BODY}`,
    { participants: { total: 64, women: null, men: null } },
  ],
];

const folder = reportFolder('cover-lines');

describe("a cover's labelled lines in one paragraph, on no template", () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (name, format, transcript, record) => {
    const bytes = format === 'docx' ? new Uint8Array(await buildDocx(corpusDocx(transcript))) : await corpusPdfkit(transcript);
    const result = await processReport(folder(), name, format, bytes);
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', record });
  });
});
