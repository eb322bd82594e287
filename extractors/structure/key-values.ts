/**
 * Labelled values however they are laid out: "Syfte: Insatsen ska …" on a line, or a table row of
 * a label cell and a value cell ("Insatsnamn | Trisam 2.0"). Which labels matter is for the reader
 * of each kind of report to say; this only finds the pairs.
 */
import type { SourceRef } from '../model.js';
import type { FormRow } from './rows.js';

export interface KeyValue {
  label: string;
  /** '' when the label stands without a value on its line. */
  value: string;
  /** Where the value stands (the label's cell or line when it has none). */
  source: SourceRef;
  /** The row in DocStructure.rows. */
  row: number;
  layout: 'colon' | 'cells';
}

/** "Syfte: Insatsen ska …": a label, a colon, the value. */
const LABEL_COLON = /^([^:\n]{2,60}):(?:[ \t]+|$)([\s\S]*)$/u;
/** A label is a few words, not a sentence that happens to hold a colon. */
const MAX_LABEL_WORDS = 6;

/** The label and value of a "Label: value" text, or null. */
export function labelColon(text: string): { label: string; value: string } | null {
  const colon = text.indexOf(':');
  if (colon < 2 || colon > 60) return null;
  const match = text.match(LABEL_COLON);
  if (!match?.[1]) return null;
  return { label: match[1], value: match[2] ?? '' };
}

/** The few words of a line's own label ("Projektägare: …"), which end whatever value the line before began. */
const MAX_LINE_LABEL_WORDS = 4;

/**
 * "Projektägare: Exempelby kommun" under "Projektnamn: Steget vidare" in one paragraph: a line that
 * opens with a label of its own and a colon starts another field, whether or not a reader knows the label.
 */
export function opensLabelledLine(text: string): boolean {
  const label = labelColon(text)?.label.trim();
  return label !== undefined && /^\p{Lu}/u.test(label) && isLabelText(label) && label.split(/\s+/).length <= MAX_LINE_LABEL_WORDS;
}

/** A form's field typed as a paragraph of its own is one short line. */
const MAX_FIELD_LINE = 80;

/**
 * "Antal deltagare: 64", "Varav kvinnor: 30": a paragraph that is one form field, a label of its own
 * and its value on one short line. Fields typed one under the other are read as the lines of one
 * paragraph (a count's split across them).
 */
export function isFieldLine(text: string): boolean {
  return !text.includes('\n') && text.length <= MAX_FIELD_LINE && opensLabelledLine(text);
}

function isLabelText(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => word !== '');
  return words.length > 0 && words.length <= MAX_LABEL_WORDS && /^\p{L}/u.test(text) && !/[.!?]$/u.test(text);
}

/** Every label/value pair of the rows, in order. */
export function findKeyValues(rows: FormRow[]): KeyValue[] {
  const pairs: KeyValue[] = [];
  rows.forEach((row, index) => {
    if (row.table === null) {
      const text = row.cells[0]?.text ?? '';
      const pair = labelColon(text);
      if (pair && isLabelText(pair.label.trim()))
        pairs.push({ label: pair.label.trim(), value: pair.value.trim(), source: row.source, row: index, layout: 'colon' });
      return;
    }
    const filled = row.cells.filter((cell) => cell.text.trim() !== '');
    const [label, value] = filled;
    if (filled.length !== 2 || !label || !value) return;
    const labelText = label.text.replace(/\s+/g, ' ').replace(/:$/u, '').trim();
    if (isLabelText(labelText)) pairs.push({ label: labelText, value: value.text.trim(), source: value.source, row: index, layout: 'cells' });
  });
  return pairs;
}
