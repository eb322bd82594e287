#!/usr/bin/env -S node --single-threaded-gc --max-semi-space-size=1
// --single-threaded-gc: every core already runs a document's thread (--concurrency defaults to the
// number of cores), so V8's parallel and concurrent GC helpers only compete with them; without
// them a run on all cores is about a quarter faster, and one thread is as fast (npm run bench).
// --max-semi-space-size=1: the main thread only hands out documents and writes what comes back; a
// small nursery keeps a run on all cores 10–14 MB lower, under the 300 MB the bench holds it to.
import { Command, Help } from 'commander';
import { exitStatusOf } from './exit-codes.js';
import { HELP } from './help-texts.js';
import { packageVersion } from './package-version.js';
import { COMMANDER_TEXT, commanderError, helpExtrasInSwedish, helpTitle } from './texts.js';
import { langBeforeParsing, say, setUiLang, uiLang } from './ui-lang.js';

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
  // Before anything is parsed: commander's help and errors are in it too.
  setUiLang(langBeforeParsing(argv.slice(2)));
  const program = new Command('rapportkoll').description(say(HELP.program)).version(await packageVersion(), '-V, --version', say(COMMANDER_TEXT.version));
  const requested = argv[2];
  const names = requested !== undefined && requested in COMMANDS ? [requested] : Object.keys(COMMANDS);
  for (const name of names) program.addCommand(await (COMMANDS[name] ?? missing(name))());
  for (const command of [program, ...program.commands]) inLanguage(command).exitOverride();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    process.exitCode = exitStatusOf(error);
  }
}

/** commander's own words (section titles, --help, its errors) in the command line's language. */
function inLanguage(command: Command): Command {
  const lang = uiLang();
  command.helpOption('-h, --help', say(COMMANDER_TEXT.help));
  if (command.commands.length > 0) command.helpCommand('help [command]', say(COMMANDER_TEXT.help));
  command.configureHelp({
    styleTitle: (title) => helpTitle(title, lang),
    optionDescription(option) {
      const text = Help.prototype.optionDescription.call(this, option);
      return lang === 'sv' ? helpExtrasInSwedish(text) : text;
    },
    argumentDescription(argument) {
      const text = Help.prototype.argumentDescription.call(this, argument);
      return lang === 'sv' ? helpExtrasInSwedish(text) : text;
    },
  });
  command.configureOutput({ outputError: (message, write) => write(commanderError(message, lang)) });
  return command;
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
