/**
 * Rows of a table that break down the row above them, already in its figure: "varav …" and
 * "därav …" rows, and a run of dashed items right under a row of its own ("Personal 900 000" /
 * "- Lönekostnader 700 000" / "- Sociala avgifter 200 000"). A sum of the table's rows leaves them out.
 */

/**
 * The words a total row opens with: "Summa …", "Delsumma …", "Totalsumma", "Totalt", "Sammanlagt". A
 * pattern's source, for the readers and rules that add a table's rows up to build their own from.
 */
export const TOTAL_WORDS = 'summa|delsumma|totalsumma|totalt|total|sammanlagt';

/** "varav lön", "därav …": a row that is part of the row above it. */
export const PART_OF_ABOVE = /^(?:varav|därav)\b/iu;

/** "- Lönekostnader", "– Sociala avgifter", "• Resor": an item set off by a dash or a bullet. */
const DASHED = /^[-–—•]\s*\S/u;

export function partOfRowAbove(label: string): boolean {
  return PART_OF_ABOVE.test(label.trim());
}

/**
 * The indexes of the rows that are parts of a row above them: "varav …" rows, and a run of dashed
 * items right under a row of its own whose figures, of the row's sign, make up no more than it.
 * Dashed items under no such row (a list of every cost, each dashed) are rows like any other.
 */
export function partsOfRowsAbove(rows: readonly { label: string; value: number | null }[]): Set<number> {
  const parts = new Set<number>();
  rows.forEach((row, index) => {
    if (partOfRowAbove(row.label)) parts.add(index);
  });
  for (let index = 0; index < rows.length; index++) {
    const parent = rows[index];
    if (!parent || parent.value === null || DASHED.test(parent.label.trim()) || parts.has(index)) continue;
    let end = index + 1;
    while (end < rows.length && DASHED.test(rows[end]?.label.trim() ?? '')) end++;
    const run = rows.slice(index + 1, end).flatMap((row) => (row.value === null ? [] : [row.value]));
    const sum = run.reduce((total, value) => total + value, 0);
    const sign = Math.sign(parent.value);
    const withinParent = run.every((value) => value === 0 || Math.sign(value) === sign) && Math.abs(sum) <= Math.abs(parent.value);
    if (run.length > 0 && withinParent) for (let part = index + 1; part < end; part++) parts.add(part);
  }
  return parts;
}
