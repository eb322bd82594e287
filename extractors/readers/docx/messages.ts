import type { ReaderMessage } from '../../model.js';

/** mammoth warns about how images would display in a browser; we never display images. */
const IRRELEVANT = [/unlikely to display in web browsers/i, /external image/i];

/** mammoth's warnings, each once (with a count when repeated), minus those about HTML output. */
export function mammothMessages(warnings: string[]): ReaderMessage[] {
  const counts = new Map<string, number>();
  for (const warning of warnings) {
    if (IRRELEVANT.some((pattern) => pattern.test(warning))) continue;
    counts.set(warning, (counts.get(warning) ?? 0) + 1);
  }
  return [...counts].map(([message, count]) => ({
    code: 'docx-conversion',
    type: 'warning',
    message: count > 1 ? `${message} (${count} times)` : message,
    position: null,
  }));
}

/** One note that the package points outside itself, and that we did not follow. */
export function externalTargetsMessage(counts: Map<string, number>): ReaderMessage | undefined {
  if (counts.size === 0) return undefined;
  const listed = [...counts]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([kind, count]) => `${count} ${kind}${count === 1 ? '' : 's'}`)
    .join(', ');
  return { code: 'external-references', type: 'info', message: `External references were ignored and never fetched (${listed})`, position: null };
}
