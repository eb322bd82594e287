import { describe, expect, it } from 'vitest';
import { headerRowFromLine, mayBeHeading, splitHeadingLine, wordsOfLine } from '../../extractors/parse/split-headings.js';

/** A made-up header test: the first text a label word, each other opening with Budget or Utfall. */
const opens = (word: string) => /^(?:budget|utfall|total[at]?)$/iu.test(word);
const makesHeader = ([label = '', ...headings]: string[]) => !opens(label.split(' ')[0] ?? '') && headings.every((text) => mayBeHeading(text, opens));

describe('splitHeadingLine', () => {
  it.each([
    ['a label and a heading per column', 'Kostnadsslag Budget Utfall', 2, true, ['Kostnadsslag', 'Budget', 'Utfall']],
    ['no label where it may be left out', 'Budget Utfall', 2, true, ['', 'Budget', 'Utfall']],
    ['headings of more words', 'Kostnad Budget 2021 Utfall 2021', 2, true, ['Kostnad', 'Budget 2021', 'Utfall 2021']],
    ['fewer words than columns', 'Budget Utfall', 3, true, null],
    ['a label required, none there', 'Budget Utfall', 2, false, null],
    ['a heading would end mid-phrase', 'Post Budget i Utfall', 2, true, null],
    ['of two splits, the one whose headings open with capitals', 'Post Total budget Totalt utfall', 2, true, ['Post', 'Total budget', 'Totalt utfall']],
    ['two splits, all in lower case: none guessed', 'post total budget totalt utfall', 2, true, null],
    ['one word', 'Budget', 1, true, null],
  ] as [string, string, number, boolean, string[] | null][])('%s', (_name, line, columns, labelOptional, expected) => {
    expect(splitHeadingLine(wordsOfLine(line), columns, labelOptional, makesHeader)).toEqual(expected);
  });

  it('takes tabs and runs of spaces as one', () => {
    expect(wordsOfLine(' Kostnadsslag\tBudget   Utfall ')).toEqual(['Kostnadsslag', 'Budget', 'Utfall']);
    expect(wordsOfLine('   ')).toEqual([]);
  });
});

describe('headerRowFromLine', () => {
  const rows = [
    ['Personal', '800', '', '790', 'vakans'],
    ['Lokaler', '200', '', '210', ''],
  ];
  const options = { isFigure: (text: string) => /^\d+$/u.test(text), labelOptional: true, minFigures: 2, accepts: makesHeader };

  it('sets each heading over its figure column, blanks over the others', () => {
    expect(headerRowFromLine('Post Budget Utfall', rows, options)).toEqual(['Post', 'Budget', '', 'Utfall', '']);
  });

  it('gives none for fewer figure columns than it needs, or a line that does not split', () => {
    expect(headerRowFromLine('Post Budget Utfall', rows, { ...options, minFigures: 3 })).toBeNull();
    expect(headerRowFromLine('Post Budget i Utfall', rows, options)).toBeNull();
  });

  it('hands the header row it would make to the test', () => {
    expect(headerRowFromLine('Post Budget Utfall', rows, { ...options, accepts: (_texts, header) => header[2] !== '' })).toBeNull();
  });
});
