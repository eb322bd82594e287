/**
 * A table column most of whose rows (of at least two) are off what the rule holds them to is some
 * other figure than the rule takes it for — an avvikelse against last year or a prognosis, each
 * row's share of the whole — so nothing is said of it; one row off in a column that otherwise fits
 * is a typo, and keeps its finding.
 */
export function unlessMostRowsOff<T>(drafts: T[], rowsChecked: number): T[] {
  return rowsChecked >= 2 && drafts.length * 2 > rowsChecked ? [] : drafts;
}
