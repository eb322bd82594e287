/**
 * What a real transcript or layout commonly does to a report's text, as changes to a corpus
 * opening (fixtures/corpus/<set>/<id>.txt): none of them changes what the document is, whom it is
 * from or which year it covers. Each is pure and deterministic; a change that finds nothing to
 * change in a text (no name to break, no kind word to misspell) says so by returning null.
 */
import { writeFile } from 'node:fs/promises';
import { join as joinPath } from 'node:path';
import type { CorpusDocument } from '../../../fixtures/build/corpus/expected.js';
import { buildDocx } from '../../../fixtures/build/docx/index.js';
import { corpusDocx, corpusPdfkit, corpusPdfLib, paragraphsOf } from '../../../fixtures/build/corpus/render.js';
import { Flow } from '../../../fixtures/build/pdf/flow.js';
import { PdfkitCanvas } from '../../../fixtures/build/pdf/pdfkit-canvas.js';
import { processFile } from '../../../pipeline/process-file.js';
import type { PipelineConfig } from '../../../schemas/config.js';
import { expectedIdentity, type Field, identityOf, type Identity, sameValue } from '../../accuracy/compare.js';

/** What a perturbed document is drawn as: a .docx, or a PDF by pdfkit or pdf-lib, optionally with running furniture. */
export type Rendering = 'docx' | 'pdfkit' | 'pdf-lib' | 'pdfkit-furniture';

export interface Perturbed {
  text: string;
  rendering: Rendering;
}

export interface Perturbation {
  name: string;
  /** The changed text and how it is drawn; null when the text holds nothing this change applies to. */
  apply(transcript: string, organisation: string | null, format: 'docx' | 'pdf'): Perturbed | null;
}

const join = (paragraphs: string[]): string => paragraphs.join('\n\n');
const asFormat = (format: 'docx' | 'pdf'): Rendering => (format === 'docx' ? 'docx' : 'pdfkit');

/** The words that say what kind of document it is, and the parts a cover or table of contents names. */
const KIND_WORDS =
  /(?<![\p{L}])(?:årsredovisning|delårsrapport|delårsbokslut|delårsavstämning|slutrapport|slutredovisning|verksamhetsberättelse|förvaltningsberättelse|innehållsförteckning|utvärdering|resultaträkning|balansräkning)(?:en)?(?![\p{L}])/giu;

/** A cover's or a table of contents' paragraph is a few words; running text is longer. */
const COVER_PARAGRAPH_WORDS = 40;
/** docplayer's list of other documents, appended after the document: never part of its cover. */
const OTHER_DOCUMENTS = /^\s*Relevanta dokument\b/u;

/**
 * A transcript runs the cover and the table of contents together, and into the first page's text:
 * the opening's short paragraphs and the first paragraph of running text become one, their lines one line.
 */
const runTogether: Perturbation = {
  name: 'cover and contents in one paragraph',
  apply(transcript, _organisation, format) {
    const paragraphs = paragraphsOf(transcript);
    let count = 0;
    while (count < paragraphs.length && !OTHER_DOCUMENTS.test(paragraphs[count] ?? '')) {
      count++;
      if ((paragraphs[count - 1] ?? '').split(/\s+/u).length >= COVER_PARAGRAPH_WORDS) break;
    }
    if (count < 2) return null;
    const opening = paragraphs
      .slice(0, count)
      .map((paragraph) => paragraph.replace(/\s+/gu, ' ').trim())
      .join(' ');
    return { text: join([opening, ...paragraphs.slice(count)]), rendering: asFormat(format) };
  },
};

/** How a page's number is written: docplayer's "2", "2(26)", a template's "Sida 2 av 26", a form's "Sid 2 (26)". */
const PAGE_MARKS: ((page: number, pages: number) => string)[] = [
  (page) => `${page}`,
  (page, pages) => `${page} ${page}(${pages})`,
  (page, pages) => `Sida ${page} av ${pages}`,
  (page, pages) => `Sid ${page} (${pages})`,
];

/** docplayer glues each page's number before its first words: "1 1(26) ÅRSREDOVISNING", "2 Org.nr …", "Sida 3 av 9 Förvaltningsberättelse …". */
const pageNumbersGlued: Perturbation = {
  name: 'page numbers glued to paragraphs',
  apply(transcript, _organisation, format) {
    const paragraphs = paragraphsOf(transcript);
    const pages = Math.max(2, Math.ceil(paragraphs.length / 2));
    const glued = paragraphs.map((paragraph, index) => {
      if (index % 2 === 1) return paragraph;
      const page = index / 2 + 1;
      const mark = PAGE_MARKS[page % PAGE_MARKS.length] as (page: number, pages: number) => string;
      return `${mark(page, pages)} ${paragraph}`;
    });
    return { text: join(glued), rendering: asFormat(format) };
  },
};

