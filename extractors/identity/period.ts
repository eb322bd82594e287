/**
 * The months an interim report covers, as it states them: "Under första halvåret 2022",
 * "januari–augusti 2021", "jan–aug 2021", "1 januari – 30 juni 2021", "januari 2021 – augusti 2021",
 * "1/1 – 30/6 2021", "Delårsrapport 2021-01-01 – 2021-08-31", "per den 31 augusti 2021", "per augusti 2021",
 * "Delårsbokslut augusti 2021", "Delårsrapport 2021-08-31".
 */
import type { Period } from '../../schemas/common.js';
import { findDates, findMonthPeriods, findPeriodSides, lastDay, MONTH_NAME, monthNumber, type PeriodSides } from '../parse/index.js';

const YEAR = '((?:19|20)\\d{2})';
/** A month's name, whole or cut short ("aug", "sept."), and not the start of a longer word. */
const MONTH = `(${MONTH_NAME})(?!\\p{L})`;
/** "1", "1:a", "31:e" before a month. */
const DAY = '(?:(\\d{1,2})(?::?[ae])?\\s+)?';
/** Between the two ends: a dash, "till (och med)", "t.o.m.", "t o m", "tom". */
const TO = '\\s*(?:[-\\u2010-\\u2015\\u2212]+|till(?:\\s+och\\s+med)?|t\\.?\\s?o\\.?\\s?m\\.?|tom)\\s*';

/** "första halvåret 2022", "första tertialet 2021", "andra tertialet 2021". */
const PART = new RegExp(`\\b(första|andra)\\s+(halvåret|tertialet|kvartalet)\\s+(?:år\\s+)?${YEAR}\\b`, 'giu');
/** "januari–augusti 2021", "jan-juni 2021", "1 januari – 30 juni 2021", "januari t o m augusti år 2021". */
const MONTH_RANGE = new RegExp(`(?<![\\p{L}\\d])${DAY}${MONTH}${TO}${DAY}${MONTH}\\s+(?:år\\s+)?${YEAR}(?!\\d)`, 'giu');
/** "1/1 – 30/6 2021": day/month at both ends, the year once. */
const DAY_MONTH_RANGE = new RegExp(`(?<![\\d/.])(\\d{1,2})/(\\d{1,2})\\s*[-\\u2010-\\u2015\\u2212]\\s*(\\d{1,2})/(\\d{1,2})\\s+${YEAR}(?!\\d)`, 'gu');
/** "per den 31 augusti 2021", "per 31 aug 2021", "per augusti 2021", "per 2021-08-31": from the year's start. */
const PER = new RegExp(`\\bper\\s+(?:den\\s+)?(?:(\\d{1,2})\\s+)?${MONTH}\\s+${YEAR}\\b`, 'giu');
const PER_ISO = /\bper\s+(?:den\s+)?((?:19|20)\d{2})-(\d{2})-(\d{2})\b/giu;
/** "Delårsbokslut augusti 2021", "Tertialrapport april 2021": an interim report's name, then the month it runs to (not a range's first side). */
const TITLE_MONTH = new RegExp(`(?<![\\p{L}])(?:delårs|halvårs|tertial)\\p{L}*\\s+${MONTH}\\s+${YEAR}\\b(?!${TO})`, 'giu');

/** "Delårsrapport 2021-08-31", "Delårsbokslut 2019-08-31": an interim report's name, then the day it runs to (not a range's first side). */
const TITLE_DAY = new RegExp(`(?<![\\p{L}])(?:delårs|halvårs|tertial)\\p{L}*\\s+${YEAR}-(\\d{2})-(\\d{2})(?!\\d)(?!${TO}\\d)`, 'giu');

/**
 * "Tertialrapport 1 2022", "Delårsrapport T1 2022", "Kvartalsrapport 1 2022": a report named for the
 * year's first tertial or quarter, from New Year. A later part ("Tertialrapport 2") is left alone —
 * whether it counts from New Year or from its own first month, the name does not say — and so is a
 * "Halvårsrapport", which förbund also give the report that runs to August.
 */
const TITLE_FIRST_PART = new RegExp(
  `(?<![\\p{L}])(?:(tertial)\\p{L}*\\s+(?:T\\s?)?1|(?:delårs|uppföljning)\\p{L}*\\s+(?:(T)|Q|K)\\s?1|kvartal\\p{L}*\\s+(?:Q\\s?|K\\s?)?1)\\s+(?:år\\s+)?${YEAR}\\b(?!${TO}\\d)`,
  'giu',
);

export interface PeriodFound {
  period: Period;
  index: number;
}

