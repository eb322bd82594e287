import type { Count } from '../../schemas/common.js';
import { type MatchToken, matchToken, ocrTokenSimilarity } from '../text/index.js';
import { NO_STATED_PART } from './gender-rows.js';
import { type Found, GROUP_SPACE } from './number.js';
import { appendAll } from '../arrays.js';

type MentionKind = 'total' | 'women' | 'men' | 'other' | 'percent';

interface Mention {
  kind: MentionKind;
  /** "totalt 34": a total without a noun, which only counts beside a breakdown. */
  bare?: boolean;
  /** OCR'd text only: the gender word as misread ("7 ‘man", "8 kvlnnor"), kept only beside the other gender (withMisread). */
  misread?: boolean;
  value: number;
  start: number;
  end: number;
}

/**
 * A whole number that is not part of a date, a decimal or a percentage. Digit groups ("1 126",
 * with a space, no-break or thin space, or "1.126" with a point) are one number wherever the count stands: one to three
 * digits never end before another group of three, so "totalt 1 126" cannot be read as "totalt 1".
 * Four digits and more are never a group's head: "2023 126 personer" is a year and a count.
 */
const number = (name: string): string =>
  `(?<![\\d.,%\\p{L}\\-\\u2013/])(?<${name}>\\d{1,3}(?:${GROUP_SPACE}\\d{3}(?!\\d))+|\\d{1,3}(?:\\.\\d{3}(?!\\d))+|\\d{4,}|\\d{1,3}(?!${GROUP_SPACE}\\d{3}(?!\\d)))(?![\\d%]|[.,]\\d)`;
// Swedish, and English for reports written in English on the same template.
const PEOPLE =
  '(?:(?:unika|nya|aktiva|inskrivna|olika|unique|new|individual) )?' +
  '(?:deltagare|personer(?:s ärenden)?|personers|individer|ärenden|kunder|medborgare|ungdomar|unga vuxna|unga|vuxna|brukare|klienter|elever|' +
  'participants|people|persons|individuals|clients|young people)';
const WOMEN = '(?:kvinnor|kvinna|tjejer|flickor|women|woman|females?|girls)';
const MEN = '(?:män|man|killar|pojkar|men|males?|boys)';
/** "11 anonyma", "2 anonyma deltagare": people; "en anonym enkät", "anonyma svar" are not. */
const ANONYMOUS = 'anonyma?(?:\\s+(?:deltagare|personer|individer))?(?=\\s*(?:[,.;:)!?]|$)|\\s+(?:och|samt|and|som|varav)\\s)';
const OTHER =
  '(?:' +
  ANONYMOUS +
  '|(?:med )?okänt kön|(?:som )?saknar uppgift om kön|saknas uppgift om kön|utan uppgift om kön|ickebinära|icke-binära|ickebinär|icke-binär|med annat kön|(?:med )?ej (?:angivet|uppgivet) kön|utan (?:angivet|uppgivet) kön|' +
  '(?:med )?(?:annan|okänd) (?:könsidentitet|könstillhörighet)|' +
  '(?:som )?(?:(?:har|hade) )?(?:inte|ej) (?:har )?(?:angett|angivit|uppgett|uppgivit|velat ange|velat uppge|vill ange|vill uppge) (?:sitt )?kön|' +
  // "5 som valt att inte uppge kön", "som avstått från att ange kön", "som inte ville uppge kön", "som saknade uppgift om kön".
  '(?:som )?(?:(?:har|hade) )?(?:(?:valt|velat) att (?:inte|ej)|avstått(?: från)? att|(?:vill|ville) (?:inte|ej)|(?:inte|ej) (?:ville|velat)) (?:ange|uppge|redovisa) (?:sitt )?kön|' +
  '(?:som )?(?:saknade|saknades) uppgift om kön|' +
  // "2 personer som definierar sig som icke-binära", "två deltagare identifierade sig som annat", "för 2 deltagare är kön okänt".
  '(?:som )?(?:(?:har|hade) )?(?:identifierade|identifierar|identifierat|definierade|definierar|definierat) sig (?:själva )?som (?:annat(?: kön)?|ickebinära?|icke-binära?)|' +
  '(?:är|var) (?:kön|könet) (?:okänt|inte känt|ej känt|inte angivet|ej angivet)|' +
  // "(70 kvinnor, 48 män och 2 övriga)", "(…, 10 ej angivet)", "(… och 10 okänt)": the rest of a breakdown, where nothing follows the word.
  '(?:övriga|övrigt|okänt|okända|okänd|annat|(?:ej|inte) (?:angivet|angett|angivit|uppgivet|uppgett|uppgivit|känt|kända)|(?:vill|ville) (?:ej|inte) (?:ange|uppge))(?=\\s*(?:[,.;:)!?]|$))|' +
  'anonymous|(?:of |with )?unknown gender|non-binary|(?:of |with )?other gender)';
