import type { Wording } from '../schemas/config.js';

/** What the bytes are, whatever the file is called: the container a reader can open. */
export type Container = 'pdf' | 'zip' | 'ole';

/** How far into the file a PDF header may start; Acrobat accepts junk before it, so do we. */
const PDF_HEADER_WINDOW = 1024;

const PDF_HEADER = Buffer.from('%PDF-', 'latin1');
const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EMPTY_ARCHIVE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE compound file: legacy .doc, or an encrypted .docx wrapped by Office. */
const OLE_HEADER = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

export function sniffContainer(head: Uint8Array): Container | null {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  if (bytes.subarray(0, PDF_HEADER_WINDOW + PDF_HEADER.length).includes(PDF_HEADER)) return 'pdf';
  if (startsWith(bytes, ZIP_LOCAL_HEADER) || startsWith(bytes, ZIP_EMPTY_ARCHIVE)) return 'zip';
  if (startsWith(bytes, OLE_HEADER)) return 'ole';
  return null;
}

const SCAN_ADVICE: Wording = {
  sv: 'skanna eller exportera rapporten som en PDF med text (kör textigenkänning, OCR), eller skicka Word-filen',
  en: 'scan or export the report as a PDF with text (run OCR), or send the Word file',
};

/** Formats people send by mistake, so the message can say what the file is and what to do. */
const KNOWN_OTHER_FORMATS: { name: Wording; advice: Wording; matches: (bytes: Buffer) => boolean }[] = [
  { name: { sv: 'en bild (PNG)', en: 'an image (PNG)' }, advice: SCAN_ADVICE, matches: (b) => startsWith(b, Buffer.from([0x89, 0x50, 0x4e, 0x47])) },
  { name: { sv: 'en bild (JPEG)', en: 'an image (JPEG)' }, advice: SCAN_ADVICE, matches: (b) => startsWith(b, Buffer.from([0xff, 0xd8, 0xff])) },
  {
    name: { sv: 'en bild (TIFF)', en: 'an image (TIFF)' },
    advice: SCAN_ADVICE,
    matches: (b) => startsWith(b, Buffer.from('II*\0', 'latin1')) || startsWith(b, Buffer.from('MM\0*', 'latin1')),
  },
  {
    name: { sv: 'ett RTF-dokument', en: 'an RTF document' },
    advice: { sv: 'öppna det i Word och spara det som .docx', en: 'open it in Word and save it as .docx' },
    matches: (b) => startsWith(b, Buffer.from('{\\rtf', 'latin1')),
  },
  {
    name: { sv: 'en HTML-sida', en: 'an HTML page' },
    advice: { sv: 'öppna den i Word och spara den som .docx, eller skriv ut den till PDF', en: 'open it in Word and save it as .docx, or print it to PDF' },
    matches: (b) => /^\s*<(!doctype html|html)/i.test(b.subarray(0, 256).toString('latin1')),
  },
];

/** Names of files that claim to be something a reader opens. */
const DOCUMENT_EXTENSION = /\.(pdf|docx|docm|dotx|dotm)$/i;

export interface Unrecognised {
  /** corrupt: it claims to be a PDF/DOCX by name but is not; unsupported-format: it is something else. */
  code: 'corrupt' | 'unsupported-format';
  message: Wording;
}

/**
 * Bytes no reader opens. A recognisable other format (an image, RTF) is unsupported whatever its
 * name; unrecognisable bytes under a .pdf/.docx name are a damaged file of that kind.
 */
export function describeUnrecognised(head: Uint8Array, path: string): Unrecognised {
  const bytes = Buffer.from(head.buffer, head.byteOffset, head.byteLength);
  const known = KNOWN_OTHER_FORMATS.find((format) => format.matches(bytes));
  if (known) {
    return {
      code: 'unsupported-format',
      message: {
        sv: `Filen är ${known.name.sv}, inte en PDF eller ett Word-dokument; ${known.advice.sv}.`,
        en: `The file is ${known.name.en}, not a PDF or Word document; ${known.advice.en}.`,
      },
    };
  }
  const claimed = path.match(DOCUMENT_EXTENSION)?.[1]?.toLowerCase();
  if (claimed === 'pdf') {
    return {
      code: 'corrupt',
      message: {
        sv: 'Filen heter .pdf men innehåller ingen PDF (den är skadad eller sparades fel); exportera PDF-filen igen eller be avsändaren om en ny kopia.',
        en: 'The file is named .pdf but does not contain a PDF (it is damaged or was saved wrongly); export the PDF again or ask the sender for a new copy.',
      },
    };
  }
  if (claimed) {
    return {
      code: 'corrupt',
      message: {
        sv: `Filen heter .${claimed} men innehåller inget Word-dokument (den är skadad eller sparades fel); spara den igen från Word eller be avsändaren om en ny kopia.`,
        en: `The file is named .${claimed} but does not contain a Word document (it is damaged or was saved wrongly); save it again from Word or ask the sender for a new copy.`,
      },
    };
  }
  return {
    code: 'unsupported-format',
    message: {
      sv: 'Filen är varken en PDF eller ett Word-dokument (.docx); spara rapporten som .docx eller PDF och försök igen.',
      en: 'The file is neither a PDF nor a Word (.docx) document; save the report as .docx or PDF and try again.',
    },
  };
}

function startsWith(bytes: Buffer, prefix: Buffer): boolean {
  return bytes.length >= prefix.length && bytes.subarray(0, prefix.length).equals(prefix);
}
