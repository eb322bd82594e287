/**
 * The samordningsförbund a text names, as it writes it: "Samordningsförbundet i Kalmar län",
 * "Nedansiljans samordningsförbund", "Finsam i Malmö", "Samordningsförbundet Ale, Kungälv,
 * Stenungsund och Tjörn", "Samordningsförbundet Östra Östergötland, SAMÖÖ". A name is the word
 * for a förbund and the names of places (or an acronym) that follow or precede it; the words of a
 * cover that come next (Slutrapport, Org.nr, Projekt, an address) are not part of it.
 */

import { PLACE_PREFIXES } from './place-prefixes.js';
import { endsInOwnS } from './places-ending-in-s.js';

/**
 * "Samordningsförbundet", "samordnings-förbundet", "Samordningsförbunden" (two förbund), "Finsam";
 * with its "ö" read as "o", as an OCR engine or a transcript without diacritics gives it
 * ("SAMORDNINGSFORBUNDET", beside "ARSREDOVISNING").
 */
const HEAD = /(?<![\p{L}\d-])(?:[Ss]amordnings-?\s?f[öo]rbund(?:et|en)?|SAMORDNINGSF[ÖO]RBUND(?:ET|EN)?|FINSAM|Finsam)(?![\p{L}\d])/gu;
/** The word before a two-word place in the genitive ("Norra Västmanlands", "NORRA …" on a cover in capitals). */
const REGION_PREFIX = `(?:${[...PLACE_PREFIXES, ...PLACE_PREFIXES.map((word) => word.toUpperCase())].join('|')})`;
/**
 * "Nedansiljans samordningsförbund", "Norra Västmanlands Samordningsförbund", "SAMÖÖ:s
 * samordningsförbund", "Kalmar läns samordningsförbund", "EXEMPELBYGDENS SAMORDNINGSFÖRBUND".
 */
const TAIL = new RegExp(
  `(?<![\\p{L}\\d-])((?:${REGION_PREFIX}\\s)?(?:\\p{Lu}[\\p{L}-]*(?::s|:S|s|S)|\\p{Lu}[\\p{L}-]*\\s(?:läns|LÄNS)))\\s+(?:[Ss]amordningsf[öo]rbund|SAMORDNINGSF[ÖO]RBUND)(?![\\p{L}\\d])`,
  'gu',
);

/**
 * Capitalised words that follow a förbund's name on covers and in letters and are no part of it:
 * what the document is, its parts, address and number labels.
 */
const NOT_NAME = new Set(
  [
    'org',
    'organisationsnummer',
    'organisationsnr',
    'orgnr',
    'box',
    'tel',
    'telefon',
    'e-post',
    'postadress',
    'besöksadress',
    'slutrapport',
    'slutredovisning',
    'avslutningsrapport',
    'rapport',
    'preliminär',
    'utvärdering',
    'årsredovisning',
    'arsredovisning',
    'delårsrapport',
    'verksamhetsberättelse',
    'förvaltningsberättelse',
    'verksamhetsplan',
    'budget',
    'projekt',
    'projektet',
    'insats',
    'insatsen',
    'bilaga',
    'protokoll',
    'protokollsutdrag',
    'styrelse',
    'styrelsen',
    'sammanfattning',
    'innehåll',
    'innehållsförteckning',
    'inledning',
    'förord',
    'payoff',
    // A decision paper's labels and bodies, on the line after the ärende that names the förbund.
    'beslut',
    'förslag',
    'ärende',
    'ärendet',
    'bakgrund',
    'yttrande',
    'handläggare',
    'beslutsunderlag',
    'tjänsteskrivelse',
    'kommunfullmäktige',
    'kommunstyrelsen',
    'regionfullmäktige',
    'regionstyrelsen',
    'landstingsfullmäktige',
    'landstingsstyrelsen',
    'revisionsberättelse',
    'ordförande',
    'sekreterare',
    'dnr',
    'datum',
    'sida',
    'antagen',
    'fastställd',
    'beslutad',
    'räkenskapsår',
    'finansiell',
    'finansiella',
    'samordning',
    'samverkan',
    'med',
    'den',
    'det',
    'denna',
    'detta',
    'vi',
    // A sentence's subject on the line after a cover's name ("… Exempelbygden" / "Förbundet har …").
    'förbundet',
    'förbundets',
    'perioden',
    'rapporten',
    'verksamheten',
    'året',
    'för',
    'till',
    'om',
    'som',
    'är',
    'har',
  ].map((word) => word.toLowerCase()),
);

