import { readFile, stat } from 'node:fs/promises';
import type { Lang } from '../schemas/config.js';
import { evidencePages, HtmlFolder } from '../pipeline/html/html-folder.js';
import { PageRenderer } from '../pipeline/page-images/renderer.js';
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

/**
 * `extract --out --html`: the pages of a whole run, from the results it stored, once the export is
 * written. Under --redact the stored results no longer hold the names that were removed, so the
 * evidence pages are not drawn (a picture would show those names); the quotes, redacted, are shown.
 */
export async function writeRunPages(options: {
  htmlDir: string;
  lang: Lang;
  redact: boolean;
  count: number;
  resultOf: (index: number) => Promise<DocumentResult>;
}): Promise<void> {
  const renderer = options.redact ? null : new PageRenderer();
  const pages = new HtmlFolder(options.htmlDir, { lang: options.lang, renderer });
  try {
    const written = new Set<string>();
    for (let index = 0; index < options.count; index += 1) {
      const result = await options.resultOf(index);
      if (written.has(result.source.sha256)) continue;
      written.add(result.source.sha256);
      await writeDocumentPages(pages, result, result, false);
    }
    await pages.writeIndex();
  } finally {
    await renderer?.close();
  }
}
