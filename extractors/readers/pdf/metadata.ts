import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { DocModel } from '../../model.js';

function text(info: unknown, key: string): string | undefined {
  const value = typeof info === 'object' && info !== null ? (info as Record<string, unknown>)[key] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/** Producer, creator and title from the document information dictionary; absent ones are left out. */
export async function readMetadata(document: PDFDocumentProxy): Promise<DocModel['metadata']> {
  const { info } = await document.getMetadata().catch(() => ({ info: null }));
  const metadata: DocModel['metadata'] = {};
  const producer = text(info, 'Producer');
  const creator = text(info, 'Creator');
  const title = text(info, 'Title');
  if (producer) metadata.producer = producer;
  if (creator) metadata.creator = creator;
  if (title) metadata.title = title;
  return metadata;
}
