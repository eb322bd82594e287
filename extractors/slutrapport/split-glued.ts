/**
 * Splits one line that holds the values of two labels printed side by side, when the reader
 * could not keep the columns apart ("801 84S Gävle" under "Postnummer Postadress"). A value with
 * a recognisable shape (postal code, phone number, date, initials) marks the cut.
 */

export interface ValueShape {
  /** Where in the glued line this key's value stands. */
  at: 'start' | 'end';
  /** The value's shape; must match at that end of the line. */
  pattern: RegExp;
}

export type ValueShapes = Record<string, ValueShape>;

export const SHAPES = {
  postalCode: { at: 'start', pattern: /^\d{3}\s?\d{2}(?!\d)/ },
  phone: { at: 'end', pattern: /(?:\+46|0)[\d\s-]{5,}\d$/ },
  date: { at: 'end', pattern: /(?:19|20)\d{2}\s?[-./]\s?\d{1,3}\s?[-./]\s?\d{1,3}$|\d{1,2}\s\p{L}+\s(?:19|20)\d{2}$/u },
  initials: { at: 'end', pattern: /\b\p{Lu}{2,4}$/u },
} satisfies Record<string, ValueShape>;

function cutTwo(first: string, second: string, value: string, shapes: ValueShapes): [string, string] {
  const text = value.trim();
  const head = shapes[first];
  if (head?.at === 'start') {
    const match = text.match(head.pattern);
    if (match) return [match[0].trim(), text.slice(match[0].length).trim()];
  }
  const tail = shapes[second];
  if (tail?.at === 'end') {
    const match = text.match(tail.pattern);
    if (match && match.index !== undefined) return [text.slice(0, match.index).trim(), match[0].trim()];
  }
  // Nothing recognisable: an organisation followed by its unit is usually cut at the first comma.
  const comma = text.indexOf(', ');
  if (comma > 0) return [text.slice(0, comma + 1).trim(), text.slice(comma + 2).trim()];
  return [text, ''];
}

/** One value per key, cut from a line that holds them all, left to right. */
export function splitGlued(keys: string[], value: string, shapes: ValueShapes): string[] {
  const parts: string[] = [];
  let rest = value;
  for (let index = 0; index < keys.length - 1; index += 1) {
    const [head, tail] = cutTwo(keys[index] ?? '', keys[index + 1] ?? '', rest, shapes);
    parts.push(head);
    rest = tail;
  }
  parts.push(rest.trim());
  return parts;
}
