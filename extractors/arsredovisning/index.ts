import type { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import type { DocModel } from '../model.js';

/** Builds the contract's arsredovisning record from an annual report. */
export function extractArsredovisning(model: DocModel): ArsredovisningRecord {
  void model;
  throw new Error('extractArsredovisning is not implemented yet');
}
