/**
 * What a document says it is, from the words its cover or title opens with: "ÅRSREDOVISNING 2012",
 * "Samhällsekonomisk utvärdering Projekt Duellen Slutrapport", "Delårsavstämning av förbundets
 * verksamhet", "BESLUTSUNDERLAG … Årsredovisning och revisionsberättelse 2014", "Budget 2010",
 * "Styrelsesammanträdet 22 mars 2023". The first word that names a kind of document decides; a
 * report's name counts only when nothing else (a budget, a kommun's protokoll) comes first.
 */
import { appendAll } from '../arrays.js';
import type { DocStructure, StructureUnit } from '../structure/index.js';
import { MONTH_NAME } from '../parse/index.js';
import { foldDiacritics } from '../text/index.js';
import { finalReportEvidence } from './final-report.js';
import { EVALUATION_STEMS, namesKind, REPORT_WORDS, type ReportKind, startsLike } from './kind-words.js';
import { titleKeys } from './title-keys.js';

export type { ReportKind } from './kind-words.js';
import { type OpeningWord, openingWords, ownUnits, runningTitleUnits, SENTENCE_BREAK, unitWords } from './opening.js';
import { findOrganisations } from './organisation.js';
import { findInterimPeriod } from './period.js';
import { labelledInsatsName } from './insats-name.js';

/**
 * "Projekt Jobbcoach", "Insats Trampolinen", "projektet Gemensamt …", "FIA-projektet", "Samverkansteamet",
 * "resursteam", "förstudie inom …", and a form's "Projektnamn:", "Projektperiod:", "Projektägare:". A
 * compound in the definite singular names one project; "37a-projekt" may be many.
 */
const INSATS_SUBJECT = /^(?:(?:del|finsam)?projekt|insats(?:en)?|forstudie(?:n)?)$|projektet$|team(?:et)?$|^projekt(?:namn|period|agare|ledare)$/u;

/** "ett arbetslivsinriktat rehabiliteringsprojekt": a compound in the indefinite singular names one project when its article says so. */
const PROJECT_COMPOUND = /^\p{L}{3,}projekt$/u;
const ONE = /^(?:ett|en)$/u;

/** True when keys[from, to) name one insats: "Projekt Jobbcoach", "FIA-projektet", "Insats Göra Skillnad", "ett … rehabiliteringsprojekt". */
function namesOneInsats(keys: string[], from: number, to: number): boolean {
  for (let index = from; index < to && index < keys.length; index++) {
    const key = keys[index] ?? '';
    if (INSATS_SUBJECT.test(key)) return true;
    if (PROJECT_COMPOUND.test(key) && keys.slice(Math.max(from, index - 2), index).some((before) => ONE.test(before))) return true;
  }
  return false;
}

/**
 * "Fokusgruppsutvärdering", "Processutvärdering", "Projektutvärdering": an evaluation by its compound's
 * last part; a mid-term or partial one ("Halvtidsutvärdering", "Delutvärdering") is none (OTHER_STEMS).
 */
const EVALUATION_COMPOUND = /^\p{L}{3,}utvardering(?:en)?$/u;
const OWN_INSATS_EVALUATION = /^(?:projekt|insats)s?utvardering(?:en)?$/u;

function evaluationCompound(key: string): boolean {
  return EVALUATION_COMPOUND.test(key) && !OTHER_STEMS.some((stem) => startsLike(key, stem));
}

/** The words that call a name one insats in a sentence: "att utvärdera projektet Kultur på recept". */
const CALLS_ONE_INSATS = /^(?:\p{L}*projektet|insatsen|teamet)$/u;
/** "utvärdera", "utvärderas", "utvärderingen av": the evaluation assignment's words before the insats it names. */
const EVALUATES = /^utvarder(?:a|as|ade|ades|at|ats|ing|ingen)$/u;

/**
 * "Utvärdering av Kultur på recept … fått i uppdrag att utvärdera projektet Kultur på recept": the name
 * evaluated, which the opening's evaluation assignment calls a project, an insats or a team. A page
 * that only tells of the insats ("Vid start av insatsen …") does not say this text evaluates it.
 */
function calledAnInsats(words: OpeningWord[], keys: string[], index: number): boolean {
  if (keys[index + 1] !== 'av' || !/^\p{Lu}/u.test(words[index + 2]?.word ?? '')) return false;
  const name = keys[index + 2] ?? '';
  return keys.some(
    (key, at) =>
      at > index + 2 &&
      CALLS_ONE_INSATS.test(key) &&
      keys[at + 1] === name &&
      (EVALUATES.test(keys[at - 1] ?? '') || (keys[at - 1] === 'av' && EVALUATES.test(keys[at - 2] ?? ''))),
  );
}

