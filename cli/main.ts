#!/usr/bin/env -S node --single-threaded-gc
// --single-threaded-gc: every core already runs a document's thread (--concurrency defaults to the
// number of cores), so V8's parallel and concurrent GC helpers only compete with them; without
// them a run on all cores is about a quarter faster, and one thread is as fast (npm run bench).
import { Command } from 'commander';
import { exitStatusOf } from './exit-codes.js';
import { packageVersion } from './package-version.js';

/**
 * Every command, loaded only when asked for: `extract` should not pay for loading the queue's
 * Redis client, nor the queue commands for pdfjs.
 */
const COMMANDS: Record<string, () => Promise<Command>> = {
  extract: async () => (await import('./commands/extract.js')).extractCommand(),
  watch: async () => (await import('./commands/watch.js')).watchCommand(),
  worker: async () => (await import('./commands/worker.js')).workerCommand(),
  enqueue: async () => (await import('./commands/enqueue.js')).enqueueCommand(),
  status: async () => (await import('./commands/status.js')).statusCommand(),
  reconcile: async () => (await import('./commands/reconcile.js')).reconcileCommand(),
  reprocess: async () => (await import('./commands/reprocess.js')).reprocessCommand(),
};

async function main(argv: string[]): Promise<void> {
  const program = new Command('rapportkoll')
    .description('Extracts validated records from Swedish samordningsförbund reports and flags what does not add up.')
    .version(await packageVersion());
  const requested = argv[2];
  const names = requested !== undefined && requested in COMMANDS ? [requested] : Object.keys(COMMANDS);
  for (const name of names) program.addCommand(await (COMMANDS[name] ?? missing(name))());
  for (const command of [program, ...program.commands]) command.exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = exitStatusOf(error);
  }
}

function missing(name: string): never {
  throw new Error(`unknown command ${name}`);
}

// A reader of our stdout that goes away (`| head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

await main(process.argv);
