import type { FileHandle } from 'node:fs/promises';
import { extname } from 'node:path';
import { openPlainFile } from './plain-file.js';

/**
 * complete: the format's end marker is in place; incomplete: the file is still being written (or is
 * truncated); unchecked: neither a PDF nor a zip, so only size stability can tell.
 */
export type Completeness = 'complete' | 'incomplete' | 'unchecked';

const ZIP_LOCAL_HEADER = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const ZIP_EOCD = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_ZIP_COMMENT = 0xffff;
const PDF_TAIL = 1024;

/**
 * A scanner or an SMB copy writes a file front to back, so a half-written PDF lacks its final
 * %%EOF and a half-written DOCX (a zip) lacks the end-of-central-directory record that must close
 * the file. The format is told by the first bytes, or by the extension while those are still zeros
 * (some copiers preallocate the full size first).
 */
export async function checkCompleteness(path: string): Promise<Completeness> {
  // Never through a link, never waiting on a FIFO: throws NotAPlainFile for those.
  const handle = await openPlainFile(path);
  try {
    const { size } = await handle.stat();
    const head = await readAt(handle, 0, Math.min(size, 8));
    const format = formatOf(head, path);
    if (format === 'pdf') {
      const tail = await readAt(handle, Math.max(0, size - PDF_TAIL), Math.min(size, PDF_TAIL));
      return head.subarray(0, 5).toString('latin1') === '%PDF-' && tail.includes('%%EOF', 0, 'latin1') ? 'complete' : 'incomplete';
    }
    if (format === 'zip') {
      const length = Math.min(size, EOCD_SIZE + MAX_ZIP_COMMENT);
      const tail = await readAt(handle, size - length, length);
      return head.subarray(0, 4).equals(ZIP_LOCAL_HEADER) && endsWithEocd(tail) ? 'complete' : 'incomplete';
    }
    return 'unchecked';
  } finally {
    await handle.close();
  }
}

function formatOf(head: Buffer, path: string): 'pdf' | 'zip' | null {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return 'pdf';
  if (head.subarray(0, 4).equals(ZIP_LOCAL_HEADER)) return 'zip';
  const extension = extname(path).toLowerCase();
  if (extension === '.pdf') return 'pdf';
  if (['.docx', '.docm', '.dotx', '.zip'].includes(extension)) return 'zip';
  return null;
}

/** True when an EOCD record (with its comment) ends exactly at the end of the file. */
function endsWithEocd(tail: Buffer): boolean {
  for (let at = tail.length - EOCD_SIZE; at >= 0; at -= 1) {
    if (tail.readUInt32LE(at) !== ZIP_EOCD) continue;
    const commentLength = tail.readUInt16LE(at + 20);
    if (at + EOCD_SIZE + commentLength === tail.length) return true;
  }
  return false;
}

async function readAt(handle: FileHandle, position: number, length: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  const { bytesRead } = await handle.read(buffer, 0, length, position);
  return buffer.subarray(0, bytesRead);
}
