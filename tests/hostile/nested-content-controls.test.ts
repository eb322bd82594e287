import { describe, expect, it } from 'vitest';
import { annotateDocument } from '../../extractors/readers/docx/annotate/document.js';
import { NO_NUMBERING } from '../../extractors/readers/docx/numbering/definitions.js';
import { EMPTY_STYLE_SHEET } from '../../extractors/readers/docx/styles.js';

const TEXT = '<w:p><w:r><w:t>Nivå</w:t></w:r></w:p>';

/** document.xml whose body is `depth` content controls nested inside each other, text in each or only the innermost. */
function nestedControls(depth: number, textInEach: boolean): string {
  const open = `<w:sdt><w:sdtPr><w:alias w:val="f"/></w:sdtPr><w:sdtContent>${textInEach ? TEXT : ''}`;
  const close = '</w:sdtContent></w:sdt>';
  return `<w:document><w:body>${open.repeat(depth)}${textInEach ? '' : TEXT}${close.repeat(depth)}</w:body></w:document>`;
}

describe('nested content controls (w:sdt) in the annotator', () => {
  // 100 000 nested controls took 52 s when each one walked the open elements (the cost grew with the
  // square of the depth: 40 000 took 26 s here). Linear work takes about a second, so the suite's
  // 30 s timeout tells the two apart on a busy machine as well.
  it.each([false, true])('annotates 100 000 nested controls in one linear pass (text in each: %s)', (textInEach) => {
    const annotated = annotateDocument(nestedControls(100_000, textInEach), EMPTY_STYLE_SHEET, NO_NUMBERING);
    expect(annotated.xml.split('<w:t>Nivå</w:t>')).toHaveLength(textInEach ? 100_001 : 2);
    expect(annotated.fields).toHaveLength(0);
  });
});
