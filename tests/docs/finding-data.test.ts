/**
 * The contract documents every rule's finding data: its id and every key its schema has, so a
 * field added in code without a word in docs/contract.md fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { FINDING_DATA } from '../../schemas/finding-data.js';
import { CrossDocumentMismatchData } from '../../schemas/run-finding.js';
import { Warning, WarningCode } from '../../schemas/result.js';

const CONTRACT = readFileSync(join(import.meta.dirname, '../../docs/contract.md'), 'utf8');

/** The text of one `## ` section of the contract. */
function section(title: string): string {
  const start = CONTRACT.indexOf(`\n## ${title}\n`);
  if (start < 0) throw new Error(`docs/contract.md has no section "${title}"`);
  const end = CONTRACT.indexOf('\n## ', start + 1);
  return CONTRACT.slice(start, end < 0 ? undefined : end);
}

/** Every key an object schema, or any option of a union of them, has — nested objects included. */
function keysOf(schema: z.ZodType): string[] {
  if (schema instanceof z.ZodObject) return Object.entries(schema.shape).flatMap(([key, value]) => [key, ...keysOf(value as z.ZodType)]);
  if (schema instanceof z.ZodUnion || schema instanceof z.ZodDiscriminatedUnion) return schema.options.flatMap((option) => keysOf(option as z.ZodType));
  if (schema instanceof z.ZodNullable || schema instanceof z.ZodOptional) return keysOf(schema.unwrap() as z.ZodType);
  if (schema instanceof z.ZodArray) return keysOf(schema.element as z.ZodType);
  return [];
}

const RULE_DATA: [string, z.ZodType][] = [...Object.entries(FINDING_DATA), ['cross-document-mismatch', CrossDocumentMismatchData]];

describe('docs/contract.md "Finding data"', () => {
  const text = section('Finding data');

  it.each(RULE_DATA)('documents %s and every key of its data', (id, schema) => {
    expect(text).toContain(id);
    const keys = [...new Set(keysOf(schema))];
    expect(keys.length).toBeGreaterThan(0);
    expect(keys.filter((key) => !text.includes(`"${key}"`) && !text.includes(`\`${key}\``))).toEqual([]);
  });

  it('documents every warning code and key', () => {
    const warning = section('Warning') + CONTRACT;
    expect(WarningCode.options.filter((code) => !warning.includes(`\`${code}\``))).toEqual([]);
    expect(keysOf(Warning).filter((key) => !CONTRACT.includes(`"${key}"`))).toEqual([]);
  });
});
