/**
 * Participant statements as reports write them, each in a short annual report and a short final
 * report read as .docx and as PDF by the real pipeline: the findings each must give, exactly. A
 * split that adds up once its people of no stated gender are counted gives none; one that does
 * not add up gives its one finding.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../fixtures/build/docx/index.js';
import { corpusDocx, corpusPdfkit } from '../../fixtures/build/corpus/render.js';
import { processFile } from '../../pipeline/process-file.js';
import { PipelineConfig } from '../../schemas/config.js';

const ANNUAL = ['Årsredovisning 2019', 'Samordningsförbundet Exempelbygden', 'Förvaltningsberättelse'];
const FINAL = ['Slutrapport', 'Projekt Exempelsteget', 'Samordningsförbundet Exempelbygden'];

const CASES: [string, string[], string, string[]][] = [
  ['annual', ANNUAL, 'Under året har förbundets insatser nått totalt 412 deltagare, varav 230 kvinnor, 180 män och 2 med annan könsidentitet.', []],
  ['annual', ANNUAL, 'Förbundets insatser har under året nått 64 personer (30 kvinnor och 33 män, en person har inte uppgett kön).', []],
  ['annual', ANNUAL, 'Förbundet har finansierat insatser för 50 personer, varav 25 kvinnor, 24 män och 1 ickebinär.', []],
  ['annual', ANNUAL, 'Förbundets insatser nådde 12 deltagare, 6 kvinnor och 6 män, som svarade på en anonym enkät.', []],
  ['annual', ANNUAL, 'Förbundets insatser nådde 12 deltagare, 5 kvinnor och 6 män, som svarade på en anonym enkät.', ['gender-sum-mismatch']],
  ['annual', ANNUAL, 'Under året har förbundets insatser nått totalt 412 deltagare, varav 230 kvinnor och 180 män.', ['gender-sum-mismatch']],
  // The rest counted in the sentence right after: no finding when it makes the total up, one when it does not.
  ['annual', ANNUAL, 'Under året har 310 personer deltagit, varav 170 kvinnor och 138 män. Två deltagare saknar uppgift om kön.', []],
  ['annual', ANNUAL, 'Under året har 310 personer deltagit, varav 170 kvinnor och 130 män. Två deltagare saknar uppgift om kön.', ['gender-sum-mismatch']],
  ['annual', ANNUAL, 'Under året har 310 personer deltagit i förbundets insatser (165 kvinnor, 140 män och 5 som valt att inte uppge kön).', []],
  [
    'annual',
    ANNUAL,
    'Under året har 310 personer deltagit i förbundets insatser (165 kvinnor, 140 män och 4 som valt att inte uppge kön).',
    ['gender-sum-mismatch'],
  ],
  ['final', FINAL, 'Totalt deltog 64 personer i projektet, varav 30 kvinnor och 32 män. För två deltagare saknas uppgift om kön.', []],
  ['final', FINAL, 'Totalt deltog 64 personer i projektet, varav 30 kvinnor och 32 män. Två deltagare saknade uppgift om kön.', []],
  ['final', FINAL, 'Totalt deltog 64 personer i projektet, 30 kvinnor och 32 män samt 2 personer som definierar sig som icke-binära.', []],
  ['annual', ANNUAL, 'Under året har förbundets insatser nått 120 deltagare (70 kvinnor, 48 män och 2 övriga).', []],
  // A further group in the same enumeration makes the total up; one in the next sentence is more people.
  ['annual', ANNUAL, 'Under året har 230 personer deltagit i förbundets insatser, 130 kvinnor och 90 män samt 10 ungdomar under 18 år.', []],
  [
    'annual',
    ANNUAL,
    'Under året har 230 personer deltagit i förbundets insatser, 130 kvinnor och 90 män samt 15 ungdomar under 18 år.',
    ['gender-sum-mismatch'],
  ],
  [
    'annual',
    ANNUAL,
    'Under året har 230 personer deltagit i förbundets insatser, 130 kvinnor och 90 män. Därutöver deltog 10 anhöriga.',
    ['gender-sum-mismatch'],
  ],
  ['annual', ANNUAL, 'Under året har förbundets insatser nått 120 deltagare (70 kvinnor, 48 män och 3 övriga).', ['gender-sum-mismatch']],
  ['annual', ANNUAL, 'Under året har förbundets insatser nått 120 deltagare, varav 70 kvinnor och 48 män. För 2 deltagare är kön okänt.', []],
  ['final', FINAL, 'Totalt deltog 64 personer i projektet, varav 30 kvinnor, 33 män och en person med okänt kön.', []],
  ['final', FINAL, 'Totalt deltog 64 personer i projektet, varav 30 kvinnor och 30 män.', ['gender-sum-mismatch']],
  // The genders split by a slash.
  ['annual', ANNUAL, 'Totalt deltog 410 personer i förbundets insatser (230 kvinnor/180 män).', []],
  ['annual', ANNUAL, 'Totalt deltog 410 personer i förbundets insatser (230 kvinnor/170 män).', ['gender-sum-mismatch']],
  // A breakdown after two totals: of the one it makes up.
  ['annual', ANNUAL, 'Totalt 410 deltagare: 120 unga under 30 år, 290 över 30 år, varav 230 kvinnor och 180 män.', []],
  ['annual', ANNUAL, 'Totalt 410 deltagare: 120 unga under 30 år, 290 över 30 år, varav 230 kvinnor och 170 män.', ['gender-sum-mismatch']],
  // The rest of a breakdown in a word of its own: "ej angivet", "okänt".
  ['annual', ANNUAL, 'Under 2019 deltog 410 deltagare (230 kvinnor, 170 män, 10 ej angivet) i förbundets insatser.', []],
  ['annual', ANNUAL, 'Under 2019 deltog 410 deltagare (230 kvinnor, 170 män och 10 okänt) i förbundets insatser.', []],
  ['annual', ANNUAL, 'Under 2019 deltog 410 deltagare (230 kvinnor, 170 män och 5 okänt) i förbundets insatser.', ['gender-sum-mismatch']],
  // The label before its figure, as a form writes it.
  ['final', FINAL, 'Deltagare\nKvinnor: 230, Män: 180, Totalt: 410.', []],
  ['final', FINAL, 'Deltagare\nKvinnor: 230, Män: 170, Totalt: 410.', ['gender-sum-mismatch']],
  ['final', FINAL, 'Antal deltagare: 410 (kvinnor 230, män 180).', []],
  ['final', FINAL, 'Antal deltagare: 410 (kvinnor 230, män 170).', ['gender-sum-mismatch']],
  ['annual', ANNUAL, 'Totalt antal deltagare: 64, varav kvinnor: 30, män: 32 och ej angivet: 2.', []],
  ['annual', ANNUAL, 'Totalt antal deltagare: 64, varav kvinnor: 30, män: 30 och ej angivet: 2.', ['gender-sum-mismatch']],
  // A label that says it counts, without a colon: the breakdown is its total's, not the new people's.
  ['annual', ANNUAL, 'Antal deltagare 410, varav 120 nya deltagare, 230 kvinnor och 180 män.', []],
  ['annual', ANNUAL, 'Antal deltagare 410, varav 120 nya deltagare, 230 kvinnor och 170 män.', ['gender-sum-mismatch']],
  // The genders by their capital letters.
  ['annual', ANNUAL, 'Under året deltog 410 personer (K 230, M 180) i förbundets insatser.', []],
  ['annual', ANNUAL, 'Under året deltog 410 personer (K 230, M 170) i förbundets insatser.', ['gender-sum-mismatch']],
  // A form's fields typed one under the other, as lines of one paragraph or as paragraphs of their own.
  ['annual', ANNUAL, 'Antal deltagare: 410\nKvinnor: 230\nMän: 180', []],
  ['annual', ANNUAL, 'Antal deltagare: 410\nKvinnor: 230\nMän: 170', ['gender-sum-mismatch']],
  ['annual', ANNUAL, 'Antal deltagare: 410\n\nKvinnor: 230\n\nMän: 180', []],
  ['annual', ANNUAL, 'Antal deltagare: 410\n\nKvinnor: 230\n\nMän: 170', ['gender-sum-mismatch']],
  ['final', FINAL, 'Antal deltagare: 64\n\nVarav kvinnor: 30\n\nVarav män: 34', []],
  ['final', FINAL, 'Antal deltagare: 64\n\nVarav kvinnor: 30\n\nVarav män: 30', ['gender-sum-mismatch']],
  // Ages and shares after a gender's label are no split.
  ['annual', ANNUAL, 'Totalt antal deltagare: 64. Medelålder kvinnor: 34 år, män: 38 år. Kvinnor: 52 %, män: 48 %.', []],
];

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rapportkoll-gender-splits-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('participant splits through the pipeline: the findings each gives, exactly', () => {
  it.each(
    CASES.flatMap(([kind, opening, sentence, findings]) => (['docx', 'pdf'] as const).map((format) => [kind, format, sentence, opening, findings] as const)),
  )('%s report (%s): %s', async (_kind, format, sentence, opening, findings) => {
    const text = [...opening, sentence].join('\n\n');
    const path = join(dir, `${String(CASES.findIndex((entry) => entry[2] === sentence))}-${_kind}.${format}`);
    await writeFile(path, format === 'docx' ? new Uint8Array(await buildDocx(corpusDocx(text))) : await corpusPdfkit(text));
    const result = await processFile(path, PipelineConfig.parse({}));
    expect(result.status).toBe('ok');
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