function swapCase(word: string): string {
  if (word === word.toUpperCase()) return `${word.charAt(0)}${word.slice(1).toLowerCase()}`;
  return word.toUpperCase();
}

/** A cover in capitals where the transcript had it capitalised, and the other way round (words in lower case are a sentence's and stay). */
const headingCase: Perturbation = {
  name: 'kind words in the other case',
  apply(transcript, _organisation, format) {
    let changed = false;
    const text = transcript.replace(KIND_WORDS, (word) => {
      if (!/^\p{Lu}/u.test(word)) return word;
      changed = true;
      return swapCase(word);
    });
    return changed ? { text, rendering: asFormat(format) } : null;
  },
};

/** What an OCR engine makes of a letter: å without its ring, i as l, ä as a, ö as o, m as rn, o as 0. One per word, by turns. */
const CONFUSIONS: [string, string][] = [
  ['å', 'a'],
  ['i', 'l'],
  ['ä', 'a'],
  ['ö', 'o'],
  ['m', 'rn'],
  ['o', '0'],
];

function misspell(word: string, turn: number): string {
  const capitals = word === word.toUpperCase();
  for (let offset = 0; offset < CONFUSIONS.length; offset++) {
    const [letter, replacement] = CONFUSIONS[(turn + offset) % CONFUSIONS.length] as [string, string];
    const [from, to] = capitals ? [letter.toUpperCase(), replacement.toUpperCase()] : [letter, replacement];
    // "ARSREDOVISNING": a ring is lost also on the initial; any other letter is misread further in.
    if (letter === 'å' && word.charAt(0).toLowerCase() === 'å') return `${word.charAt(0) === 'Å' ? 'A' : 'a'}${word.slice(1)}`;
    const at = word.indexOf(from, 1);
    if (at > 0) return `${word.slice(0, at)}${to}${word.slice(at + from.length)}`;
  }
  return word;
}

/** An OCR'd scan: every kind word capitalised on a cover or heading misread once ("ARSREDOVISNING", "Årsredovlsning"). */
const ocrMisspelled: Perturbation = {
  name: 'kind words misread by OCR',
  apply(transcript, _organisation, format) {
    let turn = 0;
    const text = transcript.replace(KIND_WORDS, (word) => (/^\p{Lu}/u.test(word) ? misspell(word, turn++) : word));
    return turn > 0 ? { text, rendering: asFormat(format) } : null;
  },
};

/** The förbund's name as written, with its spaces as the transcript has them (a line break may stand for one). */
function nameAt(text: string, organisation: string): { index: number; written: string }[] {
  const pattern = new RegExp(
    organisation
      .split(/\s+/u)
      .map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'))
      .join('\\s+'),
    'gu',
  );
  return [...text.matchAll(pattern)].map((match) => ({ index: match.index, written: match[0] }));
}

/** A narrow column breaks the förbund's name over two lines ("Samordningsförbundet\nRoslagen"). */
const nameOverLines: Perturbation = {
  name: 'line break inside the name',
  apply(transcript, organisation, format) {
    if (!organisation || !/\s/u.test(organisation)) return null;
    const found = nameAt(transcript, organisation);
    if (found.length === 0) return null;
    let text = transcript;
    for (const { index, written } of found.reverse()) {
      const broken = written.replace(/\s+/u, '\n');
      text = `${text.slice(0, index)}${broken}${text.slice(index + written.length)}`;
    }
    return { text, rendering: asFormat(format) };
  },
};

/** Where a long compound is hyphenated at a line's end: after its first part. */
const COMPOUND_PARTS =
  /(?<![\p{L}])(samordnings|års|delårs|slut|verksamhets|förvaltnings)(förbund\p{L}*|redovisning\p{L}*|rapport\p{L}*|berättelse\p{L}*)(?![\p{L}])/giu;

/** Justified text hyphenated at line ends: "Samordnings-\nförbundet", "Års-\nredovisning". */
const hyphenated: Perturbation = {
  name: 'hyphenation at line ends',
  apply(transcript, _organisation, format) {
    let changed = false;
    const text = transcript.replace(COMPOUND_PARTS, (_word, first: string, rest: string) => {
      changed = true;
      return `${first}-\n${rest}`;
    });
    return changed ? { text, rendering: asFormat(format) } : null;
  },
};