/** A place or a förbund's own name: "Kalmar", "Göteborg", "HjoTiBorg", "FINSAM-Falun", "RAR", "Östra", "Vänersborg/Mellerud", "Exempelby–Provstad". */
const NAME_WORD = /^\p{Lu}[\p{L}-]*(?:[/–]\p{Lu}[\p{L}-]*)*$/u;
/** Bodies a förbund works or pays beside, named after its "och": never one of the places in its name. */
const OTHER_BODY =
  /^(?:Region(?:en)?|Landsting(?:et)?|Försäkringskassan|Arbetsförmedlingen|Länsarbetsnämnden|Kommun(?:en|erna)?|Länsstyrelsen|Europeiska|ESF(?:-rådet)?|Socialstyrelsen|Migrationsverket|Samhall)$/u;
/** "län", "kommun", "stad" after a place close a name; on a cover in capitals "LÄN", or "LAN" where its "Ä" was read as "A". */
const CLOSING_WORD = /^(?:län|kommun|kommuner|stad|LÄN|LAN|KOMMUN|STAD)$/u;
/** The same in the genitive: "Samordningsförbundet Uppsala läns årsredovisning" ends there. */
const CLOSING_GENITIVE = /^(?:läns|kommuns|stads|LÄNS|LANS)$/u;
/** "(HBS)", "SAMÖÖ", "LYSA": an acronym the förbund goes by. */
const ACRONYM = /^\(?\p{Lu}{2,8}\)?$/u;
const MAX_NAME_WORDS = 6;
/** "Storgatan 27", "Kungsvägen 3 B", "Box 71": an address after the name, never part of it. */
const STREET = /^\p{Lu}\p{Ll}+(?:gatan|vägen|gränd|torget|torg|plan|backen|allén|leden|stigen|platsen)$/u;
const HOUSE_NUMBER = /^\d{1,4}[A-Za-z]?[,.]?$/u;
/** "Samordningsförbundet för rehabilitering i Södertälje", "… för finansiell samordning i …": what it does, then where. */
const PURPOSE = /^\s+för((?:\s+\p{Ll}[\p{Ll}-]*){1,3})\s+i(?=\s+\p{Lu})/u;
/** Words of a sentence, not of a name's "för …" part ("samordningsförbundet för att i …"). */
const FUNCTION_WORD = /^(?:att|den|det|de|dem|som|oss|er|alla|sig|sin|sina|en|ett|och|eller|är|var|har)$/u;
/** "– DELTA", "- SAMÖÖ", "- Sfris": the acronym or short name a förbund goes by, after a dash. */
const DASHED_SHORT_NAME = /^\s+[-–]\s+(\p{Lu}{2,8}|\p{Lu}\p{Ll}{1,7})(?![\p{L}\d-])/u;
/** What a web page's title puts after a dash: the page, not the förbund's short name. */
const PAGE_WORDS = new Set(['nyheter', 'nyhet', 'kontakt', 'startsida', 'start', 'hem', 'aktuellt', 'kalender', 'dokument', 'insatser', 'press', 'arkiv']);

/** "Finansiella samordningsförbundet …", "Finansiella Samordningsförbundet …", before the head. */
const QUALIFIER = /(?<![\p{L}])(?:Finansiella|FINANSIELLA)\s+$/u;
const QUALIFIER_REACH = 16;

export interface NameFound {
  name: string;
  index: number;
}

