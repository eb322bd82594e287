import { contentTokens, distinguishingNames, foldDiacritics, nameSimilarity, normalizeForMatch } from '../../extractors/text/index.js';
import type { InterventionMention } from './mention.js';
import { sameOrganisation } from './organisations.js';
import { appendAll } from '../../extractors/arrays.js';

/** One intervention across the run: every document's mention of it, in input order. */
export interface LinkedIntervention {
  /** "L00001", numbered in the order the interventions first appear in the run. */
  linkId: string;
  mentions: InterventionMention[];
}

/** Two spellings this alike (names.ts scale) are taken for one intervention… */
const LINK_THRESHOLD = 0.75;
/** …and no two spellings in one linked intervention may be less alike than this (no chaining A~B~C with A≁C). */
const GROUP_FLOOR = 0.5;

interface Spelling {
  name: string;
  places: Set<string>;
  /** "2.0", "2" in "etapp 2", "2021": another number is another intervention (a version, a phase). */
  numbers: Set<string>;
  mentions: number[];
}

/**
 * Links the interventions of a run across documents: a slutrapport with the annual reports that
 * list it, the same intervention in several years' reports. Names are compared fuzzily
 * (extractors/text/names.ts), and never across places, organisations or numbers: "Trisam 2.0
 * Bollnäs kommun" is not "Trisam 2.0 Gävle kommun", "Mysam Bollnäs" not the förbund-wide "Mysam",
 * "Steg vidare Sandviken etapp 2" not "Steg vidare Sandviken". A
 * linked intervention holds at most one mention per document, annual reports of one förbund only,
 * and no leads (huvudman) in different places. Deterministic: the result depends only on the
 * mentions and their input order.
 */
export function linkInterventions(mentions: readonly InterventionMention[]): LinkedIntervention[] {
  const sorted = [...mentions].sort((a, b) => a.documentIndex - b.documentIndex || a.position - b.position);
  const spellings = spellingsOf(sorted);
  const groups = new Groups(sorted, spellings);
  for (const edge of candidateEdges(spellings)) {
    const left = spellings[edge.a]?.mentions ?? [];
    const right = spellings[edge.b]?.mentions ?? [];
    for (const [i, x] of left.entries()) {
      for (const y of edge.a === edge.b ? left.slice(i + 1) : right) groups.tryJoin(x, y);
    }
  }
  return groups.linked();
}

/** The distinct spellings (same comparison key), each with its mentions; mentions without a name have none. */
function spellingsOf(mentions: InterventionMention[]): Spelling[] {
  const byKey = new Map<string, Spelling>();
  mentions.forEach((mention, index) => {
    const name = mention.name?.trim() ?? '';
    if (name === '') return;
    const key = normalizeForMatch(name);
    const spelling = byKey.get(key) ?? {
      name,
      places: distinguishingNames(name),
      numbers: new Set(contentTokens(name).filter((token) => /\d/.test(token))),
      mentions: [],
    };
    spelling.mentions.push(index);
    byKey.set(key, spelling);
  });
  return [...byKey.values()];
}

interface Edge {
  a: number;
  b: number;
  score: number;
}

/**
 * Pairs of spellings alike enough to link, best first. Only spellings sharing a word's first four
 * letters are compared at all (which also catches inflections and most typos), so a run of
 * thousands of interventions does not cost millions of comparisons.
 */
function candidateEdges(spellings: Spelling[]): Edge[] {
  const byPrefix = new Map<string, number[]>();
  spellings.forEach((spelling, index) => {
    for (const prefix of new Set(contentTokens(spelling.name).map(prefixOf))) {
      const list = byPrefix.get(prefix) ?? [];
      list.push(index);
      byPrefix.set(prefix, list);
    }
  });
  const seen = new Set<string>();
  const edges: Edge[] = [];
  const consider = (a: number, b: number): void => {
    const id = `${a}:${b}`;
    if (seen.has(id)) return;
    seen.add(id);
    const score = linkScore(spellings[a], spellings[b]);
    if (score >= LINK_THRESHOLD) edges.push({ a, b, score });
  };
  spellings.forEach((_, index) => consider(index, index));
  for (const list of byPrefix.values()) {
    for (const [i, a] of list.entries()) for (const b of list.slice(i + 1)) consider(a, b);
  }
  return edges.sort((x, y) => y.score - x.score || x.a - y.a || x.b - y.b);
}

function prefixOf(token: string): string {
  const folded = foldDiacritics(token);
  return /\d/.test(folded) ? folded : folded.slice(0, 4);
}