/** The noun a count of people of no stated gender may put first: "1 person med okänt kön", "två deltagare som inte angett kön". */
const PERSON_NOUN = '(?:person(?:er)?|deltagare|individ(?:er)?)';
/** A few people of no stated gender are often counted in words: "en person har inte uppgett kön", "två anonyma". */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
};
const NUMBER_WORD = `(?<![\\p{L}\\d])(?<word>${Object.keys(NUMBER_WORDS).join('|')})\\s+(?:${PERSON_NOUN}\\s+)?(?<wordOther>${OTHER})`;
const END = '(?![\\p{L}\\d])';

const MENTION = new RegExp(
  [
    `${number('n')}\\s+(?:${PERSON_NOUN}\\s+(?=${OTHER}))?(?:(?<total>${PEOPLE})|(?<women>${WOMEN})|(?<men>${MEN})|(?<other>${OTHER}))${END}`,
    `${NUMBER_WORD}${END}`,
    // "122 (60 män, 61 kvinnor)": a bare number whose brackets hold the breakdown.
    `${number('b')}(?<bracket>\\s*\\((?=[^()]{0,60}?\\d\\s*(?:${WOMEN}|${MEN})${END}))`,
    // "15 kvinnor och 19 män, totalt 34" (with a noun after the number, the first alternative reads it).
    `(?<lead>(?<![\\p{L}])(?:totalt|sammanlagt|tillsammans|in total|a total of)\\s+)${number('t')}(?!\\s*(?:%|procent)|\\s+${PEOPLE})`,
    // "29% kvinnor": marks a breakdown in percent, which is not a count.
    `(?<percent>\\d+(?:,\\d+)?\\s*(?:%|procent)\\s*(?:${WOMEN}|${MEN}|${OTHER}))${END}`,
  ].join('|'),
  'giu',
);

/**
 * OCR'd text: a number and a word, a stray mark between them ("7 ‘man", "33 rnän", "8 kvlnnor"); the
 * word is a gender's when the form labels' OCR tolerance (text/ocr-similarity.ts) takes it for "kvinnor"
 * or "män".
 */
const MISREAD_GENDER = new RegExp(`${number('n')}\\s+[‘’'\`´"„“”]?\\s?(?<word>\\p{L}[\\p{L}\\d|!]{1,11})${END}`, 'gu');
const GENDER_WORDS: ReadonlyArray<readonly ['women' | 'men', MatchToken]> = [
  ['women', matchToken('kvinnor')],
  ['men', matchToken('män')],
];
/** What an OCR'd word must score against a gender word: a shape-alike misreading (0.9) or one edit in seven letters (0.85). */
const MISREAD_SCORE = 0.85;
/** Between the two genders of a split: nothing but a comma, a slash or "och" ("8 kvinnor och 7 ‘man", "(35 kvinnor, 33 rnän)"). */
const SPLIT_GAP = /^\s*(?:[,/]\s*|(?:och|samt|and)\s+)?$/iu;

