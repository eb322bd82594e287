/**
 * The name of the one insats a final report or evaluation is about, as its opening writes it, where
 * no form's "Insatsens namn" gives it: after a name's label ("Projektnamn Blekinge Utveckling i
 * Samverkan"), after the word for a project or an insats ("Projekt Ayande", "projektet Exsistre",
 * "Insats Trampolinen"), in a compound ("SIK-projektets"), or after the report's own name ("Utvärdering
 * av Teamsamverkan i Malmö", "Samhällsekonomisk utvärdering Coachingteamet"). A name ends where the
 * cover's next element starts — the förbund, the report's name, a label, a sentence, a line's end —
 * and one whose end the text leaves open is none: a name cut short is a wrong value.
 */
import { appendAll } from '../arrays.js';
import { foldedWord, namesKind } from './kind-words.js';

/** A name's label and the space after it: "Projektnamn", "Projektets namn:", "Insatsens namn:". */
const LABEL = /(?<![\p{L}-])(?:Projektnamn|Projektets namn|Namn på projektet|Insatsens namn|Namn på insatsen|Insatsnamn)[ \t]*:?[ \t]*/gu;
/** The word for a project or an insats before its name: "Projekt Ayande", "projektet Exsistre", "Delprojekt isak". */
const NOUN = /(?<![\p{L}-])(?:Projekt|projekt|Projektet|projektet|Insats|Insatsen|insatsen|Delprojekt|Delprojektet|delprojektet)\s+/gu;
/** A kind of project before its name: "finsamprojektet Teamsamverkan i Malmö", "ESF-projektet Exsistre". */
const KIND_OF_PROJECT = /(?<![\p{L}-])[\p{L}-]+projektet\s+(?=\p{Lu})/gu;
/** "SIK-projektet", "SIK-projektets": the name joined to the word for a project. */
const COMPOUND = /(?<![\p{L}\d-])(\p{Lu}[\p{L}\d]*)-projekt(?:et|ets)?(?![\p{L}])/gu;
/** The report's own name, then the name of what it is about: "Utvärdering av …", "Slutrapport för projektet …", "Slutrapport – …". */
const AFTER_KIND = /(?<![\p{L}-])(\p{L}+)(?:\s+(?:av|för|från)|\s+[–—-])?(?:\s+(?:projektet|projekt|insatsen))?\s+/gu;

/** Words inside a name between two of its words written with a capital: "Blekinge Utveckling i Samverkan". */
const JOINING = new Set(['i', 'för', 'och', 'med', 'på', 'av', 'till', 'mot', 'inom', 'kring', 'vid', '&']);
/**
 * Words no name runs on through: verbs and pronouns a sentence goes on with ("Projektet Insikt är ett
 * …", "projektet Exsistre som …"), compared in lower case.
 */
const SENTENCE_WORDS = new Set(
  'är var har hade som ska skall kan kunde blev blir får fick att en ett det den de vi man sig inte också under genom efter sedan mellan samt'.split(' '),
);
/** Words that start the cover's next element, compared folded: the parts a cover lists after the name. */
const NEXT_ELEMENT = new Set([
  'beslutsnummer',
  'diarienummer',
  'dnr',
  'projektnummer',
  'projektagare',
  'projektledare',
  'projektperiod',
  'projekttid',
  'kontaktperson',
  'sida',
  'sid',
  'innehall',
  'innehallsforteckning',
  'sammanfattning',
  'forord',
  'inledning',
  'bakgrund',
  'payoff',
  'bilaga',
  'bilagor',
]);
/** Bodies a report is sent to or funded by, compared folded. */
const BODY = /^(?:esf\p{L}*|arvsfonden|forsakringskassan|arbetsformedlingen|landsting\p{L}*|region(?:en)?|kommun\p{L}*|leader)$/u;
const FORBUND_WORD = /^(?:samordningsförbund|finsam)/iu;
const LEAD_NOUN = /^(?:projekt|projektet|delprojekt|delprojektet|insats|insatsen)$/iu;
/** A name is short; the words after a lead that run on longer are a sentence. */
const MAX_NAME_WORDS = 8;
/** How near the end of a name written in lower case must stand for the name to be read ("Projekt Unga med aktivitetsersättning Samordningsförbunden …"). */
const MAX_LOWER_WORDS = 4;

export interface InsatsNameFound {
  name: string;
  index: number;
}

interface Token {
  word: string;
  /** The token as written, punctuation included. */
  raw: string;
  start: number;
  end: number;
  /** Punctuation after the word ends the name there ("Spåret,"). */
  closes: boolean;
  /** A line's end after it. */
  lineEnd: boolean;
}