/** How far after an evaluation word its subject may stand: the rest of a cover's unit, or a title's next few words. */
const SUBJECT_WORDS = 7;
const COVER_SUBJECT_WORDS = 20;
function subjectEnd(words: OpeningWord[], index: number): number {
  const unit = (words[index] as OpeningWord).unit;
  let end = index + 1;
  while (end < words.length && end <= index + COVER_SUBJECT_WORDS && words[end]?.unit === unit && !SENTENCE_START.test(words[end]?.word ?? '')) end++;
  return Math.max(end, index + 1 + SUBJECT_WORDS);
}

/**
 * A word that opens a sentence, not a title's next words: a transcript that runs a cover into the text
 * ("Utvärdering av Exempelmottagningen Mellersta Exempel Vid start av insatsen …") ends the title there.
 */
const SENTENCE_START = /^(?:Vid|Under|Efter|Sedan|När|Där|Här|Inom|Genom|Enligt|Vi)$/u;

/** A report on the way, of a project or its evaluation: "Delrapport 3", "Lägesrapport", "Halvtidsrapport". */
const ON_THE_WAY_STEMS = ['delrapport', 'lagesrapport', 'halvtidsrapport', 'delredovisning'];

/** The cover's next words after an evaluation's title name a report on the way, outside a sentence. */
function reportOnTheWay(words: OpeningWord[], keys: string[], index: number): boolean {
  for (let at = index + 1; at < keys.length && at <= index + COVER_SUBJECT_WORDS; at++) {
    const key = keys[at] ?? '';
    // "… sammanfattar delrapporterna": many, as a final evaluation may list them.
    if (ON_THE_WAY_STEMS.some((stem) => startsLike(key, stem)) && !plural(key, ON_THE_WAY_STEMS) && !inSentence(words, at)) return true;
  }
  return false;
}

/** Documents that are no report, whatever report they speak of. */
const OTHER_STEMS = [
  'budget',
  'detaljbudget',
  'verksamhetsplan',
  'revisionsrapport',
  'revisionsberattelse',
  'granskning',
  'styrelsesammantrade',
  'styrelsemote',
  'nyheter',
  'nyhet',
  'forbundsordning',
  'intervjuer',
  // A project's plan, its application and its reports on the way are no final report.
  'projektplan',
  'projektansokan',
  'ansokan',
  'delrapport',
  'lagesrapport',
  'arbetsrapport',
  'halvtidsrapport',
  'halvtidsutvardering',
  'delutvardering',
];

/** A compound naming a plan ("utvarderingsplan", "aktivitetsplan"); "plan" alone may be a place's name. */
const PLAN = /^\p{L}{3,}plan(?:en)?$/u;

/** "Plan för slututvärdering …": "plan" alone is a plan when it is for a report it names, outside a sentence. */
function planFor(words: OpeningWord[], keys: string[], index: number): boolean {
  return /^plan(?:en)?$/u.test(keys[index] ?? '') && !inSentence(words, index) && TEMPLATE_LINK.test(keys[index + 1] ?? '') && namesKind(keys[index + 2] ?? '');
}

/** Papers that may carry a report: a kommun's or region's decision, minutes, an officer's report, a proposal, an appendix. */
const WRAPPER_STEMS = [
  // A kommun's case ("Ärende nr 25 Årsredovisning 2014 för …"): it decides on the report, and carries it only when the report follows.
  'arende',
  'protokollsutdrag',
  'sammantradesprotokoll',
  'protokoll',
  'beslutsunderlag',
  'beslutsforslag',
  'tjansteskrivelse',
  'tjansteutlatande',
  'missiv',
  'bilaga',
  // A meeting's agenda lists the report among its items; a nämnd's statement on it speaks of it.
  'dagordning',
  'foredragningslista',
  'yttrande',
];

/** "Struktur för slutrapport", "Mall för årsredovisning", "Handledning för slutrapport", "Underlag till årsredovisning": how to write one, or what goes into it, not one. */
const TEMPLATE_WORDS =
  /^(?:mall(?:en)?|struktur(?:en)?|handledning(?:en)?|anvisning(?:ar|arna)?|instruktion(?:er|erna)?|lathund(?:en)?|blankett(?:en)?|underlag(?:et)?)$/u;
const TEMPLATE_LINK = /^(?:for|till|vid)$/u;

/** A web page's "Sammanfattning av verksamhetsåret 2022", "En summering av 2021". */
const SUMMARY_STEMS = ['sammanfattning', 'summering', 'sammanstallning'];

export type DocumentType =
  /** index is the opening word's; -1 when the document declares its kind in a sentence further in. */
  | { type: 'report'; kind: ReportKind; strong: boolean; at: OpeningWord; index: number }
  | { type: 'other'; at: OpeningWord; index: number }
  | { type: 'wrapper'; at: OpeningWord; index: number };

/** How far into the document a cover's title may stand (a transcript runs logos, slogans and a förbund's name before it, a letterhead or a stamp stands above it). */
export const OPENING_WORDS = 48;
/** A web page's title is the first few words of its paragraph (a letterhead or a stamp may stand before it). */
const TITLE_WORDS = 8;

