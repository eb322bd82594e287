import { z } from 'zod';

/** Where a value or finding comes from. docs/contract.md, "Evidence". */
export const Evidence = z.object({
  /** 1-based PDF page; null for docx. */
  page: z.number().int().positive().nullable(),
  /** Nearest numbered heading or field label ("7.2", "Insatsnamn Trisam 2.0 Gävle kommun"); null if none. */
  section: z.string().nullable(),
  /** The source text the value or finding rests on. */
  text: z.string(),
  /** Only when that text was read by OCR: the mean confidence (0–100) of its words. */
  ocrConfidence: z.number().min(0).max(100).optional(),
  /**
   * PDF only: where that text stands on its page, in PDF points from the page's top-left corner
   * (y grows downwards), so the text can be shown in place; absent for .docx and when unknown.
   */
  box: z.object({ x: z.number(), y: z.number(), width: z.number().nonnegative(), height: z.number().nonnegative() }).optional(),
});
export type Evidence = z.infer<typeof Evidence>;

export const MoneyUnit = z.enum(['kr', 'tkr', 'mkr']);
export type MoneyUnit = z.infer<typeof MoneyUnit>;

/**
 * An amount as written. `sek` is whole kronor; `unit` is the unit the document used and so
 * also the precision (tkr = rounded to 1 000 kr). `decimals` is how many decimals were written
 * (e.g. "1,25 mkr" has 2), which refines the precision of mkr/tkr figures.
 */
export const Money = z.object({
  sek: z.number().int(),
  unit: MoneyUnit,
  text: z.string(),
  decimals: z.number().int().nonnegative().optional(),
  evidence: Evidence.optional(),
});
export type Money = z.infer<typeof Money>;

/** A share in per cent as a table's cell writes it: 94 for "94 %", 93.3 for "93,3". */
export const StatedShare = z.object({ percent: z.number(), text: z.string() });
export type StatedShare = z.infer<typeof StatedShare>;

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A side that cannot be read as a real date is null (and the invalid-date rule says why). */
export const Period = z.object({
  start: IsoDate.nullable(),
  end: IsoDate.nullable(),
  text: z.string(),
  evidence: Evidence.optional(),
});
export type Period = z.infer<typeof Period>;

/** A participant count; any number may be null when the document does not give it. */
export const Count = z.object({
  total: z.number().int().nonnegative().nullable(),
  women: z.number().int().nonnegative().nullable(),
  men: z.number().int().nonnegative().nullable(),
  other: z.number().int().nonnegative().nullable(),
  text: z.string(),
  /** The year its sentence says the count is about ("2019 nådde våra insatser …"); absent when it names none. */
  year: z.number().int().optional(),
  /** True when the text qualifies the total ("drygt 320", "ca 883", "över 300"); the total is the number written. Absent when exact. */
  approximate: z.literal(true).optional(),
  evidence: Evidence.optional(),
});
export type Count = z.infer<typeof Count>;

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** Evidence for scalar fields of a record, keyed by the field's JSON path ("intervention.name"). */
export const FieldEvidence = z.record(z.string(), Evidence);
export type FieldEvidence = z.infer<typeof FieldEvidence>;

export const ISO_DATE = IsoDate;
