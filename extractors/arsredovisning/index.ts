import type { ArsredovisningRecord, Contribution, Intervention, InterventionListEntry } from '../../schemas/arsredovisning.js';
import type { FieldEvidence } from '../../schemas/common.js';
import type { DelarsrapportRecord } from '../../schemas/delarsrapport.js';
import { type IdentityField, readIdentity, readMonthsOfYear } from '../identity/index.js';
import { type DocStructure, isFieldLine } from '../structure/index.js';
import { matchNames } from '../text/index.js';
import { readAppendixBlocks } from './appendix/blocks.js';
import { readFollowUp } from './appendix/follow-up.js';
import { readTextSections } from './appendix/text-sections.js';
import { toIntervention } from './appendix/intervention.js';
import { readFrontMatter } from './front-matter.js';
import { readGoals } from './goals.js';
import { readInterventionTable } from './intervention-table.js';
import { readInterventionList } from './overview.js';
import { type NamedIntervention, type ProseText, readStatedFigures } from './stated-figures.js';
import { readContributions } from './statements/contributions.js';
import { readContributionsInProse } from './statements/contributions-in-prose.js';
import { readStatements } from './statements/index.js';
import { readNarrativeFigures } from './statements/narrative.js';
import { evidenceOf, isParagraph, type Placed, tidy, walk } from './walk.js';

/**
 * Builds the contract's arsredovisning record from an annual report read by either reader.
 * The appendix blocks are read first, and the interventions written as sections of running text
 * (they are the interventions, and they are not prose),
 * then the goals, the overview list, and what the remaining prose states.
 */
export function extractArsredovisning(structure: DocStructure, options: { interim: boolean } = { interim: false }): ArsredovisningRecord {
  const model = structure.model;
  const placed = walk(structure);
  const tables = readAppendixBlocks(placed);
  const blocks = [...tables, ...readTextSections(placed, new Set(tables.flatMap((block) => [...block.consumed])))];
  const read = new Set(blocks.flatMap((block) => [...block.consumed]));
  const footnoteIds = new Set(model.footnotes.map((note) => note.id));
  // Pages read by OCR, where a goal's heading or a count's gender word may be misread ("Mal 1.", "7 ‘man"); text layers are read exactly.
  const ocrPages = new Set(model.ocr?.pages ?? []);
  const named = blocks.map((block) => toIntervention(block, { defaultUnit: null, footnoteIds, ocrPages }).name);
  const followUp = readFollowUp(
    placed.filter((item) => !read.has(item.index)),
    named,
  );
  const inAppendix = new Set([...read, ...followUp.consumed]);
  const goals = readGoals(
    placed.filter((item) => !inAppendix.has(item.index)),
    ocrPages,
  );
  const prose = new Set(placed.filter((item) => !inAppendix.has(item.index) && !goals.consumed.has(item.index)).map((item) => item.index));

  const front = readFrontMatter(placed, prose);
  const described = blocks.map((block, index) => {
    const intervention = toIntervention(block, { defaultUnit: front.defaultUnit, footnoteIds, ocrPages });
    const counted = followUp.participants.get(index) ?? [];
    return counted.length > 0 ? { ...intervention, participants: [...intervention.participants, ...counted] } : intervention;
  });
  const statementContext = { year: front.year?.value ?? null, defaultUnit: front.defaultUnit, members: front.members?.value ?? [] };
  const statements = readStatements(placed, statementContext);
  // A report that describes no intervention in an appendix may list them in a table of their money.
  const tabled = described.length > 0 ? null : readInterventionTable(placed, (index) => prose.has(index) && !statements.consumed.has(index), statementContext);
  const interventions = tabled?.interventions ?? described;
  const interventionList = readInterventionList(placed, inAppendix);
  const texts = proseTexts(placed, prose, goals.indicators);
  const figures = readStatedFigures(texts, categorised(interventions, interventionList), ocrPages);

  // The förbund, its number and year as the document states them first (cover, title); members as its prose lists them.
  const wanted: IdentityField[] = ['organisation', 'organisationNumber', 'year'];
  if (!front.members) wanted.push('members');
  if (!figures.participantsReached) wanted.push('participantsReached');
  const identity = readIdentity(structure, wanted);
  const organisation = identity.organisation;
  const year = identity.year ?? front.year;
  const members = front.members ?? identity.members;
  const evidence: FieldEvidence = {};
  if (organisation) evidence['organisation'] = organisation.evidence;
  if (identity.organisationNumber) evidence['organisationNumber'] = identity.organisationNumber.evidence;
  if (year) evidence['year'] = year.evidence;
  if (members) evidence['members'] = members.evidence;
  if (front.memberContributions) evidence['memberContributions'] = front.memberContributions.evidence;
  const participantsReached = figures.participantsReached ?? identity.participantsReached?.value ?? null;
  if (participantsReached?.evidence) evidence['participantsReached'] = participantsReached.evidence;

  return {
    organisation: organisation?.value ?? null,
    organisationNumber: identity.organisationNumber?.value ?? null,
    year: year?.value ?? null,
    members: members?.value ?? [],
    memberContributions: front.memberContributions?.value ?? null,
    participantsReached,
    goals: goals.goals,
    interventionList,
    interventions,
    statedTotals: [...figures.statedTotals, ...(tabled?.statedTotals ?? [])],
    statedCounts: [...figures.statedCounts, ...followUp.statedCounts],
    statedPercentages: figures.statedPercentages,
    statements: statements.statements,
    contributions: orInProse(readContributions(placed, statementContext), () => readContributionsInProse(texts, statementContext.members)),
    narrativeFigures: readNarrativeFigures(texts, year?.value ?? null, options),
    evidence,
  };
}

