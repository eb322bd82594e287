import type { Lang } from '../../schemas/config.js';
import type { z } from 'zod';
import { ArsredovisningRecord } from '../../schemas/arsredovisning.js';
import { DelarsrapportRecord } from '../../schemas/delarsrapport.js';
import { SlutrapportRecord } from '../../schemas/slutrapport.js';
import type { Stage } from '../document-file.js';
import { pipelineFailure } from '../failures.js';
import { reportInternalError } from '../internal-error.js';

/**
 * Holds the record to the contract. A record that breaks it is a bug in an extractor: it is
 * reported on stderr and the document fails with a message saying so, rather than letting
 * invalid data reach researchers. The parsed record replaces the extractor's (defaults filled in).
 */
export const validateRecord: Stage = (file) => {
  const extraction = file.extraction;
  if (!extraction) return;
  if (extraction.kind === 'slutrapport') {
    extraction.record = parseOrFail(SlutrapportRecord, extraction.record, file.path, 'slutrapport record', file.config.lang);
  } else if (extraction.kind === 'delarsrapport') {
    extraction.record = parseOrFail(DelarsrapportRecord, extraction.record, file.path, 'delarsrapport record', file.config.lang);
  } else {
    extraction.record = parseOrFail(ArsredovisningRecord, extraction.record, file.path, 'arsredovisning record', file.config.lang);
  }
};

export function parseOrFail<S extends z.ZodType>(schema: S, value: unknown, path: string, what: string, lang: Lang = 'sv'): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const summary = summarizeIssues(parsed.error);
  reportInternalError(path, `${what} does not match the schema: ${summary}`, lang);
  throw pipelineFailure.internalError(`${what} does not match the schema: ${summary}`);
}

function summarizeIssues(error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`);
  const more = error.issues.length > 3 ? ` and ${error.issues.length - 3} more` : '';
  return issues.join('; ') + more;
}
