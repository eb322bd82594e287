/**
 * The opening's words as a title is compared: folded (kind-words.ts), a title printed letter-spaced
 * read as its word, and a report's kind said in two words read as the one.
 */
import { foldedWord, REPORT_WORDS } from './kind-words.js';

/** The words as keys, one per word (a key emptied where its word was read into the one before). */
export function titleKeys(words: readonly string[]): string[] {
  return twoWordKinds(spacedLetters(words.map(foldedWord)));
}

const MAX_FRAGMENTS = 12;
const MAX_FRAGMENT_LETTERS = 8;

/**
 * A title printed letter-spaced comes out of a transcript as fragments ("S LUTRAP P O RT", "Å R S
 * R E D O V I S N I N G"): a run of short capitalised fragments that together spell a report's name is
 * that word, at the run's first position (the rest keep their place, emptied).
 */
function spacedLetters(keys: string[]): string[] {
  const out = [...keys];
  for (let start = 0; start < keys.length; start++) {
    let joined = '';
    for (let end = start; end < keys.length && end < start + MAX_FRAGMENTS && (keys[end] ?? '').length <= MAX_FRAGMENT_LETTERS; end++) {
      joined += keys[end] ?? '';
      if (end > start && REPORT_WORDS.some((entry) => entry.stems.some((stem) => joined === stem))) {
        out[start] = joined;
        for (let emptied = start + 1; emptied <= end; emptied++) out[emptied] = '';
        start = end;
        break;
      }
    }
  }
  return out;
}

/**
 * A report's kind said in two words, read as the one word (the second emptied): "Avslutande rapport i
 * den lärande utvärderingen av …" and "Slutlig rapport" a final report, "Slutlig utvärdering av …" and
 * "Avslutande utvärderingsrapport" a final evaluation, "En utvärderande studie av ett projekt" an evaluation.
 */
const TWO_WORD_KINDS: { first: RegExp; second: RegExp; as: string }[] = [
  { first: /^(?:avslutande|slutlig|slutliga)$/u, second: /^rapport(?:en)?$/u, as: 'slutrapport' },
  { first: /^(?:avslutande|slutlig|slutliga)$/u, second: /^utvardering(?:en|s?rapport(?:en)?)?$/u, as: 'slututvardering' },
  { first: /^utvarderande$/u, second: /^(?:studie|studien|rapport|rapporten|granskning)$/u, as: 'utvardering' },
];

function twoWordKinds(keys: string[]): string[] {
  const out = [...keys];
  for (let index = 0; index + 1 < keys.length; index++) {
    const phrase = TWO_WORD_KINDS.find(({ first, second }) => first.test(keys[index] ?? '') && second.test(keys[index + 1] ?? ''));
    if (phrase) {
      out[index] = phrase.as;
      out[index + 1] = '';
    }
  }
  return out;
}