/** Every förbund name in the text, in order. */
export function findOrganisations(text: string): NameFound[] {
  const found: NameFound[] = [];
  for (const match of text.matchAll(HEAD)) {
    const start = match.index;
    const after = text.slice(start + match[0].length);
    const rest = nameAfter(after);
    if (rest === null) continue;
    // "Finansiella samordningsförbundet (Finsam) i Botkyrka": the law's word for what it does, capitalised, opens the name.
    const described = text.slice(Math.max(0, start - QUALIFIER_REACH), start).match(QUALIFIER);
    const from = described ? start - described[0].length : start;
    found.push({ name: withoutGenitive(`${text.slice(from, start)}${match[0]}${rest}`, after.slice(rest.length)), index: from });
  }
  for (const match of text.matchAll(TAIL)) {
    const words = (match[1] ?? '').split(/\s+/);
    // "Förbundets samordningsförbund" says which förbund no more than "the förbund" does.
    if (NOT_NAME.has((words.at(-1) ?? '').toLowerCase()) || (words.length === 3 && NOT_NAME.has((words[1] ?? '').toLowerCase()))) continue;
    // A word before the name that is none of it ("FÖR EXEMPELBYGDENS …", "Förvaltningsberättelse Exempelbygdens …") is left out.
    const first = words[0] ?? '';
    const skipped = words.length > 1 && NOT_NAME.has(first.toLowerCase()) ? match[0].indexOf(words[1] ?? '', first.length) : 0;
    found.push({ name: match[0].slice(skipped), index: match.index + skipped });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * "tillsammans med Samordningsförbundet Grannby", "i samverkan med …", "avtal med …": the words before a
 * name that make that förbund a partner in the work, not the one whose report it is.
 */
const PARTNER_LEAD = /(?<![\p{L}])(?:tillsammans|samarbete|samverkan|samarbetar|samarbetat|samverkar|samverkat|gemensamt|avtal|överenskommelse)\s+med\s+$/iu;

/** True when the name at `index` is named as a partner ("tillsammans med Samordningsförbundet Grannby"). */
export function namedAsPartner(text: string, index: number): boolean {
  return PARTNER_LEAD.test(text.slice(Math.max(0, index - 40), index));
}

/** Nouns a förbund's name stands before in the genitive: "Samordningsförbundet Botkyrka, Huddinge, Salems styrelse". */
const OWNED =
  /^\s*(?:styrelse|styrelsen|styrelses|insatser|verksamhet|verksamheten|kansli|medlemmar|årsredovisning|ledamöter|förbundschef|uppdrag|räkning|vägnar)\b/u;

function withoutGenitive(name: string, following: string): string {
  return OWNED.test(following) && /\p{Ll}s$/u.test(name) && !endsInOwnS(name.split(/\s+/u).at(-1) ?? '') ? name.slice(0, -1) : name;
}

/**
 * The words after the head that name the förbund, with the spacing as written, or null when none
 * does ("Samordningsförbundet bildades", "Samordningsförbundet Organisationsnummer:").
 */
function nameAfter(text: string): string | null {
  const purpose = text.match(PURPOSE);
  if (
    purpose &&
    !purpose[1]
      ?.trim()
      .split(/\s+/u)
      .some((word) => FUNCTION_WORD.test(word))
  ) {
    // The place after "i" names it: "för rehabilitering i Södertälje".
    const place = placeAfter(text.slice(purpose[0].length));
    return place === null ? null : withShortName(text, `${purpose[0]}${place}`);
  }
  const name = wordsAfter(text);
  return name === null ? null : withShortName(text, name);
}

/** The name, with the short name that follows it after a dash ("… i Södertälje - Sfris"). */
function withShortName(text: string, name: string): string {
  const dashed = text.slice(name.length).match(DASHED_SHORT_NAME);
  const short = dashed?.[1]?.toLowerCase() ?? '';
  return dashed && !NOT_NAME.has(short) && !PAGE_WORDS.has(short) ? `${name}${dashed[0]}` : name;
}

/** The place that follows "i": one or two names, "län" or "kommun" closing it. */
function placeAfter(text: string): string | null {
  const place = text.match(/^\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)?(?:\s+(?:län|kommun|stad))?(?![\p{L}\d])/u)?.[0];
  if (!place) return null;
  const words = place.trim().split(/\s+/u);
  // "… i Södertälje Storgatan 3": a street after the place is the address.
  if (words.length > 1 && (STREET.test(words[1] ?? '') || NOT_NAME.has((words[1] ?? '').toLowerCase()))) return ` ${words[0]}`;
  return place;
}

/** The word at `index` begins another body's name: "Region Exempel", "Exempelby kommun", "Europeiska socialfonden". */
function anotherBody(tokens: { word: string }[], index: number): boolean {
  const bare = (at: number): string => tokens[at]?.word.replace(/[,;:.)]+$/u, '') ?? '';
  return OTHER_BODY.test(bare(index)) || /^(?:kommun|stad)s?$/u.test(bare(index + 1));
}

function isCapitals(word: string): boolean {
  return /\p{L}{2}/u.test(word) && word === word.toUpperCase();
}

