/**
 * RULES_VERSION is recorded in every result so that results made by other rules can be found and
 * made again. It must change whenever the rules do: this fingerprint of the catalogue (ids, default
 * severities, titles in both languages, the JSON Schema of each rule's data) fails the test when
 * they change and the version does not. Changed what a rule flags or how it words it? Raise
 * RULES_VERSION too (registry.ts).
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RULES, RULES_VERSION } from '../../pipeline/rule-engine/registry.js';
import { RUN_RULES } from '../../pipeline/rule-engine/run-rules.js';
import { FINDING_DATA } from '../../schemas/finding-data.js';
import { CrossDocumentMismatchData } from '../../schemas/run-finding.js';

/** The fingerprint the current RULES_VERSION was given for. */
const RECORDED = { rulesVersion: 26, fingerprint: '3f65203ff5aaa23d521f9ad3e2c80c3ccd1c0690b556cb423d5faf4624461f50' };

function fingerprint(): string {
  const catalogue = [
    ...RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity, rule.meta.title, z.toJSONSchema(FINDING_DATA[rule.meta.id])]),
    ...RUN_RULES.map((rule) => [rule.meta.id, rule.meta.defaultSeverity, rule.meta.title, z.toJSONSchema(CrossDocumentMismatchData)]),
  ];
  return createHash('sha256').update(JSON.stringify(catalogue)).digest('hex');
}

describe('RULES_VERSION', () => {
  it('changes with the rule catalogue and the data its findings carry', () => {
    expect(
      { rulesVersion: RULES_VERSION, fingerprint: fingerprint() },
      'The rules changed: raise RULES_VERSION in pipeline/rule-engine/registry.ts, then record the new version and fingerprint here',
    ).toEqual(RECORDED);
  });

  it('gives every rule, and only those, a data schema', () => {
    expect(RULES.map((rule) => rule.meta.id).sort()).toEqual(Object.keys(FINDING_DATA).sort());
  });
});
