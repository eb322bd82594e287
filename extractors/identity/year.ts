/**
 * The year an annual report is about, as it states it: its title ("ÅRSREDOVISNING 2012",
 * "Årsredovisning och revisionsberättelse 2014", "ÅRSREDOVISNING med tillhörande
 * VERKSAMHETSBERÄTTELSE 2010"), its räkenskapsår or verksamhetsår ("Räkenskapsår 2010-01-01
 * 2010-12-31", "för verksamhetsåret 2007-01-01 2007-12-31", "ansvarsfrihet för verksamhetsåret
 * 2014", "avseende 2007 års verksamhet", "för perioden 2016-01-01 till 2016-12-31", "kommentar till 2011 års
 * ekonomiska resultat", "Denna årsredovisning avser förbundets verksamhet under 2019"), a web page's
 * "Summering av 2021". The first statement in the document wins: the cover
 * comes before the board's decision date and before next year's plans.
 */

import { foldedWord, isLike, REPORT_WORDS } from './kind-words.js';
import { findInterimPeriod } from './period.js';

/** A word that may be a report's name ("ÅRSREDOVISNING", "Årsredovlsning" in an OCR'd scan): checked by titleWord. */
const LONG_WORD = /(?<![\p{L}\d])\p{L}[\p{L}\d]{7,}/gu;
/**
 * After a report's name: at most four words (none a number but a part's, "Tertialrapport 2, 2021"),
 * then the year, maybe after "för år" ("Årsredovisning med tillhörande verksamhetsberättelse för år 2014").
 */
const TITLE_YEAR = /^(?:\s+(?!(?:19|20)\d{2})(?:[\p{L}&-]+|\d,?)){0,4}?(?:\s+(?:för|avseende)\s+år(?:et)?)?\s+((?:19|20)\d{2})(?![\d])(?!\s*års?\b)/u;
/** A report's names; "verksamhetsberättelse" in lower case is a sentence's, not a title. */
const CAPITALISED_TITLE_STEMS = ['verksamhetsberattelse'];
const TITLE_STEMS = REPORT_WORDS.filter((words) => words.kind !== 'slutrapport')
  .flatMap((words) => words.stems)
  .filter((stem) => !CAPITALISED_TITLE_STEMS.includes(stem));
/** How far after the report's name its year may stand. */
const TITLE_REACH = 120;

/**
 * The name, or the name in the definite form ("Årsredovisningen 2014"); a plural ("årsredovisningar 2021")
 * is many reports'. `titled` says the word is the second of a title's pair ("Bokslut och verksamhetsberättelse").
 */
function titleWord(word: string, titled = false): boolean {
  const key = foldedWord(word);
  const stems = titled || /^\p{Lu}/u.test(word) ? [...TITLE_STEMS, ...CAPITALISED_TITLE_STEMS] : TITLE_STEMS;
  return stems.some((stem) => isLike(key, stem) || isLike(key, `${stem}en`));
}

/** A line that opens with a capitalised word and its "och" or "samt": a title naming two things, the second in lower case. */
const PAIRED_TITLE = /(?:^|\n)[ \t]*\p{Lu}\p{L}+[ \t]+(?:och|samt)[ \t]+$/u;

/**
 * A word after which a year is one still to come ("… beskriver också verksamhetsplanen för 2021",
 * "… innehåller även budget för 2021", "… blickar framåt mot 2021"): folded (kind-words.ts).
 */
const AHEAD_WORD =
  /^(?:verksamhetsplan\p{L}*|plan(?:en|er|erna)?|budget(?:en|ar|arna)?|prognos(?:en|er)?|mal(?:en|et)?|malsattning\p{L}*|infor|framat|kommande|nasta|mot)$/u;
/** A word after which a year is one compared with ("jämfört med räkenskapsåret 2019", "högre än …"). */
const COMPARED_WORD = /^(?:jamfort|jamforelse\p{L}*|jmf|an|foregaende)$/u;
/** How many words before "räkenskapsåret 2021" may make it a plan's or a comparison's: "budgeten för verksamhetsåret 2021". */
const FISCAL_LEAD_WORDS = 3;

/** The words just before `index`, within its sentence. */
function wordsBefore(text: string, index: number, count: number): string[] {
  const sentence =
    text
      .slice(Math.max(0, index - 80), index)
      .split(/[.!?:;\n]/u)
      .pop() ?? '';
  return sentence.split(/\s+/u).filter(Boolean).slice(-count);
}

/** "Budgeten för verksamhetsåret 2021", "Inför räkenskapsåret 2021", "jämfört med räkenskapsåret 2019": a year that is not the report's. */
function fiscalYearOfAnother(text: string, index: number): boolean {
  return wordsBefore(text, index, FISCAL_LEAD_WORDS).some((word) => {
    const key = foldedWord(word);
    return AHEAD_WORD.test(key) || COMPARED_WORD.test(key);
  });
}
/** "-03-15" after a year: the year is a date's. */
const DATE_TAIL = /^-(\d{2})-(\d{2})(?!\d)/u;

