import type { Limits } from '../../../../schemas/config.js';
import type { DocModel } from '../../../model.js';
import { docxFailure } from '../failures.js';
import { parsableXmlBytes } from '../parse-budget.js';
import { annotateDocument, type AnnotatedDocument } from '../annotate/document.js';
import { NO_NUMBERING, readNumberingDefinitions } from '../numbering/definitions.js';
import type { DocxPackage } from '../preflight/index.js';
import { collectUsedStyleIds, parseStyles, reduceStyles } from '../styles.js';
import { parseXmlTree } from '../xml/tree.js';
import { readMetadata } from './metadata.js';
import { countExternalTargets, readRelationships, relatedPartPath, relationshipsPathOf } from './relationships.js';
import { readRunningHeads, runningHeadPaths } from './running-heads.js';
import { writeStoredZip } from './stored-zip.js';

const NOTE_PARTS = ['footnotes', 'endnotes', 'comments', 'numbering'] as const;
const RELATED_PARTS = ['styles', ...NOTE_PARTS] as const;
type RelatedPart = (typeof RELATED_PARTS)[number];

/** Below this, parsing styles.xml costs mammoth little and we hand it over untouched. */
const STYLES_REDUCTION_THRESHOLD = 64 * 1024;

export interface PreparedDocx {
  /** The package mammoth reads: our annotated document.xml, a slimmer styles.xml, no media. */
  zip: Buffer;
  annotations: AnnotatedDocument;
  externalTargets: Map<string, number>;
  metadata: DocModel['metadata'];
  runningHeads: NonNullable<DocModel['runningHeads']>;
  stylesBytes: { before: number; after: number } | undefined;
}

export function prepareDocx(docx: DocxPackage, limits: Limits): PreparedDocx {
  const text = (path: string): string | undefined =>
    docx.parts
      .get(path)
      ?.toString('utf8')
      .replace(/^\uFEFF/, '');
  const mainPath = docx.mainDocumentPath;
  const relationships = readRelationships(text(relationshipsPathOf(mainPath)));
  const related = (name: RelatedPart): string => relatedPartPath(relationships, mainPath, name, (p) => docx.parts.has(p));
  // Only what mammoth reads: headers and footers (read here for their words), themes, settings and media stay behind.
  const mammothPaths = [
    '[Content_Types].xml',
    '_rels/.rels',
    mainPath,
    relationshipsPathOf(mainPath),
    ...RELATED_PARTS.flatMap((name) => [related(name), relationshipsPathOf(related(name))]),
  ].filter((path) => docx.parts.has(path));
  const headPaths = runningHeadPaths(relationships, mainPath, (p) => docx.parts.has(p));
  rejectUnparsableSize(
    [...mammothPaths, ...headPaths].map((path) => docx.parts.get(path)?.length ?? 0),
    limits,
  );

  const stylesXml = text(related('styles'));
  const styles = parseStyles(stylesXml);
  const numberingXml = text(related('numbering'));
  const numbering = numberingXml === undefined ? NO_NUMBERING : readNumberingDefinitions(parseXmlTree(numberingXml));
  const annotations = annotateDocument(text(mainPath) ?? '', styles.sheet, numbering);

  const parts = new Map(mammothPaths.map((path) => [path, docx.parts.get(path) ?? Buffer.alloc(0)]));
  parts.set(mainPath, Buffer.from(annotations.xml, 'utf8'));
  let stylesBytes: PreparedDocx['stylesBytes'];
  if (stylesXml !== undefined && styles.tree && stylesXml.length > STYLES_REDUCTION_THRESHOLD) {
    const referencing = [annotations.xml, ...NOTE_PARTS.map((name) => text(related(name)) ?? '')];
    const reduced = reduceStyles(stylesXml, styles.tree, styles.sheet, collectUsedStyleIds(referencing));
    parts.set(related('styles'), Buffer.from(reduced, 'utf8'));
    stylesBytes = { before: stylesXml.length, after: reduced.length };
  }

  const relationshipParts = [...docx.parts.keys()].filter((name) => name.endsWith('.rels')).map((name) => text(name) ?? '');
  return {
    zip: writeStoredZip(parts),
    annotations,
    externalTargets: countExternalTargets(relationshipParts),
    metadata: readMetadata(text('docProps/core.xml'), text('docProps/app.xml')),
    runningHeads: readRunningHeads(headPaths.map((path) => ({ path, xml: text(path) ?? '' }))),
    stylesBytes,
  };
}

/** Checked before any part is decoded, so an oversized one never becomes a string. */
function rejectUnparsableSize(partSizes: number[], limits: Limits): void {
  const total = partSizes.reduce((sum, size) => sum + size, 0);
  if (total > parsableXmlBytes(limits)) {
    const megabytes = (total / (1024 * 1024)).toFixed(1);
    throw docxFailure.tooLarge({
      sv: `dess text är ${megabytes.replace('.', ',')} MB XML, mer än som ryms i ${limits.maxHeapMb} MB minne`,
      en: `its text is ${megabytes} MB of XML, more than fits in ${limits.maxHeapMb} MB of memory`,
    });
  }
}
