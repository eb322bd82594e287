/**
 * What the förvaltningsberättelse says about the statements' figures: "Årets resultat blev ett
 * överskott på 1,3 Mkr" (an interim report's "Periodens resultat är 150 tkr"), "Utgående eget kapital
 * är 5 232 tkr", "bedrivit verksamhet för 12,1 Mkr".
 * Only a figure stated as the year's level counts: "eget kapital har minskat med 1 718 tkr" and "årets
 * resultat blev 150 tkr bättre än budgeterat" are changes, and an amount with other words between it
 * and the figure's name is about something else.
 */
import type { NarrativeFigure, NarrativeFigureKind } from '../../../schemas/arsredovisning.js';
import type { Money } from '../../../schemas/common.js';
import { findMoney } from '../../parse/index.js';
import { sentences } from '../../text/sentences.js';
import type { ProseText } from '../stated-figures.js';

const B = '(?<![\\p{L}\\d])';
/** The year's end, after the verb too ("uppgick vid årets slut till"); a bare year only before it. */
const YEAR_END = '(?:vid\\s+årets\\s+slut|per\\s+(?:den\\s+)?31\\s+december(?:\\s+\\d{4})?|per\\s+\\d{4}-12-31)';
const VERB = `(?:är|var|blev|uppgår\\s+till|uppgick\\s+till|uppgick|(?:uppgår|uppgick|var|är)\\s+${YEAR_END}(?:\\s+till)?|landade\\s+på|visar|slutade\\s+på)`;
const WHEN = `(?:\\s+(?:${YEAR_END}|\\d{4}(?:-12-31)?|för\\s+\\d{4}))?`;

/** The figure's name, the words allowed before the amount, and the amount right after. */
const PATTERNS: [NarrativeFigureKind, RegExp][] = [
  [
    'result',
    new RegExp(
      `${B}(?:årets\\s+resultat|årets\\s+ekonomiska\\s+resultat|resultatet\\s+för\\s+året|periodens\\s+resultat|resultatet\\s+för\\s+perioden|resultatet)${WHEN}\\s+${VERB}\\s+(?:(?:ett|i\\s+ett)\\s+)?(?:(?<sign>överskott|underskott|positivt\\s+resultat|negativt\\s+resultat)\\s+(?:på|om)\\s+)?$`,
      'iu',
    ),
  ],
  [
    'result',
    new RegExp(
      `${B}(?:samordnings)?förbundet\\s+(?:redovisar|visar|gör|gjorde|redovisade|visade)\\s+ett\\s+(?:(?<sign>överskott|underskott|positivt\\s+resultat|negativt\\s+resultat)|resultat)\\s+(?:på|om)\\s+$`,
      'iu',
    ),
  ],
  [
    'equity',
    new RegExp(
      `${B}(?:(?:utgående\\s+)?eget\\s+kapital(?:et)?|(?:det|förbundets|samordningsförbundets)\\s+egna\\s+kapital(?:et)?)${WHEN}\\s+${VERB}\\s+$`,
      'iu',
    ),
  ],
  [
    'costs',
    new RegExp(
      `${B}(?:bedrivit|bedrev|bedriver|finansierat)?\\s*verksamhet\\s+för\\s+$|${B}(?:verksamhetens|totala|årets|(?:samordnings)?förbundets(?:\\s+totala)?)\\s+kostnader(?:na)?(?:\\s+för\\s+året)?${WHEN}\\s+${VERB}\\s+$`,
      'iu',
    ),
  ],
];

/** The words a figure's name takes in the patterns above, for the sentences that put the verb first. */
const RESULT_NAME = '(?:årets\\s+resultat|periodens\\s+resultat|resultatet)';
const EQUITY_NAME = '(?:(?:utgående\\s+)?eget\\s+kapital(?:et)?|(?:det|förbundets|samordningsförbundets)\\s+egna\\s+kapital(?:et)?)';
/** A day of the period's end, in an interim report: "Per den 31 augusti", "Per 2021-08-31". */
const PERIOD_END = '(?:per\\s+(?:den\\s+)?\\d{1,2}\\s+\\p{L}+(?:\\s+\\d{4})?|per\\s+\\d{4}-\\d{2}-\\d{2})';

/**
 * The verb before the name, as Swedish puts it after a time or a conclusion that opens the sentence:
 * "Vid årets slut uppgick det egna kapitalet till …", "Därmed blev årets resultat …", in an interim
 * report "Per den 31 augusti uppgick eget kapital till …". Only from the sentence's start, so that no
 * other time ("Vid årets början …", "Föregående år var resultatet …") can stand before it.
 */
