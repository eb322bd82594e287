import type { DocModel } from '../../extractors/model.js';
import { ReadFailure } from '../../extractors/readers/failure.js';
import type { Limits } from '../../schemas/config.js';
import type { DocumentFile, Stage } from '../document-file.js';
import type { Container } from '../sniff-format.js';

/**
 * Hands the bytes to the reader of their container. OLE files go to the DOCX reader, which tells
 * an encrypted .docx (encrypted) from a legacy .doc (unsupported-format). pdfjs is only ever
 * loaded through readPdf, which undoes the global patches its legacy build makes.
 */
export const readDocument: Stage = async (file) => {
  const { bytes, container } = file;
  if (!bytes || !container) return;
  const limits = file.config.limits;
  try {
    file.model = await readerOf(container, file)(bytes, limits);
  } catch (error) {
    // An .odt or a legacy .doc is no docx, whatever its container.
    if (error instanceof ReadFailure && error.code === 'unsupported-format') file.format = null;
    throw error;
  }
  // The model holds everything from here on; let the bytes go.
  file.bytes = null;
  // What the reader noticed travels beside the result (mammoth style), in the run's language.
  file.warnings = file.model.messages.map(({ code, type, wording, position }) => ({ code, type, message: wording[file.config.lang], position }));
  // The PDF reader refuses documents over limits.maxPages before reading their pages.
  file.pages = file.model.pages;
  file.ocr = file.model.ocr ?? null;
};

type Reader = (bytes: Uint8Array, limits: Limits) => Promise<DocModel>;

/** Each reader is loaded the first time a document needs it: a run of .docx files never pays for pdfjs, nor PDFs for mammoth. */
function readerOf(container: Container, file: DocumentFile): Reader {
  const ocr = { settings: file.config.ocr, progress: file.hooks.ocrPage ?? (() => undefined) };
  if (container === 'pdf') return async (bytes, limits) => (await import('../../extractors/readers/pdf/index.js')).readPdf(bytes, limits, ocr);
  return async (bytes, limits) => (await import('../../extractors/readers/docx/index.js')).readDocx(bytes, limits);
}
