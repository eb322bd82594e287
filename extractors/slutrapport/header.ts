/**
 * The office box (Diarienummer, Ankomstdatum) and section 1's fields: the intervention's name,
 * planned period, intake end date and granted amount.
 */
import type { Money, Period } from '../../schemas/common.js';
import { findMoney, parseAmount } from '../parse/money.js';
import { parseDate } from '../parse/date.js';
import { parsePeriod } from '../parse/period.js';
import { type EvidenceBook, evidenceAt } from '../evidence.js';
import { SENTENCE_BREAK } from '../identity/opening.js';
import type { FormRow } from '../structure/index.js';
import { type FormEntry, readForm } from './form-reader.js';
import type { TemplateReading } from './profile.js';
import { SHAPES } from './split-glued.js';

export interface HeaderFields {
  registrationNumber: string | null;
  receivedDate: string | null;
  intervention: {
    name: string | null;
    plannedPeriod: Period | null;
    intakeEndDate: string | null;
    granted: Money | null;
  };
}

/** A one-line field: wrapped lines joined, blank as null. */
function scalar(entry: FormEntry | undefined): string | null {
  const value = entry?.value.replace(/\s+/g, ' ').trim() ?? '';
  return value === '' ? null : value;
}

/** A date or a period is a few words ("1 januari 2012 till och med 31 december 2014"); more is the prose that follows an empty field. */
const MAX_DATE_WORDS = 20;

/**
 * A year or a day and month written with figures ("2021", "2021-13-45", "31/2"): what a date attempt
 * holds, where a sentence that opens with a label's words holds other figures ("Under projekttiden
 * har 64 deltagare skrivits in", "Projekttiden förlängdes med 6 månader").
 */
const DATE_SHAPED = /(?<![\p{L}\d])(?:(?:19|20)\d{2}(?!\d)|\d{1,2}\s?[/.-]\s?\d{1,2}(?!\d)|\d{6}\s?[-\u2010-\u2015\u2212]\s?\d{6}(?!\d))/u;
/** How many words may stand before the date: "fr.o.m.", "från den", "var". */
const DATE_REACH_WORDS = 3;

/** A date field: a short value with a date attempt among its first words, not a stray line or a sentence. */
function dateText(entry: FormEntry | undefined): string | null {
  const value = scalar(entry);
  if (value === null || value.split(/\s+/u).length > MAX_DATE_WORDS) return null;
  const date = value.match(DATE_SHAPED);
  const before = date ? (value.slice(0, date.index).match(/\S+/gu) ?? []).length : Infinity;
  return before <= DATE_REACH_WORDS ? value : null;
}

/** A name is a few words ("Trisam 2.0 Gävle kommun"); a value longer, or one holding a sentence's end, is the section that follows an empty field. */
const MAX_NAME_WORDS = 15;

/** "Steget vidare" / "Samordningsförbundet Exempelbygden": a line of its own naming the förbund is the cover's next element. */
const FORBUND_LINE = /\n[ \t]*(?:samordningsförbund|finsam)/iu;

/** The insats's name field: a short value, not the prose a label's row ran into nor the förbund's name on the line under it. */
function nameText(entry: FormEntry | undefined): string | null {
  const cut = entry?.value.search(FORBUND_LINE) ?? -1;
  const value = scalar(entry && cut > 0 ? { ...entry, value: entry.value.slice(0, cut) } : entry);
  if (value === null || value.split(/\s+/u).length > MAX_NAME_WORDS || SENTENCE_BREAK.test(value)) return null;
  return value;
}

