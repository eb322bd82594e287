import type { Wording } from '../schemas/config.js';
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { DocumentFormat } from '../schemas/result.js';
import { sniffContainer } from './sniff-format.js';

/** What the head of a file must hold for sniffing: the PDF header may start anywhere in the first KiB. */
export const SNIFF_BYTES = 1024 + 8;

export interface FileFacts {
  sha256: string;
  bytes: number;
  head: Uint8Array;
}

/**
 * Hash, size and head of a file, streamed so that a file too large (or too poisonous) to parse
 * still gets its identity in the failed result without being held in memory.
 */
export async function readFileFacts(path: string): Promise<FileFacts> {
  const hash = createHash('sha256');
  let bytes = 0;
  const head: Buffer[] = [];
  let headBytes = 0;
  for await (const chunk of createReadStream(path) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    bytes += chunk.length;
    if (headBytes < SNIFF_BYTES) {
      head.push(chunk.subarray(0, SNIFF_BYTES - headBytes));
      headBytes += Math.min(chunk.length, SNIFF_BYTES - headBytes);
    }
  }
  return { sha256: hash.digest('hex'), bytes, head: Buffer.concat(head) };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** The format a failed result reports: what the container would have been read as. */
export function formatOfHead(head: Uint8Array): DocumentFormat | null {
  const container = sniffContainer(head);
  if (container === 'pdf') return 'pdf';
  return container === null ? null : 'docx';
}

/** Why a file cannot be opened, in plain words in both languages; else the node error code ("EIO") or message. */
export function fileErrorReason(error: unknown, path?: string): Wording | string {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  // A name whose bytes are not UTF-8 reaches us with U+FFFD in their place, and no file has that name.
  if (code === 'ENOENT' && path?.includes('\uFFFD'))
    return {
      sv: 'dess namn är inte giltig UTF-8-text, så den kan inte öppnas med det namnet; byt namn på filen',
      en: 'its name is not valid UTF-8 text, so it cannot be opened by that name; rename the file',
    };
  if (code === 'ENOENT') return { sv: 'den finns inte', en: 'it does not exist' };
  if (code === 'EACCES' || code === 'EPERM') return { sv: 'åtkomst nekad', en: 'permission denied' };
  if (code === 'EISDIR') return { sv: 'den är en mapp', en: 'it is a folder' };
  return code ?? (error instanceof Error ? error.message : String(error));
}
