import JSZip from 'jszip';
import { writeFile } from 'node:fs/promises';

/**
 * Writes a valid .docx that takes mammoth several seconds (≈ 7 s for 60 000 paragraphs here):
 * the "poisonous" document of the timeout and isolation tests. Deterministic text so every run
 * reads the same bytes; letters in no language, so nothing downstream takes it for a report.
 */
export async function writeSlowDocx(path: string, paragraphs = 60_000): Promise<void> {
  let state = 0x5eed;
  const word = (): string => {
    let out = '';
    for (let i = 0; i < 7; i++) {
      state = (Math.imul(state, 1_103_515_245) + 12_345) >>> 0;
      out += String.fromCharCode(97 + ((state >>> 16) % 26));
    }
    return out;
  };
  const body: string[] = [];
  for (let i = 0; i < paragraphs; i++) body.push(`<w:p><w:r><w:t>${Array.from({ length: 10 }, word).join(' ')}</w:t></w:r></w:p>`);
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
  );
  zip.file(
    'word/document.xml',
    `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body.join('')}</w:body></w:document>`,
  );
  const date = new Date('2022-01-01T00:00:00Z');
  for (const file of Object.values(zip.files)) file.date = date;
  await writeFile(path, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
}
