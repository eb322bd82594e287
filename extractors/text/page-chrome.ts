/**
 * What page furniture says, as text: page numbers, e-signature stamps, receiving stamps and the
 * organisationsnummer line of a running header. The one list of these patterns: the PDF reader
 * drops such lines from the page margins (readers/pdf/layout/furniture.ts), and the structure pass
 * (extractors/structure) sets aside what slipped through, what a DOCX carries in its body and what
 * a transcript glued onto its paragraphs.
 */

const PAGE_NUMBER = [
  /^(?:sida|sid\.?|s\.|page|p\.)\s*\d{1,4}(?:\s*(?:av|of|\/|\()\s*\d{1,4}\)?)?$/i,
  /^\d{1,4}\s*(?:\(\s*\d{1,4}\s*\)|\/\s*\d{1,4}|av\s+\d{1,4}|of\s+\d{1,4})$/i,
];

/** "16", "- 16 -", "(16)": a page number only where the numbers follow the pages. */
const LONE_NUMBER = /^[-–—(]?\s*(\d{1,4})\s*[-–—)]?$/;

const SIGNATURE_STAMP = [
  /^comfact\s+signature\b/i,
  /^referensnummer\s*:\s*[\w-]+$/i,
  /^docusign\s+envelope\s+id\s*:/i,
  /^verifikat(?:ion)?\s*:?\s*[\w-]{6,}$/i,
  /^transaktion\s+\d{8,}\b/i,
  /^signed\s+(?:by|with)\s+(?:comfact|scrive|docusign|assently|visma|penneo)\b/i,
];

/** A stamp glued into a line of other text (a PDF line that also holds the footer's page number). */
const GLUED_SIGNATURE_STAMP = /comfact\s*signature|referensnummer\s*:\s*[\w-]+|(?:^|\s)(?:signed\s+by|signerat\s+av|verifierad?\s+av)\s/iu;

/**
 * A receiving body's stamp on a scanned page: "Inkom 2017-03-30", "KOMMUNSTYRELSEN Ink 2016 -03- 22
 * Dnr …", "Ankom den 2 april 2017". The word must stand alone: "Ankomstdatum" is a form label.
 */
const RECEIVING_STAMP =
  /(?:^|\s)(?:inkom(?:mit|men)?|ankom(?:mit)?|ink\.?|mottagen|registrerad)\s*(?:den\s+)?(?:\d{4}\s*-?\s*\d{1,2}\s*-?\s*\d{1,2}|\d{1,2}\s+\p{L}+\s+\d{4})/iu;

/** "Org.nr 222000-1234", "Org. nr:", "Organisationsnummer" (a transcript may have dropped the digits). */
const ORGANISATION_NUMBER_LINE = /^(?:org\.?\s?nr\.?|organisationsnummer)\s*:?\s*(?:\d{6}\s?-\s?\d{4})?\s*/iu;

export function isPageNumber(text: string): boolean {
  return PAGE_NUMBER.some((pattern) => pattern.test(text.trim()));
}

/** The number of a lone "16", "- 16 -" or "(16)", or null. */
export function loneNumber(text: string): number | null {
  const match = LONE_NUMBER.exec(text.trim());
  return match?.[1] ? Number(match[1]) : null;
}

/** A line that is an e-signature service's stamp. */
export function isSignatureStamp(text: string): boolean {
  return SIGNATURE_STAMP.some((pattern) => pattern.test(text.trim()));
}

/** A line that holds an e-signature stamp, alone or glued to other text. */
export function holdsSignatureStamp(text: string): boolean {
  return isSignatureStamp(text) || GLUED_SIGNATURE_STAMP.test(text);
}

export function holdsReceivingStamp(text: string): boolean {
  return RECEIVING_STAMP.test(text);
}

/** Length of an organisationsnummer line at the start of `text` ("Org.nr 222000-1234 "), 0 when none. */
export function organisationNumberPrefix(text: string): number {
  const match = ORGANISATION_NUMBER_LINE.exec(text);
  return match ? match[0].length : 0;
}