const SENTENCE_END = /[.!?](?:\s+\p{Lu}|\s*$)|\n\s*[-•–]/u;
const MAX_GAP_AFTER_TOTAL = 60;
const MAX_GAP_IN_BREAKDOWN = 30;
const TOTAL_AFTER_BREAKDOWN = /^[\s,;()]*(?:(?:och|av|and|of|=)\s*)?$/iu;
/** "Totalt 27 deltagare": the word that says the number is a total belongs to the count's text. */
const TOTAL_BEFORE = /(?<![\p{L}])(?:totalt|sammanlagt|sammantaget|tillsammans|in total|a total of)\s+$/iu;

interface Group {
  mentions: Mention[];
  percent: boolean;
}

/**
 * Participant counts: "35 deltagare, 15 kvinnor, 9 män och 11 anonyma", "994 personer (609
 * kvinnor och 384 män)", "122 (60 män, 61 kvinnor)", "15 kvinnor och 19 män". A breakdown in
 * percent ("33% (29% kvinnor, 41% män)") is not a count. `other` is set only when anonymous,
 * unknown or other gender is stated.
 */
/** A count found in a text, with the words to quote for it: the count and, when the sentence names it, its year. */
export interface FoundCount extends Found<Count> {
  quote: string;
}

export interface CountOptions {
  /**
   * The text was read by OCR: a gender word misread there ("7 ‘man", "8 kvlnnor") counts, but only
   * right beside the other gender read as written, so that "man" the pronoun or a misread word
   * elsewhere never becomes a figure. A text layer's words are what was typed.
   */
  ocr?: boolean;
}

/** A count the gender rule can check: a total and at least one part. */
export function hasBreakdown(count: Count): boolean {
  return count.total !== null && (count.women !== null || count.men !== null || count.other !== null);
}

/** Women and men (and any of no stated gender) that make up the total exactly. */
export function makesUpTotal(count: Count): boolean {
  return count.total !== null && count.women !== null && count.men !== null && count.women + count.men + (count.other ?? 0) === count.total;
}

export function findCounts(text: string, options: CountOptions = {}): FoundCount[] {
  const groups: Group[] = [];
  let current: Group | null = null;
  for (const mention of options.ocr ? withMisread(text, mentions(text)) : mentions(text)) {
    if (current && joins(text, current, mention)) {
      current.mentions.push(mention);
      if (mention.kind === 'percent') current.percent = true;
      continue;
    }
    current = { mentions: [mention], percent: mention.kind === 'percent' };
    groups.push(current);
  }
  return withRestAfter(text, withSplitInGroups(text, withBreakdownOfItsTotal(text, groups))).flatMap((group) => {
    const onlyBareTotal = group.mentions.every((mention) => mention.bare === true);
    const count = group.percent || onlyBareTotal ? null : toCount(text, group);
    return count ? [count] : [];
  });
}

/** The first count stated in the text, or null. */
export function parseCount(text: string, options: CountOptions = {}): Count | null {
  return findCounts(text, options)[0]?.value ?? null;
}

/**
 * "(230 kvinnor/180 män)": a slash between the genders of a split, read as a space of the same length
 * (a number right after a slash is otherwise no count: "2021/22").
 */
const GENDER_SLASH = new RegExp(`(?<![\\p{L}])(?:${WOMEN}|${MEN})/(?=\\d)`, 'giu');

/** After a figure: what makes it a share, an age, a range, a sum or a time, not a count of people. */
const NOT_A_HEADCOUNT = '(?!\\s*(?:%|procent|år(?![\\p{L}])|[-–]\\s*\\d|(?:kr|tkr|mkr|kronor|timmar|dagar|veckor|månader)(?![\\p{L}])))';
/** "230 st": the figure's unit, part of the mention. */
const PIECES = '(?:[ \\t]*st\\.?(?![\\p{L}]))?';
/** "Deltagare: 2021" is a year, no count. */
const A_YEAR = '(?:19|20)\\d{2}(?!\\d)';
/**
 * A label and its figure stand on one line: "Kvinnor 230 210" / "Män 180 170" are a table's rows run
 * into text, a figure per year, no split written out.
 */
