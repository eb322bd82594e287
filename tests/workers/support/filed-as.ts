/**
 * The filedAs scenario, run against `watch` + `worker` and against `watch --embedded`: two different
 * documents dropped one after the other under one name; each alert's `document.filedAs` must name the
 * file in processed/ that holds exactly that document's bytes (the second under its sha256 suffix).
 * Then copies of both dropped again under other names (one in a sub-folder), and a third document
 * dropped twice at once: each duplicate alert's `duplicateOfFiledAs` must name the file in processed/
 * that holds the earlier copy, the one its `duplicateOf` was found as.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
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

  const third = variantOf(seed, 'filed as, third');
  await mkdir(join(inbox, 'Kopior'));
  await writeFile(join(inbox, 'Kopior', 'Kopia.docx'), first);
  await writeFile(join(inbox, 'Andra kopian.docx'), second);
  await Promise.all([writeFile(join(inbox, 'Par.docx'), third), writeFile(join(inbox, 'Par igen.docx'), third)]);
  await waitFor(
    'the copies filed',
    async () => {
      const processed = await filesUnder(join(out, 'processed'));
      return ['Andra kopian.docx', join('Kopior', 'Kopia.docx'), 'Par.docx', 'Par igen.docx'].every((name) => processed.includes(name));
    },
    60_000,
  );
  const ours = new Set([first, second, third].map((bytes) => sha256(bytes)));
  const duplicates = (await alertLines(out)).filter((line) => line.type === 'duplicate' && ours.has(line.document.sha256));
  expect(duplicates.map((line) => [line.document.path, line.duplicateOf, line.duplicateOfFiledAs])).toEqual(
    expect.arrayContaining([
      [join(inbox, 'Kopior', 'Kopia.docx'), join(inbox, 'Samma namn.docx'), 'processed/Samma namn.docx'],
      [join(inbox, 'Andra kopian.docx'), join(inbox, 'Samma namn.docx'), `processed/${suffixed}`],
    ]),
  );
  // Dropped at once, either may be first: the other's alert names where the first one lies.
  const pair = duplicates.filter((line) => line.document.sha256 === sha256(third));
  expect(pair).toHaveLength(1);
  expect(pair[0]?.duplicateOfFiledAs).toBe(`processed/${basename(pair[0]?.duplicateOf ?? '')}`);
  expect(await readFile(join(out, pair[0]?.duplicateOfFiledAs ?? ''))).toEqual(third);
  expect(duplicates).toHaveLength(3);
}