/** The index of the first opening word of the word's unit. */
function unitStart(words: OpeningWord[], index: number): number {
  let start = index;
  while (start > 0 && words[start - 1]?.unit === words[index]?.unit) start--;
  return start;
}

/** A year or a date, alone or as a period's first side glued to its second ("2021-01-01–2021-08-31", folded without its dash). */
const YEAR = /^(?:19|20)\d{2}(?:-\d{2}-\d{2})?(?:-?(?:19|20)\d{2}(?:-\d{2}-\d{2})?)?[.,:]?$/u;

/** The document's type by its opening words, or null when they name none. */
export function documentType(structure: DocStructure): DocumentType | null {
  return typeNamedBy(openingWords(structure, OPENING_WORDS), structure) ?? declaredType(structure) ?? runningTitleType(structure);
}

/**
 * A report whose cover is a picture, whose opening and board's statement never say what it is: the
 * running header that names it on every page ("Årsredovisning 2018", "Samordningsförbundet X –
 * Delårsrapport 2020"). Only a report's name counts there: a header's "Bilaga 1" or "Budget" may be
 * the paper's filing, not its kind.
 */
function runningTitleType(structure: DocStructure): DocumentType | null {
  for (const unit of runningTitleUnits(structure)) {
    const type = typeNamedBy(unitWords(unit), structure);
    if (type?.type === 'report') return type;
  }
  return null;
}

/** The type the words name, read as a cover's or title's: null when they name none. */
function typeNamedBy(words: OpeningWord[], structure: DocStructure): DocumentType | null {
  const keys = titleKeys(words.map((word) => word.word));
  for (let index = 0; index < words.length; index++) {
    const key = keys[index] ?? '';
    const at = words[index] as OpeningWord;
    if (TEMPLATE_WORDS.test(key) && TEMPLATE_LINK.test(keys[index + 1] ?? '') && namesReport(keys[index + 2] ?? '')) {
      // A template filled in ("Mall för slutrapport … Projektnamn: Funkar … Syftet med förstudien har varit …") is the report it asks for.
      if (!filledIn(structure)) return { type: 'other', at, index };
      if (reportKindOf(keys[index + 2] ?? '') === 'slutrapport') return { type: 'report', kind: 'slutrapport', strong: true, at, index };
      continue;
    }
    const report = REPORT_WORDS.find((entry) => entry.stems.some((stem) => startsLike(key, stem)) && !PROCESS.test(key));
    // "Slutrapporter" heads a list of many.
    if (report && plural(key, report.stems)) continue;
    if (report && !inSentence(words, index) && !namesFile(at)) {
      // "Årsredovisning 2020 Sundsvalls kommun", a company's, a förening's, a räddningstjänstförbund's: an annual report whose opening never speaks of financial coordination is no samordningsförbund's.
      if (
        report.kind !== 'slutrapport' &&
        (!speaksOfForbund(structure) || anotherIssuer(words, index) || (PROJECT_REPORT.test(key) && namesProjectOnCover(words, keys, index)))
      )
        return { type: 'other', at, index };
      // An annual or interim report's title gives the year it is for; a final report's cover names its insats or its evaluation;
      // either may also say in a sentence what it is ("Styrelsen … avger härmed följande årsredovisning").
      // A headline or a sentence about the report ("Slutrapporten finns publicerad här") is none of these.
      const strong =
        (!speaksOf(words, keys, index) &&
          (report.kind === 'slutrapport'
            ? namesOneInsats(keys, 0, keys.length) || keys.some((other) => EVALUATION_STEMS.some((stem) => startsLike(other, stem)))
            : dated(keys, index))) ||
        declaresItself(structure, report.kind);
      return { type: 'report', kind: report.kind, strong, at, index };
    }
    // "Innehåll … Budget och utfall 9 … Revisionsberättelse 16": an annual report's contents (its cover an image) name its parts, not what it is.
    if (at.inContents) continue;
    // "Utvärderingsplan", "Projektplan", "Handlingsplan", "Plan för slututvärdering av …": a plan, whatever it plans, is no report;
    // "… fastställde verksamhetsplanen för 2023" in a sentence speaks of one.
    if ((PLAN.test(key) && !inSentence(words, index)) || planFor(words, keys, index)) return { type: 'other', at, index };
    if (EVALUATION_STEMS.some((stem) => startsLike(key, stem)) || evaluationCompound(key)) {
      // "… genomför en lärande utvärdering av projektet …": an evaluation spoken of in a sentence is not this document's title.
      // A title's "En utvärdering av …" opens with a capitalised article, a sentence's "en (lärande) utvärdering" does not.
      if (inSentence(words, index) && !SENTENCE_OPENER.test(words[index - 1]?.word ?? '')) continue;
      // "Lärande utvärdering av Projekt X / Delrapport 3": a report on the way of the evaluation, no final one.
      if (reportOnTheWay(words, keys, index)) return { type: 'other', at, index };
      // "Samhällsekonomiska utvärderingar och analyser" is the series; the subject follows, on a cover perhaps after a subtitle.
      // "Behandlingsmottagningen HANS Projektutvärdering": the compound names its one project itself.
      if (OWN_INSATS_EVALUATION.test(key) || namesOneInsats(keys, index + 1, subjectEnd(words, index)) || calledAnInsats(words, keys, index))
        return { type: 'report', kind: 'slutrapport', strong: true, at, index };
      continue;
    }
    if (index - unitStart(words, index) < TITLE_WORDS && SUMMARY_STEMS.includes(key) && summaryOfYear(keys, index))
      return { type: 'report', kind: 'arsredovisning', strong: true, at, index };
    // "I denna rapport redovisas intervjuer med …": a document's kind word inside its running text is what it speaks of.
    // "Revisionsberättelse för … Handlingar i ärendet: …": a case's title names what it is about, and its papers follow.
    if (OTHER_STEMS.some((stem) => startsLike(key, stem)) && !inSentence(words, index) && !casePapers(words)) return { type: 'other', at, index };
    if (WRAPPER_STEMS.some((stem) => startsLike(key, stem))) {
      // "Bilaga 3 – Södertälje Årsredovisning 2014 …", "Bilaga 1: Värmlandskooperativens slutredovisning …": the document's own label as an appendix, its title next.
      if (startsLike(key, APPENDIX_LABEL) && titleFollows(words, keys, index)) continue;
      return { type: 'wrapper', at, index };
    }
  }
  return null;
}

