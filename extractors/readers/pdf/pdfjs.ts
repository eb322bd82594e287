/**
 * The one place pdfjs-dist is loaded. Its legacy build bundles core-js, and importing it REPLACES
 * built-ins for the whole process (Array.prototype.push, JSON.stringify, JSON.parse,
 * Function.prototype.toString) with polyfills several times slower than V8's own. Both the API module
 * and the worker module (which Node runs in-process as a "fake worker") do it, and the worker is
 * normally imported lazily inside the first getDocument — so we import both up front and put the
 * originals back afterwards. Polyfills for things Node lacks (Promise.try, Map#getOrInsert, …) stay:
 * pdfjs needs them.
 */
import type { PDFDocumentProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { withoutNativeCanvas } from './canvas-stand-in.js';
import { PDFJS_API_MODULE, PDFJS_WORKER_MODULE } from './pdfjs-build.js';
import { FONT_HOST, installFontFaceStandIn } from './font-face-stand-in.js';

type PdfjsModule = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

/** Built-in objects whose methods core-js may swap; their own function properties are guarded. */
const GUARDED: readonly object[] = [
  Array,
  Array.prototype,
  JSON,
  Object,
  Object.prototype,
  Function.prototype,
  String.prototype,
  Number.prototype,
  Promise,
  Promise.prototype,
  Map.prototype,
  Set.prototype,
  RegExp.prototype,
  Math,
  Object.getPrototypeOf(Uint8Array.prototype) as object,
  Uint8Array.prototype,
  ArrayBuffer.prototype,
];

interface SavedProperty {
  target: object;
  key: PropertyKey;
  descriptor: PropertyDescriptor;
}

function saveBuiltins(): SavedProperty[] {
  const saved: SavedProperty[] = [];
  for (const target of GUARDED) {
    for (const key of Reflect.ownKeys(target)) {
      const descriptor = Object.getOwnPropertyDescriptor(target, key);
      if (descriptor && typeof descriptor.value === 'function') saved.push({ target, key, descriptor });
    }
  }
  return saved;
}

/** Puts back every saved built-in that the import replaced; returns the names restored. */
function restoreBuiltins(saved: SavedProperty[]): string[] {
  const restored: string[] = [];
  for (const { target, key, descriptor } of saved) {
    const now = Object.getOwnPropertyDescriptor(target, key);
    if (now?.value === descriptor.value) continue;
    Object.defineProperty(target, key, descriptor);
    restored.push(String(key));
  }
  return restored;
}

let loading: Promise<PdfjsModule> | null = null;
let restoredNames: string[] = [];

async function load(): Promise<PdfjsModule> {
  const saved = saveBuiltins();
  installFontFaceStandIn();
  try {
    return await withoutNativeCanvas(async () => {
      // No type declarations ship for the worker module; it is only handed to pdfjs.
      const worker: unknown = await import(PDFJS_WORKER_MODULE);
      // pdfjs looks here for a worker already loaded in this thread before importing one itself.
      Object.assign(globalThis, { pdfjsWorker: worker });
      // Typed by the declarations the legacy build ships (pdf.d.mts), which the minified build shares.
      return (await import(PDFJS_API_MODULE)) as PdfjsModule;
    });
  } finally {
    restoredNames = restoreBuiltins(saved);
  }
}

/** pdfjs, imported once per process (per worker thread) on first use. */
export function loadPdfjs(): Promise<PdfjsModule> {
  loading ??= load().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** Which built-ins the import had replaced and were put back (for diagnostics and tests). */
export function restoredBuiltins(): readonly string[] {
  return restoredNames;
}

/**
 * Opens a PDF the way every reader must: no scripts, no fonts or files fetched, no images decoded.
 * pdfjs takes the buffer over (detaches it), so it gets a copy and the caller keeps its bytes.
 */
export function openPdfDocument(pdfjs: PdfjsModule, bytes: Uint8Array): Promise<PDFDocumentProxy> {
  return pdfjs.getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    // Font faces "on", answered by stand-ins: see font-face-stand-in.ts.
    disableFontFace: false,
    ownerDocument: FONT_HOST,
    useSystemFonts: false,
    useWorkerFetch: false,
    useWasm: false,
    stopAtErrors: false,
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    // Images are never needed; a size limit of 1 pixel keeps pdfjs from decoding any.
    maxImageSize: 1,
    enableXfa: false,
  }).promise;
}