/** A table's contributions, or, where no table states them, the prose's. */
function orInProse(fromTable: Contribution[], inProse: () => Contribution[]): Contribution[] {
  return fromTable.length > 0 ? fromTable : inProse();
}

/** An interim report reads as an annual report does; it covers a period, not a year. */
export function extractDelarsrapport(structure: DocStructure): DelarsrapportRecord {
  const { year, ...record } = extractArsredovisning(structure, { interim: true });
  // "Delårsrapport 2019" over "Perioden januari–augusti": the months in the year the title gave.
  const period = readIdentity(structure, ['period']).period ?? (year !== null ? readMonthsOfYear(structure, year) : null);
  if (period) record.evidence['period'] = period.evidence;
  else delete record.evidence['year'];
  return { ...record, period: period?.value ?? null };
}

/** Each appendix intervention's category: from its Inriktning, else from the overview entry it pairs with. */
function categorised(interventions: Intervention[], list: InterventionListEntry[]): NamedIntervention[] {
  const pairs = matchNames(
    interventions.map((intervention) => intervention.name),
    list.map((entry) => entry.name),
  );
  return interventions.map((intervention, index) => {
    const orientation = intervention.orientation ?? '';
    const listed = pairs.find((pair) => pair.a === index);
    const category = /individ/iu.test(orientation)
      ? 'individ'
      : /struktur/iu.test(orientation)
        ? 'struktur'
        : ((listed ? list[listed.b]?.category : null) ?? null);
    return { name: intervention.name, category };
  });
}

/** The prose paragraphs (not headings), then each goal indicator's parts as one group. */
function proseTexts(placed: Placed[], prose: Set<number>, indicators: ReturnType<typeof readGoals>['indicators']): ProseText[] {
  const texts: ProseText[] = [];
  let fields: { piece: ProseText; section: string | null } | null = null;
  for (const item of placed) {
    if (!isParagraph(item) || !prose.has(item.index) || item.block.headingLevel !== undefined) continue;
    const text = tidy(item.block.text);
    if (text === '') continue;
    // A form's fields typed as paragraphs one under the other ("Antal deltagare: 410" / "Kvinnor: 230") are one text.
    const field = isFieldLine(text);
    if (field && fields && fields.section === item.section) {
      fields.piece.text = `${fields.piece.text}\n${text}`;
      fields.piece.evidence = { ...fields.piece.evidence, text: fields.piece.text };
      continue;
    }
    const piece: ProseText = { text, evidence: evidenceOf(item.block.source, item.section, text) };
    texts.push(piece);
    fields = field ? { piece, section: item.section } : null;
  }
  indicators.forEach((indicator, group) => {
    for (const part of indicator.parts) texts.push({ text: part.text, evidence: part.evidence, label: `Mål ${indicator.goal} ${part.label}`, group });
  });
  return texts;
}
