import type { ScopedCount } from '../../schemas/arsredovisning.js';
import type { Count, Evidence } from '../../schemas/common.js';
import { type CountOptions, findCounts } from '../parse/index.js';
import { clauseAround } from '../text/sentences.js';

export type Scope = ScopedCount['scope'];

/** A count with the statement it was read from ("Totalt har insatsen haft 35 deltagare, …"). */
export interface CountInText {
  count: Count;
  /** The whole statement: what `count.text` is set to. */
  statement: string;
  /** The statement without the figures: what is counted ("Totalt har insatsen haft"). */
  remainder: string;
  scope: Scope;
}

/** Word boundaries that know å, ä and ö (\b does not). */
const B = '(?<![\\p{L}\\d])';
const E = '(?![\\p{L}\\d])';
const COMPLETED = new RegExp(`${B}(?:avslutat|avslutade|avslutats|slutfört|fullföljt|fullföljde)${E}`, 'iu');
/**
 * "År 2021", "under 2021", "under året"; a year that opens the statement ("2020 nådde våra insatser
 * totalt …") or heads the figure ("Antal deltagare 2023: 41").
 */
const YEAR = new RegExp(`^(?:19|20)\\d{2}${E}|${B}(?:år|under|i)\\s+(?:19|20)\\d{2}${E}|${B}(?:19|20)\\d{2}\\s*:|${B}(?:under året|i år)${E}`, 'iu');
const TOTAL = new RegExp(
  `${B}(?:totalt|sammantaget|sammanlagt|sedan start(?:en)?|sedan (?:19|20)\\d{2}|under (?:hela )?(?:insatstiden|projekttiden|perioden))${E}`,
  'iu',
);

/**
 * Every participant count in a text with the scope its statement gives: who completed
 * ("avslutat"), the year's ("År 2021", "under året"), or everyone so far ("Totalt", "Sammantaget").
 * `defaultScope` is what a statement that says none of these counts; `options.ocr` for text read
 * by OCR, where a gender word misread beside the other gender counts (parse/count.ts).
 */
export function countsIn(text: string, defaultScope: Scope, options: CountOptions = {}): CountInText[] {
  return findCounts(text, options).map((found) => {
    const clause = clauseAround(text, found.start, found.end);
    const statement = clause.text.replace(/\s+/g, ' ').trim();
    const scope: Scope = COMPLETED.test(statement) ? 'completed' : YEAR.test(statement) ? 'year' : TOTAL.test(statement) ? 'total' : defaultScope;
    const remainder = (text.slice(clause.start, found.start) + text.slice(found.end, clause.end))
      .replace(/\s+/g, ' ')
      .replace(/\s+([,.])/g, '$1')
      .replace(/^[\s,.;:]+|[\s,.;:]+$/gu, '')
      .trim();
    return { count: { ...found.value, text: statement }, statement, remainder, scope };
  });
}

export function withEvidence<C extends Count>(count: C, evidence: Evidence): C {
  return { ...count, evidence: { ...evidence, text: count.text } };
}
