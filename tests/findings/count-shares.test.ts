/**
 * Shares of a count stated beside both counts ("30 av 65 deltagare (46 %)"), in a short annual
 * report and a short final report read as .docx and as PDF by the real pipeline: the findings each
 * must give, exactly. A share rounded either way gives none; one that is off gives its one finding;
 * a share whose whole is not beside it, or of amounts, is not this rule's.
 */
import { describe, expect, it } from 'vitest';
import { buildDocx } from '../../fixtures/build/docx/index.js';
import { corpusDocx, corpusPdfkit } from '../../fixtures/build/corpus/render.js';
import { inFormats, processReport, reportFolder } from './support/report-files.js';

const ANNUAL = ['Årsredovisning 2021', 'Samordningsförbundet Exempelbygden', 'Förvaltningsberättelse'];
const FINAL = ['Slutrapport', 'Projekt Exempelsteget', 'Samordningsförbundet Exempelbygden', 'Resultat'];

const CASES: [string, string[], string, string[]][] = [
  ['final', FINAL, 'Av projektets deltagare har 30 av 65 (46 %) gått vidare till arbete eller studier.', []],
  ['final', FINAL, 'Av projektets deltagare har 30 av 65 (52 %) gått vidare till arbete eller studier.', ['count-percentage-mismatch']],
  ['final', FINAL, 'Av de 86 deltagarna har 69 (80 %) minskat sin sjukskrivningsgrad efter tolv månader.', []],
  ['final', FINAL, 'Av de 86 deltagarna har 69 (89 %) minskat sin sjukskrivningsgrad efter tolv månader.', ['count-percentage-mismatch']],
  ['annual', ANNUAL, 'Enkäten besvarades av personalen: 79 % (75 av 95) svarade att samverkan fungerar till mycket stor del.', []],
  ['annual', ANNUAL, 'Enkäten besvarades av personalen: 70 % (75 av 95) svarade att samverkan fungerar till mycket stor del.', ['count-percentage-mismatch']],
  ['annual', ANNUAL, 'Under året deltog 64 deltagare, varav 30 kvinnor (47 %), i förbundets insatser.', []],
  ['annual', ANNUAL, 'Under året deltog 64 deltagare, varav 30 kvinnor (57 %), i förbundets insatser.', ['count-percentage-mismatch']],
  // Not a share of both counts beside it: no finding whatever its figure.
  ['annual', ANNUAL, 'Under året avslutades 130 deltagare, av dessa började 52 personer arbeta. Det motsvarar 60 procent av de avslutade.', []],
  ['annual', ANNUAL, 'Av förbundets medel har 500 tkr av 1 000 tkr (70 %) använts till insatser.', []],
  ['final', FINAL, 'Projektet nådde 30 av 65 deltagare (ca 52 %) i målgruppen.', []],
  ['final', FINAL, 'Projektet nådde ca 300 av 650 personer (48 %) i målgruppen.', []],
  ['final', FINAL, 'Av 65 deltagare var 30 (25 %) av samtliga 120 inskrivna i arbete vid avslut.', []],
];

const folder = reportFolder('count-shares');

/** A report of the kind's opening and the sentence, as .docx or as PDF, through the real pipeline. */
async function read(name: string, format: 'docx' | 'pdf', opening: string[], sentence: string) {
  const text = [...opening, sentence].join('\n\n');
  return processReport(folder(), name, format, format === 'docx' ? new Uint8Array(await buildDocx(corpusDocx(text))) : await corpusPdfkit(text));
}

describe('shares of counts through the pipeline: the findings each gives, exactly', () => {
  it.each(
    inFormats(
      CASES.map(([kind, opening, sentence, findings]) => [sentence, kind, opening, findings] as [string, string, string[], string[]]),
      ['docx', 'pdf'] as const,
    ),
  )('%s (%s)', async (sentence, format, kind, opening, findings) => {
    const result = await read(`${String(CASES.findIndex((entry) => entry[2] === sentence))}-${kind}`, format, opening, sentence);
    expect(result).toMatchObject({ status: 'ok', kind: kind === 'final' ? 'slutrapport' : 'arsredovisning' });
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });

  it('says what is off in Swedish, with the sentence as evidence', async () => {
    const [finding] = (await read('message', 'docx', FINAL, CASES[1]?.[2] ?? '')).findings;
    expect(finding?.message).toBe(
      '”30 av 65 (52 %)”: 30 av 65 är 46,2\u00a0%, men texten anger 52\u00a0% (skillnad 5,8 procentenheter; tolerans ±1 procentenhet för avrundning)',
    );
    expect(finding?.evidence[0]?.text).toBe(CASES[1]?.[2]);
  });
});
