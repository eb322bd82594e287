/**
 * Sweden's kommuner whose name ends in "s" as it stands ("Västerås", "Bollnäs", "Kramfors"): a
 * förbund named after one keeps the "s" before "styrelse" or "årsredovisning", where "Salems
 * styrelse" is Salem's. A name in Latin's "-us" ("Samordningsförbundet Consensus") keeps it too.
 */
export const PLACES_ENDING_IN_S: ReadonlySet<string> = new Set([
  'Alingsås',
  'Bengtsfors',
  'Bollnäs',
  'Borås',
  'Degerfors',
  'Grums',
  'Hagfors',
  'Hällefors',
  'Höganäs',
  'Kramfors',
  'Munkfors',
  'Mönsterås',
  'Robertsfors',
  'Sotenäs',
  'Storfors',
  'Strängnäs',
  'Torsås',
  'Tranås',
  'Vännäs',
  'Västerås',
]);

/** Whether a name's last word ends in an "s" of its own, not a genitive's. */
export function endsInOwnS(word: string): boolean {
  return PLACES_ENDING_IN_S.has(word) || PLACES_ENDING_IN_S.has(word.charAt(0) + word.slice(1).toLowerCase()) || /\p{L}us$/iu.test(word);
}
