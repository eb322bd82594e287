import { normalizeForMatch } from '../text/index.js';

/**
 * Which appendix interventions a sentence speaks of: one it names in full ("Insatsen Steget
 * vidare – Härnösand …"), or a family several of them share the first words of ("Insatserna
 * Ett Hållbart arbetsliv …" → the three "Ett hållbart arbetsliv - …" blocks; "Trisam-team" →
 * every "Trisam 2.0 …" block). A sentence that names none covers none.
 */
export function coveredBy(sentence: string, names: string[]): string[] {
  const words = ` ${normalizeForMatch(sentence)} `;
  const named = names.filter((name) => contains(words, wordsOf(name)));
  if (named.length > 0) return named;
  const families = familiesOf(names).filter((family) =>
    contains(
      words,
      family.words.filter((word) => !/\d/.test(word)),
    ),
  );
  // The longest family the sentence names is the one it means.
  const family = families.sort((a, b) => b.words.length - a.words.length)[0];
  return family ? family.members : [];
}

interface Family {
  words: string[];
  members: string[];
}

/** Names' leading words shared by two or more names: "trisam 2.0", "ett hallbart arbetsliv". */
function familiesOf(names: string[]): Family[] {
  const byPrefix = new Map<string, Family>();
  for (const name of names) {
    const words = wordsOf(name);
    for (let length = 1; length < words.length; length++) {
      const prefix = words.slice(0, length);
      // A family needs a word that says something: not "lokal", not "2.0" alone.
      if (!prefix.some((word) => word.length >= 4 && !/\d/.test(word))) continue;
      const key = prefix.join(' ');
      const family = byPrefix.get(key) ?? { words: prefix, members: [] };
      family.members.push(name);
      byPrefix.set(key, family);
    }
  }
  return [...byPrefix.values()].filter((family) => family.members.length >= 2);
}

function wordsOf(name: string): string[] {
  return normalizeForMatch(name)
    .split(' ')
    .filter((word) => word !== '');
}

function contains(haystack: string, words: string[]): boolean {
  return words.length > 0 && haystack.includes(` ${words.join(' ')} `);
}
