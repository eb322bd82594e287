/**
 * A report whose cover is a picture and whose text never says what it is or which year it is for:
 * its running header or footer may be the only place that does ("Årsredovisning 2018" on every
 * page). Read by the real readers: a .docx's header and footer parts, which mammoth leaves out, and a
 * PDF's margin lines, which the PDF reader sets aside. A running header is read only where the text
 * is silent, and only for a report's name: a kommun's header, a plan's, or an appendix's filing mark
 * changes nothing.
 */
import { describe, expect, it } from 'vitest';
import { p } from '../../fixtures/build/docx/index.js';
import { classifyDocument } from '../../extractors/classify.js';
import { readIdentity } from '../../extractors/identity/index.js';
import type { DocStructure } from '../../extractors/structure/index.js';
import { BODY, docxStructure, pdfStructure } from '../structure/support/documents.js';

const CONTENTS = 'Innehåll\nFörvaltningsberättelse 3\nResultaträkning 8\nBalansräkning 9';
const FORBUND =
  'Samordningsförbundet Exempeldalen bildades enligt lagen (2003:1210) om finansiell samordning av rehabiliteringsinsatser. Medlemmar är Försäkringskassan, Arbetsförmedlingen, Region Exempelland samt Exempelstads och Granbygdens kommuner.';
/** Running text without a year: enough of it that a PDF runs over four pages, so its margin lines repeat. */
const WORK = [
  'Förbundets insatser riktar sig till personer i arbetsför ålder som behöver samordnade rehabiliteringsinsatser för att närma sig arbetsmarknaden. Insatserna bedrivs i samverkan mellan medlemmarna och följs upp av styrelsen vid varje sammanträde.',
  'Handläggare från Försäkringskassan, Arbetsförmedlingen, kommunerna och regionen har träffats regelbundet i lokala samverkansgrupper för att gemensamt planera insatser för enskilda individer.',
  'Kansliet består av en förbundschef och en ekonom på deltid. Kansliet bereder ärenden till styrelsen, följer upp insatserna och sköter förbundets ekonomi och redovisning.',
  'Insatsen Steget vidare har erbjudit arbetsträning och stöd av coacher. Deltagarna har haft en individuell planering och flera har gått vidare till studier eller arbete.',
];
const ACCOUNTS = [
  'Resultaträkning',
  'Verksamhetens intäkter 4 200 000\nVerksamhetens kostnader -4 050 000\nÅrets resultat 150 000',
  'Balansräkning',
  'Summa tillgångar 2 200 000\nEget kapital 1 600 000\nKortfristiga skulder 600 000\nSumma eget kapital och skulder 2 200 000',
];

function untitledReport(opening: string[] = []): string[] {
  const work = Array.from({ length: 9 }, () => WORK).flat();
  return [CONTENTS, 'Förvaltningsberättelse', ...opening, FORBUND, ...work, ...ACCOUNTS];
}

interface Expected {
  kind: string;
  /** For an annual report, the year its identity gives; for an interim report, the period. */
  year?: number | null;
  period?: { start: string; end: string } | null;
  /** For a final report, its insats's name. */
  insats?: string | null;
}

type Case = [name: string, margin: { header?: string; footer?: string }, paragraphs: string[], expected: Expected];

const NAMED_ONLY_IN_THE_MARGIN: Case[] = [
  [
    "an annual report whose running header gives the förbund's name and the report's",
    { header: 'Samordningsförbundet Exempeldalen – Årsredovisning 2018' },
    untitledReport(),
    { kind: 'arsredovisning', year: 2018, period: null },
  ],
  [
    'an interim report whose running header names it and its months',
    { header: 'Delårsrapport januari–augusti 2020' },
    untitledReport(),
    { kind: 'delarsrapport', period: { start: '2020-01-01', end: '2020-08-31' } },
  ],
  [
    'a final report whose running header names it and its insats, over a project told after the fact',
    { header: 'Slutrapport – projektet Steget vidare' },
    [
      'Bakgrund',
      'Många unga vuxna i Exempelstad står långt från arbetsmarknaden. Samordningsförbundet Exempeldalen beslutade därför att finansiera en insats där kommunen, Arbetsförmedlingen och Försäkringskassan arbetar tillsammans.',
      'Genomförande',
      ...Array.from({ length: 12 }, () => [
        'Insatsen har erbjudit arbetsträning, studiebesök och stöd av coacher. Deltagarna har haft en individuell planering som följts upp varje månad.',
        'Styrgruppen har träffats fyra gånger per år och tagit del av lägesrapporter. Arbetssättet har fungerat väl och flera delar har tagits över av ordinarie verksamhet.',
      ]).flat(),
    ],
    { kind: 'slutrapport', insats: 'Steget vidare' },
  ],
  [
    'an annual report named in its footer, beside the page number',
    { footer: 'Årsredovisning 2019' },
    untitledReport(),
    { kind: 'arsredovisning', year: 2019, period: null },
  ],
];

