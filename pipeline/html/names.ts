import { basename, extname } from 'node:path';
import type { DocumentResult } from '../../schemas/result.js';

/** Long enough to tell reports apart, short enough for every file system's name limit with the suffix. */
const MAX_NAME = 90;

/**
 * The report's file name: what a person would call the report the förbund and the insats (slutrapport), the förbund and
 * its year or period (årsredovisning, delårsrapport) — else the file's own name.
 */
export function readableName(result: DocumentResult): string {
  return safeFileName(readableTitle(result));
}

/** The same as people read it (a page's title and the overview's link): as the report writes it, to be escaped where shown. */
export function readableTitle(result: DocumentResult): string {
  const record = result.status === 'ok' ? result.record : null;
  const parts: (string | null | undefined)[] = [];
  if (result.kind === 'slutrapport' && record && 'intervention' in record) parts.push(record.organisation, record.intervention.name);
  else if (result.kind === 'arsredovisning' && record && 'year' in record) parts.push(record.organisation, record.year === null ? null : String(record.year));
  else if (result.kind === 'delarsrapport' && record && 'period' in record) parts.push(record.organisation, record.period?.end ?? record.period?.text);
  const named = parts.filter((part): part is string => typeof part === 'string' && part.trim() !== '');
  // A year alone or a förbund alone says too little: the file name says more.
  const fromReport = named.length === 2 ? named.join(' – ') : null;
  return fromReport ?? basename(result.source.path, extname(result.source.path));
}

/**
 * A file name from any text: no path separators, no control characters, none of the characters
 * Windows forbids, no leading dot or trailing dot or space, not empty, at most MAX_NAME characters.
 */
export function safeFileName(text: string): string {
  const cleaned = text
    .normalize('NFC')
    .replace(/\s+/g, ' ')
    // eslint-disable-next-line no-control-regex -- control and direction characters are what is taken out
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/[/\\:*?"<>|]+/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s-]+|[.\s]+$/g, '');
  const cut = [...cleaned].slice(0, MAX_NAME).join('').trim();
  // Names Windows keeps for devices (CON, NUL, COM1, …) cannot be files there.
  const usable = /^(?:con|prn|aux|nul|com\d|lpt\d)$/i.test(cut) ? `${cut}-dokument` : cut;
  return usable === '' ? 'dokument' : usable;
}

/** The name with a short part of the document's hash: for a second document with the same readable name. */
export function withHashSuffix(name: string, sha256: string): string {
  return `${name}-${sha256.slice(0, 8)}`;
}
