/**
 * The name of the one insats a final report or evaluation is about, as its opening writes it, where
 * no form's "Insatsens namn" gives it: after a name's label ("Projektnamn Blekinge Utveckling i
 * Samverkan"), after the word for a project or an insats ("Projekt Ayande", "projektet Exsistre",
 * "Insats Trampolinen", "finsamprojektet Teamsamverkan i Malmö"), or joined to it ("SIK-projektets").
 * A name must end where the text marks an end: the cover's next element (the förbund, the report's
 * name, a label), a line's end, a bracket, a title's end where no person's name can follow, or — for
 * a name of words with capitals — a sentence going on. One whose end the text leaves open is none: a
 * name run on into an author's or a place's, or cut short, is a wrong value. A name after the report's
 * own name is read only where a dash or a colon sets it apart on a title's line ("Slutrapport –
 * Jobbcoach Exempelby"); after the name alone ("Utvärdering av …") it is not: on the hold-outs those
 * were months, authors and headings more often than names.
 */
import { MONTH_NAME } from '../parse/index.js';
import { foldedWord, namesKind } from './kind-words.js';

/** A name's label and the space after it: "Projektnamn", "Projektets namn:", "Insatsens namn:", "Projekt:". */
const LABEL =
  /(?<![\p{L}-])(?:(?:Projektnamn|Projektbenämning|Projektets namn|Projektets benämning|Namn på projektet|Insatsens namn|Insatsens benämning|Namn på insatsen|Insatsnamn)[ \t]*:?|(?:Projekt|Insats)[ \t]*:)[ \t]*/gu;
/** The word for a project or an insats before its name: "Projekt Ayande", "projektet Exsistre", "Delprojekt isak". */
const NOUN = /(?<![\p{L}-])(?:Projekt|projekt|Projektet|projektet|Insats|Insatsen|insatsen|Delprojekt|Delprojektet|delprojektet)\s+/gu;
/** A kind of project before its name: "finsamprojektet Teamsamverkan i Malmö", "ESF-projektet Exsistre". */
const KIND_OF_PROJECT = /(?<![\p{L}-])[\p{L}-]+projektet\s+(?=\p{Lu})/gu;
/** A title that is the report's name, a dash or a colon, then the insats's: "Slutrapport – Jobbcoach Sandviken", "Slutredovisning: Vägen till arbete". */
const REPORT_THEN_NAME =
  /^[ \t]*(?:(?:preliminär|slutlig|extern)[ \t]+)?(?:slutrapport|slutredovisning|slututvärdering|utvärdering)(?:en)?[ \t]*[:–—-][ \t]*/iu;
/** "SIK-projektet", "SIK-projektets": the name joined to the word for a project. */
const COMPOUND = /(?<![\p{L}\d-])(\p{Lu}[\p{L}\d]*)-projekt(?:et|ets)?(?![\p{L}])/gu;

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
const BODY = /^(?:esf\p{L}*|eu|arvsfonden|forsakringskassan|arbetsformedlingen|landsting\p{L}*|region(?:en)?|kommun\p{L}*|leader)$/u;
const FORBUND_WORD = /^(?:samordningsf[öo]rbund|finsam)/iu;
const LEAD_NOUN = /^(?:projekt|projektet|delprojekt|delprojektet|insats|insatsen)$/iu;
/** "Maj 2019": a month is a date's, no name. */
const MONTH_WORD = new RegExp(`^${MONTH_NAME}$`, 'iu');
/** A name is short; the words after a lead that run on longer are a sentence. */
const MAX_NAME_WORDS = 8;
/** How near the end of a name written in lower case must stand for the name to be read ("Projekt Unga med aktivitetsersättning Samordningsförbunden …"). */
const MAX_LOWER_WORDS = 4;
/** A title's length at most ("Slutrapport för projekt Steg för steg i Exempelby"). */
const MAX_TITLE_WORDS = 12;

/**
 * Where the text a name stands in ends: in running text ('text'), at a title's end ('title'), or
 * where the whole rest of a title is the name ('rest', after "Slutrapport –").
 */
type TextEnd = 'text' | 'title' | 'rest';

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

