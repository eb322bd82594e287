import { writeSync } from 'node:fs';
import { printable } from '../pipeline/support/printable.js';

/**
 * The log as a person reads it in a terminal (pino-pretty style): one line per entry with the
 * local time in Europe/Stockholm, whatever the machine's time zone, the level, the message and
 * the entry's key fields as key=value. Everything comes through printable(): a file name with a
 * line break or an escape sequence in it is shown escaped, never acted on by the terminal.
 * Off a terminal the log stays pino's JSON lines, for journald and log shippers.
 */

const STOCKHOLM = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hour12: false,
});

const LEVELS: Record<number, { label: string; colour: string }> = {
  10: { label: 'TRACE', colour: '90' },
  20: { label: 'DEBUG', colour: '36' },
  30: { label: 'INFO', colour: '32' },
  40: { label: 'WARN', colour: '33' },
  50: { label: 'ERROR', colour: '31' },
  60: { label: 'FATAL', colour: '41' },
};

/** Fields every entry has, or that the line shows in its own place. */
const SHOWN_APART = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'name', 'v', 'event']);
/** A field's value longer than this is cut: the line is a summary, the JSON log has it all. */
const MAX_VALUE = 200;

/** "2026-12-04 20:14:45": an epoch-millisecond time as a wall clock in Stockholm. */
export function stockholmTime(epochMs: number): string {
  return STOCKHOLM.format(new Date(epochMs));
}

/** One pino JSON line as a readable line (with its own line break). */
export function prettyLine(json: string, color: boolean): string {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(json) as Record<string, unknown>;
  } catch {
    return `${printable(json.trimEnd())}\n`;
  }
  const level = LEVELS[typeof entry.level === 'number' ? entry.level : 30] ?? { label: String(entry.level), colour: '0' };
  const label = level.label.padEnd(5);
  const time = typeof entry.time === 'number' ? stockholmTime(entry.time) : '';
  const fields = Object.entries(entry)
    .filter(([key]) => !SHOWN_APART.has(key))
    .map(([key, value]) => `${key}=${printable(fieldText(key, value))}`);
  const message = printable(typeof entry.msg === 'string' ? entry.msg : '');
  const name = typeof entry.name === 'string' ? `${printable(entry.name)}: ` : '';
  const coloured = color ? `\u001b[${level.colour}m${label}\u001b[0m` : label;
  return `${time} ${coloured} ${name}${message}${fields.length > 0 ? `  ${fields.join(' ')}` : ''}\n`;
}

/** A field as one short text: an error by its message, an alert by what and which document, else JSON. */
function fieldText(key: string, value: unknown): string {
  if (typeof value === 'string') return cut(value.includes(' ') ? JSON.stringify(value) : value);
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    if (key === 'err' && typeof record.message === 'string') return cut(JSON.stringify(record.message));
    if (key === 'alert' && typeof record.type === 'string') {
      const document = record.document as { path?: unknown } | undefined;
      const findings = Array.isArray(record.findings) ? record.findings.length : 0;
      return cut(JSON.stringify({ type: record.type, severity: record.severity, findings, path: document?.path }));
    }
  }
  return cut(JSON.stringify(value) ?? String(value));
}

function cut(text: string): string {
  return text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text;
}

/** A pino destination writing readable lines to a file descriptor (stderr), synchronously as pino's own does. */
export function prettyDestination(fd: number, color: boolean): { write(line: string): void } {
  return {
    write(chunk: string) {
      for (const line of chunk.split('\n')) if (line.trim() !== '') writeSync(fd, prettyLine(line, color));
    },
  };
}
