import { createHash } from 'node:crypto';

/**
 * A valid copy of a real document with different bytes, hence a different sha256 (the queue would
 * otherwise dedupe it): a PDF gets a comment line after its last %%EOF, a DOCX a zip archive
 * comment. Readers ignore both. Used by the queue bench and tests.
 */
export function variantOf(document: Buffer, label: string): Buffer {
  if (document.subarray(0, 5).toString('latin1') === '%PDF-') return Buffer.concat([document, Buffer.from(`\n% rapportkoll variant ${label}\n`, 'latin1')]);
  return withZipComment(document, `rapportkoll variant ${label}`);
}

function withZipComment(zip: Buffer, comment: string): Buffer {
  for (let at = zip.length - 22; at >= 0; at -= 1) {
    if (zip.readUInt32LE(at) !== 0x06054b50 || at + 22 + zip.readUInt16LE(at + 20) !== zip.length) continue;
    const text = Buffer.from(comment, 'latin1');
    const eocd = Buffer.from(zip.subarray(at, at + 22));
    eocd.writeUInt16LE(text.length, 20);
    return Buffer.concat([zip.subarray(0, at), eocd, text]);
  }
  throw new Error('neither a PDF nor a zip file');
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}
