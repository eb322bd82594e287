import { describe, expect, it } from 'vitest';
import { peopleText } from '../../pipeline/html/report-page.js';
import { PAGE_WORDS } from '../../pipeline/html/words.js';

type Count = Parameters<typeof peopleText>[0];
const count = (total: number | null, women: number | null, men: number | null, approximate?: true): Count => ({
  total,
  women,
  men,
  text: 'deltagare enligt rapporten',
  ...(approximate ? { approximate } : {}),
});

describe('peopleText: participants in the summary of a report page', () => {
  it.each<[string, Count, 'sv' | 'en', string]>([
    ['a stated total and its split', count(56, 25, 31), 'sv', '56 (25 kvinnor, 31 män)'],
    ['a total alone', count(147, null, null), 'sv', '147'],
    ['a number the report qualifies ("drygt 320") is about that many', count(320, null, null, true), 'sv', 'ca 320'],
    ['an approximate total with a split that adds up', count(100, 60, 40, true), 'sv', 'ca 100 (60 kvinnor, 40 män)'],
    ['in English', count(883, null, null, true), 'en', 'about 883'],
    ['no total: the split', count(null, 12, null), 'sv', '12 kvinnor'],
    ['no figure at all: the words as written', count(null, null, null), 'sv', 'deltagare enligt rapporten'],
  ])('%s', (_, value, lang, expected) => {
    expect(peopleText(value, PAGE_WORDS[lang])).toBe(expected);
  });
});
