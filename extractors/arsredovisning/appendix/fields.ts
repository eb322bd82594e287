import { BoundedCache } from '../../text/bounded-cache.js';
import { labelScore } from '../../text/index.js';

/** The fields of an appendix block ("Insatsnamn" … "Kommentar"), as the contract names them. */
export type Field =
  | 'name'
  | 'orientation'
  | 'period'
  | 'purpose'
  | 'goals'
  | 'participantRegistration'
  | 'targetGroup'
  | 'budget'
  | 'outcome'
  | 'lead'
  | 'partners'
  | 'results'
  | 'comment';

/**
 * How förbund word each label. Years are ignored when matching ("Budget 2021"), spelling is
 * matched fuzzily (natural's string distance via labelScore), so these are wordings, not spellings.
 */
const WORDINGS: Record<Field, string[]> = {
  name: ['Insatsnamn', 'Insatsens namn', 'Namn på insatsen', 'Projektnamn'],
  orientation: ['Inriktning', 'Insatsens inriktning', 'Typ av insats'],
  period: ['Period', 'Insatsperiod', 'Insatstid', 'Projektperiod', 'Projekttid', 'Tidsperiod'],
  purpose: ['Syfte', 'Insatsens syfte'],
  goals: ['Mål', 'Insatsens mål', 'Mål med insatsen'],
  participantRegistration: ['Deltagarregistrering', 'Registrering av deltagare', 'Registrering i SUS'],
  targetGroup: ['Specifik målgrupp', 'Målgrupp'],
  budget: ['Budget', 'Totalbudget', 'Beviljad budget', 'Beviljade medel', 'Budgeterade medel'],
  outcome: ['Utfall ekonomi', 'Utfall', 'Ekonomiskt utfall', 'Förbrukade medel'],
  lead: ['Huvudman för insats', 'Huvudman', 'Insatsägare', 'Projektägare', 'Ansvarig organisation'],
  partners: ['Samverkansparter', 'Samverkansparter i insatsen', 'Samverkande parter'],
  results: ['Resultat', 'Resultat under året', 'Uppnådda resultat'],
  comment: ['Kommentar', 'Kommentarer', 'Övriga kommentarer'],
};

const THRESHOLD = 0.85;
/** A label is a few words; more unexplained words make it a sentence. */
const MAX_EXTRA_WORDS = 2;
const MAX_LABEL_CHARS = 60;

interface Candidate {
  field: Field;
  coverage: number;
  extra: number;
  words: number;
}

/**
 * The field a label cell (or the text before a colon) names, or null. The closest wording wins:
 * "Målgrupp" is targetGroup, not goals; "Huvudman för insats" is lead, not name.
 */
export function fieldOf(label: string): Field | null {
  const text = label.replace(/\s+/g, ' ').trim().replace(/:$/, '');
  if (text === '' || text.length > MAX_LABEL_CHARS) return null;
  // A report repeats the same dozen labels in every block: score each wording once.
  return known.get(text, () => closestField(text));
}

const known = new BoundedCache<string, Field | null>(5_000);

function closestField(text: string): Field | null {
  let best: Candidate | null = null;
  for (const [field, wordings] of Object.entries(WORDINGS) as [Field, string[]][]) {
    for (const wording of wordings) {
      const score = labelScore(text, wording);
      if (score.coverage < THRESHOLD || score.extraTokens > MAX_EXTRA_WORDS) continue;
      const candidate = { field, coverage: score.coverage, extra: score.extraTokens, words: wording.split(' ').length };
      if (!best || better(candidate, best)) best = candidate;
    }
  }
  return best?.field ?? null;
}

function better(a: Candidate, b: Candidate): boolean {
  if (a.extra !== b.extra) return a.extra < b.extra;
  if (a.coverage !== b.coverage) return a.coverage > b.coverage;
  return a.words > b.words;
}
