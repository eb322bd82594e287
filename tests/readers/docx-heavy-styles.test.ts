import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { DOCS_DIR } from '../../fixtures/build/paths.js';
import { Limits } from '../../schemas/config.js';

/**
 * The seed with its styles.xml padded the way large corporate templates are: thousands of unused
 * styles. The reader slims styles.xml before mammoth parses it; that must not change the result.
 */
async function withPaddedStyles(docx: Buffer, count: number): Promise<Buffer> {
  const zip = await JSZip.loadAsync(docx);
  const styles = zip.file('word/styles.xml');
  if (!styles) throw new Error('the seed has no styles.xml');
  const padding = Array.from(
    { length: count },
    (_, i) =>
      `<w:style w:type="paragraph" w:customStyle="1" w:styleId="Mall${i}"><w:name w:val="Företagsmall ${i}"/>` +
      `<w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="${18 + (i % 8)}"/></w:rPr></w:style>`,
  ).join('');
  zip.file('word/styles.xml', (await styles.async('string')).replace('</w:styles>', `${padding}</w:styles>`));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

describe('readDocx with a heavy styles.xml', () => {
  it('reads the same model as with the original styles', async () => {
    const seed = await readFile(join(DOCS_DIR, 'slutrapport-trisam-gavle.docx'));
    const limits = Limits.parse({});
    const padded = await withPaddedStyles(seed, 4000);
    const [original, heavy] = await Promise.all([readDocx(seed, limits), readDocx(padded, limits)]);
    expect(heavy).toEqual(original);
    expect(heavy.blocks.filter((block) => block.type === 'paragraph' && block.headingLevel === 1)).toHaveLength(9);
  });
});
