import type { Block, ReaderMessage } from '../../model.js';
import type { MammothNode } from './mammoth/tree.js';

/** mammoth warns about how images would display in a browser; we never display images. */
const IRRELEVANT = [/unlikely to display in web browsers/i, /external image/i];

/** mammoth's warnings, each once (with a count when repeated), minus those about HTML output. */
export function mammothMessages(warnings: string[]): ReaderMessage[] {
  const counts = new Map<string, number>();
  for (const warning of warnings) {
    if (IRRELEVANT.some((pattern) => pattern.test(warning))) continue;
    counts.set(warning, (counts.get(warning) ?? 0) + 1);
  }
  return [...counts].map(([message, count]) => ({
    code: 'docx-conversion',
    type: 'warning',
    wording: {
      sv: count > 1 ? `${mammothInSwedish(message)} (${count} gånger)` : mammothInSwedish(message),
      en: count > 1 ? `${message} (${count} times)` : message,
    },
    position: null,
  }));
}

/**
 * mammoth's notes it is known to give, said in Swedish with what they name kept as written; any
 * other note is quoted in mammoth's own (English) words after a Swedish lead.
 */
const MAMMOTH_SWEDISH: ReadonlyArray<[RegExp, (...parts: string[]) => string]> = [
  [/^Unrecognised (paragraph|run|table) style: (.*)$/s, (kind, rest) => `Okänd ${STYLE_KIND[kind ?? ''] ?? 'format'}mall: ${rest ?? ''}`],
  [
    /^(paragraph|run|table|numbering) style with ID (.*) was referenced but not defined in the document$/s,
    (kind, id) => `${capitalised(STYLE_KIND[kind ?? ''] ?? 'format')}mallen med id ${id ?? ''} används men finns inte i dokumentet`,
  ],
  [/^An unrecognised element was ignored: (.*)$/s, (name) => `Ett okänt element hoppades över: ${name ?? ''}`],
  [/^Unsupported break type: (.*)$/s, (type) => `Okänd sorts brytning hoppades över: ${type ?? ''}`],
  [/^A w:sym element with an unsupported character was ignored: (.*)$/s, (what) => `Ett symboltecken som inte stöds hoppades över: ${what ?? ''}`],
  [/^unexpected non-(row|cell) element in table.*cell merging may be incorrect$/s, () => 'Oväntat innehåll i en tabell; sammanslagna celler kan ha lästs fel'],
  [/^Ignoring complex field (end|separator) character without corresponding start character$/s, () => 'Ett fältslut utan fältbörjan hoppades över'],
];

const STYLE_KIND: Record<string, string> = { paragraph: 'stycke', run: 'tecken', table: 'tabell', numbering: 'numrerings' };

function capitalised(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

function mammothInSwedish(message: string): string {
  for (const [pattern, say] of MAMMOTH_SWEDISH) {
    const match = pattern.exec(message);
    if (match) return say(...match.slice(1));
  }
  return `Word-läsaren (mammoth) noterade: ${message}`;
}

/** The kinds of outside links a package has ("image", "hyperlink", …), as people call them. */
const TARGET_KIND: Record<string, { sv: [string, string]; en: [string, string] }> = {
  image: { sv: ['bild', 'bilder'], en: ['image', 'images'] },
  hyperlink: { sv: ['länk', 'länkar'], en: ['hyperlink', 'hyperlinks'] },
  attachedTemplate: { sv: ['bifogad mall', 'bifogade mallar'], en: ['attachedTemplate', 'attachedTemplates'] },
  oleObject: { sv: ['inbäddat objekt', 'inbäddade objekt'], en: ['oleObject', 'oleObjects'] },
  subDocument: { sv: ['underdokument', 'underdokument'], en: ['subDocument', 'subDocuments'] },
  frame: { sv: ['ram', 'ramar'], en: ['frame', 'frames'] },
};

function targetCount(kind: string, count: number, lang: 'sv' | 'en'): string {
  const words = TARGET_KIND[kind]?.[lang] ?? (lang === 'sv' ? [`länk av typen ${kind}`, `länkar av typen ${kind}`] : [kind, `${kind}s`]);
  return `${count} ${count === 1 ? words[0] : words[1]}`;
}

/** One note that the package points outside itself, and that we did not follow. */
export function externalTargetsMessage(counts: Map<string, number>): ReaderMessage | undefined {
  if (counts.size === 0) return undefined;
  const sorted = [...counts].sort(([a], [b]) => a.localeCompare(b));
  const listed = (lang: 'sv' | 'en'): string => sorted.map(([kind, count]) => targetCount(kind, count, lang)).join(', ');
  return {
    code: 'external-references',
    type: 'info',
    wording: {
      sv: `Hänvisningar utanför dokumentet hoppades över och hämtades aldrig (${listed('sv')})`,
      en: `External references were ignored and never fetched (${listed('en')})`,
    },
    position: null,
  };
}

/** Fewer characters than this beside pictures: the document is its pictures (a pasted scan). */
const MIN_TEXT_BESIDE_PICTURES = 40;

function countImages(nodes: readonly MammothNode[]): number {
  let count = 0;
  for (const node of nodes) {
    if (node.type === 'image') count++;
    if ('children' in node && node.children) count += countImages(node.children);
  }
  return count;
}

function textLength(blocks: readonly Block[]): number {
  let length = 0;
  for (const block of blocks) {
    if (block.type === 'paragraph') length += block.text.trim().length;
    else for (const row of block.rows) for (const cell of row.cells) length += textLength(cell.blocks);
  }
  return length;
}

/** A document of pictures and (next to) no text, as when a scan is pasted into Word: its content cannot be read. */
export function imageOnlyMessage(document: MammothNode, blocks: readonly Block[]): ReaderMessage | undefined {
  const images = countImages([document]);
  if (images === 0 || textLength(blocks) >= MIN_TEXT_BESIDE_PICTURES) return undefined;
  return {
    code: 'image-only-docx',
    type: 'warning',
    wording: {
      sv: `Dokumentet är ${images === 1 ? 'en bild' : `${images} bilder`} med nästan ingen text (en inklistrad skanning?); bilder i en .docx läses inte med OCR, så innehållet saknas. Be om rapporten som text, eller spara skanningen som PDF, som läses med OCR`,
      en: `The document is ${images === 1 ? 'a picture' : `${images} pictures`} with next to no text (a pasted scan?); pictures in a .docx are not read by OCR, so its content is missing. Ask for the report as text, or save the scan as a PDF, which is OCR'd`,
    },
    position: null,
  };
}
