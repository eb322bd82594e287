import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runRules } from '../../pipeline/rule-engine/engine.js';
import { messageOf, RULES } from '../../pipeline/rule-engine/registry.js';
import { RUN_RULES } from '../../pipeline/rule-engine/run-rules.js';
import { Finding } from '../../schemas/finding.js';
import { nb } from './support/messages.js';
import { evidence, money, period, row, section, slutrapport, slutrapportInput, unit } from './support/builders.js';

const RULES_MD = readFileSync(join(import.meta.dirname, '../../docs/rules.md'), 'utf8');

/** The catalogue's table rows as "id severity", in the catalogue's order. */
function documentedRules(): string[] {
  return [...RULES_MD.matchAll(/^\| `([^`]+)` \| ([^|]+?) \|/gm)].map((match) => `${match[1]} ${match[2]}`);
}

/** The catalogue's titles: the third and fourth columns, Swedish then English. */
function documentedTitles(): { id: string; sv: string; en: string }[] {
  return [...RULES_MD.matchAll(/^\| `([^`]+)` \| [^|]+? \| ([^|]+?) \| ([^|]+?) \|/gm)].map((match) => ({
    id: match[1] ?? '',
    sv: match[2] ?? '',
    en: match[3] ?? '',
  }));
}

/** The seed slutrapport's values that the rules look at (Trisam 2.0 Gävle kommun). */
function seedSlutrapport() {
  const base = slutrapport();
  const blankRows = ['Aktiviteter', 'Externa tjänster', 'Lönekostnader', 'Material/expenser', 'Resekostnader', 'Övriga kostnader'];
  return slutrapport({
    receivedDate: '2022-01-24',
    intervention: { ...base.intervention, plannedPeriod: period('2019-12-01 – 2021-12-31'), granted: money('1250000 Kr', '1') },
    sections: [
      section('6.5', 'Beskriv identifierade systemfel som påverkat utfall och resultat:', 'Då många av våra kunder har kontakt med psykiatrin …'),
      section('7', 'Ekonomisk rapport', ''),
      section('7.1', 'Sammanfattande bedömning: Vad har gått bra och mindre bra i arbetet?', ''),
      section('7.2', 'Redovisa era totala kostnader för insatsen enligt nedan.', ''),
      section('7.3', 'Styrgruppens analys av utfall för insatsen:', ''),
      section('8', 'Checklista för insatsledare vid slutrapport', ''),
      section('8.1', 'Insatsledare', ''),
      section('8.2', 'Kommentarer: (om ni angett nej ovan ska detta kommenteras här)', ''),
      section('8.3', 'Beskriv anordnade kompetensutvecklingsinsatser:', ''),
      section('9', 'Underskrift', ''),
      section('9.1', 'Underskrift', ''),
    ],
    budget: {
      rows: [...blankRows.map((category) => row(category, null, null)), row('Lokalkostnader', '1250000 kr', '1250000 kr')],
      total: { budget: money('1250000 kr'), outcome: money('0 kr'), evidence: evidence('Summa 1250000 0', '7.2') },
    },
    checklist: ['Kontrollerat att samtliga insatser/deltagare registrerat i enlighet med SUS', 'Anordnat kompetensutvecklingsinsatser'].map((item) => ({
      item,
      answer: null,
      evidence: evidence(item, '8.1'),
    })),
    signatures: ['insatsägare', 'samverkanspart'].map((role) => ({
      role: role as 'insatsägare' | 'samverkanspart',
      place: null,
      date: null,
      organisation: null,
      name: null,
      evidence: evidence('Ort Datum', '9.1'),
    })),
  });
}