/**
 * A year after an annual report's name that is no year of its title: a plan's, or a date within the
 * year (the day the board approved it, "godkändes av styrelsen 2021-03-15"). Only the ends of a year
 * ("2020-12-31") are the report's own; an interim report's date ends its period.
 */
function notTheReportsYear(name: string, between: string, after: string): boolean {
  if (between.split(/\s+/u).some((word) => AHEAD_WORD.test(foldedWord(word)))) return true;
  const date = after.match(DATE_TAIL);
  // Only "delårsrapport" among the names a title's year follows (TITLE_STEMS) starts so.
  if (!date || foldedWord(name).startsWith('del')) return false;
  const monthDay = `${date[1]}-${date[2]}`;
  return monthDay !== '01-01' && monthDay !== '12-31';
}

/** "ÅRSREDOVISNING 2012", "Årsredovisning och revisionsberättelse 2014": the report's name, then its year. */
function titledYears(text: string): YearFound[] {
  const found: YearFound[] = [];
  for (const word of text.matchAll(LONG_WORD)) {
    if (!titleWord(word[0], PAIRED_TITLE.test(text.slice(Math.max(0, word.index - 40), word.index)))) continue;
    const end = word.index + word[0].length;
    const year = text.slice(end, end + TITLE_REACH).match(TITLE_YEAR);
    if (!year?.[1]) continue;
    const between = year[0].slice(0, year[0].lastIndexOf(year[1]));
    if (notTheReportsYear(word[0], between, text.slice(end + year[0].length))) continue;
    found.push({ year: Number(year[1]), index: word.index, text: `${word[0]}${year[0]}` });
  }
  return found;
}

/** "räkenskapsåret 2014", "Räkenskapsår: 2010-01-01", "verksamhetsåret 2007-01-01", "för verksamhetsåret 2014". */
const FISCAL = /(?<![\p{L}])(?:räkenskapsår|verksamhetsår)(?:et)?:?\s+((?:19|20)\d{2})(?![\d])(?!\s*års?\b)/giu;
/** "avseende 2007 års verksamhet", "AVSEENDE 2007 ÅRS VERKSAMHET": the year the report looks back on. */
const REGARDING = /(?<![\p{L}])avseende\s+((?:19|20)\d{2})\s+års\s+verksamhet/giu;
/** "Perioden 2011-01-01 2011-12-31", as a transcript may leave it: a whole calendar year with nothing between its ends. */
const WHOLE_YEAR = /(?<![\p{L}])perioden:?\s+((?:19|20)\d{2})-01-01\s+\1-12-31(?![\d])/giu;
/**
 * "för perioden 2016-01-01 till 2016-12-31", "Räkenskapsåret 1 januari – 31 december 2015", "för
 * tiden 1/1 – 31/12 2015": a period that is a whole calendar year, right after the word that
 * introduces it, is that year (period.ts reads the period).
 */
const WHOLE_YEAR_LEAD = /(?<![\p{L}])(?:perioden|tiden|räkenskapsår(?:et)?|verksamhetsår(?:et)?)(?:\s+från)?:?\s+/giu;
const LEAD_REACH = 60;

function wholeYears(text: string): YearFound[] {
  const found: YearFound[] = [];
  for (const lead of text.matchAll(WHOLE_YEAR_LEAD)) {
    const from = lead.index + lead[0].length;
    const whole = wholeYearAtStart(text.slice(from, from + LEAD_REACH));
    if (whole) found.push({ year: whole.year, index: lead.index, text: `${lead[0]}${whole.written}` });
  }
  return found;
}

/** The calendar year a period at the text's very start covers whole ("2016-01-01 till 2016-12-31", "1/1 – 31/12 2015"), or null. */
function wholeYearAtStart(text: string): { year: number; written: string } | null {
  const period = findInterimPeriod(text);
  const year = period?.period.start?.slice(0, 4);
  const whole = period?.index === 0 && year && period.period.start === `${year}-01-01` && period.period.end === `${year}-12-31`;
  return whole ? { year: Number(year), written: period.period.text } : null;
}
/**
 * "KOMMENTAR TILL 2011 ÅRS EKONOMISKA RESULTAT", "2014 års bokslut": the year whose result the
 * report accounts for (a transcript may have dropped the title's year); "jämfört med 2010 års
 * resultat" is the year before.
 */
const RESULT_OF =
  /(?<![\p{L}\d])(?<!(?:jämfört|jämförelse|jmf)\s+(?:med\s+)?|(?<![\p{L}])(?:mot|än)\s+)((?:19|20)\d{2})\s+års\s+(?:ekonomiska\s+)?(?:resultat|bokslut|räkenskaper)(?![\p{L}])/giu;
