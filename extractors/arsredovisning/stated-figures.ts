import type { StatedCount, StatedPercentage, StatedTotal } from '../../schemas/arsredovisning.js';
import type { Count, Evidence, Money } from '../../schemas/common.js';
import { findMoney, findPercentages } from '../parse/index.js';
import { hasBreakdown } from '../parse/count.js';
import { countsIn, withEvidence } from './counts.js';
import { coveredBy } from './covers.js';
import { sentences } from '../text/sentences.js';
import { appendAll } from '../arrays.js';
import { countsSinceStart } from '../identity/participants.js';

/** A piece of running text outside the appendix, with its evidence (page, section). */
export interface ProseText {
  text: string;
  evidence: Evidence;
  /** A goal's indicator ("Mål 1 Utfall"), when the text is part of one. */
  label?: string;
  /** Texts read together, for a percentage whose base stands in a neighbouring cell. */
  group?: number;
}

/** An appendix intervention as the stated figures refer to it. */
export interface NamedIntervention {
  name: string;
  category: 'individ' | 'struktur' | null;
}

export interface StatedFigures {
  participantsReached: Count | null;
  statedCounts: StatedCount[];
  statedTotals: StatedTotal[];
  statedPercentages: StatedPercentage[];
}

const B = '(?<![\\p{L}\\d])';
/** Spending on interventions as a whole: "finansierat rehabiliteringsinsatser för", "Förbrukade medel för samverkansinsatser". */
const SPENDING = new RegExp(`${B}(?:finansier\\p{L}*|förbruka\\p{L}*|förbrukning\\p{L}*|utbetala\\p{L}*|kostnad(?:en|er|erna)? för)`, 'iu');
const INTERVENTIONS = new RegExp(`${B}\\p{L}*insatser(?:na)?(?![\\p{L}])|${B}\\p{L}*insatsmedel|${B}samverkansmedel`, 'iu');
/** Money that is not yet spent, or a single grant: not a total of what the interventions used. */
const NOT_SPENT = new RegExp(`${B}(?:nya insatser|tillgänglig\\p{L}*|beviljade?s?|budgeter\\p{L}*|avvik\\p{L}*|föreslog|äskade)(?![\\p{L}])`, 'iu');
/** "inklusive kostnad för Insatskatalogen": what a total says it includes or leaves out, kept in its label. */
const SCOPE_CLAUSE = /(?:inklusive|inkl\.?|exklusive|exkl\.?|förutom|utöver)\s[^,.;]+/iu;
/** "Insatser riktade till individer har finansierats med …", "Strukturövergripande insatser kostade …". */
const INDIVIDUAL = /individ\p{L}*|riktade till individer/iu;
const STRUCTURAL = /struktur\p{L}*/iu;
/** Prose that speaks of the förbund as a whole: where the year's participants reached stand. */
const WHOLE_FORBUND = /förbund|våra insatser|vår insatser|samtliga insatser/iu;
/** "39 % av 13 320 tkr är 2 664 tkr". */
const SHARE_OF = /^\s*av\s*$/iu;
const IS = /^\s*(?:är|=|blir|motsvarar|utgör)\s*$/iu;
/** "5 232 tkr dvs 39%", "1 390 tkr, vilket motsvarar 14 %". */
const THAT_IS = /^\s*,?\s*(?:dvs\.?|d\.v\.s\.?|det vill säga|vilket motsvarar|motsvarande|vilket är|vilket utgör|eller|=)\s*$/iu;
/** Words allowed between a percentage's "av" and the amount it is of: "14 % av årets tilldelning (9 600 tkr)". */
const OF_WHAT = /^\s*av\s[^.;%]{0,60}?\(?\s*$/iu;

/**
 * The figures the prose states about the year, for the rules to reconcile: the förbund-wide
 * count of participants reached, every other count with a gender breakdown (which interventions
 * it covers when it names them), totals spent on the interventions, and percentages stated with
 * the figures they are computed from.
 */
export function readStatedFigures(prose: ProseText[], interventions: NamedIntervention[], ocrPages: ReadonlySet<number> = new Set()): StatedFigures {
  const interventionNames = interventions.map((intervention) => intervention.name);
  const figures: StatedFigures = { participantsReached: null, statedCounts: [], statedTotals: [], statedPercentages: [] };
  for (const piece of prose) {
    const ocr = piece.evidence.page !== null && ocrPages.has(piece.evidence.page);
    for (const found of countsIn(piece.text, 'year', { ocr })) {
      if (!hasBreakdown(found.count)) continue;
      const covers = coveredBy(found.statement, interventionNames);
      const count = withEvidence(found.count, piece.evidence);
      if (
        piece.label === undefined &&
        covers.length === 0 &&
        figures.participantsReached === null &&
        WHOLE_FORBUND.test(found.statement) &&
        !countsSinceStart(found.statement)
      ) {
        figures.participantsReached = count;
        continue;
      }
      const label = [piece.label, found.remainder].filter((part) => part !== undefined && part !== '').join(': ');
      // "De individinriktade insatserna har nått 68 personer" names no intervention but a category of them.
      const categoryCovered = covers.length === 0 ? (categoryCovers(found.statement, interventions) ?? []) : covers;
      figures.statedCounts.push({ ...count, label, scope: found.scope, covers: categoryCovered });
    }
    if (piece.label === undefined) appendAll(figures.statedTotals, totalsIn(piece, interventions));
  }
  figures.statedPercentages = percentagesIn(prose);
  return figures;
}

function totalsIn(piece: ProseText, interventions: NamedIntervention[]): StatedTotal[] {
  return sentences(piece.text).flatMap((sentence): StatedTotal[] => {
    const text = sentence.text;
    if (!SPENDING.test(text) || !INTERVENTIONS.test(text) || NOT_SPENT.test(text)) return [];
    const amount = findMoney(text)[0];
    if (!amount) return [];
    const before = text.slice(0, amount.start).replace(/^(?:under|i)\s+(?:19|20)\d{2}\s+(?:har\s+)?/iu, '');
    const lead = before
      .replace(/\s+(?:(?:19|20)\d{2}\s+)?(?:för|var|med|uppgick till|till)\s*$/iu, '')
      .replace(/\s+(?:19|20)\d{2}$/u, '')
      .trim();
    const scope = text.slice(amount.end).match(SCOPE_CLAUSE)?.[0];
    const evidence = { ...piece.evidence, text };
    const covers = categoryCovers(text.slice(0, amount.start), interventions);
    return [{ label: scope ? `${lead}, ${scope.trim()}` : lead, amount: { ...amount.value, evidence }, ...(covers ? { covers } : {}), evidence }];
  });
}

/** A total or count about one category of interventions covers those of that category, when every one has a category. */
function categoryCovers(words: string, interventions: NamedIntervention[]): string[] | undefined {
  const individual = INDIVIDUAL.test(words);
  const structural = STRUCTURAL.test(words);
  if (individual === structural || interventions.some((intervention) => intervention.category === null)) return undefined;
  const category = individual ? 'individ' : 'struktur';
  const covered = interventions.filter((intervention) => intervention.category === category).map((intervention) => intervention.name);
  return covered.length > 0 ? covered : undefined;
}

interface Located<T> {
  value: T;
  start: number;
  end: number;
}

function percentagesIn(prose: ProseText[]): StatedPercentage[] {
  const stated: StatedPercentage[] = [];
  const groups = new Map<number, ProseText[]>();
  prose.forEach((piece, index) => {
    const key = piece.group ?? -1 - index;
    groups.set(key, [...(groups.get(key) ?? []), piece]);
  });
  for (const pieces of groups.values()) {
    // "20 % av 13 320 tkr är 2 664 tkr" in one cell says what the "39%" in the next is of.
    let base: Money | null = null;
    const later: { percent: number; numerator: Money; evidence: Evidence }[] = [];
    for (const piece of pieces) {
      for (const sentence of sentences(piece.text)) {
        const money = findMoney(sentence.text);
        const evidence = { ...piece.evidence, text: sentence.text };
        const withEvidenceOf = (found: Located<Money>): Money => ({ ...found.value, evidence });
        for (const percent of findPercentages(sentence.text)) {
          const after = money.filter((found) => found.start >= percent.end);
          const before = money.filter((found) => found.end <= percent.start).at(-1);
          const of = after[0];
          const result = after[1];
          if (of && result && SHARE_OF.test(sentence.text.slice(percent.end, of.start)) && IS.test(sentence.text.slice(of.end, result.start))) {
            base = withEvidenceOf(of);
            stated.push({ percent: percent.value.value, numerator: withEvidenceOf(result), denominator: base, evidence });
            continue;
          }
          if (!before || !THAT_IS.test(sentence.text.slice(before.end, percent.start))) continue;
          if (of && OF_WHAT.test(sentence.text.slice(percent.end, of.start))) {
            stated.push({ percent: percent.value.value, numerator: withEvidenceOf(before), denominator: withEvidenceOf(of), evidence });
          } else {
            later.push({ percent: percent.value.value, numerator: withEvidenceOf(before), evidence });
          }
        }
      }
    }
    if (base) for (const entry of later) stated.push({ ...entry, denominator: base });
  }
  return stated;
}
