import type { SlutrapportRecord } from '../../schemas/slutrapport.js';
import type { DocModel } from '../model.js';

/** Builds the contract's slutrapport record from a document on the förbund's template. */
export function extractSlutrapport(model: DocModel): SlutrapportRecord {
  void model;
  throw new Error('extractSlutrapport is not implemented yet');
}
