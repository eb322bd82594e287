import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DocumentResult } from '../../../schemas/result.js';

/** The project root: every path in these tests is relative to it, as a user would type it there. */
export const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
/** The real, compiled CLI (`npm test` builds before running the tests). */
export const CLI = 'dist/cli/main.js';

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `rapportkoll <args>` in a fresh process, as a person or a script would. */
export function runCli(args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv } = {}): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const cwd = options.cwd ?? ROOT;
    const child = spawn(process.execPath, [fileURLToPath(new URL(`../../../${CLI}`, import.meta.url)), ...args], {
      cwd,
      // The language is the command line's own unless a test sets it: no RAPPORTKOLL_LANG from outside.
      env: { ...withoutLang(process.env), ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

function withoutLang(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const { RAPPORTKOLL_LANG: _lang, ...rest } = env;
  return rest;
}

/** Every stdout line, each held to the contract. */
export function parseResults(stdout: string): DocumentResult[] {
  return stdout
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => DocumentResult.parse(JSON.parse(line)));
}

/** Runs `extract` and returns its results; fails the test on a non-zero exit. */
export async function extract(args: string[], options: { cwd?: string } = {}): Promise<{ results: DocumentResult[]; run: CliRun }> {
  const run = await runCli(['extract', ...args], options);
  if (run.code !== 0) throw new Error(`rapportkoll extract ${args.join(' ')} exited ${String(run.code)}:\n${run.stderr}`);
  return { results: parseResults(run.stdout), run };
}