/** Another body's marks on every page: a kommun's receiving stamp over the cover, a landsting's letterhead and a printer's footer. */
const STAMP = 'EXEMPELSTADS KOMMUN\nKommunstyrelsen\nInk. 2016 -03- 14\nDnr KS 2016/118';
const HEADER = 'Landstinget i Exempellän, Regionkansliet';
const footer = (page: number, pages: number): string => `Tryck: Exempeltryck AB, Box 12, 123 45 Exempelstad · Org.nr 556677-8899 · Sida ${page} av ${pages}`;

const otherBodysFurniture: Perturbation = {
  name: "another body's stamp, header and footer",
  apply(transcript, _organisation, format) {
    // Page furniture is a PDF's: drawn once, for the PDF.
    return format === 'pdf' ? { text: join([STAMP, transcript]), rendering: 'pdfkit-furniture' } : null;
  },
};

/** The same text from another PDF producer than the corpus's own: pdf-lib's standard font, or pdfkit's embedded one. */
const otherProducer: Perturbation = {
  name: 'another producer',
  apply(transcript, _organisation, format) {
    return { text: transcript, rendering: format === 'docx' ? 'pdf-lib' : 'pdfkit' };
  },
};

export const PERTURBATIONS: readonly Perturbation[] = [
  runTogether,
  pageNumbersGlued,
  headingCase,
  ocrMisspelled,
  nameOverLines,
  hyphenated,
  otherBodysFurniture,
  otherProducer,
];

/** The perturbed text as a file's bytes and its extension. */
export async function render(perturbed: Perturbed): Promise<{ bytes: Uint8Array; extension: 'docx' | 'pdf' }> {
  switch (perturbed.rendering) {
    case 'docx':
      return { bytes: new Uint8Array(await buildDocx(corpusDocx(perturbed.text))), extension: 'docx' };
    case 'pdfkit':
      return { bytes: await corpusPdfkit(perturbed.text), extension: 'pdf' };
    case 'pdf-lib':
      return { bytes: (await corpusPdfLib(perturbed.text)).bytes, extension: 'pdf' };
    case 'pdfkit-furniture': {
      const canvas = new PdfkitCanvas('Dokument');
      const flow = new Flow(canvas);
      for (const paragraph of paragraphsOf(perturbed.text)) flow.paragraph(paragraph, { size: 10 }, { spaceAfter: 8 });
      flow.finish(HEADER, footer, { size: 8 });
      return { bytes: await canvas.finish(), extension: 'pdf' };
    }
  }
}

/** The values a perturbation must leave as the text states them, and the wrapper's kind (its title is rewritten with the text). */
const IDENTITY: readonly Field[] = ['kind', 'organisation', 'organisationNumber', 'insats', 'year', 'period'];

/** The wrapper's kind in lower case, or null. */
function wrapperKind(identity: Identity): string | null {
  const wrapped = identity.wrappedIn as { kind: string } | null;
  return wrapped ? wrapped.kind.toLowerCase() : null;
}

export interface PerturbedReading {
  perturbation: string;
  rendering: Rendering;
  /** "field: expected …, got …" for every value the changed text did not give as the text states it. */
  wrong: string[];
}

/**
 * Every perturbation that applies to the document's text, drawn (as a .docx or a PDF by turns, from
 * `turn`) into `out` and read by the real pipeline; `skip` lists the values the unchanged text does
 * not give yet, which are not asked of a changed one.
 */
export async function readPerturbed(
  document: CorpusDocument,
  transcript: string,
  options: { out: string; config: PipelineConfig; turn: number; skip?: readonly Field[] },
): Promise<PerturbedReading[]> {
  const expected = expectedIdentity(document.expected);
  const readings: PerturbedReading[] = [];
  for (const [index, perturbation] of PERTURBATIONS.entries()) {
    const format = (options.turn + index) % 2 === 0 ? 'docx' : 'pdf';
    const perturbed = perturbation.apply(transcript, document.expected.organisation, format);
    if (!perturbed) continue;
    const { bytes, extension } = await render(perturbed);
    const path = joinPath(options.out, `${document.id}-${index}.${extension}`);
    await writeFile(path, bytes);
    const actual = identityOf(await processFile(path, options.config));
    const wrong: string[] = [];
    for (const field of IDENTITY) {
      if (options.skip?.includes(field) || sameValue(field, actual[field], expected[field])) continue;
      wrong.push(`${field}: expected ${JSON.stringify(expected[field])}, got ${JSON.stringify(actual[field])}`);
    }
    if (wrapperKind(actual) !== wrapperKind(expected))
      wrong.push(`wrappedIn: expected ${JSON.stringify(wrapperKind(expected))}, got ${JSON.stringify(wrapperKind(actual))}`);
    readings.push({ perturbation: perturbation.name, rendering: perturbed.rendering, wrong });
  }
  return readings;
}
