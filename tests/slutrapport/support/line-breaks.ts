/**
 * A PDF does not record whether a line ended because the writer broke it or because the text
 * wrapped; where the next word would not have fitted either way, the PDF's text has a space where
 * the DOCX has a line break. Comparisons of PDF text therefore treat "\n" and " " alike, and
 * separately check that a PDF never breaks a line the writer did not break.
 */

/** Every string in `value` with its whitespace collapsed to single spaces. */
export function collapseWhitespace(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/\s+/g, ' ').trim();
  if (Array.isArray(value)) return value.map(collapseWhitespace);
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, collapseWhitespace(inner)]));
  }
  return value;
}

/** Offsets, in the whitespace-collapsed text, where the text has a line break. */
function breakOffsets(text: string): Set<number> {
  const offsets = new Set<number>();
  let length = 0;
  for (const part of text.split('\n')) {
    length += part.replace(/\s+/g, ' ').trim().length + 1;
    offsets.add(length);
  }
  offsets.delete(length);
  return offsets;
}

/** Paths of strings where `actual` breaks a line that `expected` does not. */
export function inventedBreaks(actual: unknown, expected: unknown, path = ''): string[] {
  if (typeof actual === 'string' && typeof expected === 'string') {
    const allowed = breakOffsets(expected);
    return [...breakOffsets(actual)].some((offset) => !allowed.has(offset)) ? [path] : [];
  }
  if (actual && expected && typeof actual === 'object' && typeof expected === 'object') {
    const a = actual as Record<string, unknown>;
    const e = expected as Record<string, unknown>;
    return Object.keys(a).flatMap((key) => inventedBreaks(a[key], e[key], `${path}.${key}`));
  }
  return [];
}
