import { labelScore } from '../../extractors/text/label.js';
import { normalizeForMatch } from '../../extractors/text/normalize.js';
import type { Intervention, StatedTotal } from '../../schemas/arsredovisning.js';
import type { Lang } from '../../schemas/config.js';
import type { CoveringReading } from '../../schemas/finding-data.js';

type Exclusion = Extract<CoveringReading, { reading: 'all-except' }>['why'];

/** A reading of which interventions a stated total is about. */
export interface Covering {
  reading: CoveringReading;
  interventions: Intervention[];
}

/** "Utfall ekonomi 144 tkr (redovisas i kanslibudget)": paid from elsewhere, so outside a total of insatser. */
const REPORTED_SEPARATELY =
  /redovisa[st]?\s+(?:i|inom|under|via)\s+\p{L}*kansli|kanslibudget|redovisas\s+separat|ingår\s+(?:inte|ej)|finansieras\s+(?:via|av|genom)\s+kansli/iu;
const INCLUDING = /(?:inklusive|inkl\.?|inräknat|medräknat)\s+(?:kostnad(?:en|er)?\s+för\s+)?(.+?)(?:[,.;]|$)/iu;
const EXCLUDING = /(?:exklusive|exkl\.?|förutom|utom|utöver)\s+(?:kostnad(?:en|er)?\s+för\s+)?(.+?)(?:[,.;]|$)/iu;
const NAME_COVERAGE = 0.85;

/** Interventions whose name contains every word of `phrase` ("Ett hållbart arbetsliv" → its three local blocks). */
export function interventionsNamed(interventions: Intervention[], phrase: string): Intervention[] {
  return interventions.filter((intervention) => labelScore(intervention.name, phrase).coverage >= NAME_COVERAGE);
}

/**
 * The interventions a `covers` list stands for: an entry that is an appendix name (as normalised
 * for comparison) is that one intervention; any other entry is a family name and stands for every
 * intervention whose name contains it. "Mysam" names the block "Mysam", not also "… Mysam Gävle".
 */
export function interventionsCovered(interventions: Intervention[], covers: string[]): Intervention[] {
  const covered = new Set<Intervention>();
  for (const entry of covers) {
    const key = normalizeForMatch(entry);
    const exact = interventions.filter((intervention) => normalizeForMatch(intervention.name) === key);
    for (const intervention of exact.length > 0 ? exact : interventionsNamed(interventions, entry)) covered.add(intervention);
  }
  return interventions.filter((intervention) => covered.has(intervention));
}

/** "Ett hållbart arbetsliv", "Trisam 2.0 Bollnäs kommun, Mysam and 11 more". */
export function describeCovers(covers: string[], lang: Lang): string {
  if (covers.length <= 3) return covers.join(', ');
  return `${covers.slice(0, 2).join(', ')} ${lang === 'sv' ? `och ${covers.length - 2} till` : `and ${covers.length - 2} more`}`;
}

/**
 * The plausible readings of what a stated total covers: what it names, else all interventions,
 * all but those the appendix says are reported separately, all but those other stated totals
 * name in their `covers`, and all but those another total says it includes on top. "inklusive X"
 * keeps only readings with X; "exklusive X" only those without.
 */
export function coverings(total: StatedTotal, all: Intervention[], others: StatedTotal[]): Covering[] {
  if (total.covers && total.covers.length > 0) {
    return [{ reading: { reading: 'named', covers: total.covers }, interventions: interventionsCovered(all, total.covers) }];
  }
  // The outcome's evidence keeps what stands beside the amount: "144 tkr (redovisas i kanslibudget)".
  const separately = all.filter((intervention) =>
    REPORTED_SEPARATELY.test(`${intervention.outcome?.evidence?.text ?? intervention.outcome?.text ?? ''} ${intervention.comment ?? ''}`),
  );
  const statedElsewhere = others.flatMap((other) => (other.covers ? interventionsCovered(all, other.covers) : []));
  // Another total "inklusive kostnad för Insatskatalogen" implies this one may be without it.
  const includedElsewhere = others.flatMap((other) => {
    const named = other.label.match(INCLUDING)?.[1];
    return named ? interventionsNamed(all, named) : [];
  });
  const readings: Covering[] = [
    { reading: { reading: 'all' }, interventions: all },
    without(all, separately, 'reported-separately'),
    without(all, statedElsewhere, 'stated-separately'),
    without(all, [...separately, ...statedElsewhere], 'reported-or-stated-separately'),
    without(all, includedElsewhere, 'included-in-another-total'),
  ];
  const included = total.label.match(INCLUDING)?.[1];
  const excluded = total.label.match(EXCLUDING)?.[1];
  return dedupe(readings).filter((reading) => {
    const names = reading.interventions;
    if (included && !names.some((intervention) => interventionsNamed([intervention], included).length > 0)) return false;
    if (excluded && names.some((intervention) => interventionsNamed([intervention], excluded).length > 0)) return false;
    return names.length > 0;
  });
}

/** All but `left`; a reading that leaves nothing out is the same as "all" and goes in dedupe. */
function without(all: Intervention[], left: Intervention[], why: Exclusion): Covering {
  const leftOut = new Set(left);
  return {
    reading: { reading: 'all-except', excluded: [...leftOut].map((intervention) => intervention.name), why },
    interventions: all.filter((intervention) => !leftOut.has(intervention)),
  };
}

function dedupe(readings: Covering[]): Covering[] {
  const seen = new Set<string>();
  return readings.filter((reading) => {
    const key = reading.interventions.map((intervention) => intervention.name).join('\u0000');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
