/**
 * The months an interim report covers, as it states them: "Under första halvåret 2022",
 * "januari–augusti 2021", "Delårsrapport 2021-01-01 – 2021-08-31", "per den 31 augusti 2021".
 */
import type { Period } from '../../schemas/common.js';
import { findPeriodSides } from '../parse/index.js';

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];
const MONTH = `(${MONTHS.join('|')})`;
const YEAR = '((?:19|20)\\d{2})';

/** "första halvåret 2022", "första tertialet 2021", "andra tertialet 2021". */
const PART = new RegExp(`\\b(första|andra)\\s+(halvåret|tertialet|kvartalet)\\s+(?:år\\s+)?${YEAR}\\b`, 'iu');
/** "januari–augusti 2021", "januari till och med juni 2020". */
const MONTH_RANGE = new RegExp(`\\b${MONTH}\\s*(?:[-–—]|till\\s+och\\s+med|t\\.o\\.m\\.?|till)\\s*${MONTH}\\s+${YEAR}\\b`, 'iu');
/** "per den 31 augusti 2021", "per 2021-08-31": from the year's start. */
const PER = new RegExp(`\\bper\\s+(?:den\\s+)?(\\d{1,2})\\s+${MONTH}\\s+${YEAR}\\b`, 'iu');
const PER_ISO = /\bper\s+(?:den\s+)?((?:19|20)\d{2})-(\d{2})-(\d{2})\b/iu;

export interface PeriodFound {
  period: Period;
  index: number;
}

function lastDay(year: number, month: number): string {
  const day = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function span(year: number, fromMonth: number, toMonth: number, text: string): Period {
  return { start: `${year}-${String(fromMonth).padStart(2, '0')}-01`, end: lastDay(year, toMonth), text };
}

/** The first period the text states, or null. */
export function findInterimPeriod(text: string): PeriodFound | null {
  const found: PeriodFound[] = [];
  const part = text.match(PART);
  if (part && part.index !== undefined) {
    const year = Number(part[3]);
    const first = (part[1] ?? '').toLowerCase() === 'första';
    const size = /halv/iu.test(part[2] ?? '') ? 6 : /tertial/iu.test(part[2] ?? '') ? 4 : 3;
    const from = first ? 1 : size + 1;
    found.push({ period: span(year, from, from + size - 1, part[0]), index: part.index });
  }
  const range = text.match(MONTH_RANGE);
  if (range && range.index !== undefined) {
    const from = MONTHS.indexOf((range[1] ?? '').toLowerCase()) + 1;
    const to = MONTHS.indexOf((range[2] ?? '').toLowerCase()) + 1;
    if (from >= 1 && to >= from) found.push({ period: span(Number(range[3]), from, to, range[0]), index: range.index });
  }
  const per = text.match(PER);
  if (per && per.index !== undefined) {
    const month = MONTHS.indexOf((per[2] ?? '').toLowerCase()) + 1;
    const year = Number(per[3]);
    const day = String(Number(per[1])).padStart(2, '0');
    if (month >= 1) found.push({ period: { start: `${year}-01-01`, end: `${year}-${String(month).padStart(2, '0')}-${day}`, text: per[0] }, index: per.index });
  }
  const perIso = text.match(PER_ISO);
  if (perIso && perIso.index !== undefined)
    found.push({ period: { start: `${perIso[1]}-01-01`, end: `${perIso[1]}-${perIso[2]}-${perIso[3]}`, text: perIso[0] }, index: perIso.index });
  const sides = findPeriodSides(text)[0];
  if (sides && sides.value.start.iso && sides.value.end.iso)
    found.push({ period: { start: sides.value.start.iso, end: sides.value.end.iso, text: sides.value.text }, index: sides.start });
  return found.sort((a, b) => a.index - b.index)[0] ?? null;
}

/**
 * "Projektet pågick under perioden 1 januari 2012 till och med 31 december 2014", "… genomfördes
 * 2019-03-01 – 2021-02-28": the period a project ran, as a sentence tells it — both ends
 * real dates ("genomfördes under perioden fr o m t o m", a transcript's lost dates, is none).
 */
const RAN =
  /(?<![\p{L}])(?:pågick|pågått|genomfördes|bedrevs|drevs|löpte|varade)\s+(?:under\s+)?(?:(?:hela\s+)?perioden\s+|tiden\s+)?(?:från\s+|fr\.?\s?o\.?\s?m\.?\s+)?/giu;
/** The period starts right after the verb's words; it is written within a line's length. */
const RAN_REACH = 4;
const RAN_WINDOW = 120;

export function findRanPeriod(text: string): PeriodFound | null {
  for (const verb of text.matchAll(RAN)) {
    const from = verb.index + verb[0].length;
    const sides = findPeriodSides(text.slice(from, from + RAN_WINDOW))[0];
    if (!sides || sides.start > RAN_REACH || !sides.value.start.iso || !sides.value.end.iso) continue;
    return { period: { start: sides.value.start.iso, end: sides.value.end.iso, text: sides.value.text }, index: from + sides.start };
  }
  return null;
}
