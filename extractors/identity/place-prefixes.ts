/**
 * The words that open a place's name of two words: "Norra Västmanland", "Sydöstra Skåne", "Upplands
 * Väsby", "Lilla Edet", "Västra Götalandsregionen". Any other capitalised word before a place is not
 * its name's (a project's "Lotsen" before "Borås", a person's name in a board table's column beside).
 */
export const PLACE_PREFIXES: readonly string[] = [
  'Norra',
  'Södra',
  'Östra',
  'Västra',
  'Mellersta',
  'Centrala',
  'Mitt',
  'Sydöstra',
  'Sydvästra',
  'Nordöstra',
  'Nordvästra',
  'Övre',
  'Nedre',
  'Inre',
  'Yttre',
  'Stora',
  'Lilla',
  'Upplands',
];
