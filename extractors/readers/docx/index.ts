import type { Limits } from '../../../schemas/config.js';
import type { DocModel } from '../../model.js';
import { ReadFailure } from '../failure.js';
import { buildBlocks } from './build/model.js';
import { docxFailure } from './failures.js';
import { runMammoth } from './mammoth/run.js';
import { externalTargetsMessage, imageOnlyMessage, mammothMessages } from './messages.js';
import { prepareDocx } from './package/prepare.js';
import { preflightDocx } from './preflight/index.js';

/**
 * Reads a DOCX into the document model. Throws ReadFailure for documents that cannot be read.
 *
 * Stages: preflight (what the bytes are, zip-bomb limits, inflate the XML parts) → prepare
 * (annotate document.xml with list labels and form-field markers, slim styles.xml) → mammoth
 * (its document tree, never HTML) → build the model. Nothing outside the package is ever read.
 */
export async function readDocx(bytes: Uint8Array, limits: Limits): Promise<DocModel> {
  try {
    return await read(bytes, limits);
  } catch (error) {
    if (error instanceof ReadFailure) throw error;
    // Hostile structure (say, nesting that overflows the stack) must fail the document, not the worker.
    throw docxFailure.malformedXml(error instanceof Error ? error.message : String(error));
  }
}

async function read(bytes: Uint8Array, limits: Limits): Promise<DocModel> {
  const deadline = Date.now() + limits.timeoutMs;
  const checkDeadline = (): void => {
    if (Date.now() > deadline) throw docxFailure.timeout(limits.timeoutMs);
  };

  const docx = await preflightDocx(bytes, limits);
  checkDeadline();
  const prepared = prepareDocx(docx, limits);
  checkDeadline();
  const { document, warnings } = await runMammoth(prepared.zip);
  checkDeadline();
  const built = buildBlocks(document, prepared.annotations);

  const external = externalTargetsMessage(prepared.externalTargets);
  const imageOnly = imageOnlyMessage(document, built.blocks);
  return {
    format: 'docx',
    pages: null,
    blocks: built.blocks,
    footnotes: built.footnotes,
    messages: [...(imageOnly ? [imageOnly] : []), ...(external ? [external] : []), ...mammothMessages(warnings), ...built.messages],
    metadata: prepared.metadata,
    runningHeads: prepared.runningHeads,
  };
}