/**
 * "Handlingar i ärendet:", "Ärendets handlingar:": an agenda item's cover sheet, its title the case (which may name
 * the auditors' report or a budget it is about) and a list of the papers it holds after it.
 */
export const CASE_PAPERS = /(?<![\p{L}])(?:handlingar\s+i\s+ärendet|ärendets\s+handlingar)\s*:/iu;

function casePapers(words: OpeningWord[]): boolean {
  const units = new Set(words.map((word) => word.unit));
  return [...units].some((unit) => CASE_PAPERS.test(unit.text));
}

const APPENDIX_LABEL = 'bilaga';
/** How many words after "Bilaga 3 –" a title may start: its number, a dash, a place or an owner's name. */
const LABELLED_TITLE_WORDS = 5;

function titleFollows(words: OpeningWord[], keys: string[], index: number): boolean {
  for (let next = index + 1; next <= index + LABELLED_TITLE_WORDS && next < words.length && words[next]?.unit === words[index]?.unit; next++) {
    if (namesReport(keys[next] ?? '') && !inSentence(words, next)) return true;
  }
  return false;
}

/**
 * What a samordningsförbund's report says of itself somewhere in its opening: a förbund's name, the
 * words of financial coordination (samordningsförbund, Finsam, finansiell samordning, the law of
 * 2003:1210, samordnad rehabilitering), its state members, Försäkringskassan and Arbetsförmedlingen, or
 * the title of its head, förbundschef. "Förbundet" alone is any kommunalförbund's — a
 * räddningstjänstförbund's annual report says it too.
 */
const FORBUND_WORDS =
  /(?<![\p{L}])(?:samordningsförbund\p{L}*|finsam|finansiell(?:a)?\s+samordning\p{L}*|2003:1210|samordnad\s+rehabilitering|försäkringskassan\p{L}*|arbetsförmedlingen\p{L}*|förbundschef\p{L}*)(?![\p{L}])/iu;

export function speaksOfForbund(structure: DocStructure): boolean {
  return openingSays(structure, FORBUND_WORDS);
}

/** A unit of the opening, as far as its own statement may stand, says `words` or names a förbund. */
function openingSays(structure: DocStructure, words: RegExp): boolean {
  for (const unit of declaringUnits(structure)) if (words.test(unit.text) || findOrganisations(unit.text).length > 0) return true;
  return false;
}

/**
 * What only a förbund's own text says: its name, the words of financial coordination, the law of 2003:1210,
 * its head's title. A kommun's or a region's report also speaks of Försäkringskassan, Arbetsförmedlingen and
 * "samordningsförbundet" it is a member of.
 */
const OWN_FORBUND_WORDS = /(?<![\p{L}])(?:finsam|finansiell(?:a)?\s+samordning\p{L}*|2003:1210|förbundschef\p{L}*)(?![\p{L}])/iu;

/** The opening names a förbund or says what only a förbund's own text says (an untitled report's parts are any body's). */
export function namesForbund(structure: DocStructure): boolean {
  return openingSays(structure, OWN_FORBUND_WORDS);
}