const SAME_LINE = '[ \\t\\u00a0]';
/**
 * "Kvinnor: 230, Män: 180, Totalt: 410", "Antal deltagare: 410": a label, a colon, its figure, as a
 * form or a table read as text writes it. "Totalt:" alone is a bare total, counted only beside a breakdown.
 */
const LABELLED = new RegExp(
  `(?<![\\p{L}])(?:(?<women>${WOMEN})|(?<men>${MEN})|(?<other>(?:${NO_STATED_PART})(?:\\s+kön)?)|(?<bare>totalt|summa|sammanlagt|total)|(?:(?:totalt\\s+)?antal(?:et)?\\s+)?(?<total>${PEOPLE}))${SAME_LINE}*:${SAME_LINE}*(?!${A_YEAR})${number('n')}${NOT_A_HEADCOUNT}${PIECES}`,
  'giu',
);
/**
 * "Antal deltagare 410, varav …": a label that says it counts needs no colon; but not a table's row
 * run into text, a figure per column ("Totalt antal unika ärenden 694 923 960").
 */
const COUNTED_LABEL = new RegExp(
  `(?<![\\p{L}])(?:totalt\\s+)?antal(?:et)?\\s+(?<total>${PEOPLE})${SAME_LINE}+(?!${A_YEAR})(?<n>\\d{1,3}(?:${GROUP_SPACE}\\d{3})?)(?![\\d%]|[.,]\\d|${SAME_LINE}*\\d)${NOT_A_HEADCOUNT}${PIECES}`,
  'giu',
);
/**
 * "(kvinnor 230, män 180)": without a colon a gender's word before a figure is a split only beside the
 * other gender's, written the same way ("kvinnor 25 år", "män 30–39" are ages, "män 180" alone is not read).
 */
const LABELLED_PAIR = new RegExp(
  `(?<![\\p{L}])(?<first>${WOMEN}|${MEN})${SAME_LINE}+${number('a')}${NOT_A_HEADCOUNT}${PIECES}(?<gap>${SAME_LINE}*(?:[,/]|och|samt|and)?${SAME_LINE}*)(?<second>${WOMEN}|${MEN})${SAME_LINE}+${number('b')}${NOT_A_HEADCOUNT}${PIECES}`,
  'giud',
);
/**
 * "(K 230, M 180)", "K: 30 / M: 34": the genders by their capital letters, a split only as a pair of
 * both (a lone "M 180" may be anything).
 */
const LETTER_PAIR = new RegExp(
  `(?<![\\p{L}\\d])(?<first>K|M)(?::${SAME_LINE}*|${SAME_LINE}+)${number('a')}${NOT_A_HEADCOUNT}${PIECES}(?<gap>${SAME_LINE}*(?:[,/]|och|samt)?${SAME_LINE}*)(?<second>K|M)(?::${SAME_LINE}*|${SAME_LINE}+)${number('b')}${NOT_A_HEADCOUNT}${PIECES}(?![\\p{L}\\d])`,
  'gud',
);
const IS_WOMEN = new RegExp(`^(?:${WOMEN}|K)$`, 'iu');

