import { describe, expect, it } from 'vitest';
import { unsignedReport } from '../../pipeline/rules/unsigned-report.js';
import type { SlutrapportRecord } from '../../schemas/slutrapport.js';
import { evidence, slutrapport, slutrapportInput } from './support/builders.js';
import { findingsOf } from './support/findings.js';
import { inSwedish } from './support/messages.js';

type Signature = SlutrapportRecord['signatures'][number];

function block(role: Signature['role'], filled: Partial<Signature> = {}): Signature {
  return { role, place: null, date: null, organisation: null, name: null, evidence: evidence('Ort Datum Underskrift Namnförtydligande', '9.1', 9), ...filled };
}

describe('unsigned-report', () => {
  it.each([
    ['the seed: four blank blocks', [block('insatsägare'), block('samverkanspart'), block('samverkanspart'), block('samverkanspart')], 1],
    ['one block with a name', [block('insatsägare', { name: 'Eva Exempel' }), block('samverkanspart')], 0],
    ['one block with a place', [block('insatsägare', { place: 'Gävle' })], 0],
    ['one block with a date', [block('samverkanspart', { date: '2022-01-20' })], 0],
    ['only the organisation filled in', [block('insatsägare', { organisation: 'Gävle kommun' })], 1],
    ['no signature section found', [], 0],
  ])('%s', (_name, signatures, expected) => {
    expect(findingsOf(unsignedReport, slutrapportInput(slutrapport({ signatures })))).toHaveLength(expected);
  });

  it('points at the signature section', () => {
    const [finding] = findingsOf(unsignedReport, slutrapportInput(slutrapport({ signatures: [block('insatsägare'), block('samverkanspart')] })));
    expect(finding?.message).toBe('None of the 2 signature blocks has a name, place or date filled in');
    expect(inSwedish(unsignedReport, finding)).toBe('Inget av de 2 underskriftsblocken har namn, ort eller datum ifyllt');
    expect(finding?.data).toEqual({ signatureBlocks: 2 });
    expect(finding?.evidence[0]?.section).toBe('9.1');
  });
});
