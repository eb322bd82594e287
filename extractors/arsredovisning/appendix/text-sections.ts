/**
 * Interventions written as sections of running text instead of appendix tables: under a heading
 * such as "Verksamheter finansierade av samordningsförbundet", one heading per insats and its
 * paragraphs. Each becomes an appendix block: the heading is its name, a "Label: value" paragraph
 * ("Period: …", "Budget 2023: 850 tkr") its field, and the rest of its text its results, where
 * the participants it states are counted.
 */
import type { Paragraph } from '../../model.js';
import { labelColon, withoutSectionNumber } from '../../structure/index.js';
import { labelMatches } from '../../text/index.js';
import { isParagraph, type Placed, tidy } from '../walk.js';
import type { AppendixBlock } from './blocks.js';
import { fieldOf } from './fields.js';

/** How reports head the part that describes the interventions they fund. */
const FUNDED_HEADINGS = [
  'Verksamheter finansierade av samordningsförbundet',
  'Insatser finansierade av samordningsförbundet',
  'Verksamheter finansierade av förbundet',
  'Insatser finansierade av förbundet',
  'Finansierade insatser',
  'Finansierade verksamheter',
  'Förbundets insatser',
  'Pågående insatser',
];

function headingOf(item: Placed): { level: number; title: string } | null {
  if (!isParagraph(item) || item.block.headingLevel === undefined) return null;
  return { level: item.block.headingLevel, title: withoutSectionNumber(tidy(item.block.text)) };
}

function isFundedHeading(title: string): boolean {
  return FUNDED_HEADINGS.some((wording) => labelMatches(title, wording, { maxExtraTokens: 1 }));
}

/**
 * The intervention sections of the report. Under the funded-interventions heading, a heading with
 * text of its own before the next heading is an insats; one directly followed by a deeper heading
 * groups insatser ("Individinriktade insatser") and is none. `consumed`: blocks already read.
 */
export function readTextSections(placed: Placed[], consumed: ReadonlySet<number>): AppendixBlock[] {
  const blocks: AppendixBlock[] = [];
  for (let at = 0; at < placed.length; at++) {
    const parent = headingOf(placed[at] as Placed);
    if (!parent || !isFundedHeading(parent.title)) continue;
    let current: AppendixBlock | null = null;
    let next = at + 1;
    for (; next < placed.length; next++) {
      const item = placed[next] as Placed;
      if (consumed.has(item.index)) break;
      const heading = headingOf(item);
      if (heading && heading.level <= parent.level) break;
      if (heading) {
        current = null;
        const following = placed[next + 1];
        const groups = following !== undefined && headingOf(following) !== null;
        if (groups || heading.title === '') continue;
        current = {
          fields: [{ field: 'name', label: '', value: heading.title, source: item.block.source }],
          consumed: new Set([item.index]),
          section: item.section,
        };
        blocks.push(current);
        continue;
      }
      if (!current || !isParagraph(item)) continue;
      addParagraph(current, item);
    }
    at = next - 1;
  }
  return blocks;
}

function addParagraph(block: AppendixBlock, item: Placed<Paragraph>): void {
  const text = tidy(item.block.text);
  if (text === '') return;
  block.consumed.add(item.index);
  const labelled = labelColon(text);
  const field = labelled ? fieldOf(labelled.label) : null;
  if (labelled && field && field !== 'name') {
    block.fields.push({ field, label: tidy(labelled.label), value: tidy(labelled.value), source: item.block.source });
    return;
  }
  const results = block.fields.find((entry) => entry.field === 'results');
  if (results) results.value = `${results.value}\n${text}`;
  else block.fields.push({ field: 'results', label: '', value: text, source: item.block.source });
}
