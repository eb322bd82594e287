/**
 * Language from the running text the structure pass leaves: a few hundred words of Swedish are
 * Swedish however a transcript wraps them (a section number and heading in front, a page number
 * and running header, a list of names, a scanner's misreadings).
 */
import { describe, expect, it } from 'vitest';
import { p } from '../../fixtures/build/docx/index.js';
import { detectLanguage, narrativeTexts } from '../../extractors/language.js';
import { BODY, docxStructure, H1, pdfStructure, transcriptStructure } from './support/documents.js';
import * as texts from './support/swedish-texts.js';

const SWEDISH = Object.entries(texts);

const WRAPPINGS: [string, (text: string) => string[]][] = [
  ['alone', (text) => [text]],
  ['after "1 Förvaltningsberättelse"', (text) => [`1 Förvaltningsberättelse ${text}`]],
  ['as page 2 after "Org.nr"', (text) => ['1 Årsredovisning 2010 Samordningsförbundet Älvdalen Norra', `2 Org.nr Förvaltningsberättelse ${text}`]],
  ['after a section number alone', (text) => [`3 ${text}`]],
  [
    'as a page with its number and table of contents',
    (text) => ['1 ÅRSREDOVISNING 2010', '2 Innehåll Förvaltningsberättelse 3 Styrelse 3 Ekonomi 4 Resultaträkning 5', `3 ${text}`],
  ],
];

describe.each(SWEDISH)('%s', (_name, text) => {
  it(`has ${text.split(/\s+/).length} words, as a report's page does`, () => {
    expect(text.split(/\s+/).length).toBeGreaterThanOrEqual(230);
  });

  it.each(WRAPPINGS)('is Swedish %s', async (_how, wrap) => {
    expect(detectLanguage(await transcriptStructure(wrap(text)))).toBe('swe');
  });
});

