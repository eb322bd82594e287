/**
 * Text from outside (a file name, a message quoting one) made safe to show to a person on one
 * line: control characters, line and paragraph separators and bidirectional overrides are written
 * as escapes, so a file named "x\nrapportkoll: 0 failed" cannot forge a line of a summary, and one
 * with U+202E cannot show its extension backwards. Logs need no such care: pino JSON-encodes.
 */

// C0 controls, DEL, C1 controls; U+2028/U+2029; bidi embeddings, overrides and isolates.
// eslint-disable-next-line no-control-regex -- finding control characters is what this pattern is for
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

export function printable(text: string): string {
  return text.replace(UNSAFE, (char) => NAMED[char] ?? `\\u{${(char.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}}`);
}