function wordsAfter(text: string): string | null {
  const tokens = [...text.matchAll(/(\s*)([^\s]+)/gu)].map((m) => ({ space: m[1] ?? '', word: m[2] ?? '' }));
  let named = 0;
  let closed = false;
  let out = '';
  for (let i = 0; i < tokens.length && named < MAX_NAME_WORDS && !closed; i++) {
    const { space, word } = tokens[i] ?? { space: '', word: '' };
    if (i === 0 && space === '') return null; // glued: "Samordningsförbundets", handled by the regex boundary anyway
    if (space.includes('\n\n')) break;
    const bare = word.replace(/[,;:.)]+$/u, '');
    const trailing = word.slice(bare.length);
    // A label opening the next line ("Beslut:", "Handläggare:") is no place.
    if (space.includes('\n') && trailing.startsWith(':')) break;
    const lower = bare.toLowerCase();
    if (lower === 'i' || lower === 'och' || lower === '&') {
      // "i Kalmar län", "Skövde och HjoTiBorg": a place must follow.
      const next = tokens[i + 1]?.word.replace(/[,;:.)]+$/u, '') ?? '';
      if (!NAME_WORD.test(next) || NOT_NAME.has(next.toLowerCase())) break;
      // "finansierat av Samordningsförbundet Exempelbygd och Exempelby kommun": another body joins the förbund, not its name.
      if (lower !== 'i' && anotherBody(tokens, i + 1)) break;
      out += `${space}${word}`;
      continue;
    }
    if (STREET.test(bare) && HOUSE_NUMBER.test(tokens[i + 1]?.word ?? '')) break;
    // A name holds one word for a förbund: another one starts the next mention ("… Gävleborg Samordningsförbund Gävleborg ska"),
    // as "Finsam" does on a line of its own ("Finsam Exempelby" / "Finsam Exempelby är …").
    if (/^samordnings-?f[öo]rbund/iu.test(bare) || (named > 0 && space.includes('\n') && /^finsam/iu.test(bare))) break;
    // A cover's name in capitals ends at its line: the next line's words in lower case are the text's.
    if (named > 0 && space.includes('\n') && isCapitals(tokens[i - 1]?.word ?? '') && !isCapitals(bare)) break;
    // "Samordningsförbundet Uppsala läns årsredovisning": a genitive ends the name, without its "s".
    if (named > 0 && CLOSING_GENITIVE.test(bare)) {
      out += `${space}${bare.slice(0, -1)}`;
      break;
    }
    if (named > 0 && CLOSING_WORD.test(bare)) {
      out += `${space}${bare}`;
      named++;
      // "i Uppsala län, SAMU" goes on to its acronym; "i Uppsala län, Region Uppsala och …" is a list of bodies.
      const toAcronym = trailing === ',' && ACRONYM.test((tokens[i + 1]?.word ?? '').replace(/[,;:.]+$/u, ''));
      if (toAcronym) out += ',';
      else if (trailing !== '') closed = true;
      // A name ends with its "län" or "kommun"; only the förbund's acronym may follow ("Uppsala län SAMU").
      if (trailing === '' && !ACRONYM.test((tokens[i + 1]?.word ?? '').replace(/[,;:.]+$/u, ''))) closed = true;
      continue;
    }
    // "Gotland Slut-" / "rapport": a word broken at a line's end is the next part of the cover, not of the name.
    if (bare.endsWith('-')) break;
    const acronym = ACRONYM.test(bare) && named > 0;
    // "samordningsförbundet (Finsam) i Botkyrka": the short name it goes by, in brackets before the place.
    if (named === 0 && /^\(\p{Lu}[\p{L}-]{1,10}\)$/u.test(word) && tokens[i + 1]?.word === 'i') {
      out += `${space}${word}`;
      named++;
      continue;
    }
    if (bare.startsWith('(') && !acronym) break;
    if (!NAME_WORD.test(bare.replace(/^\(|\)$/gu, '')) || NOT_NAME.has(lower)) break;
    out += `${space}${acronym ? word.replace(/[.;:]+$/u, '') : bare}`;
    named++;
    const previous = tokens[i - 1]?.word.toLowerCase();
    // A list closes with its "och"; a place after "i" closes the name ("i Sörmland Östersund").
    if (previous === 'och' || previous === 'i' || previous === '&') {
      const next = tokens[i + 1]?.word ?? '';
      const nextBare = next.replace(/[,;:.)]+$/u, '');
      // "i Huddinge, Botkyrka och Salem": the place after "i" starts a list.
      if (previous === 'i' && trailing === ',' && NAME_WORD.test(nextBare) && !NOT_NAME.has(nextBare.toLowerCase())) {
        out += ',';
        continue;
      }
      const more = trailing === ',' && ACRONYM.test(next.replace(/[,;:.]+$/u, ''));
      const closer = next.replace(/[,;:.)]+$/u, '');
      if ((CLOSING_WORD.test(closer) || CLOSING_GENITIVE.test(closer)) && trailing === '') continue;
      if (more) out += ',';
      else closed = true;
      continue;
    }
    if (trailing === ',') {
      const next = tokens[i + 1]?.word.replace(/[,;:.)]+$/u, '') ?? '';
      if (!NAME_WORD.test(next.replace(/^\(/u, '')) || NOT_NAME.has(next.toLowerCase()) || anotherBody(tokens, i + 1)) break;
      out += ',';
      continue;
    }
    if (trailing !== '') break;
  }
  if (named === 0) return null;
  return out.replace(/,$/u, '');
}