function verbFirst(interim: boolean): [NarrativeFigureKind, RegExp][] {
  const opening = `(?:${interim ? PERIOD_END : YEAR_END}|därmed|sammantaget|totalt)`;
  const verb = '(?:uppgick|uppgår|var|är|blev|landade)';
  return [
    [
      'result',
      new RegExp(`^${opening}\\s+${verb}\\s+${RESULT_NAME}\\s+(?:till\\s+|på\\s+)?(?:(?:ett\\s+)?(?<sign>överskott|underskott)\\s+(?:på|om)\\s+)?$`, 'iu'),
    ],
    ['equity', new RegExp(`^${opening}\\s+${verb}\\s+${EQUITY_NAME}\\s+(?:till\\s+)?$`, 'iu')],
  ];
}

/** Every pattern, for an annual report and for an interim report: made once, not for each amount read. */
const ANNUAL_PATTERNS = [...PATTERNS, ...verbFirst(false)];
const INTERIM_PATTERNS = [...PATTERNS, ...verbFirst(true)];

/**
 * After the amount, words that make it a difference, not the figure's level: "Årets resultat blev 150
 * tkr bättre än budgeterat", "Det egna kapitalet är 500 tkr högre än föregående år", "… 80 tkr över budget".
 */
const COMPARED =
  /^\s*(?:(?:bättre|sämre|högre|lägre|mer|mindre|större|starkare|svagare)\s+än|(?:över|under)\s+(?:budget|budgeterat|plan|föregående|fjolårets|förra))(?![\p{L}])/iu;

/** "Prognosen för årets resultat är 200 tkr", "Budgeterat eget kapital …": a figure foreseen or planned, not stated. */
const FORECAST = /prognos|budget|beräkna|förväntat|planerat/iu;
/** How far before the figure's name its forecast word may stand ("Enligt prognosen för helåret blir …"). */
const FORECAST_REACH = 30;

/** The year's end's words, where an interim report states the figure of its own period's end. */
const NAMES_YEAR_END = new RegExp(YEAR_END, 'iu');

/**
 * The figures stated of the report's year: one whose words name another year ("Eget kapital 2020 var
 * …") is last year's. In an interim report, one of the year's end ("Det egna kapitalet per den 31
 * december uppgick till …") is last year's end's, or a forecast, not the period's.
 */
export function readNarrativeFigures(texts: ProseText[], year: number | null, options: { interim: boolean } = { interim: false }): NarrativeFigure[] {
  const found: NarrativeFigure[] = [];
  const patterns = options.interim ? INTERIM_PATTERNS : ANNUAL_PATTERNS;
  for (const prose of texts) {
    for (const sentence of sentences(prose.text)) {
      for (const money of findMoney(sentence.text)) {
        if (COMPARED.test(sentence.text.slice(money.end))) continue;
        const before = sentence.text.slice(0, money.start);
        for (const [figure, pattern] of patterns) {
          const match = before.match(pattern);
          if (!match) continue;
          if (figure === 'equity' && /ingående/iu.test(before.slice(Math.max(0, (match.index ?? 0) - 12), (match.index ?? 0) + 10))) continue;
          if (FORECAST.test(before.slice(Math.max(0, (match.index ?? 0) - FORECAST_REACH), match.index ?? 0))) continue;
          if (namesAnotherYear(match[0], year)) continue;
          if (options.interim && NAMES_YEAR_END.test(match[0])) continue;
          const evidence = { ...prose.evidence, text: sentence.text };
          found.push({ figure, amount: { ...signed(money.value, match.groups?.sign), evidence }, evidence });
          break;
        }
      }
    }
  }
  return found;
}

function namesAnotherYear(words: string, year: number | null): boolean {
  return [...words.matchAll(/(?<!\d)((?:19|20)\d{2})(?!\d)/gu)].some((found) => Number(found[1]) !== year);
}

/** An underskott is negative, an överskott positive; otherwise the amount's own sign. */
function signed(money: Money, sign: string | undefined): Money {
  if (!sign) return money;
  const negative = /underskott|negativ/iu.test(sign);
  const sek = negative ? -Math.abs(money.sek) : Math.abs(money.sek);
  return { ...money, sek: sek === 0 ? 0 : sek };
}
