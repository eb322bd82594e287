import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DocumentResult } from '../schemas/result.js';
import { formatResultText, type TextFormatOptions } from './text-format.js';

/** jsonl: one result per line; json: one array; text: a summary per document for a person (text-format.ts). */
export type OutputFormat = 'jsonl' | 'json' | 'text';

/** Writes results as they come, honouring back-pressure, so a long run never piles up output in memory. */
export interface ResultWriter {
  write(result: DocumentResult): Promise<void>;
  end(): Promise<void>;
}

export function createResultWriter(format: OutputFormat, stream: Writable, text: TextFormatOptions = { lang: 'sv', color: false }): ResultWriter {
  let count = 0;
  const put = async (text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  if (format === 'text') return { write: (result) => put(formatResultText(result, text)), end: () => Promise.resolve() };
  if (format === 'jsonl') {
    return { write: (result) => put(`${JSON.stringify(result)}\n`), end: () => Promise.resolve() };
  }
  // One JSON array, still streamed: elements are written as they finish.
  return {
    write: (result) => put(`${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(result)}`),
    end: () => put(count === 0 ? '[]\n' : '\n]\n'),
  };
}
