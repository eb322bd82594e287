import { existsSync, readFileSync } from 'node:fs';
import { z } from 'zod';
import { Lang, type Wording } from '../schemas/config.js';

/**
 * The language of everything the command line says to people — help, usage and configuration
 * errors, summaries, status tables — chosen once per process before the command line is parsed
 * (commander's help and errors come before any option is read): --lang, else $RAPPORTKOLL_LANG,
 * else the configuration file's "lang", else Swedish. loadConfig sets it again once the
 * configuration is read, with the same precedence.
 */

/** The language of every text for people (findings, advice, summaries, alerts): flag --lang, else this, else the file's `lang`, else Swedish. */
export const LANG_ENV = 'RAPPORTKOLL_LANG';
/** Names the configuration file when --config is not given (a service's unit sets it). */
export const CONFIG_FILE_ENV = 'RAPPORTKOLL_CONFIG';
/** Looked for in the working folder when --config is not given. */
export const DEFAULT_CONFIG_FILE = 'rapportkoll.config.json';

let current: Lang = 'sv';

/** The language the command line speaks in now. */
export function uiLang(): Lang {
  return current;
}

/** Chooses the language; zod's own messages (in configuration errors) follow it. */
export function setUiLang(lang: Lang): void {
  current = lang;
  z.config(lang === 'sv' ? z.locales.sv() : z.locales.en());
}

/** A text in the command line's language. */
export function say(wording: Wording): string {
  return wording[current];
}

/** The value of `--name value` or `--name=value` in argv, the last one given; undefined when absent. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  let value: string | undefined;
  argv.forEach((arg, index) => {
    if (arg === name) value = argv[index + 1];
    else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
  });
  return value;
}

/**
 * The language asked for, read from argv, the environment and the configuration file before
 * commander parses anything. A value that is not sv or en is left for the parser (or loadConfig)
 * to refuse, in the language of the next source.
 */
export function langBeforeParsing(argv: readonly string[], env: NodeJS.ProcessEnv = process.env): Lang {
  const file = optionValue(argv, '--config') ?? (env[CONFIG_FILE_ENV]?.trim() || (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined));
  return langOfSources(optionValue(argv, '--lang'), file, env);
}

/** The flag, else the environment, else the file's "lang" (read leniently), else Swedish; values that are not sv or en are passed over. */
export function langOfSources(flagValue: string | undefined, file: string | undefined, env: NodeJS.ProcessEnv): Lang {
  const flag = Lang.safeParse(flagValue);
  if (flag.success) return flag.data;
  const fromEnv = Lang.safeParse(env[LANG_ENV]?.trim().toLowerCase());
  if (fromEnv.success) return fromEnv.data;
  if (file) {
    try {
      const fromFile = Lang.safeParse((JSON.parse(readFileSync(file, 'utf8')) as { lang?: unknown }).lang);
      if (fromFile.success) return fromFile.data;
    } catch {
      // A missing or broken file is reported when the configuration is read.
    }
  }
  return 'sv';
}
