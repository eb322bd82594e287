import { readFile, stat } from 'node:fs/promises';
import type { HtmlFolder } from '../pipeline/html/html-folder.js';
import { evidencePages } from '../pipeline/html/html-folder.js';
import { personalValues } from '../pipeline/redact/redact-result.js';
import type { DocumentResult } from '../schemas/result.js';

/**
 * `extract --html`: one document's report page, its evidence pages drawn from the file itself
 * (read again only when a PDF has evidence pages) and its line in the overview. A batch has no
 * time of receipt, so the file's last modification stands for it.
 */
export async function writeDocumentPages(pages: HtmlFolder, processed: DocumentResult, written: DocumentResult, redact: boolean): Promise<void> {
  const path = processed.source.path;
  const received = await stat(path).then(
    (facts) => facts.mtime.toISOString(),
    () => new Date().toISOString(),
  );
  const needsBytes = written.source.format === 'pdf' && evidencePages(written).length > 0;
  const bytes = needsBytes
    ? await readFile(path).then(
        (buffer) => new Uint8Array(buffer),
        () => null,
      )
    : null;
  await pages.writeDocument({ result: written, bytes, redact, knownValues: redact ? personalValues(processed) : [], receivedAt: received });
}
