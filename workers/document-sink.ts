import type { SpoolCopy } from './spool.js';

export interface SinkOutcome {
  /** Where the inbox file goes: ok → processed/, failed → failed/. */
  status: 'ok' | 'failed';
  /** Set when these bytes had been taken before under another name (or dropped again after finishing). */
  duplicateOf: string | null;
}

/**
 * Where the watcher hands a document it has copied to the spool: the BullMQ queue, or the
 * in-process pool of `watch --embedded`. submit resolves once the document is done.
 */
export interface DocumentSink {
  /** `inboxPath`: the file's path relative to the inbox, the name it is filed under (document-job.ts). */
  submit(path: string, copy: SpoolCopy, signal: AbortSignal, inboxPath?: string): Promise<SinkOutcome>;
  close(): Promise<void>;
}
