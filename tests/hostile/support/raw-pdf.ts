import { constants, deflateSync } from 'node:zlib';

/**
 * Hostile PDFs written byte by byte, so a test can build exactly the structure that breaks a
 * reader (a lying page count, a stream that inflates to gigabytes, a million runs on one line)
 * without a writer library smoothing it over. Objects are numbered from 1 in the order given.
 */
export interface RawObject {
  /** The dictionary (or other object) text, e.g. `<< /Type /Page >>`. */
  body: string;
  /** Stream bytes: written after the dictionary, whose /Length is filled in. */
  stream?: Uint8Array;
}

export function rawPdf(objects: RawObject[]): Buffer {
  const parts: Buffer[] = [Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(length);
    const chunks: Buffer[] = [];
    if (object.stream) {
      const dictionary = object.body.replace(/>>\s*$/, ` /Length ${object.stream.length} >>`);
      chunks.push(Buffer.from(`${index + 1} 0 obj\n${dictionary}\nstream\n`, 'latin1'), Buffer.from(object.stream), Buffer.from('\nendstream\nendobj\n'));
    } else {
      chunks.push(Buffer.from(`${index + 1} 0 obj\n${object.body}\nendobj\n`, 'latin1'));
    }
    for (const chunk of chunks) length += chunk.length;
    parts.push(...chunks);
  });
  const xref = [`xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`, ...offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`)].join('');
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${length}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** One text line per entry, Helvetica 10 pt, top to bottom. */
export function textContent(lines: string[]): Uint8Array {
  const escaped = lines.map((line) => line.replace(/[\\()]/g, (c) => `\\${c}`));
  return Buffer.from(`BT /F1 10 Tf 14 TL 50 800 Td ${escaped.map((line) => `(${line}) Tj T*`).join(' ')} ET`, 'latin1');
}

const FONT = '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>';

/**
 * A one-page-tree PDF: catalog (1), pages (2), font (3), then one page and its content per entry.
 * `count` overrides the /Count the page tree states; `contentFilter` marks the content streams
 * (bytes given already encoded).
 */
export function pagesPdf(contents: Uint8Array[], options: { count?: number; contentFilter?: string } = {}): Buffer {
  const objects: RawObject[] = [{ body: '<< /Type /Catalog /Pages 2 0 R >>' }];
  const kids = contents.map((_, i) => `${4 + i * 2} 0 R`).join(' ');
  objects.push({ body: `<< /Type /Pages /Kids [${kids}] /Count ${options.count ?? contents.length} >>` });
  objects.push({ body: FONT });
  contents.forEach((content, i) => {
    objects.push({ body: `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${5 + i * 2} 0 R >>` });
    objects.push({ body: options.contentFilter ? `<< /Filter /${options.contentFilter} >>` : '<< >>', stream: content });
  });
  return rawPdf(objects);
}

/** A content stream compressed with FlateDecode. */
export function deflated(content: Uint8Array): Uint8Array {
  return deflateSync(content);
}

/**
 * A zlib stream that inflates to `megabytes` MB of zeros from about 1 KB per MB: one flushed
 * deflate segment of 1 MB, repeated (a full flush resets the dictionary, so each repeat is the same
 * bytes). The checksum is left off: inflaters stop at its place, pdfjs among them, after inflating.
 */
export function compressionBomb(megabytes: number): Buffer {
  const segment = deflateSync(Buffer.alloc(1024 * 1024), { finishFlush: constants.Z_FULL_FLUSH });
  const header = segment.subarray(0, 2);
  const body = segment.subarray(2);
  const parts: Buffer[] = [header];
  for (let i = 0; i < megabytes; i++) parts.push(body);
  parts.push(Buffer.from([0x03, 0x00]));
  return Buffer.concat(parts);
}