/** The mentions written label first (LABELLED, COUNTED_LABEL, LABELLED_PAIR, LETTER_PAIR), each where no mention written figure first stands. */
function labelFirst(text: string, plain: readonly Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of [...text.matchAll(LABELLED), ...text.matchAll(COUNTED_LABEL)]) {
    const groups = match.groups ?? {};
    const kind: MentionKind = groups.women ? 'women' : groups.men ? 'men' : groups.other ? 'other' : 'total';
    found.push({
      kind,
      value: Number((groups.n ?? '').replace(/\D/g, '')),
      start: match.index,
      end: match.index + match[0].length,
      ...(groups.bare ? { bare: true } : {}),
    });
  }
  for (const match of [...text.matchAll(LABELLED_PAIR), ...text.matchAll(LETTER_PAIR)]) {
    const groups = match.groups ?? {};
    const [first, second] = [match.indices?.groups?.['first'], match.indices?.groups?.['second']];
    const kindOf = (word: string | undefined): MentionKind => (IS_WOMEN.test(word ?? '') ? 'women' : 'men');
    if (!first || !second || kindOf(groups.first) === kindOf(groups.second)) continue;
    const firstEnd = second[0] - (groups.gap?.length ?? 0);
    found.push({ kind: kindOf(groups.first), value: Number((groups.a ?? '').replace(/\D/g, '')), start: first[0], end: firstEnd });
    found.push({ kind: kindOf(groups.second), value: Number((groups.b ?? '').replace(/\D/g, '')), start: second[0], end: match.index + match[0].length });
  }
  const overlaps = (a: Mention, b: Mention): boolean => a.start < b.end && b.start < a.end;
  return found.filter((mention, index) => !plain.some((other) => overlaps(mention, other)) && !found.slice(0, index).some((other) => overlaps(mention, other)));
}

function mentions(text: string): Mention[] {
  const plain = figureFirst(text);
  const labelled = labelFirst(text, plain);
  return labelled.length === 0 ? plain : [...plain, ...labelled].sort((a, b) => a.start - b.start);
}

function figureFirst(text: string): Mention[] {
  const found: Mention[] = [];
  const read = text.replace(GENDER_SLASH, (word) => `${word.slice(0, -1)} `);
  for (const match of read.matchAll(MENTION)) {
    const groups = match.groups ?? {};
    if (groups.n !== undefined && cellsRunTogether(read, match.index, match.index + match[0].length)) continue;
    if (labelAfterFigure(read, groups, match.index + match[0].length)) continue;
    const kind: MentionKind = groups.percent ? 'percent' : groups.women ? 'women' : groups.men ? 'men' : groups.other || groups.wordOther ? 'other' : 'total';
    const value = groups.word ? (NUMBER_WORDS[groups.word.toLowerCase()] ?? 0) : Number((groups.n ?? groups.b ?? groups.t ?? '0').replace(/\D/g, ''));
    // A bracket mention ends at its number: the breakdown inside is read as its own mentions.
    const length = groups.bracket ? match[0].length - groups.bracket.length : match[0].length;
    found.push({ kind, value, start: match.index, end: match.index + length, ...(groups.lead ? { bare: true } : {}) });
  }
  return found;
}

const CAPITALISED = /^\p{Lu}/u;

/**
 * "Antal deltagare: 410 Kvinnor: 230 Män: 170": the gender word after a figure is the next field's
 * label, not the figure's noun, so "410 Kvinnor" is no count of women (LABELLED reads the fields).
 */
function labelAfterFigure(text: string, groups: Record<string, string | undefined>, end: number): boolean {
  const word = groups.women ?? groups.men ?? groups.other;
  return word !== undefined && CAPITALISED.test(word) && /^[ \t]*:/u.test(text.slice(end));
}

const LABEL_LINE = /^\s*\p{L}[\p{L} ]*:?\s*$/u;
const FIGURE_LINE = /^\s*\d[\d \u00a0]*\s*$/u;

/**
 * A figure and a word each on a line of its own, among labels and figures on lines of their own
 * ("Kvinnor / 230 / Män / 180": a table run into text): the figure is the label's above it, not the
 * word's below, so "230 Män" is no count. A figure that ends a wrapped line of running text has
 * words before it on its line.
 */
function cellsRunTogether(text: string, start: number, end: number): boolean {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  const nextBreak = text.indexOf('\n', end);
  const lineEnd = nextBreak === -1 ? text.length : nextBreak;
  const alone = text.slice(lineStart, start).trim() === '' && text.slice(end, lineEnd).trim() === '' && text.slice(start, end).includes('\n');
  if (!alone) return false;
  return LABEL_LINE.test(lineEndingAt(text, lineStart - 1)) || FIGURE_LINE.test(lineStartingAt(text, nextBreak + 1));
}

