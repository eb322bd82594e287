import type { z } from 'zod';
import { ArsredovisningRecord } from './arsredovisning.js';
import { Period } from './common.js';

/**
 * An interim report (delårsrapport, delårsbokslut, delårsavstämning): the annual report's record
 * with the period it covers instead of a year.
 */
export const DelarsrapportRecord = ArsredovisningRecord.omit({ year: true }).extend({
  /** The months it reports on ("januari–augusti 2021" → 2021-01-01 – 2021-08-31); null when the text does not say. */
  period: Period.nullable(),
});
export type DelarsrapportRecord = z.infer<typeof DelarsrapportRecord>;
