/**
 * A finding's message, in either language, says everything its data holds and nothing it does
 * not: no placeholder left unfilled, no "undefined", "NaN" or "[object Object]" from a missing or
 * mistyped field, and the two languages are different texts (a message not yet translated would
 * be the English one twice).
 */
import type { Lang } from '../../../schemas/config.js';

/** What a message built from incomplete data shows. */
const UNFILLED = [/\bundefined\b/, /\bNaN\b/, /\bnull\b/, /\bInfinity\b/, /\[object \w+\]/, /\$\{/, /\{\{|\}\}/, /\{[a-z][A-Za-z]*\}/];

/** Words only an English message has: a Swedish message containing one was left untranslated. */
const ENGLISH_ONLY = /\b(?:the|but|and|of|is|are|says|difference|rounding|between|than)\b/;

/** The problems with one wording, or [] when there are none. */
export function wordingProblems(message: string, lang: Lang): string[] {
  const problems = UNFILLED.filter((pattern) => pattern.test(message)).map((pattern) => `unfilled placeholder (${String(pattern)})`);
  if (message.trim() === '') problems.push('empty');
  if (lang === 'sv' && ENGLISH_ONLY.test(message)) problems.push(`English word in the Swedish message (${ENGLISH_ONLY.exec(message)?.[0] ?? ''})`);
  return problems;
}

/** Throws, naming the rule and the problem, unless both languages word `data` cleanly and differently. */
export function assertWellWorded<Data>(ruleId: string, messages: Record<Lang, (data: Data) => string>, data: Data): void {
  const sv = messages.sv(data);
  const en = messages.en(data);
  const problems = [
    ...wordingProblems(sv, 'sv').map((problem) => `sv: ${problem}: ${sv}`),
    ...wordingProblems(en, 'en').map((problem) => `en: ${problem}: ${en}`),
  ];
  if (sv === en) problems.push(`the Swedish and English messages are the same text: ${sv}`);
  if (problems.length > 0) throw new Error(`${ruleId}: ${problems.join('\n')}`);
}

/** A Swedish message as a test writes it: "~" stands for the no-break space of Swedish figures (nb`1~250~000~kr`). */
export function nb(strings: TemplateStringsArray, ...values: unknown[]): string {
  return String.raw({ raw: strings }, ...values).replaceAll('~', '\u00a0');
}

/** A finding's message as its rule words it in Swedish, from the same data the English one is built from. */
export function inSwedish<Data>(rule: { meta: { messages: Record<Lang, (data: Data) => string> } }, finding: { data: Data } | undefined): string | undefined {
  return finding && rule.meta.messages.sv(finding.data);
}
