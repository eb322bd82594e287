import { spawn } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendJsonLine, repairJsonlTail, writeFileAtomic } from '../../pipeline/support/atomic-files.js';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'rk-atomic-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function lines(text: string): unknown[] {
  return text
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as unknown);
}

describe('JSON lines that survive crashes and concurrent writers', () => {
  it('cuts a torn last line left by a killed writer and keeps the complete ones', async () => {
    const path = join(dir, 'torn.jsonl');
    await writeFile(path, '{"n":1}\n{"n":2}\n{"schemaVersion":1,"status":"o');
    expect(await repairJsonlTail(path)).toEqual({ droppedBytes: '{"schemaVersion":1,"status":"o'.length });
    expect(lines(await readFile(path, 'utf8'))).toEqual([{ n: 1 }, { n: 2 }]);
    expect(await repairJsonlTail(path)).toBeNull();
  });

  it('never glues a new line onto a torn one', async () => {
    const path = join(dir, 'glue.jsonl');
    await writeFile(path, '{"n":1}\n{"n":');
    const repair = await appendJsonLine(path, { n: 3, text: 'Gävle – åäö' });
    expect(repair?.droppedBytes).toBe(5);
    expect(lines(await readFile(path, 'utf8'))).toEqual([{ n: 1 }, { n: 3, text: 'Gävle – åäö' }]);
  });

  it('treats a missing file as nothing to repair', async () => {
    expect(await repairJsonlTail(join(dir, 'absent.jsonl'))).toBeNull();
  });

  it('keeps every line whole when four processes append at once', async () => {
    const path = join(dir, 'shared.jsonl');
    const script = `
      import { appendJsonLine } from './pipeline/support/atomic-files.ts';
      const writer = process.argv[1];
      for (let i = 0; i < 150; i += 1) await appendJsonLine(${JSON.stringify(path)}, { writer, i, pad: 'x'.repeat(6000) });
    `;
    await Promise.all(
      ['a', 'b', 'c', 'd'].map(
        (writer) =>
          new Promise<void>((resolve, reject) => {
            const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, writer], { stdio: 'inherit' });
            child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`writer ${writer} exited ${code}`))));
          }),
      ),
    );
    const parsed = lines(await readFile(path, 'utf8')) as Array<{ writer: string; i: number }>;
    expect(parsed).toHaveLength(600);
    for (const writer of ['a', 'b', 'c', 'd']) {
      expect(parsed.filter((line) => line.writer === writer).map((line) => line.i)).toEqual([...Array(150).keys()]);
    }
  });

  it('replaces a file atomically and leaves no temp files behind', async () => {
    const path = join(dir, 'results', 'abc.json');
    await writeFileAtomic(path, '{"v":1}\n');
    await writeFileAtomic(path, '{"v":2}\n');
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ v: 2 });
    expect(await readdir(join(dir, 'results'))).toEqual(['abc.json']);
  });
});
