import { emptyFileFailure, ReadFailure } from '../extractors/readers/failure.js';
import type { Wording } from '../schemas/config.js';

/**
 * The failures the pipeline itself detects (the readers raise their own). Each message says what
 * happened and what the person should do, in plain words, in Swedish and in English.
 */
export const pipelineFailure = {
  emptyFile: emptyFileFailure,

  tooManyBytes: (bytes: number, maxBytes: number): ReadFailure =>
    new ReadFailure('too-large', {
      sv: `Filen är ${megabytes(bytes, 'sv')}, över gränsen ${megabytes(maxBytes, 'sv')}; exportera den igen utan inbäddade bilder, eller höj limits.maxBytes (--max-bytes) om det är en riktig rapport.`,
      en: `The file is ${megabytes(bytes, 'en')}, over the limit of ${megabytes(maxBytes, 'en')}; export it again without embedded pictures, or raise limits.maxBytes (--max-bytes) if it is a genuine report.`,
    }),

  timeout: (timeoutMs: number): ReadFailure =>
    new ReadFailure('timeout', {
      sv: `Att läsa dokumentet tog längre tid än ${seconds(timeoutMs, 'sv')} och avbröts; spara eller exportera det igen (en skadad eller ovanligt komplicerad fil är den vanliga orsaken), eller höj limits.timeoutMs (--timeout-ms).`,
      en: `Reading the document took longer than ${seconds(timeoutMs, 'en')} and was stopped; save or export it again (a damaged or unusually complex file is the usual cause), or raise limits.timeoutMs (--timeout-ms).`,
    }),

  outOfMemory: (maxHeapMb: number): ReadFailure =>
    new ReadFailure('too-large', {
      sv: `Att läsa dokumentet krävde mer än de ${maxHeapMb} MB minne som tillåts per dokument och avbröts; exportera det igen utan inbäddade bilder, eller höj limits.maxHeapMb.`,
      en: `Reading the document needed more than the ${maxHeapMb} MB of memory allowed per document and was stopped; export it again without embedded pictures, or raise limits.maxHeapMb.`,
    }),

  unreadableFile: (why: Wording | string): ReadFailure => {
    // A reason only in the system's words (an error code) is marked as such in Swedish.
    const reason = typeof why === 'string' ? { sv: `tekniskt: ${why}`, en: why } : why;
    return new ReadFailure('corrupt', {
      sv: `Filen kunde inte öppnas (${reason.sv}); kontrollera att den fortfarande finns och att du har rätt att läsa den, och kör sedan igen.`,
      en: `The file could not be opened (${reason.en}); check that it still exists and that you are allowed to read it, then run again.`,
    });
  },

  /** Something broke that no reader anticipated: most likely a damaged file, possibly a bug. */
  unexpected: (why: string | Wording): ReadFailure => {
    // A reason only in the words of the library that gave it is marked as such in Swedish.
    const reason = typeof why === 'string' ? { sv: `tekniskt: ${why}`, en: why } : why;
    return new ReadFailure('corrupt', {
      sv: `Dokumentet kunde inte läsas (${reason.sv}). Om det öppnas som vanligt i Word eller en PDF-läsare, spara det igen som .docx eller PDF och försök igen; misslyckas det fortfarande, rapportera det med filen till dem som underhåller rapportkoll.`,
      en: `The document could not be read (${reason.en}). If it opens normally in Word or a PDF viewer, save it again as .docx or PDF and retry; if it still fails, report it to the rapportkoll maintainers with the file.`,
    });
  },

  /** Output that breaks the contract is our fault, not the document's; say so. */
  internalError: (what: string): ReadFailure =>
    new ReadFailure('corrupt', {
      sv: `rapportkoll gav ett ogiltigt resultat för det här dokumentet (tekniskt: ${what}). Det är ett fel i rapportkoll, inte i dokumentet; rapportera det med filen till dem som underhåller rapportkoll.`,
      en: `rapportkoll produced an invalid result for this document (${what}). This is a bug in rapportkoll, not a fault of the document; please report it to the maintainers with the file.`,
    }),
};

function megabytes(bytes: number, lang: 'sv' | 'en'): string {
  if (bytes < 1024) return `${bytes} ${lang === 'sv' ? 'byte' : 'bytes'}`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const mb = bytes / (1024 * 1024);
  const text = mb >= 10 ? String(Math.round(mb)) : mb.toFixed(1);
  return `${lang === 'sv' ? text.replace('.', ',') : text} MB`;
}

function seconds(ms: number, lang: 'sv' | 'en'): string {
  if (ms < 1000) return `${ms} ms`;
  const text = ms >= 10_000 ? String(Math.round(ms / 1000)) : (ms / 1000).toFixed(1);
  return `${lang === 'sv' ? text.replace('.', ',') : text} s`;
}
