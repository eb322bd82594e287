import { DocumentResult } from '../../schemas/result.js';

/**
 * A result read back from JSON, held to the contract, keys in the order they were written (zod's
 * parse would reorder them, and results.jsonl must read like `extract`'s stdout). Null when the
 * text is not a valid result.
 */
export function parseStoredResult(text: string): DocumentResult | null {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return null;
  }
  return isDocumentResult(value) ? value : null;
}

export function isDocumentResult(value: unknown): value is DocumentResult {
  return DocumentResult.safeParse(value).success;
}
