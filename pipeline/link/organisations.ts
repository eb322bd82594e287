import { contentTokens, foldDiacritics, nameSimilarity } from '../../extractors/text/index.js';

/** Words every förbund's name has: "Samordningsförbundet Älvkusten" is told apart by "Älvkusten" alone. */
const FORBUND_WORDS = new Set(['samordningsforbund', 'samordningsforbundet', 'samordningsforbundets', 'finsam', 'forbund', 'forbundet', 'forbundets']);

const SAME_ORGANISATION = 0.8;

function distinctive(name: string): string {
  return contentTokens(name)
    .filter((token) => !FORBUND_WORDS.has(foldDiacritics(token)))
    .join(' ');
}

/**
 * Whether two annual reports can be of the same förbund: "Samordningsförbund Gävleborg" and
 * "Samordningsförbundet Gävleborg" can, "… Älvkusten" and "… Fjällbygden" cannot. An unknown
 * organisation (null, or nothing but "Samordningsförbundet") rules nothing out.
 */
export function sameOrganisation(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [left, right] = [distinctive(a), distinctive(b)];
  if (left === '' || right === '') return true;
  return nameSimilarity(left, right) >= SAME_ORGANISATION;
}
