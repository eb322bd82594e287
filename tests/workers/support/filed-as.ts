/**
 * The filedAs scenario, run against `watch` + `worker` and against `watch --embedded`: two different
 * documents dropped one after the other under one name; each alert's `document.filedAs` must name the
 * file in processed/ that holds exactly that document's bytes (the second under its sha256 suffix).
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect } from 'vitest';
import { sha256, variantOf } from '../../bench/document-variants.js';
import { alertLines, filesUnder } from './out-dir.js';
import { waitFor } from './wait.js';

export async function expectFiledAsNamesTheFile(folders: { inbox: string; out: string }, seedDocx: string): Promise<void> {
  const { inbox, out } = folders;
  const seed = await readFile(seedDocx);
  const [first, second] = [variantOf(seed, 'filed as, first'), variantOf(seed, 'filed as, second')] as [Buffer, Buffer];
  const suffixed = `Samma namn (${sha256(second).slice(0, 8)}).docx`;
  await writeFile(join(inbox, 'Samma namn.docx'), first);
  await waitFor('the first filed', async () => (await filesUnder(join(out, 'processed'))).includes('Samma namn.docx'), 60_000);
  await writeFile(join(inbox, 'Samma namn.docx'), second);
  await waitFor('the second filed', async () => (await filesUnder(join(out, 'processed'))).includes(suffixed), 60_000);

  const alerts = await alertLines(out);
  for (const [bytes, filed] of [
    [first, 'processed/Samma namn.docx'],
    [second, `processed/${suffixed}`],
  ] as const) {
    const alert = alerts.find((line) => line.type === 'findings' && line.document.sha256 === sha256(bytes));
    expect(alert?.document.filedAs).toBe(filed);
    expect(await readFile(join(out, filed))).toEqual(bytes);
  }
}