/** The line that ends at `end` (a line break's offset); '' before the text's start. */
function lineEndingAt(text: string, end: number): string {
  return end < 0 ? '' : text.slice(text.lastIndexOf('\n', end - 1) + 1, end);
}

/** The line that starts at `start`; '' past the text's end (no line break after the figure's line). */
function lineStartingAt(text: string, start: number): string {
  if (start <= 0) return '';
  const end = text.indexOf('\n', start);
  return text.slice(start, end === -1 ? text.length : end);
}

/**
 * The mentions with the gender words OCR misread added, each only where it stands in a split right
 * beside the other gender read as written: "8 kvinnor och 7 ‘man", "33 män, 35 kvlnnor".
 */
function withMisread(text: string, plain: Mention[]): Mention[] {
  const found: Mention[] = [];
  for (const match of text.matchAll(MISREAD_GENDER)) {
    const start = match.index;
    const end = start + match[0].length;
    if (plain.some((mention) => mention.start < end && start < mention.end)) continue;
    const kind = misreadGender(match.groups?.['word'] ?? '');
    if (kind) found.push({ kind, value: Number((match.groups?.['n'] ?? '').replace(/\D/g, '')), start, end, misread: true });
  }
  if (found.length === 0) return plain;
  const all = [...plain, ...found].sort((a, b) => a.start - b.start);
  return all.filter((mention, index) => {
    if (!mention.misread) return true;
    const other = mention.kind === 'women' ? 'men' : 'women';
    const before = all[index - 1];
    const after = all[index + 1];
    const beside = (neighbour: Mention | undefined, gap: string) =>
      neighbour !== undefined && !neighbour.misread && neighbour.kind === other && SPLIT_GAP.test(gap);
    return (
      (before !== undefined && beside(before, text.slice(before.end, mention.start))) ||
      (after !== undefined && beside(after, text.slice(mention.end, after.start)))
    );
  });
}

function misreadGender(word: string): 'women' | 'men' | null {
  const read = matchToken(word.toLowerCase());
  const best = GENDER_WORDS.map(([kind, wanted]) => ({ kind, score: ocrTokenSimilarity(wanted, read) })).sort((a, b) => b.score - a.score)[0];
  return best && best.score >= MISREAD_SCORE ? best.kind : null;
}

/**
 * "Totalt 410 deltagare: 120 unga under 30 år, 290 över 30 år, varav 230 kvinnor och 180 män": a
 * breakdown after two totals in one sentence is of the one it makes up — the 410, not the 120 nearest
 * it. Only an earlier total standing alone in the same sentence takes it, and only when it adds up to
 * it and not to the nearest; the nearest keeps its own count.
 */
function withBreakdownOfItsTotal(text: string, groups: Group[]): Group[] {
  groups.forEach((group, index) => {
    const total = group.mentions.find((mention) => mention.kind === 'total');
    const parts = group.mentions.filter((mention) => mention.kind === 'women' || mention.kind === 'men' || mention.kind === 'other');
    if (group.percent || !total || !parts.some((mention) => mention.kind === 'women') || !parts.some((mention) => mention.kind === 'men')) return;
    const sum = parts.reduce((added, mention) => added + mention.value, 0);
    if (sum === total.value) return;
    for (let at = index - 1; at >= 0; at--) {
      const earlier = groups[at];
      const [alone, ...more] = earlier?.mentions ?? [];
      if (!earlier || !alone || SENTENCE_END.test(text.slice(alone.end, total.start))) return;
      if (more.length > 0 || alone.kind !== 'total' || alone.bare || alone.value !== sum) continue;
      appendAll(earlier.mentions, parts);
      group.mentions = group.mentions.filter((mention) => !parts.includes(mention));
      return;
    }
  });
  return groups;
}

/**
 * Between two splits of one total, each of a group: the first's group ("under 30 år", "i Norrtälje")
 * and a word that adds the next ("samt", "och", a comma) — not one that takes a part of it ("varav",
 * "av dessa").
 */
