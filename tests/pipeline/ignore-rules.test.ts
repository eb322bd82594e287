import { describe, expect, it } from 'vitest';
import { isIgnoredName } from '../../pipeline/support/ignore-rules.js';

describe('isIgnoredName', () => {
  it.each([
    ['~$Slutrapport.docx', true],
    ['inbox/sub/~$rapport.docx', true],
    ['Slutrapport.docx.tmp', true],
    ['~WRL0003.tmp', true],
    ['Årsredovisning 2021.pdf.part', true],
    ['Årsredovisning 2021.PDF.crdownload', true],
    ['.DS_Store', true],
    ['._Slutrapport.pdf', true],
    ['Thumbs.db', true],
    ['desktop.ini', true],
    ['Slutrapport.docx', false],
    ['Årsredovisning 2021.pdf', false],
    ['rapport.doc', false],
    ['skannad bild.jpg', false],
    ['notes.tmp.pdf', false],
    ['inbox/.hidden-dir-not-checked-here/rapport.pdf', false],
  ])('%s → ignored: %s', (path, ignored) => {
    expect(isIgnoredName(path)).toBe(ignored);
  });
});
