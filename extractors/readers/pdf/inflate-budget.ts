import { constants, createInflate } from 'node:zlib';

/**
 * A FlateDecode stream can inflate to gigabytes from a few kilobytes (a compression bomb in a font
 * or content stream). pdfjs inflates whole streams into ArrayBuffers, which live outside the heap
 * limit of the worker threads: 2–7 GB were seen before the kernel killed the process. So before
 * pdfjs sees the file, every FlateDecode stream is inflated here with a streaming inflater that
 * keeps nothing and counts bytes against the document's budget; over it, the document is refused.
 * Cheap next to parsing: a 36-page annual report inflates 0.5 MB.
 */

const STREAM = Buffer.from('stream');
const END_STREAM = Buffer.from('endstream');
const FLATE = /\/(?:FlateDecode|Fl)\b/;
/** How far back from `stream` its dictionary is looked for. */
const DICTIONARY_REACH = 4096;

export interface InflateCount {
  /** Bytes the FlateDecode streams inflate to, counted up to just past the budget. */
  inflated: number;
  overBudget: boolean;
}

export async function countInflatedBytes(bytes: Uint8Array, budget: number): Promise<InflateCount> {
  const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let inflated = 0;
  for (let at = data.indexOf(STREAM); at !== -1; at = data.indexOf(STREAM, at + STREAM.length)) {
    // "endstream" contains "stream": skip it, and any "stream" not ending a dictionary.
    if (at >= 3 && data.toString('latin1', at - 3, at) === 'end') continue;
    const dictionary = data.toString('latin1', Math.max(0, at - DICTIONARY_REACH), at);
    const open = dictionary.lastIndexOf('obj');
    if (!FLATE.test(open === -1 ? dictionary : dictionary.slice(open))) continue;
    let start = at + STREAM.length;
    if (data[start] === 0x0d) start++;
    if (data[start] === 0x0a) start++;
    const end = data.indexOf(END_STREAM, start);
    const body = data.subarray(start, end === -1 ? data.length : end);
    inflated += await inflatedLength(body, budget - inflated + 1);
    if (inflated > budget) return { inflated, overBudget: true };
    if (end !== -1) at = end;
  }
  return { inflated, overBudget: false };
}

/** Bytes `body` inflates to, stopping once past `limit`; a damaged stream counts what came out of it. */
function inflatedLength(body: Buffer, limit: number): Promise<number> {
  return new Promise((resolve) => {
    let length = 0;
    const inflater = createInflate({ finishFlush: constants.Z_SYNC_FLUSH });
    const done = (): void => {
      inflater.removeAllListeners();
      inflater.on('error', () => undefined);
      resolve(length);
    };
    inflater.on('data', (chunk: Buffer) => {
      length += chunk.length;
      if (length > limit) {
        inflater.destroy();
        done();
      }
    });
    inflater.on('end', done);
    inflater.on('error', done);
    inflater.end(body);
  });
}
