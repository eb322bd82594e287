import type { InterventionMention } from './mention.js';

/**
 * The annual reports' utfall of one intervention, each year once — from the first report of that
 * year in input order (two copies of one year's report are one year) — sorted by year. Reports
 * without a year or without an utfall cannot be counted.
 */
export function yearlyOutcomes(mentions: readonly InterventionMention[]): InterventionMention[] {
  const byYear = new Map<number, InterventionMention>();
  for (const mention of mentions) {
    if (mention.kind === 'arsredovisning' && mention.year !== null && mention.outcome && !byYear.has(mention.year)) byYear.set(mention.year, mention);
  }
  return [...byYear.entries()].sort(([a], [b]) => a - b).map(([, mention]) => mention);
}