/**
 * Another body's name on an annual or interim report's cover, after its title: "Årsredovisning 2019" over
 * "Exempelby kommun", "Region Exempel", "för Exempelby Bostäder AB", "Exempelby Brukarförening", "…
 * Räddningstjänstförbund". Such a report's running text may well speak of Arbetsförmedlingen, or of a
 * förbund it works beside; a förbund's own cover names the förbund, financial coordination or its state
 * members, which a list of its members on the cover ("… Exempelby kommun, Försäkringskassan") also does.
 */
const ISSUER =
  /(?<![\p{L}])(?:\p{Lu}[\p{L}-]*\s+(?:kommun|stad|landsting|AB|HB)|(?:Region|Landstinget|Stiftelsen|Föreningen)\s+\p{Lu}[\p{L}-]*|\p{Lu}[\p{L}-]{2,}(?:förening|föreningen|förbund|förbundet|kooperativ|kooperativet))(?![\p{L}])/u;
const ISSUERS = new RegExp(ISSUER.source, 'gu');
/** A cover's lines after the title: a few short units; a title run into running text is followed by a few words of its cover at most. */
const COVER_UNITS = 3;
const RUN_IN_COVER_WORDS = 6;

/** A cover's line: a few words and no sentence ("Regionen samarbetar med Försäkringskassan." begins the text). */
function coverLine(unit: OpeningWord['unit']): boolean {
  return shortLine(unit.text.match(/\S+/gu) ?? []);
}

/** A few words that end no sentence: a cover's line, or a title's. */
function shortLine(words: readonly string[]): boolean {
  return words.length <= SHORT_UNIT_WORDS && !/[.!?]$/u.test(words[words.length - 1] ?? '');
}

/**
 * One insats named on a yearly or interim report's cover, beside its title: "Årsrapport 2021" over
 * or under "Projekt Steget vidare", "Tertialrapport 2 Insats Trampolinen", or a project's labels
 * ("Projektnamn:", "Projektperiod:") among the cover's lines. It is the project's own report of its
 * year, as insatser report to their förbund, not the förbund's annual report; a förbund's cover
 * names the förbund, and its insatser come in the text. A title run into running text (one line of
 * many words) has only the few words around it for a cover.
 */
function namesProjectOnCover(words: OpeningWord[], keys: string[], index: number): boolean {
  const lines = linesOf(words);
  const titleLine = lines.find((line) => line.includes(index)) ?? [index];
  const usable = (indexes: number[]): number[] => indexes.filter((at) => at !== index && !words[at]?.inContents);
  if (!isCoverLine(words, titleLine)) {
    const near = usable(titleLine.filter((at) => Math.abs(at - index) <= RUN_IN_PROJECT_WORDS));
    return near.some((at) => namesProject(words, keys, at, near));
  }
  const at = lines.indexOf(titleLine);
  /** The cover's lines around the title, as far as `reach` lines either way while they are a cover's. */
  const around = (reach: number): number[] => {
    const found: number[] = [...titleLine];
    for (const step of [-1, 1]) {
      for (let next = at + step; Math.abs(next - at) <= reach && lines[next] !== undefined && isCoverLine(words, lines[next] ?? []); next += step)
        appendAll(found, lines[next] ?? []);
    }
    return usable(found);
  };
  const beside = around(1);
  return beside.some((at) => namesProject(words, keys, at, beside)) || around(COVER_UNITS).some((at) => PROJECT_LABEL.test(keys[at] ?? ''));
}

const PROJECT_LABEL = /^projekt(?:namn|period|agare|ledare)$/u;
/**
 * The names an insats's own report of its year or part of it goes by ("Årsrapport", "Tertialrapport",
 * "Delårsrapport"). An "Årsredovisning" or a "Verksamhetsberättelse" of a project is its owner's
 * account of it — a förbund's, where the förbund owns the project — and stays an annual report.
 */
const PROJECT_REPORT = /rapport$/u;
/** "Projekt", "Insatsen" before a name; "FIA-projektet", "Stegprojektet" naming one themselves. */
const PROJECT_WORD = /^(?:(?:del)?projekt(?:et)?|insats(?:en)?)$/u;
const NAMING_COMPOUND = /^\p{L}[\p{L}-]+projektet$/u;
/** How many words from a title run into running text a project's name may stand. */
const RUN_IN_PROJECT_WORDS = 3;

