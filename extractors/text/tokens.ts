import PorterStemmerSv from 'natural/lib/natural/stemmers/porter_stemmer_sv.js';
import AggressiveTokenizerSv from 'natural/lib/natural/tokenizers/aggressive_tokenizer_sv.js';
import { stripGluedFootnotes } from './normalize.js';

const tokenizer = new AggressiveTokenizerSv();

/**
 * Function words that say nothing about which label or intervention a text is. natural's own
 * Swedish list is far longer and drops words that matter here ("efter", "mindre", "del").
 */
export const STOPWORDS = new Set([
  'och',
  'i',
  'av',
  'for',
  'för',
  'att',
  'pa',
  'på',
  'med',
  'till',
  'fran',
  'från',
  'om',
  'den',
  'det',
  'de',
  'en',
  'ett',
  'som',
  'samt',
  'eller',
  'vid',
  'inom',
  'under',
  'per',
  'ex',
  'mm',
  'm',
]);

/**
 * Lower-case word tokens by natural's Swedish aggressive tokenizer. Version numbers stay one
 * token ("2.0") and glued footnote digits are dropped first ("Ockelbo2" → "ockelbo").
 */
export function tokenize(text: string): string[] {
  const prepared = stripGluedFootnotes(text).replace(/(\d)[.,](\d)/g, '$1_$2');
  return tokenizer
    .tokenize(prepared)
    .map((token) =>
      token
        .toLowerCase()
        .replace(/^-+|-+$/g, '')
        .replace(/(\d)_(\d)/g, '$1.$2'),
    )
    .filter((token) => token !== '');
}

/** Swedish Porter stem (natural's porter_stemmer_sv). */
export function stem(token: string): string {
  return PorterStemmerSv.stem(token.toLowerCase());
}

/** Tokens without function words. */
export function contentTokens(text: string): string[] {
  return tokenize(text).filter((token) => !STOPWORDS.has(token));
}
