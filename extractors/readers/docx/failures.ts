import type { Wording } from '../../../schemas/config.js';
import { emptyFileFailure, ReadFailure } from '../failure.js';

/** Every way a .docx can fail, worded for the person who has to fix the file, in Swedish and English. */
export const docxFailure = {
  empty: emptyFileFailure,
  notZip: () =>
    new ReadFailure('corrupt', {
      sv: 'Filen är inte ett giltigt Word-dokument (.docx): den är skadad eller ingen .docx alls; spara den igen från Word eller be om en ny kopia',
      en: 'The file is not a valid Word document (.docx): it is damaged or not a .docx at all; save it again from Word or ask for a new copy',
    }),
  truncated: (detail: string) =>
    new ReadFailure('corrupt', {
      sv: `.docx-filen är skadad eller ofullständig (tekniskt: ${detail}); be om en ny kopia`,
      en: `The .docx file is damaged or incomplete (${detail}); ask for a new copy`,
    }),
  malformedXml: (detail: string) =>
    new ReadFailure('corrupt', {
      sv: `.docx-filen är skadad: innehållet går inte att tolka (tekniskt: ${detail}); spara den igen från Word eller be om en ny kopia`,
      en: `The .docx file is damaged: its content cannot be parsed (${detail}); save it again from Word or ask for a new copy`,
    }),
  encrypted: () =>
    new ReadFailure('encrypted', {
      sv: 'Dokumentet är lösenordsskyddat; spara en oskyddad kopia och försök igen',
      en: 'The document is password-protected; save an unprotected copy and try again',
    }),
  legacyDoc: () =>
    new ReadFailure('unsupported-format', {
      sv: 'Det äldre Word-formatet .doc stöds inte; öppna filen i Word och spara den som .docx eller PDF',
      en: 'Legacy Word .doc is not supported; open it in Word and save as .docx or PDF',
    }),
  otherOfficeBinary: () =>
    new ReadFailure('unsupported-format', {
      sv: 'Det här är en äldre binär Office-fil, inte en Word .docx; spara den som .docx eller PDF',
      en: 'This is an old binary Office file, not a Word .docx; save it as .docx or PDF',
    }),
  /** `what`: "Det här är en Excel-arbetsbok (.xlsx)" / "This is an Excel workbook (.xlsx)". */
  notWordPackage: (what: Wording) =>
    new ReadFailure('unsupported-format', {
      sv: `${what.sv}, inte ett Word-dokument; spara det som .docx eller PDF`,
      en: `${what.en}, not a Word document; save it as .docx or PDF`,
    }),
  otherFormat: (what: Wording, advice: Wording = { sv: 'spara den som .docx eller PDF', en: 'save it as .docx or PDF' }) =>
    new ReadFailure('unsupported-format', {
      sv: `Det här är ${what.sv}, inte en Word .docx; ${advice.sv}`,
      en: `This is ${what.en}, not a Word .docx; ${advice.en}`,
    }),
  tooLarge: (detail: Wording) =>
    new ReadFailure('too-large', {
      sv: `Dokumentet är för stort för att läsas säkert: ${detail.sv}; kontrollera att det är en enda rapport och spara det igen utan inbäddade bilder eller filer`,
      en: `The document is too large to read safely: ${detail.en}; check that it is a single report and save it again without embedded pictures or files`,
    }),
  timeout: (ms: number) =>
    new ReadFailure('timeout', {
      sv: `Att läsa dokumentet tog längre tid än ${ms} ms och avbröts; spara det igen från Word, eller höj limits.timeoutMs (--timeout-ms).`,
      en: `Reading the document took longer than ${ms} ms and was stopped; save it again from Word, or raise limits.timeoutMs (--timeout-ms).`,
    }),
};
