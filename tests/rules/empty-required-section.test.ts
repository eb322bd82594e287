import { describe, expect, it } from 'vitest';
import { emptyRequiredSection } from '../../pipeline/rules/empty-required-section.js';
import type { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { evidence, section, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish } from './support/messages.js';

const CHECKLIST_ITEMS = [
  'Kontrollerat att samtliga insatser/deltagare registrerat i enlighet med SUS',
  'Initierat möten på önskemål från berörda/ansvariga tjänstemän',
  'Föreslagit kompetensutvecklingsinsatser',
  'Anordnat kompetensutvecklingsinsatser',
  'Under perioden vid minst ett tillfälle kontrollerat att angiven metod följs',
  'Under perioden vid minst ett tillfälle kontrollerat att deltagare faller inom angiven målgrupp',
];

/** The seed's sections 6.5–9.1 as the template numbers them; `texts` fills some in. */
function record(texts: Record<string, string>, answers: ('ja' | 'nej' | null)[] = CHECKLIST_ITEMS.map(() => null)): SlutrapportRecord {
  const sections = [
    section('5.1', 'Insatsens mål', ''),
    section('6.5', 'Beskriv identifierade systemfel som påverkat utfall och resultat:', 'Psykiatrin har inte varit part.'),
    section('7', 'Ekonomisk rapport', ''),
    section('7.1', 'Sammanfattande bedömning: Vad har gått bra och mindre bra i arbetet?', ''),
    section('7.2', 'Redovisa era totala kostnader för insatsen enligt nedan.', ''),
    section('7.3', 'Styrgruppens analys av utfall för insatsen: (måluppfyllelse, budget, avvikelser, plan för implementering m.m)', ''),
    section('8', 'Checklista för insatsledare vid slutrapport', ''),
    section('8.1', 'Insatsledare', ''),
    section('8.2', 'Kommentarer: (om ni angett nej ovan ska detta kommenteras här)', ''),
    section('8.3', 'Beskriv anordnade kompetensutvecklingsinsatser:', ''),
    section('9', 'Underskrift', ''),
    section('9.1', 'Underskrift', ''),
  ].map((item) => ({ ...item, text: texts[item.number] ?? item.text }));
  return slutrapport({
    sections,
    goalsAndOutcomes: texts.goals === 'none' ? [] : [{ goal: 'Fler ska gå till arbete.', outcome: 'Det har skett.' }],
    checklist: CHECKLIST_ITEMS.map((item, index) => ({ item, answer: answers[index] ?? null, evidence: evidence(item, '8.1') })),
    budget: { rows: [], total: { budget: null, outcome: null, evidence: evidence('Summa 1250000 0', '7.2') } },
  });
}

function blank(texts: Record<string, string>, answers?: ('ja' | 'nej' | null)[]): string[] {
  return findingsOf(emptyRequiredSection, slutrapportInput(record(texts, answers))).map((finding) => {
    expect(finding.evidence[0]?.section).toBe(finding.data.section);
    return finding.data.section;
  });
}

describe('empty-required-section', () => {
  it('flags the seed: 7.1 and 7.3 blank, not the headings, the table, the checklist, the signatures or the conditional 8.2/8.3', () => {
    expect(blank({})).toEqual(['7.1', '7.3']);
  });

  it.each([
    ['everything filled', { '7.1': 'Bra.', '7.3': 'Styrgruppen är nöjd.' }, undefined, []],
    ['a blank made only of whitespace', { '7.1': '  \n ', '7.3': 'Ok.' }, undefined, ['7.1']],
    ['8.2 is required once an answer is Nej', { '7.1': 'Bra.', '7.3': 'Ok.' }, ['ja', 'nej', 'ja', 'nej', 'ja', 'ja'], ['8.2']],
    ['8.3 is required once trainings were arranged', { '7.1': 'Bra.', '7.3': 'Ok.' }, ['ja', 'ja', 'ja', 'ja', 'ja', 'ja'], ['8.3']],
    ['5.1 without a goal table', { '7.1': 'Bra.', '7.3': 'Ok.', goals: 'none' }, undefined, ['5.1']],
    ['8.3 is not required when none were arranged', { '7.1': 'Bra.', '7.3': 'Ok.' }, ['ja', 'ja', 'ja', 'nej', 'ja', 'ja'], ['8.2']],
  ] as const)('%s', (_name, texts, answers, expected) => {
    expect(blank(texts, answers ? [...answers] : undefined)).toEqual(expected);
  });

  it('asks nothing of a report read on no known template: its numbered headings are no required sections', () => {
    expect(findingsOf(emptyRequiredSection, slutrapportInput({ ...record({}), template: null }))).toEqual([]);
  });

  it('says which section and what the template asks', () => {
    const [first, second] = findingsOf(emptyRequiredSection, slutrapportInput(record({})));
    expect(first?.message).toBe('Section 7.1 "Sammanfattande bedömning" is blank; the template asks for every heading to be commented');
    expect(inSwedish(emptyRequiredSection, first)).toBe('Avsnitt 7.1 ”Sammanfattande bedömning” är tomt; mallen säger att alla rubriker ska kommenteras');
    expect(first?.data).toEqual({ section: '7.1', title: 'Sammanfattande bedömning' });
    expect(second?.data).toEqual({ section: '7.3', title: 'Styrgruppens analys av utfall för insatsen' });
    expect(second?.message).toBe('Section 7.3 "Styrgruppens analys av utfall för insatsen" is blank; the template asks for every heading to be commented');
  });
});
