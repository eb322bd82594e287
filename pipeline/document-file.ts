import type { ArsredovisningRecord } from '../schemas/arsredovisning.js';
import type { Finding } from '../schemas/finding.js';
import type { PipelineConfig } from '../schemas/config.js';
import type { DelarsrapportRecord } from '../schemas/delarsrapport.js';
import type { DocumentFormat, DocumentKind, Warning, WrappedIn } from '../schemas/result.js';
import type { SlutrapportRecord } from '../schemas/slutrapport.js';
import type { DocModel, OcrReading } from '../extractors/model.js';
import type { DocStructure } from '../extractors/structure/index.js';
import type { Container } from './sniff-format.js';

export type Extraction =
  | { kind: 'slutrapport'; record: SlutrapportRecord }
  | { kind: 'arsredovisning'; record: ArsredovisningRecord }
  | { kind: 'delarsrapport'; record: DelarsrapportRecord };

/**
 * The one object every stage of the pipeline reads and adds to (unified/vfile style): what is
 * known about the document so far. A stage that finds the document unreadable throws ReadFailure;
 * whatever the file holds by then still goes into the failed result.
 */
export interface DocumentFile {
  readonly path: string;
  readonly config: PipelineConfig;
  /** From stat, before anything is read. */
  size: number | null;
  bytes: Uint8Array | null;
  sha256: string | null;
  container: Container | null;
  format: DocumentFormat | null;
  pages: number | null;
  model: DocModel | null;
  /** Headings, sections, page furniture, key–value rows and running text, found once after reading. */
  structure: DocStructure | null;
  kind: DocumentKind;
  /** The paper the report came inside (a kommun's decision with the annual report attached), when it did. */
  wrappedIn: WrappedIn | null;
  language: string;
  extraction: Extraction | null;
  findings: Finding[];
  /** What the reader noticed (the model's messages), kept when the model is let go. */
  warnings: Warning[];
  /** Which pages were read by OCR and the words it read, kept when the model is let go. */
  ocr: OcrReading | null;
  readonly hooks: DocumentHooks;
}

/** Told as the work goes on, for progress and for the pool's clock. */
export interface DocumentHooks {
  /** Before each OCR'd page: the page, its position among the OCR'd pages and how many there are. */
  ocrPage?: (page: number, position: number, total: number) => void;
}

export type Stage = (file: DocumentFile) => void | Promise<void>;

export function createDocumentFile(path: string, config: PipelineConfig, hooks: DocumentHooks = {}): DocumentFile {
  return {
    path,
    config,
    hooks,
    ocr: null,
    size: null,
    bytes: null,
    sha256: null,
    container: null,
    format: null,
    pages: null,
    model: null,
    structure: null,
    kind: 'unknown',
    wrappedIn: null,
    language: 'und',
    extraction: null,
    findings: [],
    warnings: [],
  };
}
