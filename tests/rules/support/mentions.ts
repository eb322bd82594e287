/**
 * Interventions as documents describe them (pipeline/link/mention.ts), for the linking and
 * cross-document-mismatch tests: built with the real value parsers, like builders.ts.
 */
import type { InterventionMention } from '../../../pipeline/link/mention.js';
import { evidence, money, period } from './builders.js';

let nextDocument = 0;

/** A distinct made-up sha256 per document index. */
export function sha(documentIndex: number): string {
  return documentIndex.toString(16).padStart(64, '0');
}

type Overrides = Partial<Omit<InterventionMention, 'period' | 'budget' | 'outcome' | 'granted'>> & {
  period?: string | null;
  budget?: string | null;
  outcome?: string | null;
  granted?: string | null;
};

function mention(kind: InterventionMention['kind'], name: string | null, overrides: Overrides): InterventionMention {
  const documentIndex = overrides.documentIndex ?? nextDocument++;
  const { period: periodText = null, budget = null, outcome = null, granted = null, ...rest } = overrides;
  return {
    documentIndex,
    position: 0,
    document: { path: `${kind}-${documentIndex}.docx`, sha256: sha(documentIndex) },
    kind,
    organisation: null,
    year: null,
    name,
    nameEvidence: name === null ? null : evidence(name, kind === 'slutrapport' ? 'Insatsens namn' : `Insatsnamn ${name}`, null),
    orientation: null,
    period: periodText === null ? null : period(periodText),
    budget: budget === null ? null : money(budget, 'Budget'),
    outcome: outcome === null ? null : money(outcome, 'Utfall ekonomi'),
    granted: granted === null ? null : money(granted, 'Totalt beviljade medel'),
    deviation: null,
    spentShare: null,
    lead: null,
    participants: null,
    ...rest,
  };
}

export function reportMention(name: string | null, overrides: Overrides = {}): InterventionMention {
  return mention('slutrapport', name, overrides);
}

export function annualMention(name: string, year: number, overrides: Overrides = {}): InterventionMention {
  return mention('arsredovisning', name, { organisation: 'Samordningsförbund Gävleborg', year, ...overrides });
}
