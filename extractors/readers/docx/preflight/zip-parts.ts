import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import type { Limits } from '../../../../schemas/config.js';
import { ReadFailure } from '../../failure.js';
import { docxFailure } from '../failures.js';
import { bufferableXmlBytes } from '../parse-budget.js';

export interface ZipParts {
  /** Inflated content of the parts we read (XML and relationships), by entry name. */
  parts: Map<string, Buffer>;
  entryNames: string[];
}

/** More entries than any real document has; each costs a central-directory record to parse. */
const MAX_ENTRIES = 20_000;
/** A large entry that deflated better than this is a bomb, not a document part. */
const MAX_COMPRESSION_RATIO = 100;
const RATIO_CHECK_MIN_BYTES = 4 * 1024 * 1024;

/**
 * Opens the zip with yauzl and inflates every entry as a stream, counting bytes as they come:
 * reading stops the moment the running total passes `limits.maxDecompressedBytes`, so a bomb
 * costs at most the limit in CPU and one chunk in memory. Only the parts `keep` selects are buffered,
 * and only up to what could ever be parsed.
 */
export async function readZipParts(bytes: Buffer, limits: Limits, keep: (name: string) => boolean): Promise<ZipParts> {
  const zip = await openZip(bytes);
  const entries = await listEntries(zip, limits);
  const parts = new Map<string, Buffer>();
  const maxBuffered = bufferableXmlBytes(limits);
  let inflated = 0;
  let buffered = 0;
  for (const entry of entries) {
    if (entry.fileName.endsWith('/')) continue;
    const keeping = keep(entry.fileName) && !parts.has(entry.fileName);
    const chunks: Buffer[] = [];
    for await (const data of await openEntry(zip, entry)) {
      inflated += data.length;
      if (inflated > limits.maxDecompressedBytes) {
        throw docxFailure.tooLarge({
          sv: `det packas upp till mer än ${formatBytes(limits.maxDecompressedBytes, 'sv')}`,
          en: `it inflates to more than ${formatBytes(limits.maxDecompressedBytes, 'en')}`,
        });
      }
      if (keeping) {
        buffered += data.length;
        if (buffered > maxBuffered)
          throw docxFailure.tooLarge({
            sv: `dess XML-delar blir sammanlagt mer än ${formatBytes(maxBuffered, 'sv')}`,
            en: `its XML parts add up to more than ${formatBytes(maxBuffered, 'en')}`,
          });
        chunks.push(data);
      }
    }
    if (keeping) parts.set(entry.fileName, Buffer.concat(chunks));
  }
  return { parts, entryNames: entries.map((entry) => entry.fileName) };
}

async function openZip(bytes: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(bytes, { lazyEntries: true, validateEntrySizes: true, decodeStrings: true });
  } catch (error) {
    const looksLikeZip = bytes[0] === 0x50 && bytes[1] === 0x4b;
    throw looksLikeZip ? docxFailure.truncated(messageOf(error)) : docxFailure.notZip();
  }
}

/** Declared sizes are checked before anything is inflated. */
async function listEntries(zip: ZipFile, limits: Limits): Promise<Entry[]> {
  if (zip.entryCount > MAX_ENTRIES) throw docxFailure.tooLarge({ sv: `det har ${zip.entryCount} delar`, en: `it has ${zip.entryCount} parts` });
  const entries: Entry[] = [];
  let declared = 0;
  try {
    for await (const entry of zip.eachEntry()) {
      declared += entry.uncompressedSize;
      if (declared > limits.maxDecompressedBytes) {
        throw docxFailure.tooLarge({
          sv: `dess delar blir sammanlagt mer än ${formatBytes(limits.maxDecompressedBytes, 'sv')}`,
          en: `its parts add up to more than ${formatBytes(limits.maxDecompressedBytes, 'en')}`,
        });
      }
      const ratio = entry.uncompressedSize / Math.max(1, entry.compressedSize);
      if (entry.uncompressedSize > RATIO_CHECK_MIN_BYTES && ratio > MAX_COMPRESSION_RATIO) {
        throw docxFailure.tooLarge({
          sv: `delen ${entry.fileName} är komprimerad ${Math.round(ratio)}:1, en dekomprimeringsbomb`,
          en: `part ${entry.fileName} is compressed ${Math.round(ratio)}:1, a decompression bomb`,
        });
      }
      entries.push(entry);
    }
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    throw docxFailure.truncated(messageOf(error));
  }
  return entries;
}

async function openEntry(zip: ZipFile, entry: Entry): Promise<AsyncGenerator<Buffer>> {
  if (entry.isEncrypted()) throw docxFailure.encrypted();
  let stream: Readable;
  try {
    stream = await zip.openReadStreamPromise(entry);
  } catch (error) {
    throw docxFailure.truncated(messageOf(error));
  }
  return guardStream(stream);
}

/** Translates inflate and size-validation errors raised while iterating into ReadFailures. */
async function* guardStream(stream: Readable): AsyncGenerator<Buffer> {
  try {
    for await (const chunk of stream) yield Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    const message = messageOf(error);
    // yauzl's size validation: the entry inflates past what it declares, the classic bomb trick.
    if (/too many bytes/i.test(message))
      throw docxFailure.tooLarge({ sv: 'en del packas upp till mer än sin angivna storlek', en: 'a part inflates beyond its declared size' });
    throw docxFailure.truncated(message);
  } finally {
    stream.destroy();
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function formatBytes(bytes: number, lang: 'sv' | 'en'): string {
  return bytes >= 1024 * 1024 ? `${Math.round(bytes / (1024 * 1024))} MB` : `${bytes} ${lang === 'sv' ? 'byte' : 'bytes'}`;
}