/** The words from `from` on, as many as a name and what marks its end can take (read in place: a paragraph may be a whole document). */
function tokens(text: string, from: number): Token[] {
  const found: Token[] = [];
  const pattern = /\S+/gu;
  pattern.lastIndex = from;
  for (let match = pattern.exec(text); match; match = pattern.exec(text)) {
    const raw = match[0];
    const start = match.index;
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
  const key = foldedWord(word);
  // "Projektledare", "Projektansvarig", "Projektnamn": a project's labels.
  const label = NEXT_ELEMENT.has(key) || (/^projekt\p{L}+/u.test(key) && !/^projekte(?:t|ts|n|ns)$/u.test(key));
  return FORBUND_WORD.test(word) || namesKind(word) || label || LEAD_NOUN.test(word) || /^(?:19|20)\d{2}/u.test(word);
}

/** Words that are no name however written: a label ("Projektnamn:"), a body, a number or a page's. */
function noName(token: Token): boolean {
  return (
    token.word === '' ||
    token.raw.endsWith(':') ||
    !/^[\p{L}#]/u.test(token.word) ||
    startsNext(token.word) ||
    BODY.test(foldedWord(token.word)) ||
    MONTH_WORD.test(token.word) ||
    token.raw.startsWith('(') ||
    token.word === '-' ||
    token.word.endsWith('-')
  );
}

/**
 * Whether the text marks the end of a name before `next`: the name's last word closes with
 * punctuation or a line, or what follows is the cover's next element ("Projekt Ayande
 * Samordningsförbundet …", "… Slutrapport", "… På uppdrag av"), a sentence going on ("Projekt Insikt
 * är …"), or another form of the name in brackets. A year ends a name written with capitals only:
 * "NP-Samverkan startade hösten 2015" is a sentence.
 */
function endMarked(
  name: readonly Token[],
  next: Token | undefined,
  after: Token | undefined,
  inLowerCase: boolean,
  startsLower: boolean,
  textEnd: TextEnd,
): boolean {
  const last = name[name.length - 1] as Token;
  const words = name.length;
  // "Ange projektets namn.": words in lower case up to a full stop are a sentence, whatever follows.
  if (inLowerCase && /[.!?]["”'»)]*$/u.test(last.raw)) return false;
  if (last.lineEnd) return true;
  // The text's end, or a sentence going on, ends a name of one word only: words with capitals run on into an author's or a place's ("Projekt Brofästet Anna Exempelsson har …").
  // A title's end ends a name no person's or place's name can follow: one whose last word is in lower case or comes after a joining word ("Slutrapport för projekt Steg för steg", "… Unga i Sandviken").
  if (next === undefined) {
    const noPersonAfter = !capitalised(last.word) || JOINING.has(name[words - 2]?.word ?? '');
    return words === 1 || textEnd === 'rest' || (textEnd === 'title' && noPersonAfter);
  }
  // "Projekt period (år/månad …)": a label's word in lower case, its explanation in brackets.
  if (next.raw.startsWith('(')) return !startsLower;
  if (/^på$/iu.test(next.word) && after?.word === 'uppdrag') return true;
  // "Slutlig utvärdering", "Samhällsekonomisk utvärdering": a word before a report's name in lower case qualifies it.
  if (namesKind(next.word) && !capitalised(next.word)) return false;
  if (/^(?:19|20)\d{2}/u.test(next.word)) return !inLowerCase;
  if (startsNext(next.word)) return true;
  // Words in lower case are a name's only up to the cover's next element: in a sentence they are the sentence's ("Insteget genererat 40 jobb, …").
  return !inLowerCase && (last.closes || (words === 1 && SENTENCE_WORDS.has(next.word.toLowerCase())));
}

/**
 * The name in the tokens after a lead, or null: the longest run of the name's words (words with a
 * capital, joining words between them, a few words in lower case) whose end the text marks
 * (endMarked). A run that nothing ends ("Lotsen Borås samhällsekonomisk …", an author's name after
 * the title) is none. `lowerFirst`: a name may start in lower case ("Projekt isak"), after a title's
 * lead ("Projekt", "Delprojekt", "Insats"; "Projektet handlar …" opens a sentence).
 */
function nameIn(list: readonly Token[], lowerFirst: boolean, textEnd: TextEnd): Token[] | null {
  const first = list[0];
  if (!first || noName(first) || SENTENCE_WORDS.has(first.word.toLowerCase()) || JOINING.has(first.word)) return null;
  if (!capitalised(first.word) && !lowerFirst) return null;
  let best: Token[] | null = null;
  // A name that starts in lower case is read only up to the cover's next element, as lower-case words are.
  let lower = capitalised(first.word) ? 0 : 1;
  for (let end = 1; end <= Math.min(list.length, MAX_NAME_WORDS); end += 1) {
    const last = list[end - 1] as Token;
    if (end > 1) {
      const before = list[end - 2] as Token;
      if (before.closes || before.lineEnd || noName(last)) break;
      const isLower = !capitalised(last.word);
      // After words in lower case a capital starts something else ("… för unga Anna Exempelsson"), unless a joining word leads to it ("Samverkan i Exempelby").
      if (!isLower && !capitalised(before.word) && !JOINING.has(before.word)) break;
      // A capital after the name's first word, then words in lower case, opens a sentence ("Exsistre Följande redovisning …").
      if (isLower && !JOINING.has(last.word) && capitalised(before.word) && end > 2) break;
      if (isLower && SENTENCE_WORDS.has(last.word.toLowerCase())) break;
      if (isLower && !JOINING.has(last.word) && ++lower > MAX_LOWER_WORDS) break;
    }
    // "FIVE:s basverksamhet": a name in the genitive ends there, and is the name without its ending.
    if (/:s$/u.test(last.word)) return end === 1 ? [{ ...last, word: last.word.slice(0, -2) }] : best;
    if (!JOINING.has(last.word) && endMarked(list.slice(0, end), list[end], list[end + 1], lower > 0, !capitalised(first.word), textEnd))
      best = list.slice(0, end);
  }
  return best;
}

function written(text: string, name: readonly Token[]): string {
  const first = name[0] as Token;
  const last = name[name.length - 1] as Token;
  const start = first.start + first.raw.indexOf(first.word);
  const end = last.start + last.raw.indexOf(last.word) + last.word.length;
  return text.slice(start, end).replace(/\s+/gu, ' ');
}

/** A text short enough to be a title, with no sentence's end in it: its end is the title's. */
function isTitle(text: string): boolean {
  return (text.match(/\S+/gu) ?? []).length <= MAX_TITLE_WORDS && !/[.!?;]/u.test(text);
}

/**
 * The names a form's labels give ("Projektnamn: Vision Jobb"); a blank field gives none. A label's
 * value on a title's line of its own is the name, however it ends ("Insats: Samverkansteam Exempelby").
 */
function labelledNames(text: string): Token[][] {
  const textEnd: TextEnd = isTitle(text) ? 'rest' : 'text';
  return [...text.matchAll(LABEL)]
    .map((match) => nameIn(tokens(text, match.index + match[0].length), true, textEnd))
    .filter((name): name is Token[] => name !== null);
}

/** The first name a form's label gives; null where every such field is blank, or the text has none. */
export function labelledInsatsName(text: string): string | null {
  const [name] = labelledNames(text);
  return name ? written(text, name) : null;
}

/** The insats names the text states, in order, each with where it starts. */
export function findInsatsNames(text: string): InsatsNameFound[] {
  const found: InsatsNameFound[] = [];
  const textEnd: TextEnd = isTitle(text) ? 'title' : 'text';
  const add = (name: Token[] | null): void => {
    if (name) found.push({ name: written(text, name), index: (name[0] as Token).start });
  };
  for (const name of labelledNames(text)) add(name);
  for (const match of text.matchAll(NOUN))
    add(nameIn(tokens(text, match.index + match[0].length), /^(?:Projekt|Delprojekt|Insats)\s/u.test(match[0]), textEnd));
  for (const match of text.matchAll(KIND_OF_PROJECT)) add(nameIn(tokens(text, match.index + match[0].length), false, textEnd));
  const titled = textEnd === 'title' ? text.match(REPORT_THEN_NAME) : null;
  if (titled) add(nameIn(tokens(text, titled[0].length), false, 'rest'));
  for (const match of text.matchAll(COMPOUND)) {
    const name = match[1] ?? '';
    // "ESF-projektet" names its funder, "Projektnamn-…" nothing.
    if (!BODY.test(foldedWord(name)) && !startsNext(name)) found.push({ name, index: match.index });
  }
  return found.sort((a, b) => a.index - b.index);
}
