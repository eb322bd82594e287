import type { ReadFailure } from '../extractors/readers/failure.js';
import { z } from 'zod';
import { DocumentKind, DocumentResult, SCHEMA_VERSION, Source, Warning } from '../schemas/result.js';
import type { DocumentFile } from './document-file.js';
import { pipelineFailure } from './failures.js';
import { reportInternalError } from './internal-error.js';
import { madeBy } from './versions.js';

/** sha256 of zero bytes: the identity of a file nothing could be read from. */
const SHA256_OF_NOTHING = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';

export function resultSource(file: DocumentFile): Source {
  return {
    path: file.path,
    sha256: file.sha256 ?? SHA256_OF_NOTHING,
    format: file.format,
    bytes: file.size ?? 0,
    pages: file.pages,
    ...(file.ocr
      ? {
          ocr: {
            pages: file.ocr.pages,
            engine: file.ocr.engine,
            engineVersion: file.ocr.engineVersion,
            languages: file.ocr.languages,
            meanConfidence: file.ocr.meanConfidence,
          },
        }
      : {}),
  };
}

export function okResult(file: DocumentFile): DocumentResult {
  const common = {
    schemaVersion: SCHEMA_VERSION,
    status: 'ok' as const,
    source: resultSource(file),
    language: file.language,
    wrappedIn: file.extraction ? file.wrappedIn : null,
    findings: file.findings,
    error: null,
    warnings: file.warnings,
    ...madeBy(),
  };
  if (file.extraction) return checked({ ...common, ...file.extraction }, file);
  return checked({ ...common, kind: 'unknown', record: null }, file);
}

export function failedResult(file: DocumentFile, failure: ReadFailure): DocumentResult {
  return checked(failedShape(file, failure), file);
}

function failedShape(file: DocumentFile, failure: ReadFailure): DocumentResult {
  return {
    schemaVersion: SCHEMA_VERSION,
    status: 'failed',
    source: resultSource(file),
    language: file.language,
    wrappedIn: null,
    kind: file.kind,
    record: null,
    findings: [],
    error: { code: failure.code, message: failure.wording[file.config.lang] },
    warnings: file.warnings,
    ...madeBy(),
  };
}

/** Every result leaves validated; one that is not is a bug, reported and turned into a failed result. */
function checked(result: DocumentResult, file: DocumentFile): DocumentResult {
  const parsed = DocumentResult.safeParse(result);
  if (parsed.success) return inContractOrder(parsed.data);
  const detail = parsed.error.issues
    .slice(0, 3)
    .map((issue) => `${issue.path.join('.')}: ${issue.message}`)
    .join('; ');
  reportInternalError(file.path, `result does not match the contract: ${detail}`, file.config.lang);
  // The failed result must hold to the contract itself, whatever broke the first one: what the
  // document stated about itself (a page count of -5) is left out, and the reader's warnings too.
  const failed = failedShape(file, pipelineFailure.internalError(`result does not match the contract: ${detail}`));
  const fallback = DocumentResult.parse({
    ...failed,
    source: sourceInContract(failed.source),
    language: typeof failed.language === 'string' ? failed.language : 'und',
    kind: DocumentKind.safeParse(failed.kind).data ?? 'unknown',
    warnings: z.array(Warning).safeParse(failed.warnings).data ?? [],
  });
  return inContractOrder(fallback);
}

/** The source with every field the contract would refuse replaced by what is known for certain. */
function sourceInContract(source: Source): Source {
  const parsed = Source.safeParse(source);
  if (parsed.success) return parsed.data;
  const pages = Source.shape.pages.safeParse(source.pages);
  const bytes = Source.shape.bytes.safeParse(source.bytes);
  const sha256 = Source.shape.sha256.safeParse(source.sha256);
  const format = Source.shape.format.safeParse(source.format);
  return {
    path: typeof source.path === 'string' ? source.path : '',
    sha256: sha256.success ? sha256.data : SHA256_OF_NOTHING,
    format: format.success ? format.data : null,
    bytes: bytes.success ? bytes.data : 0,
    pages: pages.success ? pages.data : null,
  };
}

/** Keys in the order docs/contract.md shows them, for people reading the JSON; added fields follow. */
function inContractOrder(result: DocumentResult): DocumentResult {
  const { schemaVersion, status, source, language, kind, wrappedIn, record, findings, error, warnings, rapportkollVersion, rulesVersion } = result;
  return Object.assign(
    { schemaVersion, status, source, language, kind, wrappedIn, record, findings, error, warnings, rapportkollVersion, rulesVersion },
    result,
  );
}
