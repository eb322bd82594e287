/**
 * Which build of pdfjs-dist every thread loads: the legacy build (Node 20 lacks what the modern one
 * expects), minified. The minified build is the same code; its smaller source is held once per
 * thread as a string V8 keeps two bytes a character (it holds characters outside Latin-1), so each
 * reading thread's heap is about 3.5 MB smaller after loading it, and a bulk export on two threads
 * peaks about 15 MB lower (npm run bench).
 */
export const PDFJS_API_MODULE = 'pdfjs-dist/legacy/build/pdf.min.mjs';
/** The worker module, which Node runs in-process as pdfjs's "fake worker". */
export const PDFJS_WORKER_MODULE = 'pdfjs-dist/legacy/build/pdf.worker.min.mjs';
