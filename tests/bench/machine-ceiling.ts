/**
 * What the machine itself allows two cores to gain on work like a document's: a loop that allocates
 * short-lived objects and strings the way reading a document does, with nothing shared, run in one
 * process and then in one process per core at once (the CLI's node flags, so its GC is the same).
 * On a VM whose cores share their memory path with other guests this is well under the cores'
 * number, and no change to rapportkoll's threads can beat it; the bulk bench prints it beside its
 * own speed-up.
 */
import { spawn } from 'node:child_process';
import { cliNodeFlags } from './measurement.js';

/** About two seconds of allocation on one core of this machine. */
const ALLOCATION_LOOP = `
let keep = [];
for (let i = 0; i < 2e7; i++) {
  keep.push({ index: i, text: 'rad ' + (i % 997) });
  if (keep.length > 2e5) keep = [];
}
`;

function runLoop(): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...cliNodeFlags(), '-e', ALLOCATION_LOOP], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`the allocation loop exited ${String(code)}`))));
  });
}

async function timed(processes: number): Promise<number> {
  const started = performance.now();
  await Promise.all(Array.from({ length: processes }, () => runLoop()));
  return performance.now() - started;
}

/** How many times the one-process rate `cores` processes at once reach: the best of three rounds each. */
export async function allocationSpeedUp(cores: number): Promise<number> {
  let one = Infinity;
  let all = Infinity;
  for (let round = 0; round < 3; round++) {
    one = Math.min(one, await timed(1));
    all = Math.min(all, await timed(cores));
  }
  return (cores * one) / all;
}
