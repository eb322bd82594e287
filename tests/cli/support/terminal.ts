import { spawn } from 'node:child_process';
import { ROOT } from './run-cli.js';

/**
 * Runs a command in a real pseudo-terminal (util-linux `script`), so the program sees stdout and
 * stderr as a terminal exactly as a person's shell would give them. `env` reaches the command;
 * file names travel in it rather than through the shell's quoting. Returns all the terminal showed.
 */
export function inTerminal(
  command: string,
  env: Record<string, string> = {},
  options: { stopWhen?: (output: string) => boolean; timeoutMs?: number } = {},
): Promise<string> {
  return new Promise((resolve, reject) => {
    const childEnv: NodeJS.ProcessEnv = { ...process.env, ...env, TERM: 'xterm', COLUMNS: '120' };
    delete childEnv.NO_COLOR;
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT, env: childEnv, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let output = '';
    let stopped = false;
    const stop = (): void => {
      if (stopped || child.pid === undefined) return;
      stopped = true;
      // The process group this test started: script and the command under it.
      process.kill(-child.pid, 'SIGTERM');
    };
    const timer = setTimeout(stop, options.timeoutMs ?? 100_000);
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      output += chunk;
      if (options.stopWhen?.(output)) stop();
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
    child.on('error', reject);
    child.on('close', () => {
      clearTimeout(timer);
      resolve(output.replace(/\r\n/g, '\n'));
    });
  });
}
