/** Fuzzy text for Swedish form labels and intervention names (natural's submodules, never its index); sentences of running text. */
export { labelMatches, type LabelMatchOptions, labelScore, type LabelScore } from './label.js';
export { matchNames, type NameMatch, type NameMatchOptions, nameSimilarity } from './names.js';
export { foldDiacritics, normalizeForMatch, stripGluedFootnotes } from './normalize.js';
export { ocrTokenSimilarity, shapeFolded } from './ocr-similarity.js';
export { distinguishingNames } from './places.js';
export { clauseAround, sentenceAt, sentences, type Span } from './sentences.js';
export { type MatchToken, matchToken, tokenSimilarity } from './similarity.js';
export { contentTokens, stem, STOPWORDS, tokenize } from './tokens.js';
