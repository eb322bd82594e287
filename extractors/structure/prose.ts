/**
 * What in a text someone wrote as sentences, for telling its language: names and OCR debris set
 * aside. A run of capitalised words ("Rune Peterson", "Samordningsförbundet Norra Bohuslän",
 * "Västra Götalandsregionen Bollebygds kommun") is a name whatever the language around it, and
 * "iariTyr kn_ 1_6 \\2-" is a scanner's misreading.
 */

/** A word as written: letters with inner hyphens or apostrophes, maybe a trailing stop or comma. */
const CAPITALISED = /^[("'«]?\p{Lu}[\p{L}'’-]*[.,:;)"»]?$/u;

/** An e-mail address or a web address: no words of any language. */
const ADDRESS = /@|^(?:https?:\/\/|www\.)/iu;

/** A token an OCR engine made up: a capital inside a lower-case word, letters glued to digits or odd marks. */
export function isNoiseToken(token: string): boolean {
  const word = token.replace(/^[("'«\-–]+|[.,:;!?)"»\-–]+$/gu, '');
  if (word === '' || ADDRESS.test(word)) return false;
  if (/[_\\|{}<>~^=*#$]/u.test(word)) return true;
  if (!/\p{L}/u.test(word)) return false;
  // "iariTyr"; not "FoU", "SoL" or "SAMÖÖ".
  if (/\p{Ll}{2}\p{Lu}\p{Ll}/u.test(word)) return true;
  // "1_6", "F'INGS2"; not "2a", "B12", "4-åringar", "1:a".
  return /\d/u.test(word) && !/^\d+(?:[-–:]\p{L}+|\p{L})$/u.test(word) && !/^\p{L}{1,3}-?\d{1,4}$/u.test(word);
}

export interface ProseReading {
  /** The text without names and noise, words joined by single spaces. */
  prose: string;
  words: number;
  nameWords: number;
  noiseWords: number;
}

/** A lower-case word, with a trailing stop or comma: most of any running text, and never a name or noise. */
const PLAIN_WORD = /^\p{Ll}[\p{Ll}'’-]*[.,:;!?)"»]?$/u;
const HAS_LETTER = /\p{L}/u;

/** The sentences' own words of `text`: runs of two or more capitalised words and OCR noise left out. */
export function readProse(text: string): ProseReading {
  const tokens = text.split(/\s+/);
  const kept: string[] = [];
  let words = 0;
  let nameWords = 0;
  let noiseWords = 0;
  /** The capitalised words read since the last other word. */
  let run: string[] = [];
  const closeRun = (): void => {
    if (run.length >= 2) nameWords += run.length;
    else if (run.length === 1) kept.push(run[0] ?? '');
    run = [];
  };
  for (const token of tokens) {
    if (token === '') continue;
    if (PLAIN_WORD.test(token)) {
      closeRun();
      kept.push(token);
      words++;
      continue;
    }
    if (ADDRESS.test(token)) {
      closeRun();
      continue;
    }
    if (isNoiseToken(token)) {
      closeRun();
      noiseWords++;
      continue;
    }
    if (CAPITALISED.test(token)) {
      run.push(token);
      words++;
      // A name ends at its comma or stop ("Peterson, ordförande").
      if (/[.,;:)]$/u.test(token)) closeRun();
      continue;
    }
    closeRun();
    kept.push(token);
    if (HAS_LETTER.test(token)) words++;
  }
  closeRun();
  return { prose: kept.join(' '), words, nameWords, noiseWords };
}
