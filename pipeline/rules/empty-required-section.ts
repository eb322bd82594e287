import { labelMatches, labelScore } from '../../extractors/text/label.js';
import type { Section, SlutrapportRecord } from '../../schemas/slutrapport.js';
import type { EmptyRequiredSectionData } from '../../schemas/finding-data.js';
import { quote } from '../rule-helpers/format.js';
import type { FindingDraft, Rule } from '../rule-engine/rule.js';

/** Sections whose content is a table, checklist or signature block: other rules check those. */
const STRUCTURED_TITLES = ['Redovisa era totala kostnader', 'Insatsledare', 'Checklista', 'Underskrift'];
/** 5.1's content is the goal/outcome table, which the record holds as goalsAndOutcomes. */
const GOALS_TABLE_TITLE = 'Insatsens mål';
/** "(om ni angett nej ovan ska detta kommenteras här)": only needed when some answer is Nej. */
const WHEN_ANSWERED_NO = /\bom\b[^.]*\bnej\b/iu;
const CHECKLIST_MATCH = 0.8;

export const emptyRequiredSection: Rule<'empty-required-section'> = {
  meta: {
    id: 'empty-required-section',
    defaultSeverity: 'warning',
    title: { sv: 'Obligatoriskt avsnitt är tomt', en: 'Required section left blank' },
    description: 'A numbered section of the template left blank ("Alla befintliga rubriker ska kommenteras").',
    messages: {
      sv: (data) => `Avsnitt ${data.section} ${quote(data.title, 'sv')} är tomt; mallen säger att alla rubriker ska kommenteras`,
      en: (data) => `Section ${data.section} "${data.title}" is blank; the template asks for every heading to be commented`,
    },
  },
  check(input) {
    // "Alla befintliga rubriker ska kommenteras" is a template's demand: a report on no known template has numbered headings, not required ones.
    if (input.kind !== 'slutrapport' || input.record.template === null) return [];
    const { record } = input;
    return record.sections
      .filter((section) => section.text.trim() === '' && isRequired(section, record))
      .map((section): FindingDraft<EmptyRequiredSectionData> => ({
        data: { section: section.number, title: title(section) },
        evidence: [section.evidence],
      }));
  },
};

/**
 * Every narrative section is required, except: headings that only hold sub-sections, sections
 * whose content is structured (the 7.2 table, the 8.1 checklist, the 9.1 signatures; 5.1's goal
 * table counts as its text), comments
 * asked for only after a "Nej", and a section that describes what a checklist item did when
 * that item is not answered "Ja" (8.3 "Beskriv anordnade kompetensutvecklingsinsatser").
 */
function isRequired(section: Section, record: SlutrapportRecord): boolean {
  const numbers = record.sections.map((other) => other.number);
  if (numbers.some((number) => number.startsWith(`${section.number}.`))) return false;
  if (structuredSections(record).has(section.number)) return false;
  if (startsWithLabel(section.title, GOALS_TABLE_TITLE)) {
    return !record.goalsAndOutcomes.some((row) => row.goal.trim() !== '' || row.outcome.trim() !== '');
  }
  if (STRUCTURED_TITLES.some((label) => startsWithLabel(section.title, label))) return false;
  if (WHEN_ANSWERED_NO.test(section.title)) return record.checklist.some((item) => item.answer === 'nej');
  const describedItem = record.checklist.find((item) => labelScore(section.title, item.item).coverage >= CHECKLIST_MATCH);
  if (describedItem) return describedItem.answer === 'ja';
  return true;
}

/** The title must start with the label: "Styrgruppens analys … för insatsen" is not "Insatsledare". */
function startsWithLabel(title: string, label: string): boolean {
  return labelMatches(title, label, { allowTrailingText: true, maxExtraTokens: 0 });
}

/** The sections where the budget table, checklist and signatures were found. */
function structuredSections(record: SlutrapportRecord): Set<string> {
  const sections = [
    record.budget.total.evidence?.section,
    ...record.budget.rows.map((row) => row.evidence?.section),
    ...record.checklist.map((item) => item.evidence?.section),
    ...record.signatures.map((signature) => signature.evidence?.section),
  ];
  return new Set(sections.filter((section): section is string => typeof section === 'string'));
}

function title(section: Section): string {
  const firstSentence =
    section.title
      .replace(/\s+/g, ' ')
      .trim()
      .split(/(?<=[.:?])\s/u)[0] ?? section.title;
  return firstSentence.replace(/[.:]$/u, '');
}