/** nameSimilarity, but 0 unless both name exactly the same places, organisations and numbers. */
function linkScore(a: Spelling | undefined, b: Spelling | undefined): number {
  if (!a || !b || !sameSet(a.places, b.places) || !sameSet(a.numbers, b.numbers)) return 0;
  return nameSimilarity(a.name, b.name);
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((item) => b.has(item));
}

interface Group {
  members: number[];
  documents: Set<number>;
  spellings: Set<number>;
}

/** Union-find over mentions whose joins respect the rules of a linked intervention. */
class Groups {
  private readonly parent: number[];
  private readonly groups = new Map<number, Group>();
  private readonly spellingOf = new Map<number, number>();
  private readonly scores = new Map<string, number>();

  constructor(
    private readonly mentions: InterventionMention[],
    private readonly spellings: Spelling[],
  ) {
    this.parent = mentions.map((_, index) => index);
    spellings.forEach((spelling, index) => spelling.mentions.forEach((mention) => this.spellingOf.set(mention, index)));
    mentions.forEach((mention, index) => {
      const spelling = this.spellingOf.get(index);
      this.groups.set(index, { members: [index], documents: new Set([mention.documentIndex]), spellings: new Set(spelling === undefined ? [] : [spelling]) });
    });
  }

  tryJoin(x: number, y: number): void {
    const [rootX, rootY] = [this.find(x), this.find(y)];
    if (rootX === rootY) return;
    const [a, b] = [this.groups.get(rootX), this.groups.get(rootY)];
    if (!a || !b || !this.compatible(a, b)) return;
    const [big, small, bigRoot, smallRoot] = a.members.length >= b.members.length ? [a, b, rootX, rootY] : [b, a, rootY, rootX];
    this.parent[smallRoot] = bigRoot;
    appendAll(big.members, small.members);
    for (const document of small.documents) big.documents.add(document);
    for (const spelling of small.spellings) big.spellings.add(spelling);
    this.groups.delete(smallRoot);
  }

  linked(): LinkedIntervention[] {
    const groups = [...this.groups.values()].map((group) => group.members.sort((p, q) => p - q));
    groups.sort((p, q) => (p[0] ?? 0) - (q[0] ?? 0));
    return groups.map((members, index) => ({
      linkId: `L${String(index + 1).padStart(5, '0')}`,
      mentions: members.map((member) => this.mentions[member]).filter((mention) => mention !== undefined),
    }));
  }

  private compatible(a: Group, b: Group): boolean {
    const [fewer, more] = a.documents.size <= b.documents.size ? [a.documents, b.documents] : [b.documents, a.documents];
    for (const document of fewer) if (more.has(document)) return false;
    for (const x of a.spellings) {
      for (const y of b.spellings) if (x !== y && this.score(x, y) < GROUP_FLOOR) return false;
    }
    const annual = (group: Group): InterventionMention[] =>
      this.distinct(group, (mention) => (mention.kind === 'arsredovisning' ? mention.organisation : null));
    for (const x of annual(a)) for (const y of annual(b)) if (!sameOrganisation(x.organisation, y.organisation)) return false;
    const led = (group: Group): InterventionMention[] => this.distinct(group, (mention) => mention.lead);
    for (const x of led(a)) for (const y of led(b)) if (!leadsCompatible(x.lead, y.lead)) return false;
    return true;
  }

  /** One mention per distinct value of `key` (null keys left out): groups repeat organisations and leads a lot. */
  private distinct(group: Group, key: (mention: InterventionMention) => string | null): InterventionMention[] {
    const found = new Map<string, InterventionMention>();
    for (const member of group.members) {
      const mention = this.mentions[member];
      const value = mention ? key(mention) : null;
      if (mention && value !== null && !found.has(value)) found.set(value, mention);
    }
    return [...found.values()];
  }

  private score(x: number, y: number): number {
    const id = x < y ? `${x}:${y}` : `${y}:${x}`;
    let score = this.scores.get(id);
    if (score === undefined) {
      score = linkScore(this.spellings[x], this.spellings[y]);
      this.scores.set(id, score);
    }
    return score;
  }

  private find(x: number): number {
    let root = x;
    while (this.parent[root] !== root) root = this.parent[root] ?? root;
    while (this.parent[x] !== root) {
      const next = this.parent[x] ?? root;
      this.parent[x] = root;
      x = next;
    }
    return root;
  }
}

/** Leads that name places or organisations must share one: "Gävle kommun" may lead it, "Bollnäs kommun" then not. */
function leadsCompatible(a: string | null, b: string | null): boolean {
  if (a === null || b === null) return true;
  const [left, right] = [distinguishingNames(a), distinguishingNames(b)];
  if (left.size === 0 || right.size === 0) return true;
  return [...left].some((place) => right.has(place));
}
