import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { DocumentResult } from '../schemas/result.js';

export type OutputFormat = 'jsonl' | 'json';

/** Writes results as they come, honouring back-pressure, so a long run never piles up output in memory. */
export interface ResultWriter {
  write(result: DocumentResult): Promise<void>;
  end(): Promise<void>;
}

export function createResultWriter(format: OutputFormat, stream: Writable): ResultWriter {
  let count = 0;
  const put = async (text: string): Promise<void> => {
    if (!stream.write(text)) await once(stream, 'drain');
  };
  if (format === 'jsonl') {
    return { write: (result) => put(`${JSON.stringify(result)}\n`), end: () => Promise.resolve() };
  }
  // One JSON array, still streamed: elements are written as they finish.
  return {
    write: (result) => put(`${count++ === 0 ? '[\n' : ',\n'}${JSON.stringify(result)}`),
    end: () => put(count === 0 ? '[]\n' : '\n]\n'),
  };
}
