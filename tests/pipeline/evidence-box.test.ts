/**
 * A PDF's evidence says where its text stands on the page (`box`, points from the top-left): the
 * text poppler's pdftotext finds inside that box (cropped, a point of margin) begins as the quote
 * does. A .docx has no pages and so no boxes.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { processFile } from '../../pipeline/process-file.js';
import type { Evidence } from '../../schemas/common.js';
import { PipelineConfig } from '../../schemas/config.js';
import { ROOT } from './support/expected-fixtures.js';

const config = PipelineConfig.parse({});

function textInBox(pdf: string, evidence: Evidence & { box: NonNullable<Evidence['box']> }): string {
  const { x, y, width, height } = evidence.box;
  const page = String(evidence.page);
  const crop = [Math.floor(x - 1), Math.floor(y - 1), Math.ceil(width + 2), Math.ceil(height + 2)].map(String);
  const args = ['-q', '-f', page, '-l', page, '-x', crop[0]!, '-y', crop[1]!, '-W', crop[2]!, '-H', crop[3]!, pdf, '-'];
  return execFileSync('pdftotext', args, { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

/** The quote's first word: what the box must hold whatever else the row or paragraph holds. */
function firstWord(text: string): string {
  return text.split(/[\s|]+/).find((word) => word !== '') ?? '';
}

async function evidenceOf(file: string): Promise<Evidence[]> {
  const result = await processFile(join(ROOT, file), config);
  if (result.status !== 'ok') throw new Error(`${file} failed`);
  return [...result.findings.flatMap((finding) => finding.evidence), ...Object.values(result.record?.evidence ?? {})];
}

describe.each(['fixtures/docs/slutrapport-planted.pdf', 'fixtures/docs/arsredovisning-planted-2022.pdf'])('%s', (file) => {
  it('gives evidence a box on its page holding the quoted text', { timeout: 120_000 }, async () => {
    const evidence = await evidenceOf(file);
    const boxed = evidence.filter((entry): entry is Evidence & { box: NonNullable<Evidence['box']> } => entry.box !== undefined);
    // Nearly every value and finding on a PDF with a text layer is placed on its page.
    expect(boxed.length).toBeGreaterThan(evidence.length * 0.9);
    for (const entry of boxed) {
      expect(entry.page).not.toBeNull();
      expect(entry.box.width).toBeGreaterThan(0);
      expect(entry.box.height).toBeGreaterThan(0);
      expect(textInBox(join(ROOT, file), entry), entry.text).toContain(firstWord(entry.text));
    }
  });
});

describe.each(['fixtures/docs/slutrapport-planted.docx', 'fixtures/docs/arsredovisning-planted-2022.docx'])('%s', (file) => {
  it('gives no evidence a box (a .docx has no pages)', { timeout: 120_000 }, async () => {
    const evidence = await evidenceOf(file);
    expect(evidence.length).toBeGreaterThan(0);
    expect(evidence.filter((entry) => entry.box !== undefined)).toEqual([]);
  });
});
