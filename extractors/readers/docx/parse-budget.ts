import type { Limits } from '../../../schemas/config.js';

/**
 * mammoth's DOM needs ~40 bytes of heap per byte of XML (measured: an 11 MB document.xml needs
 * more than 256 MB of heap, a 5.5 MB one more than 128 MB). Beyond what the worker's heap allows
 * we fail with too-large instead of running out of memory.
 */
const HEAP_BYTES_PER_XML_BYTE = 40;

/** Bytes of XML mammoth may be handed, given the heap of the thread that parses the document. */
export function parsableXmlBytes(limits: Limits): number {
  return Math.floor((limits.maxHeapMb * 1024 * 1024) / HEAP_BYTES_PER_XML_BYTE);
}

/** What the zip reader may hold in memory: mammoth's parts plus headers, footers and the like. */
export function bufferableXmlBytes(limits: Limits): number {
  return Math.min(limits.maxDecompressedBytes, 2 * parsableXmlBytes(limits));
}