const MARGINS_THAT_CHANGE_NOTHING: Case[] = [
  [
    "a kommun's annual report, its running header naming it, that never speaks of financial coordination",
    { header: 'Årsredovisning 2019 Granbygdens kommun' },
    [
      CONTENTS,
      'Förvaltningsberättelse',
      ...Array.from({ length: 12 }, () => [
        'Kommunens verksamhet har präglats av ett ökat tryck på äldreomsorgen och skolan. Kommunfullmäktige har fastställt nya mål för ekonomisk hushållning.',
        'Kommunen samverkar med grannkommunerna inom räddningstjänst och överförmyndarverksamhet och har investerat i nya förskolor.',
      ]).flat(),
      ...ACCOUNTS,
    ],
    { kind: 'unknown' },
  ],
  [
    "a förbund's plan and budget, its running header a plan's title",
    { header: 'Verksamhetsplan och budget 2020' },
    ['Innehåll\nInledning 2\nMål 3\nBudget 6', 'Inledning', FORBUND, ...Array.from({ length: 9 }, () => WORK).flat()],
    { kind: 'unknown' },
  ],
  [
    'an annual report whose board states the year, under a running header with another (a slip)',
    { header: 'Årsredovisning 2018' },
    untitledReport(['Samordningsförbundet Exempeldalen lämnar härmed årsredovisning för verksamhetsåret 2019.']),
    { kind: 'arsredovisning', year: 2019, period: null },
  ],
  [
    "an untitled annual report filed as a protokoll's appendix: the footer's filing mark wraps nothing",
    { footer: 'Bilaga 2 till protokoll 2019-03-15 § 12' },
    untitledReport(),
    { kind: 'arsredovisning', year: null, period: null },
  ],
];

function docx(margin: Case[1], paragraphs: string[]): Promise<DocStructure> {
  return docxStructure(
    paragraphs.map((text) => p(text)),
    {
      ...(margin.header ? { header: [p(margin.header)] } : {}),
      ...(margin.footer ? { footer: [p(margin.footer)] } : {}),
    },
  );
}

function pdf(margin: Case[1], paragraphs: string[]): Promise<DocStructure> {
  const { header, footer } = margin;
  return pdfStructure(
    (flow) => {
      for (const text of paragraphs) flow.paragraph(text, BODY, { spaceAfter: 8 });
    },
    {
      ...(header ? { header } : {}),
      ...(footer ? { footer: (page: number, pages: number) => `${footer} – sida ${page} av ${pages}` } : {}),
    },
  );
}

describe.each([
  ['.docx', docx],
  ['PDF', pdf],
])('a running header or footer, %s', (_format, build) => {
  it.each([...NAMED_ONLY_IN_THE_MARGIN, ...MARGINS_THAT_CHANGE_NOTHING])('%s', async (_name, margin, paragraphs, expected) => {
    const structure = await build(margin, paragraphs);
    const classification = classifyDocument(structure);
    expect(classification.kind).toBe(expected.kind);
    expect(classification.wrappedIn).toBeNull();
    const identity = readIdentity(structure);
    if (expected.year !== undefined) expect(identity.year?.value ?? null).toBe(expected.year);
    if (expected.period !== undefined)
      expect(identity.period ? { start: identity.period.value.start, end: identity.period.value.end } : null).toEqual(expected.period);
    if (expected.insats !== undefined) expect(identity.insatsName?.value ?? null).toBe(expected.insats);
  });

  it("gives the year with the running header's words and place as its evidence", async () => {
    const [, margin, paragraphs] = NAMED_ONLY_IN_THE_MARGIN[0] as Case;
    const structure = await build(margin, paragraphs);
    const year = readIdentity(structure).year;
    expect(year?.evidence.text).toContain('Årsredovisning 2018');
    expect(year?.evidence.page ?? null).toBe(build === pdf ? 1 : null);
  });
});