/** The ISO date of a day in a month, or null when the month has no such day; no day written is `fallback`. */
function dayOf(year: number, month: number, day: string | undefined, fallback: 'first' | 'last'): string | null {
  if (month < 1 || month > 12) return null;
  if (day === undefined) return fallback === 'first' ? `${year}-${String(month).padStart(2, '0')}-01` : lastDay(year, month);
  const last = Number(lastDay(year, month).slice(8));
  const number = Number(day);
  if (number < 1 || number > last) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(number).padStart(2, '0')}`;
}

/** A period whose both ends are real dates, the start not after the end; otherwise none. */
function found(start: string | null, end: string | null, text: string, index: number): PeriodFound | null {
  return start && end && start <= end ? { period: { start, end, text }, index } : null;
}

function fromSides(sides: { value: PeriodSides; start: number } | undefined): PeriodFound | null {
  return sides ? found(sides.value.start.iso, sides.value.end.iso, sides.value.text, sides.start) : null;
}

/** The first period the text states, or null. */
export function findInterimPeriod(text: string): PeriodFound | null {
  return findInterimPeriods(text)[0] ?? null;
}

/** Every period the text states, in order. */
function findInterimPeriods(text: string): PeriodFound[] {
  const candidates: (PeriodFound | null)[] = [];
  for (const part of text.matchAll(PART)) {
    const year = Number(part[3]);
    const first = (part[1] ?? '').toLowerCase() === 'första';
    const size = /halv/iu.test(part[2] ?? '') ? 6 : /tertial/iu.test(part[2] ?? '') ? 4 : 3;
    const from = first ? 1 : size + 1;
    candidates.push(found(dayOf(year, from, undefined, 'first'), dayOf(year, from + size - 1, undefined, 'last'), part[0], part.index));
  }
  for (const range of text.matchAll(MONTH_RANGE)) {
    const [written, fromDay, fromMonth = '', toDay, toMonth = '', year = ''] = range;
    candidates.push(
      found(dayOf(Number(year), monthNumber(fromMonth), fromDay, 'first'), dayOf(Number(year), monthNumber(toMonth), toDay, 'last'), written, range.index),
    );
  }
  for (const dayMonth of text.matchAll(DAY_MONTH_RANGE)) {
    const [written, fromDay, fromMonth, toDay, toMonth, year = ''] = dayMonth;
    candidates.push(
      found(dayOf(Number(year), Number(fromMonth), fromDay, 'first'), dayOf(Number(year), Number(toMonth), toDay, 'last'), written, dayMonth.index),
    );
  }
  for (const per of text.matchAll(PER)) {
    const year = Number(per[3]);
    candidates.push(found(`${year}-01-01`, dayOf(year, monthNumber(per[2] ?? ''), per[1], 'last'), per[0], per.index));
  }
  for (const title of text.matchAll(TITLE_MONTH)) {
    const year = Number(title[2]);
    const written = title[0].slice(title[0].search(/\s/u)).trim();
    candidates.push(found(`${year}-01-01`, dayOf(year, monthNumber(title[1] ?? ''), undefined, 'last'), written, title.index + title[0].indexOf(written)));
  }
  for (const title of text.matchAll(TITLE_DAY)) {
    const written = title[0].slice(title[0].search(/\s/u)).trim();
    const year = Number(title[1]);
    candidates.push(found(`${year}-01-01`, dayOf(year, Number(title[2]), title[3], 'last'), written, title.index + title[0].indexOf(written)));
  }
  for (const title of text.matchAll(TITLE_FIRST_PART)) {
    const [written, tertial, t, year = ''] = title;
    const months = tertial || t ? 4 : 3;
    candidates.push(found(dayOf(Number(year), 1, undefined, 'first'), dayOf(Number(year), months, undefined, 'last'), written, title.index));
  }
  for (const perIso of text.matchAll(PER_ISO))
    candidates.push(found(`${perIso[1]}-01-01`, dayOf(Number(perIso[1]), Number(perIso[2]), perIso[3], 'last'), perIso[0], perIso.index));
  for (const sides of [...findPeriodSides(text), ...findMonthPeriods(text)]) candidates.push(fromSides(sides));
  return candidates.filter((candidate): candidate is PeriodFound => candidate !== null).sort((a, b) => a.index - b.index);
}

/** Words before a period that make it one compared with: "jämfört med motsvarande period föregående år, 2019-01-01 – 2019-08-31". */
const COMPARED = /(?<![\p{L}])(?:jämfört|jämförelse\p{L}*|jmf|motsvarande|föregående|fjolåret\p{L}*)(?![\p{L}])/iu;
/** How far back in its sentence a comparison's words may stand. */
const COMPARED_REACH = 60;

/**
 * The first period the text states that can be an interim report's own: from New Year to a day
 * before the year's end, in one year, and not one compared with. A forecast for the autumn, a pause
 * in the spring, a budget's whole year and a project's years are other periods.
 */
export function findOwnInterimPeriod(text: string): PeriodFound | null {
  return (
    findInterimPeriods(text).find(({ period: { start, end }, index }) => {
      const year = start?.slice(0, 4);
      if (start !== `${year}-01-01` || !end || end.slice(0, 4) !== year || end >= `${year}-12-31`) return false;
      const sentence =
        text
          .slice(Math.max(0, index - COMPARED_REACH), index)
          .split(/[.!?]\s/u)
          .pop() ?? '';
      return !COMPARED.test(sentence);
    }) ?? null
  );
}

/**
 * "Perioden januari–augusti", "Rapporten avser januari till och med juni": the months without their
 * year, under a title that gives it ("Delårsrapport 2019"). Only after the words that introduce the
 * report's own period, and only from January, where every interim report starts ("Under mars–maj
 * genomfördes …" is something done in the year).
 */
const MONTHS_OF_THE_YEAR = new RegExp(
  `(?<![\\p{L}])(?:perioden|tiden|(?:rapporten|delårsrapporten|redovisningen|bokslutet|delårsbokslutet)\\s+(?:avser|omfattar)(?:\\s+perioden)?)\\s*:?\\s+${DAY}(jan(?:uari)?)\\.?${TO}${DAY}${MONTH}(?!\\s+(?:år\\s+)?(?:19|20)\\d{2})(?![\\p{L}\\d])`,
  'iu',
);

/** "Rapporten avser första halvåret": the part of the year, without its year, after the same words. */
const PART_OF_THE_YEAR = new RegExp(
  `(?<![\\p{L}])(?:perioden|tiden|(?:rapporten|delårsrapporten|halvårsrapporten|tertialrapporten|redovisningen|bokslutet|delårsbokslutet)\\s+(?:avser|omfattar)(?:\\s+perioden)?)\\s*:?\\s+(första\\s+(halvåret|tertialet|kvartalet))(?!\\s+(?:år\\s+)?(?:19|20)\\d{2})(?![\\p{L}\\d])`,
  'iu',
);
const PART_MONTHS: Readonly<Record<string, number>> = { halvåret: 6, tertialet: 4, kvartalet: 3 };

/** The months of `year` the text states, in a title's year (see MONTHS_OF_THE_YEAR), or null. */
export function findMonthsOfYear(text: string, year: number): PeriodFound | null {
  const part = text.match(PART_OF_THE_YEAR);
  if (part?.[1] && part.index !== undefined) {
    const months = PART_MONTHS[(part[2] ?? '').toLowerCase()] ?? 0;
    return found(dayOf(year, 1, undefined, 'first'), dayOf(year, months, undefined, 'last'), part[1], part.index + part[0].indexOf(part[1]));
  }
  const months = text.match(MONTHS_OF_THE_YEAR);
  if (!months || months.index === undefined) return null;
  const [written, fromDay, , toDay, toMonth = ''] = months;
  const at = written.search(/\d|jan/iu);
  return found(dayOf(year, 1, fromDay, 'first'), dayOf(year, monthNumber(toMonth), toDay, 'last'), written.slice(at), months.index + at);
}

/**
 * "Projektet pågick under perioden 1 januari 2012 till och med 31 december 2014", "… genomfördes
 * 2019-03-01 – 2021-02-28", "genomfördes under tiden december 2004 - december 2006", "påbörjades
 * september 2009 och pågår till maj 2013", "ett projekt som under perioden mars 2010 till mars 2011
 * vänder sig till …": the period a project ran, as a sentence tells it — both
 * ends real dates or months ("genomfördes under perioden fr o m t o m", a transcript's lost dates,
 * is none; a month runs from its first day to its last, whole years from 1 January to 31 December).
 */
const RAN =
  /(?<![\p{L}])(?:(?:pågick|pågått|pågår|genomfördes|genomförts|bedrevs|bedrivits|drevs|drivits|löpte|löpt|varade|varat|påbörjades|påbörjats|startade|startades|startats|inleddes|inletts)\s+(?:under\s+)?(?:(?:hela\s+)?perioden\s+|tiden\s+)?|\p{L}*(?:projekt|insats)\p{L}*,?\s+som\s+under\s+(?:perioden|tiden)\s+)(?:från\s+|fr\.?\s?o\.?\s?m\.?\s+|mellan\s+|i\s+)?/giu;
/**
 * A form's period label run into the text, as a transcript of a form reads: "Projekttid oktober
 * 2007 maj 2011", "Projektperiod: 2019-03-01 – 2021-02-28", "Period: 2018-01-01 – 2020-12-31" (a form's label, its colon written),
 * "Projektperiod: från och med 1 september 2019 till och med 30 juni 2021", and a final report's "Rapporteringen avser
 * 2012-09-01 – 2014-11-30" (read for a slutrapport only). Its value may set two months side by side.
 */
const RAN_LABEL =
  /(?<![\p{L}])(?:(?:projekttid|projektperiod|projekttiden|insatsperiod|insatstid|genomförandeperiod|genomförandetid|projektets\s+löptid|(?:slut)?(?:rapporteringen|rapporten|redovisningen)\s+avser(?:\s+perioden)?)\s*:?\s+|(?:rapporterings|tids)?period\s*:\s*)(?:från\s+och\s+med\s+|fr\.?\s?o\.?\s?m\.?\s+|från\s+|mellan\s+)?/giu;
/** The period starts right after the verb's words; it is written within a line's length. */
const RAN_REACH = 4;
const RAN_WINDOW = 120;

export function findRanPeriod(text: string): PeriodFound | null {
  const leads = [
    ...[...text.matchAll(RAN)].map((match) => ({ match, label: false })),
    ...[...text.matchAll(RAN_LABEL)].map((match) => ({ match, label: true })),
  ];
  for (const { match, label } of leads.sort((a, b) => a.match.index - b.match.index)) {
    const from = match.index + match[0].length;
    const window = text.slice(from, from + RAN_WINDOW);
    const dates = findPeriodSides(window, { sentence: !label, between: /mellan\s+$/iu.test(match[0]) })[0];
    const months = findMonthPeriods(window, { sideBySide: label })[0];
    const sides = [dates, months].find((found): found is { value: PeriodSides; start: number; end: number } => found !== undefined && found.start <= RAN_REACH);
    if (sides?.value.start.iso && sides.value.end.iso)
      return { period: { start: sides.value.start.iso, end: sides.value.end.iso, text: sides.value.text }, index: from + sides.start };
    const years = label ? null : ranYears(window);
    if (years) return { period: years.period, index: from + years.index };
  }
  return null;
}

/** A form's field of the day a project started: "Projektstart:", "Startdatum:", "Start:". */
const START_FIELD = /(?<![\p{L}])(?:projektstart|insatsstart|startdatum|start)\s*:\s*/giu;
/** …and of the day it ended, a line or two below. */
const END_FIELD = /(?<![\p{L}])(?:projektslut|projektavslut|insatsslut|slutdatum|avslutsdatum|slut)\s*:\s*/iu;
/** How far below the start's date the end's field may stand: the next line or two of a form. */
const END_FIELD_REACH = 80;

/**
 * A project's period as a form's two fields give it, "Projektstart: 2019-08-01" / "Projektslut:
 * 2021-07-31", "Startdatum: … Slutdatum: …": both real days, the start not after the end. `below`
 * is the form's lines under the unit (fields typed as paragraphs of their own).
 */
export function findStartEndPeriod(text: string, below = ''): PeriodFound | null {
  const joined = below === '' ? text : `${text}\n${below}`;
  for (const match of joined.matchAll(START_FIELD)) {
    const from = match.index + match[0].length;
    const start = findDates(joined.slice(from, from + RAN_WINDOW))[0];
    if (!start || start.start !== 0 || !start.value.iso) continue;
    const rest = joined.slice(from + start.end, from + start.end + END_FIELD_REACH);
    const endLabel = rest.match(END_FIELD);
    if (!endLabel || endLabel.index === undefined) continue;
    const after = from + start.end + endLabel.index + endLabel[0].length;
    const end = findDates(joined.slice(after, after + RAN_WINDOW))[0];
    if (!end || end.start !== 0 || !end.value.iso || end.value.iso < start.value.iso) continue;
    const written = `${start.value.text} – ${end.value.text}`;
    // Evidence stays within the unit: a field below it is quoted by its own date.
    return { period: { start: start.value.iso, end: end.value.iso, text: written }, index: Math.min(from, text.length) };
  }
  return null;
}

/**
 * "pågick i projektform under 2011 och 2012", "bedrevs under åren 2016–2018", "pågick 2011–2012":
 * whole years, from the first's 1 January to the last's 31 December — a few words may stand between
 * the verb and "under". Not "2019 och 2020 års enkäter", not a span longer than the longest project.
 */
const RAN_YEARS =
  /^((?:(?:\p{Ll}+\s+){0,3}?under\s+)?(?:åren\s+|perioden\s+)?)((?:19|20)\d{2})\s*(?:[-\u2010-\u2015]|och|till(?:\s+och\s+med)?|t\.\s?o\.\s?m\.)\s*((?:19|20)\d{2})(?![\d\p{L}-])(?!\s+års)/u;
const MAX_RAN_YEARS = 10;

function ranYears(window: string): PeriodFound | null {
  const match = window.match(RAN_YEARS);
  if (!match) return null;
  const [written, lead = '', from = '', to = ''] = match;
  const span = Number(to) - Number(from);
  if (span < 1 || span > MAX_RAN_YEARS) return null;
  return { period: { start: `${from}-01-01`, end: `${to}-12-31`, text: written.slice(lead.length).trim() }, index: lead.length };
}
