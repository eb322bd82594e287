/**
 * A .docx's header and footer parts: mammoth reads neither, so their paragraphs travel beside the
 * content as the model's running heads, each text once. A report whose cover is a picture may name
 * itself only there.
 */
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDocx, p } from '../../fixtures/build/docx/index.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { Limits } from '../../schemas/config.js';

const limits = Limits.parse({});

describe('readDocx: header and footer parts', () => {
  it('gives their paragraphs once each, with the part and paragraph they stand in, and keeps them out of the content', async () => {
    const bytes = await buildDocx({
      body: [p('Innehåll'), p('Förvaltningsberättelse')],
      header: [p('Samordningsförbundet Exempeldalen\tÅrsredovisning 2018'), p('12'), p('Sida 3 av 12')],
      footer: [p('Årsredovisning 2018'), p('Samordningsförbundet Exempeldalen\tÅrsredovisning 2018')],
    });
    const model = await readDocx(new Uint8Array(bytes), limits);
    expect(model.runningHeads).toEqual([
      { text: 'Samordningsförbundet Exempeldalen Årsredovisning 2018', source: { page: null, path: 'word/header1.xml/p[1]' } },
      { text: 'Årsredovisning 2018', source: { page: null, path: 'word/footer1.xml/p[1]' } },
    ]);
    expect(model.blocks.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual(['Innehåll', 'Förvaltningsberättelse']);
  });

  it("reads them in Word's Strict Open XML too, whose relationships have another namespace", async () => {
    const zip = await JSZip.loadAsync(await buildDocx({ body: [p('Innehåll')], header: [p('Årsredovisning 2018')] }));
    for (const name of Object.keys(zip.files).filter((file) => /\.(?:xml|rels)$/u.test(file))) {
      const xml = await zip.file(name)?.async('string');
      if (xml === undefined) continue;
      zip.file(
        name,
        xml
          .replaceAll('http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main')
          .replaceAll('http://schemas.openxmlformats.org/officeDocument/2006/relationships', 'http://purl.oclc.org/ooxml/officeDocument/relationships'),
      );
    }
    const model = await readDocx(await zip.generateAsync({ type: 'uint8array' }), limits);
    expect(model.runningHeads?.map((head) => head.text)).toEqual(['Årsredovisning 2018']);
    expect(model.blocks.map((block) => (block.type === 'paragraph' ? block.text : ''))).toEqual(['Innehåll']);
  });

  it('gives none for a document without them', async () => {
    const model = await readDocx(new Uint8Array(await buildDocx({ body: [p('Årsredovisning 2018')] })), limits);
    expect(model.runningHeads).toEqual([]);
  });
});