describe('runRules', () => {
  it('docs/rules.md documents every registered rule with its severity, and registers every documented id', () => {
    const documented = documentedRules();
    const registered = [...RULES, ...RUN_RULES].map((rule) => `${rule.meta.id} ${rule.meta.defaultSeverity}`);
    expect(documented.length).toBeGreaterThanOrEqual(17);
    expect(new Set(documented).size).toBe(documented.length);
    expect(registered.toSorted()).toEqual(documented.toSorted());
  });

  it('runs the per-document rules in the order of docs/rules.md', () => {
    const perDocument = RULES.map((rule) => `${rule.meta.id} ${rule.meta.defaultSeverity}`);
    expect(perDocument).toEqual(documentedRules().filter((entry) => perDocument.includes(entry)));
  });

  it('gives the seed slutrapport exactly its expected findings, each valid and with evidence', () => {
    const findings = runRules(slutrapportInput(seedSlutrapport()));
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['outcome-total-mismatch', 'error'],
      ['outcome-zero-with-budget', 'warning'],
      ['empty-required-section', 'warning'],
      ['empty-required-section', 'warning'],
      ['checklist-unanswered', 'warning'],
      ['unsigned-report', 'warning'],
    ]);
    for (const finding of findings) expect(Finding.parse(finding)).toEqual(finding);
  });

  it("builds each message from the finding's data, in its rule's words: Swedish unless English is asked for", () => {
    const findings = runRules(slutrapportInput(seedSlutrapport()));
    for (const finding of findings) expect(finding.message).toBe(messageOf(finding, 'sv'));
    expect(findings.find((finding) => finding.ruleId === 'outcome-total-mismatch')).toMatchObject({
      message: nb`Utfallsraderna summerar till 1~250~000~kr men Summa-raden anger 0~kr (skillnad 1~250~000~kr; beloppen är exakta kronor, så ingen avrundningstolerans)`,
      data: { actual: 0, expected: 1_250_000, difference: -1_250_000, tolerance: 0, unit: 'kr' },
    });
    const english = runRules(slutrapportInput(seedSlutrapport()), {}, RULES, 'en');
    for (const finding of english) expect(finding.message).toBe(messageOf(finding, 'en'));
    expect(english.map(({ message: _message, ...finding }) => finding)).toEqual(findings.map(({ message: _message, ...finding }) => finding));
    expect(english.find((finding) => finding.ruleId === 'outcome-total-mismatch')?.message).toBe(
      'Utfall rows add up to 1 250 000 kr but the Summa row says 0 kr (difference 1 250 000 kr; the figures are exact kronor, so no rounding tolerance)',
    );
  });

  it('gives every rule a title and a message in Swedish and in English, and docs/rules.md both titles', () => {
    for (const rule of [...RULES, ...RUN_RULES]) {
      const { id, title, messages } = rule.meta;
      expect(typeof messages.sv, id).toBe('function');
      expect(typeof messages.en, id).toBe('function');
      expect(title.sv.trim(), id).not.toBe('');
      expect(title.en.trim(), id).not.toBe('');
      expect(title.sv, id).not.toBe(title.en);
    }
    const documented = new Map(documentedTitles().map(({ id, sv, en }) => [id, { sv, en }]));
    expect(Object.fromEntries([...RULES, ...RUN_RULES].map((rule) => [rule.meta.id, rule.meta.title]))).toEqual(Object.fromEntries(documented));
  });

  it('applies severity overrides and switches rules off', () => {
    const findings = runRules(slutrapportInput(seedSlutrapport()), {
      'outcome-total-mismatch': 'warning',
      'empty-required-section': 'off',
      'checklist-unanswered': 'info',
      'cross-document-mismatch': 'error',
    });
    expect(findings.map((finding) => [finding.ruleId, finding.severity])).toEqual([
      ['outcome-total-mismatch', 'warning'],
      ['outcome-zero-with-budget', 'warning'],
      ['checklist-unanswered', 'info'],
      ['unsigned-report', 'warning'],
    ]);
  });

  it('scans the text for personnummer alongside the record rules', () => {
    const base = slutrapport();
    const record = slutrapport({ intervention: { ...base.intervention, granted: null } });
    const findings = runRules(slutrapportInput(record, [unit('Deltagaren 780315-2383 avbröt', '5.3', 4)]));
    expect(findings.map((finding) => finding.ruleId)).toEqual(['personal-identity-number']);
  });
});
