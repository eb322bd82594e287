/**
 * Whether a word hyphenated at a line's end is one word written closed. Swedish writes a compound
 * closed ("rehabiliteringsprocess", "Samordningsförbundet", "Göteborgsregionen"); it keeps the
 * hyphen after a name or an abbreviation in its base form ("Trisam-team", "IT-stöd", "e-post") and
 * in a suspended compound ("lednings- och handläggarnivå"). A first part that ends in the joining or
 * genitive "s" is closed even when it is a name or in capitals ("Samordnings-" / "förbundet",
 * "ÅRS-" / "REDOVISNING").
 */

/** Words after which a trailing hyphen is the suspended kind: "kvinno- och mansdominerade". */
export const SUSPENDED_BEFORE = /^(?:och|eller|samt|respektive|resp\.?|som|till|men|and|or|,)(?=$|[\s,])|^,/i;

/** `stem`: the letters before the hyphen; `after`: the text the next line starts with. */
export function closedCompound(stem: string, after: string): boolean {
  if (stem.length <= 2 || SUSPENDED_BEFORE.test(after)) return false;
  if (/^\p{Ll}/u.test(after)) return /^\p{Ll}+$/u.test(stem) || /^\p{Lu}\p{Ll}+s$/u.test(stem);
  return /^\p{Lu}+S$/u.test(stem) && /^\p{Lu}{2}/u.test(after);
}