const NEXT_GROUP_GAP = /^[^.!?;:()]{0,40}?(?:,\s*|\s+)(?:samt|och)\s+$|^[^.!?;:()]{1,40}?,\s*$/u;
const PART_OF = /(?<![\p{L}])(?:varav|därav|av\s+dessa|av\s+vilka|av\s+dem)(?![\p{L}])/iu;

/**
 * "60 personer: 10 kvinnor och 12 män under 30 år samt 20 kvinnor och 18 män över 30 år": a total split
 * by gender in groups, one pair after another in the sentence. Where the first pair falls short of
 * the total and the next pair, of women and men only, adds a group, the two are its split together.
 */
function withSplitInGroups(text: string, groups: Group[]): Group[] {
  const kept: Group[] = [];
  for (const group of groups) if (!addsAGroup(text, kept.at(-1), group)) kept.push(group);
  return kept;
}

/** Whether `group` is the next group's pair of the split `before` (and now in it). */
function addsAGroup(text: string, before: Group | undefined, group: Group): boolean {
  if (!before || before.percent || group.percent) return false;
  const kinds = (of: Group): MentionKind[] => of.mentions.map((mention) => mention.kind);
  const beforeKinds = kinds(before);
  if (!beforeKinds.includes('total') || !beforeKinds.includes('women') || !beforeKinds.includes('men')) return false;
  if (group.mentions.length !== 2 || !kinds(group).includes('women') || !kinds(group).includes('men')) return false;
  const total = before.mentions.find((mention) => mention.kind === 'total')?.value ?? 0;
  const split = before.mentions.reduce((sum, mention) => (mention.kind === 'total' ? sum : sum + mention.value), 0);
  const [last, next] = [before.mentions.at(-1), group.mentions[0]];
  if (!last || !next || split >= total) return false;
  const gap = text.slice(last.end, next.start);
  if (!NEXT_GROUP_GAP.test(gap) || PART_OF.test(gap)) return false;
  appendAll(before.mentions, group.mentions);
  return true;
}

/** Between a breakdown and the sentence right after it that counts the rest: its end and at most one word ("För två deltagare saknas …"). */
const REST_GAP = /^\s*\)?\s*[.!?]\s+(?:\p{L}+\s+)?$/u;

/**
 * "310 deltagare, varav 170 kvinnor och 138 män. Två deltagare har inte angett kön.": the sentence
 * right after a breakdown that falls short of its total counts the rest, people of no stated gender,
 * and they belong to it. A breakdown that adds up already, or one with its own other, takes none.
 */
function withRestAfter(text: string, groups: Group[]): Group[] {
  return groups.filter((group, index) => {
    const before = groups[index - 1];
    const rest = group.mentions[0];
    if (!before || !rest || group.mentions.length !== 1 || rest.kind !== 'other') return true;
    const value = (kind: MentionKind): number | undefined => mentionsValue(before, kind) ?? undefined;
    const [total, women, men] = [value('total'), value('women'), value('men')];
    const last = before.mentions.at(-1);
    if (before.percent || !last || total === undefined || women === undefined || men === undefined || value('other') !== undefined) return true;
    if (women + men >= total || !REST_GAP.test(text.slice(last.end, rest.start))) return true;
    before.mentions.push(rest);
    return false;
  });
}

function joins(text: string, group: Group, next: Mention): boolean {
  const last = group.mentions.at(-1);
  if (!last) return false;
  const gap = text.slice(last.end, next.start);
  if (SENTENCE_END.test(gap)) return false;
  if (next.kind === 'total') {
    return next.bare === true && !group.mentions.some((mention) => mention.kind === 'total') && TOTAL_AFTER_BREAKDOWN.test(gap);
  }
  if (next.kind !== 'percent' && group.mentions.some((mention) => mention.kind === next.kind)) return false;
  return gap.length <= (last.kind === 'total' ? MAX_GAP_AFTER_TOTAL : MAX_GAP_IN_BREAKDOWN);
}