describe('what the language is told from', () => {
  it('the text after a run-in heading, without the page chrome and heading before it', async () => {
    const structure = await transcriptStructure([
      '1 Årsredovisning 2010 Samordningsförbundet Älvdalen Norra',
      `2 Org.nr Förvaltningsberättelse ${texts.FORVALTNING_230}`,
    ]);
    const [narrative] = narrativeTexts(structure);
    expect(narrative).toMatch(/^bildades den 1 mars 2009/);
    expect(narrative).not.toMatch(/Org\.nr|Förvaltningsberättelse|Älvdalen Norra/);
  });

  it('a list of names is left out: a board listed beside a numbered section is still Swedish, not Danish', async () => {
    const board =
      'Styrelsen har under året haft följande sammansättning. Ordinarie ledamöter: Karin Holmberg, ordförande, Älvdalens kommun ' +
      'Per-Olof Sandström, vice ordförande, Region Norrland Anna Lindqvist, Försäkringskassan Johan Berglund, Arbetsförmedlingen ' +
      'Lena Ek, Norrbyns kommun. Ersättare: Mats Hedlund, Sven Åkesson, Maria Nyström, Eva Lundgren.';
    const structure = await transcriptStructure([`1 Förvaltningsberättelse ${texts.FORVALTNING_230}`, board]);
    expect(detectLanguage(structure)).toBe('swe');
    expect(narrativeTexts(structure).join(' ')).not.toMatch(/Holmberg|Sandström|Lundgren/);
  });

  it('OCR debris is left out of the text', async () => {
    const structure = await transcriptStructure([texts.OCR_SKANNAD]);
    expect(narrativeTexts(structure).join(' ')).not.toMatch(/iariTyr|kn_|1_6/);
  });

  it('a heading in a DOCX heading style is no running text; the paragraph under it is', async () => {
    const structure = await docxStructure([p('1 Förvaltningsberättelse', { style: 'Heading1' }), p(texts.SLUTRAPPORT_ANALYS)]);
    expect(detectLanguage(structure)).toBe('swe');
    expect(narrativeTexts(structure)).toHaveLength(1);
  });

  it('a PDF: headings in larger type, then the text', async () => {
    const structure = await pdfStructure((flow) => {
      flow.paragraph('1 Förvaltningsberättelse', H1, { spaceAfter: 6 });
      flow.paragraph(texts.FORVALTNING_230, BODY);
    });
    expect(detectLanguage(structure)).toBe('swe');
  });

  it('too little running text is undetermined', async () => {
    expect(detectLanguage(await transcriptStructure(['1 Förvaltningsberättelse', 'Karin Holmberg, ordförande']))).toBe('und');
  });

  it.each([
    [
      'a cover and a table of contents run together',
      [
        'P 7 – Bilaga 2 – Exempelby Årsredovisning 2015 Samordningsförbundet i Exempelby Sida 1 av 20 Innehållsförteckning: 1 Förvaltningsberättelse ........ 3 1.1 Året i korthet ........ 3 1.2 Ny modell för fördelning av medel från staten ........ 4 1.3 Individinriktade insatser under året ........ 5 Arbetsförmågebedömning ........ 9 Från skola till arbete ........ 10 2 Ekonomisk redovisning ........ 12 Resultaträkning ........ 13 Balansräkning ........ 14',
      ],
    ],
    [
      'a cover and a contents in capitals',
      [
        'HANDBOK FÖR SAMVERKAN I LÄNET',
        'UTGIVEN AV EXEMPELRÅDET',
        'Innehåll',
        'FÖRORD ........................ 3',
        '1. BAKGRUND OCH SYFTE ........................ 4',
        '2. ANSVARET ÄR FÖRDELAT PÅ FLERA PARTER ........................ 7',
        '3. LAGEN OM FINANSIELL SAMORDNING ........................ 11',
        '3.1 VILKA INSATSER KAN FINANSIERAS ........................ 12',
      ],
    ],
    [
      "a cover's names and affiliations over a contents: two lines are not enough running text on their own",
      [
        '2016-04-08',
        'Epidemiologi- och registercentrum Exempel, Exempelby universitetssjukvård',
        'Exempelvägen 2.0',
        'Anna Provsson, projektledare',
        'Per Exempelsson, enhetschef Epidemiologi- och Registercentrum Exempel/ senior statistiker',
        'Innehåll',
        '1 Sammanfattning ........................ 5',
        '2 Bakgrund ........................ 6',
        '2.1 Sjukförsäkringen och rehabilitering ........................ 6',
        '2.2 De stora patientgrupperna i sjukförsäkringen ........................ 6',
        '2.3 Kultur och hälsa ........................ 7',
        '3. Metod ........................ 9',
        '3.1 Interventionen ........................ 9',
        '3.2 Statistiska överväganden och analys ........................ 10',
      ],
    ],
  ])('a Swedish opening without running text is Swedish by its headings: %s', async (_how, paragraphs) => {
    expect(detectLanguage(await transcriptStructure(paragraphs))).toBe('swe');
  });

  it('headings too few to tell stay undetermined, and an English contents is English', async () => {
    expect(
      detectLanguage(await transcriptStructure(['Årsredovisning 2015', 'Innehåll Förvaltningsberättelse 3 Resultaträkning 5 Balansräkning 6 Noter 7'])),
    ).toBe('und');
    const english = [
      'Final evaluation of the Example Bridge project',
      'Contents Introduction and summary 3 The aims of the European Social Fund 5 Conclusions of the evaluation 8 Results and effects for the participants 12 How the evaluation was carried out 15 The social enterprises and their own descriptions 18',
    ];
    expect(detectLanguage(await transcriptStructure(english))).toBe('eng');
  });

  it('a short Swedish page that writes ä or ö only a couple of times, and æ or ø never, is not Norwegian', async () => {
    const paragraphs = [
      'Projektrapport',
      'Insatsen Vägen Vidare 2017–2019',
      'Samordningsförbundet Exempelbygd',
      'Insatsen avslutades i december 2019. Totalt deltog 84 personer.',
    ];
    expect(detectLanguage(await transcriptStructure(paragraphs))).toBe('swe');
  });

  it('a Norwegian text stays Norwegian', async () => {
    const norwegian =
      'Prosjektet har hatt førtito deltakere i løpet av prosjektperioden, og de fleste hadde vært uten arbeid i mer enn tre år. ' +
      'Arbeidet ble gjort i små grupper sammen med en saksbehandler fra kommunen, og deltakerne kunne være med så lenge de trengte.';
    expect(detectLanguage(await transcriptStructure([norwegian]))).toBe('nob');
  });

  it('English running text stays English', async () => {
    const english =
      'The intervention has taken in forty-two participants over the project period, most of whom had been out of work for ' +
      'more than three years. The work was done in small groups with a caseworker from the municipality and an employment ' +
      'officer, and participants could stay for as long as they needed. Eleven participants have moved on to work or studies.';
    expect(detectLanguage(await transcriptStructure([`5 Resultat ${english}`]))).toBe('eng');
  });
});
