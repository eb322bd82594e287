import { describe, expect, it } from 'vitest';
import { personnummer } from '../../fixtures/build/slutrapport/rules.js';
import { redactResult } from '../../pipeline/redact/redact-result.js';
import { REDACTED, TextScrubber } from '../../pipeline/redact/scrub-text.js';
import { DocumentResult, SCHEMA_VERSION } from '../../schemas/result.js';
import { arsredovisning, evidence, section, slutrapport } from '../rules/support/builders.js';

const PNR = personnummer('780315', '238');

describe('TextScrubber', () => {
  const scrubber = new TextScrubber(['Sofia Bergqvist', 'Omar Haddad', 'x']);

  it.each([
    ['a known name, also across a line break and in other case', 'Kontakt: Sofia\nBergqvist och OMAR HADDAD.', `Kontakt: ${REDACTED} och ${REDACTED}.`],
    ['any e-mail address', 'Mejla karin.lindahl@finsam.example eller info@förbund.example.', `Mejla ${REDACTED} eller ${REDACTED}.`],
    [
      'phone numbers as people write them',
      'Ring 070-174 06 21, 0701740622, +46 70 174 06 23, 026-17 80 00 eller 08-123 456 78',
      `Ring ${REDACTED}, ${REDACTED}, ${REDACTED}, ${REDACTED} eller ${REDACTED}`,
    ],
    ['a personnummer, also masked by the rule', `En deltagare (${PNR}) och (780315-****) avbröt.`, `En deltagare (${REDACTED}) och (${REDACTED}) avbröt.`],
  ])('removes %s', (_case, text, expected) => {
    expect(scrubber.scrub(text)).toBe(expected);
  });

  it.each([
    ['dates and periods', 'Planerad insatstid 2021-01-01 – 2022-12-31, intag till 2022-09-30, fel datum 2019-101-01'],
    ['amounts', 'Summa | 1 250 000 | 0 och 1250000 Kr, 1,2 mkr, 950 tkr, 20 000:-'],
    ['registration numbers, postal codes, organisationsnummer', 'Diarienummer SFG 21-6.61, 811 80 Sandviken, org.nr 212000-2106'],
    ['a name only as part of a longer word', 'Sofia Bergqvistsdotter och Omar Haddadsson'],
    ['a known value too short to be safe ("x")', 'x-axeln'],
  ])('leaves %s alone', (_case, text) => {
    expect(scrubber.scrub(text)).toBe(text);
  });

  it('is idempotent', () => {
    const once = scrubber.scrub(`Sofia Bergqvist, 070-174 06 21, ${PNR}`);
    expect(scrubber.scrub(once)).toBe(once);
  });
});

describe('redactResult', () => {
  const source = { path: 'rapport.docx', sha256: 'a'.repeat(64), format: 'docx' as const, bytes: 1, pages: null };
  const record = slutrapport({
    applicants: [{ organisation: 'Sandvikens kommun', contactPerson: 'Sofia Bergqvist', email: 'sofia@sandviken.example', phone: '070-174 06 21' }],
    responsible: {
      organisation: 'Sandvikens kommun',
      workplace: 'AME',
      contactPerson: 'Sofia Bergqvist',
      phone: '070-174 06 21',
      email: 'sofia@sandviken.example',
      postalCode: '811 80',
      postalAddress: 'Sandviken',
    },
    sections: [section('6.3', 'Delaktighet', 'Sofia Bergqvist ledde referensgruppen.')],
    signatures: [
      {
        role: 'insatsägare',
        place: 'Sandviken',
        date: '2022-09-15',
        organisation: 'Sandvikens kommun',
        name: 'Sofia Bergqvist',
        evidence: evidence('Namnförtydligande Sofia Bergqvist', '9.1'),
      },
    ],
    evidence: { 'applicants[0].contactPerson': evidence('Sofia Bergqvist', 'Kontaktperson'), 'responsible.postalCode': evidence('811 80', 'Postnummer') },
  });
  const result = DocumentResult.parse({
    schemaVersion: SCHEMA_VERSION,
    status: 'ok',
    source,
    language: 'swe',
    wrappedIn: null,
    kind: 'slutrapport',
    record,
    findings: [
      {
        ruleId: 'personal-identity-number',
        severity: 'error',
        message: 'A personnummer (780315-****) appears in section 5.3',
        evidence: [evidence(`Deltagare ${PNR}`, '5.3')],
        data: { kind: 'personnummer', masked: '780315-****', section: '5.3' },
      },
    ],
    error: null,
    warnings: [{ code: 'docx-conversion', type: 'warning', message: 'Unrecognised paragraph style: Sofia Bergqvist', position: null }],
    rapportkollVersion: '0.1.0',
    rulesVersion: 1,
  });

  it('nulls the personal fields, says redacted, and keeps the rest of the record', () => {
    const redacted = redactResult(result);
    if (redacted.kind !== 'slutrapport' || redacted.record === null) throw new Error('not a slutrapport');
    expect(redacted.record.redacted).toBe(true);
    expect(redacted.record.applicants).toEqual([{ organisation: 'Sandvikens kommun', contactPerson: null, email: null, phone: null }]);
    expect(redacted.record.responsible).toMatchObject({
      contactPerson: null,
      phone: null,
      email: null,
      organisation: 'Sandvikens kommun',
      postalCode: '811 80',
    });
    expect(redacted.record.signatures[0]).toMatchObject({ name: null, place: 'Sandviken', date: '2022-09-15', organisation: 'Sandvikens kommun' });
    expect(Object.keys(redacted.record.evidence)).toEqual(['responsible.postalCode']);
    expect(redacted.record.intervention).toEqual(record.intervention);
    expect(redacted.source).toEqual(source);
  });

  it('scrubs every text of the record, the findings (their data too) and the warnings', () => {
    const redacted = redactResult(result);
    const text = JSON.stringify(redacted);
    for (const personal of ['Sofia', 'Bergqvist', '070-174', '@', '780315']) expect(text).not.toContain(personal);
    expect(redacted.findings[0]?.data).toEqual({ kind: 'personnummer', masked: REDACTED, section: '5.3' });
    expect(redacted.warnings[0]?.message).toBe(`Unrecognised paragraph style: ${REDACTED}`);
    expect(redacted).toMatchObject({ rapportkollVersion: '0.1.0', rulesVersion: 1 });
    expect(text).toContain(`${REDACTED} ledde referensgruppen.`);
    expect(text).toContain(`Namnförtydligande ${REDACTED}`);
  });

  it('keeps the contract and its key order, and changes nothing the second time', () => {
    const once = redactResult(result);
    expect(DocumentResult.parse(once)).toBeTruthy();
    expect(Object.keys(once)).toEqual(Object.keys(result));
    expect(redactResult(once)).toEqual(once);
  });

  it('marks an annual report redacted; failed and unknown documents have nothing to redact', () => {
    const annual = DocumentResult.parse({ ...result, kind: 'arsredovisning', record: arsredovisning(), findings: [] });
    expect(redactResult(annual).record).toMatchObject({ redacted: true });
    const failed = DocumentResult.parse({ ...result, status: 'failed', kind: 'unknown', record: null, findings: [], error: { code: 'corrupt', message: 'x' } });
    expect(redactResult(failed)).toBe(failed);
  });
});