/** "En summering av 2021", "Sammanfattning av verksamhetsåret 2022". */
const SUMMARY = /(?<![\p{L}])(?:summering|sammanfattning|sammanställning)\s+av\s+(?:verksamhetsåret\s+|året\s+)?((?:19|20)\d{2})(?![\d])(?!\s*års?\b)/giu;
/**
 * "Denna årsredovisning avser Samordningsförbundet Exempeldalens verksamhet under 2019", "Årsredovisningen
 * omfattar förbundets verksamhet och ekonomi för år 2020": the report says whose work in which year it
 * covers, however long the förbund's name between ("… beskriver också verksamhetsplanen för 2021" is no work done).
 */
const COVERS =
  /(?<![\p{L}])(?:årsredovisning|verksamhetsberättelse|årsberättelse)(?:en|n)?\s+(?:avser|omfattar|beskriver|redovisar|gäller|speglar|sammanfattar)\s+(?:[\p{L}\p{N}:'’,-]+\s+){0,12}?(?:verksamhet(?:en)?|arbete(?:t)?)(?:\s+och\s+\p{L}+)?\s+(?:under|för|i)\s+(?:år(?:et)?\s+)?((?:19|20)\d{2})(?![\d])(?!\s*års?(?![\p{L}]))/giu;
/** "Årsredovisning 2015 utgör uppföljning …": next year's report, a plan not a statement. */

/** A cover's line that is the report's name alone ("Årsredovisning", "ÅRSREDOVISNING MED VERKSAMHETSBERÄTTELSE"). */
const NAME_LINE_WORDS = 4;
const BARE_YEAR = /^\s*((?:19|20)\d{2})\s*$/u;
const YEAR_THEN_NAME = /^\s*((?:19|20)\d{2})\s+(\S.*)$/su;
/** "2021 års verksamhetsberättelse", "Bokslut 2021 med verksamhetsberättelse": a title line whose year is linked to the name after it. */
const YEAR_LINKED_NAME = /^\s*(?:\p{L}+\s+)?((?:19|20)\d{2})\s+(?:års|med|och)\s+(?:tillhörande\s+)?(\S.*)$/su;
/** "för år 2013", "avseende 2013": the rest of a cover's title, on a line of its own under the report's name. */
const FOR_YEAR = /^\s*(?:för|avseende)\s+(?:år(?:et)?\s+)?((?:19|20)\d{2})\s*$/iu;

function nameLine(text: string, titled = false): boolean {
  const words = text.trim().split(/\s+/u);
  return words.length <= NAME_LINE_WORDS && !/\d/u.test(text) && titleWord(words[0] ?? '', titled);
}

/**
 * A cover that sets the year on a line of its own, above or below the report's name ("2016" over
 * "ÅRSREDOVISNING", "Årsredovisning" over "2019", "för år 2019" or "2019-01-01 – 2019-12-31"), or before the
 * name on one line ("2016 ÅRSREDOVISNING", "2021 års verksamhetsberättelse", "Bokslut 2021 med
 * verksamhetsberättelse"): `line` and the line after it, each a unit of its own.
 */
export function coverYear(line: string, next: string | null): YearFound | null {
  const before = line.match(YEAR_THEN_NAME);
  if (before?.[1] && before[2] && nameLine(before[2])) return { year: Number(before[1]), index: 0, text: line.trim() };
  const linked = line.match(YEAR_LINKED_NAME);
  if (linked?.[1] && linked[2] && nameLine(linked[2], true)) return { year: Number(linked[1]), index: 0, text: line.trim() };
  if (next === null) return null;
  const year =
    (nameLine(line) ? (next.match(BARE_YEAR)?.[1] ?? next.match(FOR_YEAR)?.[1] ?? wholeYearLine(next)) : null) ??
    (nameLine(next) ? line.match(BARE_YEAR)?.[1] : null);
  return year ? { year: Number(year), index: 0, text: `${line.trim()} ${next.trim()}` } : null;
}

/** "2015-01-01 – 2015-12-31", "1 januari – 31 december 2015": a line that is a whole calendar year and nothing else, as a cover sets it under the name. */
function wholeYearLine(text: string): string | null {
  const whole = wholeYearAtStart(text.trim());
  return whole && whole.written.length >= text.trim().length - 1 ? String(whole.year) : null;
}

export interface YearFound {
  year: number;
  index: number;
  text: string;
}

/** The statements of the year in `text`, in order. */
export function findYears(text: string): YearFound[] {
  const found = [...titledYears(text), ...wholeYears(text)];
  for (const pattern of [FISCAL, SUMMARY, REGARDING, COVERS, WHOLE_YEAR, RESULT_OF]) {
    for (const match of text.matchAll(pattern)) {
      if (pattern === FISCAL && fiscalYearOfAnother(text, match.index)) continue;
      found.push({ year: Number(match[1]), index: match.index, text: match[0] });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}