/** The group's figure of a kind; a split in groups has a pair per group (withSplitInGroups), a gender's figures added up. */
function mentionsValue(group: Group, kind: MentionKind): number | null {
  const of = group.mentions.filter((mention) => mention.kind === kind);
  return of.length === 0 ? null : of.reduce((sum, mention) => sum + mention.value, 0);
}

function toCount(text: string, group: Group): FoundCount | null {
  const first = group.mentions[0];
  const last = group.mentions.at(-1);
  if (!first || !last) return null;
  const value = (kind: MentionKind): number | null => mentionsValue(group, kind);
  let end = last.end;
  const closing = text.slice(end).match(/^\s*\)/u);
  const opened = (text.slice(first.start, end).match(/\(/g) ?? []).length;
  const closed = (text.slice(first.start, end).match(/\)/g) ?? []).length;
  if (closing && opened > closed) end += closing[0].length;
  const qualifier = first.kind === 'total' ? text.slice(Math.max(0, first.start - 20), first.start).match(TOTAL_BEFORE)?.[0] : undefined;
  const start = first.start - (qualifier?.length ?? 0);
  const stated = statedYear(text, start, end, new Set(group.mentions.map((mention) => mention.start)));
  const year = stated?.year ?? null;
  const count: Count = {
    total: value('total'),
    women: value('women'),
    men: value('men'),
    other: value('other'),
    text: text.slice(start, end).replace(/\s+/g, ' ').trim(),
    ...(year === null ? {} : { year }),
  };
  // The quote runs from the year to the count ("2019 nådde våra insatser totalt 871 personer (…)"),
  // or from the count to the year after it, so a person sees which year the figures are about.
  const quoteStart = Math.min(start, stated?.start ?? start);
  const quoteEnd = Math.max(end, stated?.end ?? end);
  return { value: count, start, end, quote: text.slice(quoteStart, quoteEnd).replace(/\s+/g, ' ').trim() };
}

/**
 * A year standing alone ("Under 2019", "2019 nådde", "år 2019:"), not part of a date, a period
 * ("2021-10-01", "2019/2020", "2021–2023") or a decimal; "sedan 2019" and "från 2019" say since
 * when, so they name no year of a count.
 */
const YEAR = /(?<![\d.,\-\u2013/]|(?:sedan|från|fr\.o\.m\.|since|from)\s)(?:19|20)\d{2}(?![\d\-\u2013/%]|[.,]\d)/giu;
const SENTENCE_BREAK = /[.!?](?=\s+[\p{Lu}\d])|\n\s*[-•–]|\n\s*\n/gu;
/** How far from a count its year is looked for: a sentence, not a page. */
const YEAR_REACH = 300;

/**
 * The year the sentence says a count at [start, end) is about: the nearest year before it in the
 * same sentence ("2019 nådde våra insatser totalt 871 personer"), else the first after it ("1 126
 * personer har nåtts 2023, varav …"); null when the sentence names none. The count's own figures
 * (`counted`, where they start) are no year.
 */
function statedYear(text: string, start: number, end: number, counted: ReadonlySet<number>): { year: number; start: number; end: number } | null {
  const reach = Math.max(0, start - YEAR_REACH);
  let from = reach;
  let to = Math.min(text.length, end + YEAR_REACH);
  for (const match of text.slice(reach, to).matchAll(SENTENCE_BREAK)) {
    const at = reach + match.index;
    if (at < start) from = at + 1;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  let before: { year: number; start: number; end: number } | null = null;
  let after: { year: number; start: number; end: number } | null = null;
  for (const match of text.slice(from, to).matchAll(YEAR)) {
    const at = from + match.index;
    if (counted.has(at)) continue;
    const found = { year: Number(match[0]), start: at, end: at + match[0].length };
    if (found.end <= start) before = found;
    else if (after === null) after = found;
  }
  return before ?? after;
}
