import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ErrorCode, type DocumentResult } from '../../schemas/result.js';
import { FIXTURES, fixturePath } from './support/fixtures.js';
import { extract } from './support/run-cli.js';

/** fixtures/docs/bad/expected.json: file → the error code it must fail with (null: it must be read normally). */
const EXPECTED = z.record(z.string(), ErrorCode.nullable()).parse(JSON.parse(readFileSync(fixturePath(`${FIXTURES.badDir}/expected.json`), 'utf8')));
const FILES = Object.keys(EXPECTED).sort();
const pathOf = (file: string): string => `${FIXTURES.badDir}/${file}`;
/** What a failure message tells the person to do, in Swedish (the default language). */
const ADVICE = /(?<!\p{L})(spara|exportera|be om|skicka|ta bort|kör|kontrollera|höj|öppna|skanna|rapportera)(?!\p{L})/iu;

describe('bad inputs through the real CLI: a result each, never a crash or a hang', () => {
  let results: DocumentResult[] = [];

  beforeAll(async () => {
    // The whole folder in one run, as the kansli would: one poisonous file must not take the others down.
    // scanned.pdf is read by OCR (two pages), slow on a loaded machine: hence the generous limit.
    ({ results } = await extract([FIXTURES.badDir, '--concurrency', '2']));
  }, 600_000);

  it('gives one result per file, in path order; README.md and expected.json, plainly not reports, are skipped', () => {
    expect(results.map((result) => result.source.path)).toEqual(FILES.map(pathOf));
    expect(results.some((result) => /README\.md|expected\.json$/.test(result.source.path))).toBe(false);
  });

  it.each(FILES)('%s', (file) => {
    const result = results.find((candidate) => candidate.source.path === pathOf(file));
    const code = EXPECTED[file] ?? null;
    if (code === null) {
      expect(result?.status).toBe('ok');
      return;
    }
    expect(result?.status).toBe('failed');
    expect(result?.error?.code).toBe(code);
    expect(result?.record).toBeNull();
    // Plain words that say what to do, not a bare exception.
    expect(result?.error?.message.length).toBeGreaterThan(30);
    expect(result?.error?.message).toMatch(ADVICE);
    expect(result?.source.sha256).toMatch(/^[0-9a-f]{64}$/);
  });
});
