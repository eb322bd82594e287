/**
 * The förbund's members as a sentence lists them: "med Arbetsförmedlingen, … och kommunerna Bollnäs,
 * … som medlemmar", "Medlemmar i förbundet är kommunerna Gagnef, Leksand och Rättvik, …", "bildat
 * av parterna Malung-Sälens kommun, Vansbro kommun, Landstinget Dalarna, …", "finansiell samordning
 * mellan Försäkringskassan, Arbetsförmedlingen, Landstinget i Kalmar län och länets tolv kommuner".
 * A list counts when its items are bodies that can be members (kommuner, a region or landsting,
 * Försäkringskassan, Arbetsförmedlingen, Länsarbetsnämnden).
 */

const LEADS = [
  /\bmed\s+(.+?)\s+som\s+(?:förbunds)?medlemmar\b/u,
  /\b(?:förbunds)?medlemmar(?:na)?(?:\s+i\s+(?:samordnings)?förbundet)?\s+(?:är|utgörs\s+av|består\s+av)\s+(.+)$/iu,
  /\bbildat(?:s)?\s+av\s+(?:parterna\s+|medlemmarna\s+)?(.+)$/u,
  /\bbildades\s+av\s+(?:parterna\s+|medlemmarna\s+)?(.+)$/u,
  /\bsamordning\s+(?:av\s+rehabilitering(?:sinsatser)?\s+)?mellan\s+(.+)$/u,
  /\bI\s+förbundet\s+ingår\s+(.+)$/u,
];

/** Words that make an item a body that can be a member. */
const MEMBER_WORD =
  /(?:kommun|kommuner|kommunerna|kommunen|region|regionen|landsting|landstinget|försäkringskassan|arbetsförmedlingen|länsarbetsnämnden|götalandsregionen)\b/iu;
const MUNICIPALITIES = /^(?:länets\s+|de\s+)?(?:medlems)?kommuner(?:na)?\s+(?=\p{Lu})/iu;
const SEPARATOR = /\s*,\s*|\s+och\s+|\s+samt\s+|\s*;\s*/u;
const MAX_ITEM_WORDS = 5;

/** The members a sentence lists, or null when it lists none. */
export function membersIn(sentence: string): string[] | null {
  for (const lead of LEADS) {
    const listed = sentence.match(lead)?.[1];
    if (!listed) continue;
    const items = itemsOf(listed);
    if (items) return items;
  }
  return null;
}

function itemsOf(listed: string): string[] | null {
  // The list ends where the sentence goes on: at its end, or at a verb phrase after it.
  const list =
    listed
      .replace(/\s+/gu, ' ')
      .replace(/[.:]$/u, '')
      .split(/\s(?:och\s+)?(?:som|där|vilka|sedan|i\s+enlighet|enligt|genom|från\s+och\s+med)\s/u)[0] ?? '';
  const raw = list
    .split(SEPARATOR)
    .map((item) => item.trim())
    .filter((item) => item !== '');
  const items: string[] = [];
  let municipalities = false;
  let bodies = 0;
  for (const item of raw) {
    let name = item;
    if (MUNICIPALITIES.test(name)) {
      name = name.replace(MUNICIPALITIES, '');
      municipalities = true;
    }
    const body = MEMBER_WORD.test(name) && name.split(' ').length <= MAX_ITEM_WORDS;
    // After "kommunerna", bare place names are kommuner ("Lysekil, Munkedal och Strömstad").
    if (!body && !(municipalities && /^\p{Lu}[\p{L}-]*(?:\s\p{Lu}[\p{L}-]*)?$/u.test(name))) {
      // A transcript runs the list into the next heading: "… och Strömstad ÅRSREDOVISNING med …".
      const place = municipalities ? name.match(/^\p{Lu}\p{Ll}[\p{L}-]*(?=\s\p{Lu}{2,})/u)?.[0] : undefined;
      if (place) items.push(place);
      return items.length >= 2 && bodies >= 2 ? items : null;
    }
    if (body) bodies++;
    items.push(name);
  }
  return items.length >= 2 && bodies >= 2 ? items : null;
}
