/**
 * tesseract.js's own worker script, with one correction: its `initialize` names a language given
 * as `{ code, data }` (trained data held in memory) by its data instead of its code, so the
 * engine looks for a file called "31,139,8,…" (tesseract.js 7.0.0; naptha/tesseract.js#1052). This
 * listener is registered before tesseract.js's own and names each such language by its code in
 * the message both listeners receive. Given to createWorker as `workerPath` (thread.ts).
 */
import { createRequire } from 'node:module';
import { parentPort } from 'node:worker_threads';

interface Packet {
  action?: string;
  payload?: { langs?: string | Array<string | { code: string }> };
}

parentPort?.on('message', (packet: Packet) => {
  const langs = packet.payload?.langs;
  if (packet.action === 'initialize' && Array.isArray(langs) && packet.payload) {
    packet.payload.langs = langs.map((language) => (typeof language === 'string' ? language : language.code));
  }
});

createRequire(import.meta.url)('tesseract.js/src/worker-script/node/index.js');
