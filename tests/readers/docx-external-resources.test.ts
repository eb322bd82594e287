import fs from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Block } from '../../extractors/model.js';
import { readDocx } from '../../extractors/readers/docx/index.js';
import { BAD_DIR } from '../../fixtures/build/paths.js';
import { Limits } from '../../schemas/config.js';

/** Links and linked images to file:///etc/passwd and http://127.0.0.1:9/…, all TargetMode="External". */
const FIXTURE = join(BAD_DIR, 'external-resources.docx');

/** Pass-through spies on every way mammoth or we could reach a file or the network. */
function watchAccess() {
  return {
    fileReads: [
      vi.spyOn(fs.promises, 'readFile'),
      vi.spyOn(fs.promises, 'open'),
      vi.spyOn(fs, 'readFile'),
      vi.spyOn(fs, 'readFileSync'),
      vi.spyOn(fs, 'openSync'),
      vi.spyOn(fs, 'createReadStream'),
    ],
    connections: [vi.spyOn(net.Socket.prototype, 'connect'), vi.spyOn(http, 'request'), vi.spyOn(https, 'request'), vi.spyOn(globalThis, 'fetch')],
  };
}

const calledPaths = (spies: ReturnType<typeof watchAccess>['fileReads']): string[] => spies.flatMap((spy) => spy.mock.calls.map((call) => String(call[0])));

function allText(blocks: Block[]): string {
  return blocks
    .map((block) => (block.type === 'paragraph' ? block.text : block.rows.flatMap((row) => row.cells.map((cell) => cell.text)).join('\n')))
    .join('\n');
}

describe('readDocx never follows external references', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('the fixture is hostile: mammoth given a path and externalFileAccess reads /etc/passwd', async () => {
    const access = watchAccess();
    await mammoth.convertToHtml({ path: FIXTURE }, { externalFileAccess: true });
    expect(calledPaths(access.fileReads)).toContain('/etc/passwd');
  });

  it('reads the text, reports the ignored references, and touches no file or socket', async () => {
    const bytes = await fs.promises.readFile(FIXTURE);
    const access = watchAccess();
    const model = await readDocx(bytes, Limits.parse({}));

    expect(calledPaths(access.fileReads)).toEqual([]);
    for (const spy of access.connections) expect(spy).not.toHaveBeenCalled();

    const text = allText(model.blocks);
    expect(text).toContain('Se även lokala filen.');
    expect(text).toContain('Statistik finns på intern tjänst.');
    const passwd = await fs.promises.readFile('/etc/passwd', 'utf8');
    const firstLine = passwd.split('\n')[0] ?? '';
    expect(firstLine).not.toBe('');
    expect(text).not.toContain(firstLine);
    expect(JSON.stringify(model)).not.toContain('root:x:0:0');

    expect(model.messages).toContainEqual({
      code: 'external-references',
      type: 'info',
      wording: {
        sv: 'Hänvisningar utanför dokumentet hoppades över och hämtades aldrig (2 länkar, 2 bilder)',
        en: 'External references were ignored and never fetched (2 hyperlinks, 2 images)',
      },
      position: null,
    });
  });
});
