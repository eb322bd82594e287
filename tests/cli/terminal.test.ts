/**
 * `extract` on a terminal prints a summary per document for a person; piped, JSON Lines. Run in a
 * real pseudo-terminal (util-linux `script`), not a mocked isTTY. Whatever a document or its file
 * name holds — control characters, terminal escape sequences — is shown escaped, never acted on.
 */
import { copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fixturePath } from './support/fixtures.js';
import { CLI, parseResults, runCli } from './support/run-cli.js';
import { inTerminal } from './support/terminal.js';
import { useScratchDir } from './support/temp-dir.js';

const PLANTED_PDF = 'fixtures/docs/slutrapport-planted.pdf';
/** A file name that would clear the screen and retitle the window, with a line break to forge a line. */
const HOSTILE_NAME = 'rapport \u001b[2J\u001b]0;pwned\u0007\nrapportkoll: 0 fel.docx';

const scratch = useScratchDir();
let hostile: string;

beforeAll(async () => {
  hostile = join(scratch(), HOSTILE_NAME);
  await copyFile(fixturePath('fixtures/docs/slutrapport-planted.docx'), hostile);
});

/** The terminal's output with ESC shown as ␛, so the colours can be matched without control characters in a pattern. */
function visible(output: string): string {
  return output.replaceAll('\u001b', '␛');
}

const EXTRACT = `node ${CLI} extract "$RK_FILE" "$RK_HOSTILE"`;

describe('extract in a terminal', () => {
  it('prints each document with its findings: severity, rule, message and s. · section · «quote», in Swedish', async () => {
    const shown = await inTerminal(EXTRACT, { RK_FILE: PLANTED_PDF, RK_HOSTILE: hostile });
    expect(shown).not.toMatch(/^\{"schemaVersion"/m);
    expect(shown).toContain(`${PLANTED_PDF}\u001b[0m (slutrapport, `);
    expect(visible(shown)).toMatch(
      / {2}␛\[31mfel\s*␛\[0m {2}␛\[2moutcome-total-mismatch␛\[0m {2}Utfallsraderna summerar till 1\u00a0296\u00a0950\u00a0kr men Summa-raden anger/,
    );
    expect(shown).toMatch(/^ +s\. \d+ · 7\.2 · «Summa [^»]*1 196 950»$/m);
    expect(visible(shown)).toMatch(/␛\[33mvarning␛\[0m {2}␛\[2mlate-report␛\[0m {2}Inkom 2022-12-05/);
    expect(shown).toMatch(/rapportkoll: 2 dokument: 2 ok, 0 misslyckades; \d+ avvikelser/);
  }, 120_000);

  it('shows a hostile file name escaped: no escape sequence or line break of it reaches the terminal', async () => {
    const shown = await inTerminal(EXTRACT, { RK_FILE: PLANTED_PDF, RK_HOSTILE: hostile });
    expect(shown).toContain('rapport \\u{001b}[2J\\u{001b}]0;pwned\\u{0007}\\nrapportkoll: 0 fel.docx');
    expect(shown).not.toContain('\u001b[2J');
    expect(shown).not.toContain('\u001b]0;');
    expect(shown).not.toContain('\u0007');
    expect(shown).not.toMatch(/^rapportkoll: 0 fel\.docx/m);
  }, 120_000);

  it('--format jsonl in a terminal gives JSON Lines; --lang en the summary in English', async () => {
    const jsonl = await inTerminal(`node ${CLI} extract --format jsonl --quiet "$RK_FILE"`, { RK_FILE: PLANTED_PDF });
    expect(parseResults(jsonl)).toHaveLength(1);
    const english = await inTerminal(`node ${CLI} extract --lang en --quiet "$RK_FILE"`, { RK_FILE: PLANTED_PDF });
    expect(visible(english)).toMatch(/␛\[31merror\s*␛\[0m {2}␛\[2moutcome-total-mismatch␛\[0m {2}Utfall rows add up to 1 296 950 kr/);
    expect(english).toMatch(/^ +p\. \d+ · 7\.2 · «Summa/m);
  }, 120_000);
});

describe('extract piped', () => {
  it('writes JSON Lines by default, and the summary with --format text, without colours', async () => {
    const piped = await runCli(['extract', '--quiet', PLANTED_PDF]);
    expect(parseResults(piped.stdout)).toHaveLength(1);
    const text = await runCli(['extract', '--quiet', '--format', 'text', PLANTED_PDF, hostile]);
    expect(text.code).toBe(0);
    expect(text.stdout).not.toContain('\u001b');
    expect(text.stdout).toMatch(/^ {2}fel +outcome-total-mismatch {2}Utfallsraderna summerar till/m);
    expect(text.stdout).toContain('\\u{001b}[2J');
  }, 120_000);
});
