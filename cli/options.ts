import { InvalidArgumentError } from 'commander';

/** A flag's whole number of 1 or more; anything else is a usage error naming the option. */
export function positiveInteger(value: string): number {
  const number = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(number) || number < 1) throw new InvalidArgumentError('expected a whole number of 1 or more.');
  return number;
}
