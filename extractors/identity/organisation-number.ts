/**
 * The förbund's organisationsnummer as the text writes it. Samordningsförbund are registered as
 * 222000-xxxx; a landsting's 232100-… on a letterhead is another body's. The dash may be any a
 * word processor sets, and the first six digits may be grouped ("222 000-1784"); ten digits
 * without a dash are a number only right after its label ("Organisationsnummer 2220001784"),
 * since elsewhere they may be anything.
 */
const DASH = '\\s?[-\\u2010-\\u2015\\u2212]\\s?';
const DASHED = new RegExp(`(?<![\\d-])(222\\s?0\\d{2})${DASH}(\\d{4})(?![\\d-])`, 'u');
const LABELLED = /(?<![\p{L}])(?:org(?:anisations)?\.?\s?(?:nr|nummer)\.?|orgnr\.?)\s*:?\s*(2220\d{2})(\d{4})(?![\d-])/iu;

export interface OrganisationNumberFound {
  /** "222000-1784" */
  value: string;
  index: number;
  /** As written. */
  text: string;
}

export function findOrganisationNumber(text: string): OrganisationNumberFound | null {
  const found = [text.match(DASHED), text.match(LABELLED)]
    .filter((match): match is RegExpMatchArray & { index: number } => match?.index !== undefined)
    .sort((a, b) => a.index - b.index)[0];
  if (!found) return null;
  return { value: `${(found[1] ?? '').replace(/\s/gu, '')}-${found[2] ?? ''}`, index: found.index, text: found[0] };
}
