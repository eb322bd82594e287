import mammoth from 'mammoth';
import { docxFailure } from '../failures.js';
import { isMammothDocument, type MammothDocument } from './tree.js';

export interface MammothResult {
  document: MammothDocument;
  warnings: string[];
}

/**
 * Runs mammoth on a buffer (never a path, so relative image links have nothing to resolve against)
 * with external file access off, and captures its document tree through `transformDocument`.
 * We hand back an empty document so the HTML stage has nothing to do; for the same reason
 * `convertImage` is never reached, and even then it reads nothing.
 */
export async function runMammoth(zip: Buffer): Promise<MammothResult> {
  let captured: unknown;
  const result = await mammoth
    .convertToHtml(
      { buffer: zip },
      {
        externalFileAccess: false,
        includeEmbeddedStyleMap: false,
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
        transformDocument: (document: unknown) => {
          captured = document;
          return isMammothDocument(document) ? { ...document, children: [] } : document;
        },
      },
    )
    .catch((error: unknown) => {
      throw docxFailure.malformedXml(error instanceof Error ? error.message : String(error));
    });
  if (!isMammothDocument(captured)) throw docxFailure.malformedXml('no document body');
  const warnings = result.messages.map((message) => message.message);
  return { document: captured, warnings };
}
