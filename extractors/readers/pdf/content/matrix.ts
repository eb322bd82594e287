/** A PDF affine matrix [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f. */
export type Matrix = readonly [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** The matrix that applies `inner` first, then `outer` (a `cm` operator: multiply(ctm, m)). */
export function multiply(outer: Matrix, inner: Matrix): Matrix {
  return [
    outer[0] * inner[0] + outer[2] * inner[1],
    outer[1] * inner[0] + outer[3] * inner[1],
    outer[0] * inner[2] + outer[2] * inner[3],
    outer[1] * inner[2] + outer[3] * inner[3],
    outer[0] * inner[4] + outer[2] * inner[5] + outer[4],
    outer[1] * inner[4] + outer[3] * inner[5] + outer[5],
  ];
}

export function applyX(m: Matrix, x: number, y: number): number {
  return m[0] * x + m[2] * y + m[4];
}

export function applyY(m: Matrix, x: number, y: number): number {
  return m[1] * x + m[3] * y + m[5];
}

/** Reads six finite numbers as a matrix; anything else (hostile or broken input) is null. */
export function toMatrix(value: unknown): Matrix | null {
  if (!isNumberList(value) || value.length < 6) return null;
  const m = [value[0], value[1], value[2], value[3], value[4], value[5]];
  if (!m.every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return m as unknown as Matrix;
}

/** Arrays and typed arrays (pdfjs passes Float32Array) of numbers. */
export function isNumberList(value: unknown): value is ArrayLike<number> {
  return Array.isArray(value) || value instanceof Float32Array || value instanceof Float64Array;
}
