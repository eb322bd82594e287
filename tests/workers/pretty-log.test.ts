/**
 * The watcher's log in a terminal is for a person: Stockholm time whatever the machine's zone,
 * level, message and key fields, everything escaped. Off a terminal it stays JSON (the other
 * worker tests read it as such). The terminal case runs the real `watch --embedded` in a real
 * pseudo-terminal (util-linux `script`).
 */
import { copyFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { prettyLine, stockholmTime } from '../../workers/pretty-log.js';
import { fixturePath } from '../cli/support/fixtures.js';
import { CLI } from '../cli/support/run-cli.js';
import { inTerminal } from '../cli/support/terminal.js';
import { useScratchDir } from '../cli/support/temp-dir.js';

const scratch = useScratchDir();

describe('prettyLine', () => {
  it('gives the time in Stockholm, summer and winter, whatever the machine’s time zone', () => {
    expect(stockholmTime(Date.parse('2026-07-01T12:00:00Z'))).toBe('2026-07-01 14:00:00');
    expect(stockholmTime(Date.parse('2026-12-04T12:00:00Z'))).toBe('2026-12-04 13:00:00');
  });

  it('writes level, name, message and key fields on one line (not the event id: the message says it), escaping what a file name brings', () => {
    const line = JSON.stringify({
      level: 40,
      time: Date.parse('2026-12-04T12:00:00Z'),
      pid: 7,
      name: 'rapportkoll-watch',
      path: '/inkorg/rapport \u001b[2J\nx.docx',
      event: 'inbox-file-done',
      attempts: 3,
      msg: 'filen i inkorgen är klar',
    });
    expect(prettyLine(line, false)).toBe(
      '2026-12-04 13:00:00 WARN  rapportkoll-watch: filen i inkorgen är klar  path="/inkorg/rapport \\u001b[2J\\nx.docx" attempts=3\n',
    );
    expect(prettyLine(line, true)).toContain('\u001b[33mWARN \u001b[0m');
  });

  it('shows an alert by its type, severity, number of findings and document, not the whole object', () => {
    const alert = { type: 'findings', severity: 'error', findings: [{}, {}], document: { path: 'a.docx' } };
    const line = prettyLine(JSON.stringify({ level: 50, time: 0, msg: 'alert findings: a.docx', alert }), false);
    expect(line).toBe('1970-01-01 01:00:00 ERROR alert findings: a.docx  alert={"type":"findings","severity":"error","findings":2,"path":"a.docx"}\n');
  });
});

describe('watch --embedded in a terminal', () => {
  it('logs readable lines in Stockholm time, not JSON, also when the machine runs in UTC', async () => {
    const dir = scratch();
    const inbox = join(dir, 'inkorg');
    await mkdir(inbox, { recursive: true });
    await copyFile(fixturePath('fixtures/docs/slutrapport-planted.docx'), join(inbox, 'Slutrapport.docx'));
    const shown = await inTerminal(
      `node ${CLI} watch --embedded "$RK_INBOX" --out "$RK_OUT" --concurrency 1`,
      { RK_INBOX: inbox, RK_OUT: join(dir, 'out'), TZ: 'UTC' },
      {
        stopWhen: (output) => output.includes('filen i inkorgen är klar'),
      },
    );
    const lines = shown.split('\n').filter((line) => line.trim() !== '');
    expect(lines.some((line) => line.startsWith('{'))).toBe(false);
    expect(shown.replaceAll('\u001b', '␛')).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2} ␛\[32mINFO ␛\[0m rapportkoll-watch: bevakar inkorgen {2}/m);
    expect(shown).toMatch(/rapportkoll-watch: filen i inkorgen är klar {2}path=\S*Slutrapport\.docx/);
    expect(shown).not.toContain('event=');
    // The time shown is Stockholm's: an hour or two ahead of the UTC the process runs in.
    const [, shownTime] = /^(\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}) .*bevakar inkorgen/m.exec(shown) ?? [];
    const offsetHours = (Date.parse(`${shownTime?.replace(' ', 'T') ?? ''}Z`) - Date.now()) / 3_600_000;
    expect(offsetHours).toBeGreaterThan(0.5);
    expect(offsetHours).toBeLessThan(2.5);
  }, 150_000);
});
