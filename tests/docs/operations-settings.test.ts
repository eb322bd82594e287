import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CONFIG_FILE_ENV, LANG_ENV, LIMIT_ENV, OCR_MODE_ENV } from '../../cli/load-config.js';
import { OcrSettings } from '../../schemas/config.js';
import { QUEUE_CONFIG_ENV, QUEUE_CONFIG_FILE, type QueueConfig } from '../../schemas/queue-config.js';

const operations = readFileSync(new URL('../../docs/operations.md', import.meta.url), 'utf8');
/** The rows of the "Every setting" table: file key, env, flag, default, note. */
const rows = operations
  .slice(operations.indexOf('### Every setting'))
  .split('\n')
  .filter((line) => line.startsWith('| `') || line.startsWith('| |'))
  .map((line) =>
    line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim()),
  );

describe('docs/operations.md lists every setting once, with its file key, variable and flag', () => {
  it.each(Object.keys(QUEUE_CONFIG_ENV) as Array<keyof QueueConfig>)('%s', (field) => {
    const fileKey = `\`${QUEUE_CONFIG_FILE[field].join('.')}\``;
    const row = rows.find((cells) => cells[0] === fileKey);
    expect(row, `a row for ${fileKey}`).toBeDefined();
    expect(row?.[1]).toBe(`\`${QUEUE_CONFIG_ENV[field]}\``);
  });

  it('every limit with an environment variable, and the configuration file variable', () => {
    for (const [limit, envName] of Object.entries(LIMIT_ENV)) expect(rows.find((cells) => cells[0] === `\`limits.${limit}\``)?.[1]).toBe(`\`${envName}\``);
    expect(rows.some((cells) => cells[1] === `\`${CONFIG_FILE_ENV}\``)).toBe(true);
  });

  it('the language of messages, with its variable and flag', () => {
    expect(rows.find((cells) => cells[0] === '`lang`')?.slice(1, 4)).toEqual([`\`${LANG_ENV}\``, '`--lang` (every command)', '`sv`']);
  });

  it('states the precedence order', () => {
    expect(operations).toContain(
      'a command-line flag wins over the environment variable, which wins over the configuration\nfile, which wins over the default',
    );
  });
});

describe('docs/operations.md lists the OCR settings', () => {
  it('every key of ocr, and its variable and flag for the mode', () => {
    for (const key of Object.keys(OcrSettings.shape))
      expect(
        rows.find((cells) => cells[0] === `\`ocr.${key}\``),
        `a row for ocr.${key}`,
      ).toBeDefined();
    expect(rows.find((cells) => cells[0] === '`ocr.mode`')?.slice(1, 3)).toEqual([`\`${OCR_MODE_ENV}\``, '`--ocr` (extract, watch, worker)']);
  });
});
