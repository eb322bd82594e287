import { InvalidArgumentError, Option } from 'commander';
import { HELP } from './help-texts.js';
import { TEXT } from './texts.js';
import { say } from './ui-lang.js';

/** A flag's whole number of 1 or more; anything else is a usage error naming the option. */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError(say(TEXT.wholeNumber));
  return number;
}

/** --ocr, the same on extract, watch and worker (ocr.mode; env RAPPORTKOLL_OCR). */
export function ocrOption(): Option {
  return new Option('--ocr <mode>', say(HELP.extract.ocr)).choices(['auto', 'off', 'always']);
}
