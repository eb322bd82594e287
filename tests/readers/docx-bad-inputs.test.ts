import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ReadFailure } from '../../extractors/readers/failure.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { BAD_DIR, DOCS_DIR } from '../../fixtures/build/paths.js';
import { ErrorCode, Limits } from '../../schemas/index.js';

/**
 * The zip bomb with its big entry claiming to inflate to `claimed` bytes: declared sizes look harmless,
 * so only the byte count while inflating can stop it. Patches the central directory and local headers.
 */
function withLyingSizes(zip: Buffer, claimed: number): Buffer {
  const patched = Buffer.from(zip);
  const end = patched.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let record = patched.readUInt32LE(end + 16);
  for (let i = 0; i < patched.readUInt16LE(end + 10); i++) {
    if (patched.readUInt32LE(record + 24) > claimed) {
      patched.writeUInt32LE(claimed, record + 24);
      patched.writeUInt32LE(claimed, patched.readUInt32LE(record + 42) + 22);
    }
    record += 46 + patched.readUInt16LE(record + 28) + patched.readUInt16LE(record + 30) + patched.readUInt16LE(record + 32);
  }
  return patched;
}

async function failureOf(bytes: Uint8Array, limits: Limits = Limits.parse({})): Promise<ReadFailure> {
  const outcome = await readDocx(bytes, limits).then(
    () => undefined,
    (error: unknown) => error,
  );
  if (!(outcome instanceof ReadFailure)) throw new Error(`expected a ReadFailure, got ${String(outcome)}`);
  return outcome;
}

/** The committed list of bad inputs and the code each must fail with (null: must be read). */
const expectedCodes = z.record(z.string(), ErrorCode.nullable()).parse(JSON.parse(readFileSync(join(BAD_DIR, 'expected.json'), 'utf8')));

/** What the message must tell the person, for each file a .docx reader can be handed. */
const messages: Record<string, RegExp> = {
  'empty.docx': /empty/,
  'random-bytes.docx': /not a valid Word document/,
  'truncated.docx': /damaged or incomplete/,
  'zip-bomb.docx': /more than 200 MB/,
  'legacy.doc': /Legacy Word \.doc .* save as \.docx or PDF/,
  'document.odt': /OpenDocument text \(\.odt\)/,
  'image.png': /PNG image/,
  'random-bytes.pdf': /not a valid Word document/,
};

describe('readDocx refuses bad inputs with a code and a message saying what to do', () => {
  const cases = Object.entries(messages).map(([file, message]) => ({ file, message }));

  it('covers every bad .docx, .doc and .odt fixture', () => {
    const docxLike = Object.keys(expectedCodes).filter((file) => /\.(docx|doc|odt)$/.test(file) && expectedCodes[file] !== null);
    expect(docxLike.filter((file) => !(file in messages))).toEqual([]);
  });

  it.each(cases)('$file', async ({ file, message }) => {
    const failure = await failureOf(await readFile(join(BAD_DIR, file)));
    expect(failure.code).toBe(expectedCodes[file]);
    expect(failure.message).toMatch(message);
  });

  it('rejects the zip bomb (3 GB inflated) before inflating it: fast, little memory', async () => {
    const bytes = await readFile(join(BAD_DIR, 'zip-bomb.docx'));
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const failure = await failureOf(bytes);
    expect(failure.code).toBe('too-large');
    // Inflating the 3 GB would take minutes; the bound only tells "refused up front" from "inflated", on a busy machine too.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('stops a bomb that lies about its sizes while inflating it', async () => {
    const bytes = withLyingSizes(await readFile(join(BAD_DIR, 'zip-bomb.docx')), 4096);
    const heapBefore = process.memoryUsage().heapUsed;
    const started = performance.now();
    const failure = await failureOf(bytes);
    expect(failure.code).toBe('too-large');
    expect(failure.message).toMatch(/inflates beyond its declared size/);
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(64 * 1024 * 1024);
  });

  it('applies maxDecompressedBytes to ordinary documents too', async () => {
    const seed = await readFile(join(DOCS_DIR, 'slutrapport-trisam-gavle.docx'));
    const failure = await failureOf(seed, Limits.parse({ maxDecompressedBytes: 50_000 }));
    expect(failure.code).toBe('too-large');
    expect(failure.message).toMatch(/more than 50000 bytes/);
  });

  it('refuses a file over maxBytes, and XML too big for the parsing heap', async () => {
    const seed = await readFile(join(DOCS_DIR, 'slutrapport-trisam-gavle.docx'));
    expect((await failureOf(seed, Limits.parse({ maxBytes: 10_000 }))).code).toBe('too-large');
    const tooBig = await failureOf(seed, Limits.parse({ maxHeapMb: 1 }));
    expect(tooBig.code).toBe('too-large');
    expect(tooBig.message).toMatch(/XML/);
  });
});