function tokens(text: string, from: number): Token[] {
  const found: Token[] = [];
  for (const match of text.slice(from).matchAll(/\S+/gu)) {
    const raw = match[0];
    const start = from + match.index;
    const word = raw.replace(/^[("“”'»«]+/u, '').replace(/[.,:;!?)"“”'»«]+$/u, '');
    const after = text.slice(start + raw.length, start + raw.length + 3);
    found.push({ word, raw, start, end: start + raw.length, closes: word !== raw.replace(/^[("“”'»«]+/u, ''), lineEnd: /^[ \t]*\n/u.test(after) });
    if (found.length > MAX_NAME_WORDS + MAX_LOWER_WORDS + 2) break;
  }
  return found;
}

const capitalised = (word: string): boolean => /^[\p{Lu}\d]/u.test(word);

/** A word that starts the cover's next element: the förbund, the report's name, a label, another project. */
function startsNext(word: string): boolean {
  return FORBUND_WORD.test(word) || namesKind(word) || NEXT_ELEMENT.has(foldedWord(word)) || LEAD_NOUN.test(word) || /^(?:19|20)\d{2}/u.test(word);
}

/**
 * The name in the tokens after a lead, or null. `lowerFirst`: a name may start in lower case ("Projekt
 * isak"), after a title's lead ("Projekt", "Delprojekt", "Insats"; "Projektet handlar …" opens a sentence).
 */
function nameIn(list: readonly Token[], lowerFirst: boolean): Token[] | null {
  const first = list[0];
  if (!first || first.word === '' || startsNext(first.word) || SENTENCE_WORDS.has(first.word.toLowerCase()) || JOINING.has(first.word)) return null;
  if (!capitalised(first.word) && !lowerFirst) return null;
  // "Remiss- och kartläggningsteamet": a compound left open is a name cut short.
  if (first.word.endsWith('-')) return null;
  const name = [first];
  let at = 1;
  while (at < list.length && name.length < MAX_NAME_WORDS) {
    const last = name[name.length - 1] as Token;
    if (last.closes || last.lineEnd) break;
    const token = list[at] as Token;
    if (token.word === '' || token.word === '-' || token.word.endsWith('-')) return null;
    // "Gemensamt vägledningsteam för ungdomar (gvt)": what is in brackets is another form of the name.
    if (startsNext(token.word) || token.raw.startsWith('(')) break;
    const lower = token.word.toLowerCase();
    if (capitalised(token.word)) {
      // A capital followed by words in lower case starts a sentence ("Exsistre Följande redovisning är …").
      const next = list[at + 1];
      if (
        next &&
        !next.raw.startsWith('(') &&
        !last.closes &&
        !token.closes &&
        !token.lineEnd &&
        !capitalised(next.word) &&
        !JOINING.has(next.word) &&
        !startsNext(next.word)
      )
        break;
      name.push(token);
      at += 1;
      continue;
    }
    if (JOINING.has(lower) && capitalised(list[at + 1]?.word ?? '')) {
      name.push(token);
      at += 1;
      continue;
    }
    if (SENTENCE_WORDS.has(lower)) break;
    // Words in lower case belong to the name only when the cover's next element ends them soon after.
    const run = lowerRun(list, at);
    if (run === null) return null;
    appendAll(name, list.slice(at, run));
    break;
  }
  // "projekt Jobbcoach i Ale kommun": a joining word left at the end joined nothing.
  while (name.length > 1 && JOINING.has((name[name.length - 1] as Token).word)) name.pop();
  return name;
}

/** Where a run of words in lower case from `at` ends at the cover's next element (its index), or null. */
function lowerRun(list: readonly Token[], at: number): number | null {
  for (let end = at; end < list.length && end < at + MAX_LOWER_WORDS; end += 1) {
    const token = list[end] as Token;
    if (startsNext(token.word) || token.raw.startsWith('(')) return end;
    if (capitalised(token.word) || SENTENCE_WORDS.has(token.word.toLowerCase())) return null;
    if (token.closes || token.lineEnd) return end + 1;
  }
  return null;
}

function written(text: string, name: readonly Token[]): string {
  const first = name[0] as Token;
  const last = name[name.length - 1] as Token;
  const start = first.start + first.raw.indexOf(first.word);
  const end = last.start + last.raw.indexOf(last.word) + last.word.length;
  return text.slice(start, end).replace(/\s+/gu, ' ');
}

/** The insats names the text states, in order, each with where it starts. */
export function findInsatsNames(text: string): InsatsNameFound[] {
  const found: InsatsNameFound[] = [];
  const add = (name: Token[] | null): void => {
    if (name) found.push({ name: written(text, name), index: (name[0] as Token).start });
  };
  for (const match of text.matchAll(LABEL)) add(nameIn(tokens(text, match.index + match[0].length), true));
  for (const match of text.matchAll(NOUN)) add(nameIn(tokens(text, match.index + match[0].length), /^(?:Projekt|Delprojekt|Insats)\s/u.test(match[0])));
  for (const match of text.matchAll(KIND_OF_PROJECT)) add(nameIn(tokens(text, match.index + match[0].length), false));
  for (const match of text.matchAll(COMPOUND)) found.push({ name: match[1] ?? '', index: match.index });
  for (const match of text.matchAll(AFTER_KIND)) {
    // "Slutrapport för utvärderingen Sofia Wallin": after a report named in the definite or the plural an author follows, not a name.
    const kind = match[1] ?? '';
    if (!namesKind(kind) || /(?:en|et|na|ar|er)$/iu.test(kind)) continue;
    let list = tokens(text, match.index + match[0].length);
    // "Utvärdering Samordningsförbundets Samverkansteam": the förbund owning it goes before the name.
    if (list[0] && FORBUND_WORD.test(list[0].word) && /s$/u.test(list[0].word)) list = list.slice(1);
    const name = nameIn(list, false);
    // "Samhällsekonomisk utvärdering": a word before the report's name in lower case qualifies it.
    const after = name ? list[name.length] : undefined;
    if (name && after && !capitalised(after.word) && namesKind(after.word)) continue;
    // "Slutredovisning Svenska ESF-rådet": the body a report goes to, or its funder, is no insats.
    if (name?.some((token) => BODY.test(foldedWord(token.word)))) continue;
    add(name);
  }
  return found.sort((a, b) => a.index - b.index);
}
