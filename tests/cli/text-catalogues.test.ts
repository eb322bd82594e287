/**
 * The catalogues of texts for people outside the rules (cli/help-texts.ts, cli/texts.ts,
 * workers/texts.ts): every entry has both languages with the same placeholders, filled it leaves
 * none behind, and the Swedish has no English left in it. The log's messages come only from the
 * workers' catalogue: a logger call with English words of its own fails here.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { HELP } from '../../cli/help-texts.js';
import { COMMANDER_TEXT, commanderError, TEXT } from '../../cli/texts.js';
import type { Wording } from '../../schemas/config.js';
import { fillText, isLogEvent, LOG_TEXT, SERVICE_TEXT } from '../../workers/texts.js';
import { wordingProblems } from '../rules/support/messages.js';
import { ROOT } from './support/run-cli.js';

/** Every wording in a catalogue, named by its path. */
function wordings(catalogue: object, prefix: string): Array<[string, Wording]> {
  return Object.entries(catalogue).flatMap(([key, value]: [string, unknown]) => {
    const name = `${prefix}.${key}`;
    if (value !== null && typeof value === 'object' && 'sv' in value && 'en' in value) return [[name, value as Wording]];
    return value !== null && typeof value === 'object' ? wordings(value, name) : [];
  });
}

const ALL = [
  ...wordings(HELP, 'HELP'),
  ...wordings(TEXT, 'TEXT'),
  ...wordings(COMMANDER_TEXT, 'COMMANDER_TEXT'),
  ...wordings(LOG_TEXT, 'LOG_TEXT'),
  ...wordings(SERVICE_TEXT, 'SERVICE_TEXT'),
];

/** The same text in both languages on purpose: a number and a unit, an "ok". */
const SAME_IN_BOTH = new Set(['TEXT.healthy', 'TEXT.waitingFor']);

function placeholders(text: string): string[] {
  return [...text.matchAll(/\{([\w.]+)\}/g)].map((match) => match[1] ?? '').sort();
}

/** Every placeholder filled with a sample value (nested names through an object). */
function sampleData(names: string[]): Record<string, unknown> {
  const data: Record<string, unknown> = {};
  for (const name of names) {
    const keys = name.split('.');
    let at = data;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) at[key] = 7;
      else at = (at[key] ??= {}) as Record<string, unknown>;
    });
  }
  return data;
}

describe('text catalogues', () => {
  it('hold entries', () => {
    expect(ALL.length).toBeGreaterThan(100);
  });

  it.each(ALL)('%s: both languages, the same placeholders, all filled, no English in the Swedish', (name, wording) => {
    expect(placeholders(wording.sv)).toEqual(placeholders(wording.en));
    const data = sampleData(placeholders(wording.en));
    for (const lang of ['sv', 'en'] as const) {
      const filled = fillText(wording, lang, data);
      expect(placeholders(filled), filled).toEqual([]);
      expect(wordingProblems(filled, lang), filled).toEqual([]);
    }
    if (!SAME_IN_BOTH.has(name)) expect(wording.sv).not.toBe(wording.en);
  });

  it("commander's errors in Swedish keep what they name", () => {
    expect(commanderError("error: unknown option '--formt'\n(Did you mean --format?)", 'sv')).toBe("fel: okänd flagga '--formt'\n(Menade du --format?)");
    expect(commanderError("error: too many arguments for 'status'. Expected 0 arguments but got 1.", 'sv')).toBe(
      "fel: för många argument till 'status'. Väntade 0 men fick 1.",
    );
    expect(commanderError("error: unknown option '--x'", 'en')).toBe("error: unknown option '--x'");
  });
});

/** Every .ts file under a folder. */
async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(join(ROOT, folder), { recursive: true, withFileTypes: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name));
}

/** The text of a call's arguments, from just after its "(" to its matching ")". */
function argumentsAt(text: string, start: number): string {
  let depth = 1;
  let quote: string | null = null;
  for (let index = start; index < text.length; index++) {
    const char = text[index];
    if (quote) {
      if (char === '\\') index++;
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"' || char === '`') quote = char;
    else if (char === '(') depth++;
    else if (char === ')' && --depth === 0) return text.slice(start, index);
  }
  return text.slice(start);
}

describe('log messages', () => {
  it("every logger call in workers/ and cli/ names an event of the workers' catalogue, never words of its own", async () => {
    const calls: string[] = [];
    for (const file of [...(await sources('workers')), ...(await sources('cli'))]) {
      const text = await readFile(file, 'utf8');
      // logger.info(…, 'event') / this.logger[level](…, 'event'): the last argument of the call.
      for (const match of text.matchAll(/logger(?:\.(?:info|warn|error|debug|fatal|trace)|\[\w+\])\(/g)) {
        const args = argumentsAt(text, (match.index ?? 0) + match[0].length);
        const message = /'([^']*)'\s*,?\s*$/.exec(args)?.[1];
        calls.push(`${file.slice(ROOT.length)}: ${message ?? '(no literal message)'}`);
        expect(isLogEvent(message), `${file}: ${args.slice(0, 160)}`).toBe(true);
      }
    }
    expect(calls.length).toBeGreaterThan(40);
  });
});
