import type { Limits, Wording } from '../../../../schemas/config.js';
import { docxFailure } from '../failures.js';
import { hasType, readRelationships } from '../package/relationships.js';
import { isCompoundFile, listCompoundFileStreams } from './cfb-streams.js';
import { readZipParts } from './zip-parts.js';

export interface DocxPackage {
  /** Inflated XML and relationship parts, by entry name. */
  parts: Map<string, Buffer>;
  mainDocumentPath: string;
}

/** Pictures of a report (a phone photo, a scan) are the likeliest wrong files; latin1 signatures. */
const IMAGE_SIGNATURES: [string, string][] = [
  ['\x89PNG', 'PNG'],
  ['\xff\xd8\xff', 'JPEG'],
  ['GIF8', 'GIF'],
  ['II*\x00', 'TIFF'],
  ['MM\x00*', 'TIFF'],
];

/**
 * Decides whether the bytes are a readable Word package before mammoth sees them, and inflates the
 * parts we need under the size limits. Throws a ReadFailure naming what the file really is.
 */
export async function preflightDocx(bytes: Uint8Array, limits: Limits): Promise<DocxPackage> {
  if (bytes.length === 0) throw docxFailure.empty();
  if (bytes.length > limits.maxBytes)
    throw docxFailure.tooLarge({ sv: `filen är större än ${limits.maxBytes} byte`, en: `the file is larger than ${limits.maxBytes} bytes` });
  rejectOtherFormats(bytes);

  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const { parts, entryNames } = await readZipParts(buffer, limits, isReadPart);
  const mainDocumentPath = findMainDocumentPath(parts);
  if (!parts.has(mainDocumentPath)) throw docxFailure.notWordPackage(describePackage(parts, entryNames));
  return { parts, mainDocumentPath };
}

function rejectOtherFormats(bytes: Uint8Array): void {
  if (isCompoundFile(bytes)) {
    const streams = listCompoundFileStreams(bytes);
    // Word encrypts a .docx by wrapping it in a compound file with these streams.
    if (streams.includes('EncryptionInfo') || streams.includes('EncryptedPackage')) throw docxFailure.encrypted();
    if (streams.includes('WordDocument')) throw docxFailure.legacyDoc();
    throw docxFailure.otherOfficeBinary();
  }
  const head = Buffer.from(bytes.subarray(0, 16)).toString('latin1');
  if (head.startsWith('%PDF-'))
    throw docxFailure.otherFormat({ sv: 'en PDF', en: 'a PDF' }, { sv: 'ge den filändelsen .pdf', en: 'give it the .pdf extension' });
  if (head.startsWith('{\\rtf')) throw docxFailure.otherFormat({ sv: 'en RTF-fil (.rtf)', en: 'a Rich Text (.rtf) file' });
  const image = IMAGE_SIGNATURES.find(([signature]) => head.startsWith(signature));
  if (image)
    throw docxFailure.otherFormat(
      { sv: `en ${image[1]}-bild`, en: `a ${image[1]} image` },
      { sv: 'skicka själva rapporten som .docx eller PDF', en: 'send the report itself as .docx or PDF' },
    );
}

/**
 * What mammoth and we read: XML parts and relationships (and the ODF mimetype, for a precise
 * message), but not bulky parts no reader looks at: building-block glossaries, custom XML data.
 */
function isReadPart(name: string): boolean {
  const lower = name.toLowerCase();
  if (lower.startsWith('customxml/') || lower.includes('/glossary/')) return false;
  return lower.endsWith('.xml') || lower.endsWith('.rels') || name === 'mimetype';
}

function findMainDocumentPath(parts: Map<string, Buffer>): string {
  for (const relationship of readRelationships(parts.get('_rels/.rels')?.toString('utf8'))) {
    const target = relationship.target.replace(/^\//, '');
    if (hasType(relationship, 'officeDocument') && target !== '' && parts.has(target)) return target;
  }
  return 'word/document.xml';
}

function describePackage(parts: Map<string, Buffer>, entryNames: string[]): Wording {
  const mimetype = parts.get('mimetype')?.toString('latin1').trim() ?? '';
  if (mimetype === 'application/vnd.oasis.opendocument.text')
    return { sv: 'Det här är en OpenDocument-text (.odt)', en: 'This is an OpenDocument text (.odt)' };
  if (mimetype.startsWith('application/vnd.oasis.opendocument.')) return { sv: 'Det här är en OpenDocument-fil', en: 'This is an OpenDocument file' };
  if (entryNames.includes('xl/workbook.xml')) return { sv: 'Det här är en Excel-arbetsbok (.xlsx)', en: 'This is an Excel workbook (.xlsx)' };
  if (entryNames.includes('ppt/presentation.xml'))
    return { sv: 'Det här är en PowerPoint-presentation (.pptx)', en: 'This is a PowerPoint presentation (.pptx)' };
  return {
    sv: 'Det här är ett ZIP-arkiv utan Word-dokument i (inget word/document.xml)',
    en: 'This is a ZIP archive without a Word document in it (no word/document.xml)',
  };
}