/** The word at `at` names one project: a project's label, "Projekt" or "Insats" before a capitalised name, a compound in the definite. */
function namesProject(words: OpeningWord[], keys: string[], at: number, within: number[]): boolean {
  const key = keys[at] ?? '';
  if (PROJECT_LABEL.test(key) || NAMING_COMPOUND.test(key)) return true;
  const next = words[at + 1]?.word ?? '';
  return PROJECT_WORD.test(key) && within.includes(at + 1) && /^["”“«]?\p{Lu}/u.test(next);
}

/** The opening's words by line, as indexes: a unit's lines where a transcript kept its breaks. */
function linesOf(words: OpeningWord[]): number[][] {
  const lines: number[][] = [];
  words.forEach((word, at) => {
    if (at === 0 || word.unit !== words[at - 1]?.unit || word.lineStart) lines.push([]);
    lines[lines.length - 1]?.push(at);
  });
  return lines;
}

function isCoverLine(words: OpeningWord[], line: number[]): boolean {
  return shortLine(line.map((at) => words[at]?.word ?? ''));
}

/** "Grafisk produktion: Exempeltryck AB", "Foto: …", "Org nr: …": after a label its line credits or numbers, it names no issuer. */
const LABEL = /\p{L}:$/u;

function anotherIssuer(words: OpeningWord[], index: number): boolean {
  const title = words[index] as OpeningWord;
  const cover: string[] = [];
  const credited: string[] = [];
  let labelled: OpeningWord['unit'] | null = null;
  let lines = 0;
  for (let next = index; next < words.length; next++) {
    const word = words[next] as OpeningWord;
    if (next > index && word.unit !== words[next - 1]?.unit && (!coverLine(word.unit) || ++lines > COVER_UNITS)) break;
    if (word.unit === title.unit && !coverLine(title.unit) && next - index > RUN_IN_COVER_WORDS) break;
    if (LABEL.test(word.word)) labelled = word.unit;
    (labelled === word.unit ? credited : cover).push(word.word);
  }
  const named = cover.join(' ');
  const above = words
    .slice(0, index)
    .map((word) => word.word)
    .join(' ');
  // Two bodies or more ("Exempelby kommun, Region Exempel och staten") are a list of members, not one issuer.
  const issuers = new Set([...named.matchAll(ISSUERS)].map((match) => match[0]));
  return issuers.size === 1 && ![named, credited.join(' '), above].some((text) => FORBUND_WORDS.test(text));
}

/** How far into the document its own statement of what it is may stand (a foreword, an introduction). */
const DECLARING_WORDS = 600;
const KIND_WORD: Record<string, ReportKind> = {
  slutrapport: 'slutrapport',
  slutrapportering: 'slutrapport',
  slutredovisning: 'slutrapport',
  arsredovisning: 'arsredovisning',
  delarsrapport: 'delarsrapport',
  delarsbokslut: 'delarsrapport',
};

/**
 * A document that says what it is in a sentence about itself, when its cover names no kind: "Denna
 * rapport utgör en slutrapport och avrapportering av …", "Följande redovisning är en slutredovisning
 * av projekt …", "Detta är projektets slutrapport", "Denna rapport, som består av två delar, är en
 * slutrapportering av ett utvärderingsuppdrag", "Styrelsen … avger härmed följande årsredovisning".
 * An annual or interim report's statement counts when the opening names a förbund: a kommun's or a
 * company's board says the same of its own.
 */
const DECLARATION = new RegExp(
  [
    '(?:^|[.!?:]\\s+|\\s)(?:Denna|Detta|Föreliggande|Följande)(?:\\s+(?:rapport|dokument|redovisning|skrift))?(?:,\\s+som\\s+[^,.]{1,80},)?\\s+(?:är|utgör)\\s+(?:en\\s+|projektets\\s+|insatsens\\s+|förbundets\\s+|vår\\s+)?(slutrapport(?:ering)?|slutredovisning|årsredovisning|delårsrapport)(?:en)?(?![\\p{L}])',
    // "Styrelsen … avger härmed följande årsredovisning", "… får härmed avge delårsrapport", "Förbundschefen överlämnar härmed delårsbokslut".
    '(?<![\\p{L}])(?:avger|får\\s+(?:härmed\\s+)?avge|(?:över)?lämnar\\s+(?:härmed|följande))\\s+(?:härmed\\s+)?(?:följande\\s+)?(årsredovisning|delårsrapport|delårsbokslut)(?![\\p{L}])',
    // "I denna delårsrapport redovisar förbundet …".
    '(?<![\\p{L}])(?:I|i|Med|med)\\s+denna\\s+(årsredovisning|delårsrapport)(?![\\p{L}])',
  ].join('|'),
  'u',
);

function declaresItself(structure: DocStructure, kind: ReportKind): boolean {
  const declared = declaredType(structure);
  return declared?.type === 'report' && declared.kind === kind;
}

function declaredType(structure: DocStructure): DocumentType | null {
  for (const unit of declaringUnits(structure)) {
    const match = unit.text.replace(/\s+/gu, ' ').match(DECLARATION);
    const said = match?.[1] ?? match?.[2] ?? match?.[3];
    if (said) {
      const kind = KIND_WORD[foldDiacritics(said.toLowerCase())];
      if (kind && (kind === 'slutrapport' || namesForbund(structure)))
        return { type: 'report', kind, strong: true, at: { word: said, unit, inContents: false }, index: -1 };
    }
  }
  return null;
}

/**
 * "Rapporten avser perioden 2020-01-01 – 2020-08-31", "verksamheten under perioden januari–juni 2021":
 * the first period the opening states runs from New Year to a day before the year's end, as an
 * interim report's does. A förbund's first annual report may start mid-year, but it runs to the 31st
 * of December.
 */
export function opensWithInterimPeriod(structure: DocStructure): boolean {
  for (const unit of declaringUnits(structure)) {
    for (const sentence of unit.text.replace(/\s+/gu, ' ').split(SENTENCE_BREAK)) {
      const found = findInterimPeriod(sentence);
      // "Styrelsen har behandlat delårsrapporten för perioden 2019-01-01 – 2019-08-31": another report's period.
      if (!found || ANOTHER_REPORT.test(sentence)) continue;
      const { start, end } = found.period;
      const year = start?.slice(0, 4);
      return start === `${year}-01-01` && end !== null && end.slice(0, 4) === year && end < `${year}-12-31`;
    }
  }
  return false;
}

/** A sentence naming an annual or interim report or accounts speaks of one, not of the document it stands in (which has no title). */
const ANOTHER_REPORT = /(?<![\p{L}])(?:delårs\p{L}*|årsredovisning\p{L}*|\p{L}*bokslut\p{L}*)/iu;

/** The opening's units up to the one that passes DECLARING_WORDS (that one included). */
function* declaringUnits(structure: DocStructure): Generator<StructureUnit> {
  let words = 0;
  for (const unit of ownUnits(structure)) {
    yield unit;
    words += (unit.text.match(/\S+/gu) ?? []).length;
    if (words > DECLARING_WORDS) return;
  }
}

/** Evidence that tells the project after the fact, which a template's prompts ("Beskriv projektets resultat") do not. */
const TOLD_AFTER = new Set(['time over', 'aim in the past', 'what the project brought', 'participants told after the fact']);

/**
 * A template whose blanks are filled in: two kinds of final-report evidence, one of them the project
 * told after the fact; or its field for the project's name filled ("Projektnamn: Vision Jobb", where
 * the blank template has "Projektnamn:" and the next prompt).
 */
function filledIn(structure: DocStructure): boolean {
  const evidence = finalReportEvidence(structure);
  if (evidence.length >= 2 && evidence.some((name) => TOLD_AFTER.has(name))) return true;
  for (const unit of declaringUnits(structure)) if (labelledInsatsName(unit.text) !== null) return true;
  return false;
}

/** "Slutrapport: SOCIAL HÄNSYN I UPPHANDLING - SLUTRAPPORT.docx": a link to another document on a web page, not this one's title. */
function namesFile(at: OpeningWord): boolean {
  const line = at.unit.text.split('\n').find((candidate) => candidate.includes(at.word)) ?? '';
  return /\.(?:pdf|docx?|odt)(?![\p{L}])/iu.test(line);
}

/** "Slutrapportering av …": the act of reporting, not the report. */
const PROCESS = /^slutrapportering/u;

/** The plural endings of the report words ("slutrapporter", "årsredovisningarna", "verksamhetsberättelser"). */
const PLURAL_ENDINGS = ['er', 'ar', 'r', 'erna', 'arna', 'rna'];

/** "Slutrapporter", "Årsredovisningar 2010–2020": many reports, as a list or an archive page heads them. */
function plural(key: string, stems: readonly string[]): boolean {
  return stems.some((stem) => key.startsWith(stem) && PLURAL_ENDINGS.includes(key.slice(stem.length)));
}

/**
 * A verb right after the report's name (and its year) makes it a sentence's subject or a headline
 * about the report ("Årsredovisning 2019 är klar", "Årsredovisningen har tidigare delgivits
 * fullmäktige", "Slutrapporten godkändes"), not the document's title.
 */
const VERB_AFTER_NAME =
  /^(?:ar|var|har|hade|blev|blir|kommer|ska|skall|kan|finns|visar|visade|godkand\p{L}*|godkandes|faststalld\p{L}*|faststalldes|klar|antagen|antogs|publicerad\p{L}*|publicerades|lamnad\p{L}*|lamnades|presenterad\p{L}*|presenterades|overlamnad\p{L}*|overlamnades)$/u;

function speaksOf(words: OpeningWord[], keys: string[], index: number): boolean {
  const next = YEAR.test(keys[index + 1] ?? '') ? index + 2 : index + 1;
  return words[next]?.unit === words[index]?.unit && VERB_AFTER_NAME.test(keys[next] ?? '');
}

/** The kind of report the word names ("Slutrapport", "Årsredovisningen"), or null. */
function reportKindOf(key: string): ReportKind | null {
  return REPORT_WORDS.find((entry) => entry.stems.some((stem) => startsLike(key, stem)))?.kind ?? null;
}

function namesReport(key: string): boolean {
  return reportKindOf(key) !== null;
}

const SENTENCE_OPENER = /^(?:En|Ett|Den|Det|Denna|Detta|Vår|Varje)$/u;

/** A title or heading is a few words; a unit longer than this is running text (or a cover run into it). */
const SHORT_UNIT_WORDS = 8;

/**
 * True when the word stands inside a sentence of running text: written in lower case after a word in
 * lower case or an article ("samtliga har lämnat årsredovisning med …", "En slutrapport ska lämnas"), in a unit longer
 * than a heading. A cover's title is capitalised or follows a capitalised word ("Preliminär
 * slutrapport", "En utvärdering av"), and a headline is short ("Insikt lämnar slutrapport") or ends
 * where the text it was run into starts.
 */
function inSentence(words: OpeningWord[], index: number): boolean {
  const word = words[index] as OpeningWord;
  if (!/^\p{Ll}/u.test(word.word)) return false;
  const previous = words[index - 1];
  if (!previous || previous.unit !== word.unit) return false;
  // "En slutrapport om projektet ska lämnas": an article opens the sentence.
  if (!/^\p{Ll}[\p{Ll}-]*[,;]?$/u.test(previous.word) && !SENTENCE_OPENER.test(previous.word)) return false;
  if (word.unit.role === 'heading') return false;
  // "Bokslut och verksamhetsberättelse 2015" opening a line of a cover run into the text: a title naming two things.
  const first = words[index - 2];
  if (/^(?:och|samt)$/u.test(previous.word) && first?.unit === word.unit && first.lineStart && /^\p{Lu}/u.test(first.word)) return false;
  // "Insikt lämnar slutrapport Projekt Insikt är …": a headline a transcript ran into the text ends where a new sentence starts.
  const next = words[index + 1];
  if (next?.unit === word.unit && /^\p{Ll}+$/u.test(word.word) && /^\p{Lu}\p{Ll}/u.test(next.word)) return false;
  return (word.unit.text.match(/\S+/gu) ?? []).length > SHORT_UNIT_WORDS;
}

/**
 * "Årsredovisning 2012", "ÅRSREDOVISNING med tillhörande VERKSAMHETSBERÄTTELSE 2010", "Årsredovisning för
 * verksamhetsåret 2007-01-01", a cover that sets the year above the title ("2016 ÅRSREDOVISNING"), and a
 * year linked to it before ("2021 års verksamhetsberättelse", "Bokslut 2021 med verksamhetsberättelse").
 */
function dated(keys: string[], index: number): boolean {
  if (YEAR.test(keys[index - 1] ?? '')) return true;
  // "2021 års verksamhetsberättelse", "Bokslut 2021 med verksamhetsberättelse": the year a word or two before, linked to the name.
  for (let before = index - 1; before >= Math.max(0, index - YEAR_LINK_WORDS - 1); before--) {
    const key = keys[before] ?? '';
    if (YEAR.test(key)) return true;
    if (!YEAR_LINK.test(key)) break;
  }
  let words = 0;
  for (let next = index + 1; words < DATED_WORDS && next < keys.length; next++) {
    const key = keys[next] ?? '';
    if (YEAR.test(key) || /^(?:verksamhetsaret|rakenskapsaret)$/u.test(key)) return true;
    // "Delårsrapport per den 31 augusti 2020", "… för perioden 1 januari – 30 juni 2020": a date's day and month lead to its year;
    // "Årsredovisning för Samordningsförbundet Finsam Exempelby avseende räkenskapsåret 2019": the förbund's name and its links too.
    if (!DATE_PART.test(key) && !NAME_LINK.test(key)) words++;
  }
  return false;
}

/** How many words after a report's name its year may stand, a date's day and month not counted. */
const DATED_WORDS = 4;
/** The words that may link a year before a report's name to it ("2021 års", "Bokslut 2021 med"): folded keys. */
const YEAR_LINK = /^(?:ars|med|och|samt|bokslut)$/u;
const YEAR_LINK_WORDS = 2;
const DATE_PART = new RegExp(`^(?:[0-3]?\\d|${MONTH_NAME}|-*)$`, 'u');
/** The word for a förbund and the words that link a title to its name and year ("… för år 2014"): folded keys. */
const NAME_LINK = /^(?:samordningsforbund\p{L}*|finsam\p{L}*|for|avseende|i|ar|aret)$/u;

/** "summering av 2021", "sammanfattning av verksamhetsåret 2022" (not "… av 2022 års konferens"). */
function summaryOfYear(keys: string[], index: number): boolean {
  if (keys[index + 1] !== 'av') return false;
  const year = keys[index + 2] === 'verksamhetsaret' || keys[index + 2] === 'aret' ? index + 3 : index + 2;
  return /^(?:19|20)\d{2}$/u.test(keys[year] ?? '') && !/^ars?$/u.test(keys[year + 1] ?? '');
}