export function readHeader(
  rows: FormRow[],
  officeBox: { start: number; end: number },
  section1: { start: number; end: number },
  book: EvidenceBook,
  reading: TemplateReading,
  ocrPages: ReadonlySet<number>,
): HeaderFields {
  const { labels, boilerplate } = reading;
  const office = { registrationNumber: labels.registrationNumber, officeSignature: labels.officeSignature, receivedDate: labels.receivedDate };
  const intervention = { name: labels.name, plannedPeriod: labels.plannedPeriod, intakeEndDate: labels.intakeEndDate, granted: labels.granted };
  const first = (entries: FormEntry[], key: string): FormEntry | undefined => entries.find((entry) => entry.key === key);
  const officeEntries = readForm(rows, officeBox.start, officeBox.end, office, {
    shapes: { officeSignature: SHAPES.initials },
    figures: ['receivedDate'],
    boilerplate,
    ocrPages,
  });
  const fields = readForm(rows, section1.start, section1.end, intervention, { figures: ['plannedPeriod', 'intakeEndDate', 'granted'], boilerplate, ocrPages });
  // A blank field's evidence points at its label with empty text: there is nothing written to rest on.
  const evidence = (entry: FormEntry | undefined, value: string | null) => (entry ? evidenceAt(entry.source, entry.label, value ?? '') : null);

  const registration = first(officeEntries, 'registrationNumber');
  const registrationNumber = scalar(registration);
  book.add('registrationNumber', evidence(registration, registrationNumber));

  const received = first(officeEntries, 'receivedDate');
  const receivedText = dateText(received);
  // The text stays in the evidence even when it is not a real date, for the invalid-date rule.
  book.add('receivedDate', evidence(received, receivedText));

  const nameEntry = first(fields, 'name');
  const name = nameText(nameEntry);
  book.add('intervention.name', evidence(nameEntry, name));

  const periodEntry = first(fields, 'plannedPeriod');
  const periodText = dateText(periodEntry);
  const periodEvidence = evidence(periodEntry, periodText);
  book.add('intervention.plannedPeriod', periodEvidence);
  const plannedPeriod = periodText && periodEvidence ? { ...parsePeriod(periodText), evidence: periodEvidence } : null;

  const intakeEntry = first(fields, 'intakeEndDate');
  const intakeText = dateText(intakeEntry);
  book.add('intervention.intakeEndDate', evidence(intakeEntry, intakeText));

  const grantedEntry = first(fields, 'granted');
  const grantedText = scalar(grantedEntry);
  const grantedMoney = grantedText ? grantOf(grantedText, plannedPeriod) : null;
  const grantedEvidence = evidence(grantedEntry, grantedText);
  book.add('intervention.granted', grantedEvidence);

  return {
    registrationNumber,
    receivedDate: receivedText ? parseDate(receivedText).iso : null,
    intervention: {
      name,
      plannedPeriod,
      intakeEndDate: intakeText ? parseDate(intakeText).iso : null,
      granted: grantedMoney && grantedEvidence ? { ...grantedMoney, evidence: grantedEvidence } : null,
    },
  };
}

/** What a time after an amount makes it: a year's or a month's grant ("600 tkr per år", "50 000 kr/månad"). */
const PER_TIME = /^\s*(?:(?:\/|per|i|om)\s*(?:år(?:et)?|månad(?:en)?|mån\.?|termin(?:en)?|halvår(?:et)?|kvartal(?:et)?)|årligen|månatligen)(?![\p{L}])/iu;
/** One year after an amount, not a span of them: "600 tkr för 2021", "600 tkr år 2021". */
const FOR_ONE_YEAR = /^\s*(?:för|under|avseende|år)\s+(?:år\s+)?((?:19|20)\d{2})(?!\d|\s*[-–/]\s*(?:19|20)?\d{2})/iu;

/**
 * The amount granted for the insats: the first the field states, unless it is one year's or month's
 * ("600 tkr per år"; "600 tkr för 2021 och 600 tkr för 2022" of an insats that ran longer): then the
 * whole is not stated, and null (it was held to the whole period's budget). A bare number is in kronor.
 */
function grantOf(text: string, period: Pick<Period, 'start' | 'end'> | null): Money | null {
  const [first] = findMoney(text);
  if (!first) return parseAmount(text, 'kr');
  const after = text.slice(first.end);
  const year = FOR_ONE_YEAR.exec(after)?.[1];
  const ranLonger = year !== undefined && !(period?.start?.startsWith(year) && period.end?.startsWith(year));
  return PER_TIME.test(after) || ranLonger ? null : first.value;
}
