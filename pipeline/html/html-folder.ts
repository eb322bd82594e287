/**
 * The pages a person opens from the out folder by double-click: index.html (the overview) and
 * reports/<readable name>.html per document, with the evidence pages drawn beside it
 * (reports/<readable name>/sida-<n>.png). Plain files: no server, no script, nothing fetched.
 *
 * Each document also leaves its overview line in pages-entries/<sha256>.json, so the overview is
 * rebuilt from those small files (not from the full results) by whichever process writes next:
 * atomically (temp file and rename), one writer at a time (a lock file beside them; a lock older
 * than LOCK_STALE_MS was left by a killed process and is taken over), at most every few seconds.
 */
import { lstat, readdir, readFile, rm, stat, open, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Lang } from '../../schemas/config.js';
import type { DocumentResult } from '../../schemas/result.js';
import { writeFileAtomic } from '../support/atomic-files.js';
import type { PageRenderer } from '../page-images/renderer.js';
import { indexPages, type IndexEntry } from './index-page.js';
import { readableName, readableTitle, withHashSuffix } from './names.js';
import { reportPage, type PagePicture } from './report-page.js';

const ENTRIES = 'pages-entries';
const LOCK = 'index.lock';
/** An earlier year's overview page, as indexPages names it. */
const YEAR_PAGE = /^index-\d{4}\.html$/;
const LOCK_STALE_MS = 60_000;
/** Overview lines read at once when the overview is rebuilt. */
const READ_BATCH = 64;
/** The shortest time between two rebuilds of the overview by one process. */
export const INDEX_INTERVAL_MS = 3_000;
/** Marks a report page as a given document's, so a second document with the same name is told apart. */
const DOCUMENT_META = 'rapportkoll-document';

const StoredEntry = z.object({
  sha256: z.string(),
  name: z.string(),
  title: z.string(),
  href: z.string(),
  kind: z.string(),
  status: z.enum(['ok', 'failed']),
  organisation: z.string().nullable(),
  yearOrPeriod: z.string().nullable(),
  counts: z.object({ error: z.number(), warning: z.number(), info: z.number() }),
  receivedAt: z.string(),
});

export interface DocumentPages {
  /** The result as written out (already redacted under --redact). */
  result: DocumentResult;
  /** The document's bytes, for drawing its evidence pages (PDF); null when they are gone. */
  bytes: Uint8Array | null;
  /** Under --redact: the record's personal values (before redaction), painted over on the images too. */
  redact: boolean;
  knownValues: string[];
  /** ISO time the document came in. */
  receivedAt: string;
}

export interface WrittenPages {
  /** The report page, relative to the folder: reports/<name>.html. */
  report: string;
  pictures: number;
}

export class HtmlFolder {
  private lastIndex = 0;
  private pending: NodeJS.Timeout | null = null;
  private indexing: Promise<void> | null = null;

  constructor(
    readonly directory: string,
    private readonly options: { lang: Lang; renderer: PageRenderer | null },
  ) {}

  /** Writes the document's report page and pictures and its overview line; the overview itself is left to writeIndex/scheduleIndex. */
  async writeDocument(input: DocumentPages): Promise<WrittenPages> {
    const { result } = input;
    const earlier = await this.earlierEntry(result.source.sha256);
    const name = earlier?.name ?? (await this.freshName(result));
    // The same bytes written again (a replay, a reprocess) came in when they first came in.
    const receivedAt = earlier?.receivedAt ?? input.receivedAt;
    const reportFile = join('reports', `${name}.html`);
    const pictureFolder = join('reports', name);
    const pages = evidencePages(result);
    const images =
      input.bytes && result.source.format === 'pdf' && this.options.renderer && pages.length > 0
        ? await this.options.renderer.render({ bytes: input.bytes, pages, redact: input.redact, knownValues: input.knownValues })
        : [];
    const pictures = new Map<number, PagePicture>();
    await rm(join(this.directory, pictureFolder), { recursive: true, force: true });
    for (const image of images) {
      const file = `sida-${image.page}.png`;
      await writeFileAtomic(join(this.directory, pictureFolder, file), Buffer.from(image.png));
      pictures.set(image.page, {
        src: `${encodeURIComponent(name)}/${file}`,
        width: image.width,
        height: image.height,
        pixelWidth: image.pixelWidth,
        pixelHeight: image.pixelHeight,
      });
    }
    const title = readableTitle(result);
    const page = reportPage({
      result,
      title,
      pictures,
      indexHref: '../index.html',
      receivedAt,
      lang: this.options.lang,
      redacted: input.redact,
      meta: { [DOCUMENT_META]: result.source.sha256 },
    });
    await writeFileAtomic(join(this.directory, reportFile), page);
    const entry: IndexEntry = {
      sha256: result.source.sha256,
      name,
      title,
      href: `reports/${encodeURIComponent(name)}.html`,
      kind: result.kind,
      status: result.status,
      organisation: organisationOf(result),
      yearOrPeriod: yearOrPeriodOf(result),
      counts: {
        error: result.findings.filter((finding) => finding.severity === 'error').length,
        warning: result.findings.filter((finding) => finding.severity === 'warning').length,
        info: result.findings.filter((finding) => finding.severity === 'info').length,
      },
      receivedAt,
    };
    await writeFileAtomic(join(this.directory, ENTRIES, `${result.source.sha256}.json`), `${JSON.stringify(entry)}\n`);
    return { report: reportFile, pictures: images.length };
  }

  /**
   * Takes a document out of the folder (retention): its overview line, and its report page with its
   * drawn pages when the page is still this document's (its mark). Links are never followed nor
   * removed: a folder or page that is a link is left as it is. Returns whether anything was removed;
   * the overview is left to writeIndex.
   */
  async removeDocument(sha256: string): Promise<boolean> {
    if (!/^[0-9a-f]{64}$/.test(sha256) || !(await isRealFolder(this.directory))) return false;
    const entries = join(this.directory, ENTRIES);
    if (!(await isRealFolder(entries))) return false;
    const entryFile = join(entries, `${sha256}.json`);
    if (!(await isPlainFile(entryFile))) return false;
    const entry = await this.readEntry(entryFile);
    const reports = join(this.directory, 'reports');
    // The name comes from a file anyone with the share could edit: one plain name inside reports/ only.
    if (entry && isPlainName(entry.name) && (await isRealFolder(reports))) {
      const page = join(reports, `${entry.name}.html`);
      if ((await isPlainFile(page)) && (await ownerOf(page)) === sha256) {
        const pictures = join(reports, entry.name);
        if (await isRealFolder(pictures)) await rm(pictures, { recursive: true, force: true });
        await rm(page, { force: true });
      }
    }
    await rm(entryFile, { force: true });
    return true;
  }

  /** Rebuilds the overview now, unless another process holds the lock (then it is its job). Returns whether it wrote. */
  async writeIndex(): Promise<boolean> {
    const lock = join(this.directory, ENTRIES, LOCK);
    if (!(await takeLock(lock))) return false;
    try {
      const entries = await this.readEntries();
      const files = indexPages(entries, this.options.lang);
      for (const file of files) await writeFileAtomic(join(this.directory, file.file), file.html);
      await this.removeStaleYearPages(new Set(files.map((file) => file.file)));
      this.lastIndex = Date.now();
      return true;
    } finally {
      await rm(lock, { force: true });
    }
  }

  /**
   * A year's overview page whose documents have all been retired (or that the overview no longer
   * splits into years) would otherwise stay, linked from nowhere and listing removed reports.
   * Only plain files named as this class names them; links and anything else are left alone.
   */
  private async removeStaleYearPages(written: ReadonlySet<string>): Promise<void> {
    const names = await readdir(this.directory).catch(() => [] as string[]);
    for (const name of names) {
      if (!YEAR_PAGE.test(name) || written.has(name)) continue;
      const path = join(this.directory, name);
      if (await isPlainFile(path)) await rm(path, { force: true });
    }
  }

  /** Asks for a rebuild at most every INDEX_INTERVAL_MS: many documents finishing at once make one rebuild. */
  scheduleIndex(): void {
    if (this.pending) return;
    const wait = Math.max(0, this.lastIndex + INDEX_INTERVAL_MS - Date.now());
    this.pending = setTimeout(() => {
      this.pending = null;
      this.indexing = this.writeIndex()
        .then((wrote) => {
          // Another process held the lock: try again later, so the last document is never left out.
          if (!wrote) this.scheduleIndex();
        })
        .catch(() => undefined);
    }, wait);
    this.pending.unref();
  }

  /** Writes a pending rebuild now (on shutdown). */
  async flush(): Promise<void> {
    if (this.pending) {
      clearTimeout(this.pending);
      this.pending = null;
      await this.indexing;
      for (let attempt = 0; attempt < 20 && !(await this.writeIndex()); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    } else {
      await this.indexing;
    }
  }

  private async readEntries(): Promise<IndexEntry[]> {
    let names: string[];
    try {
      names = await readdir(join(this.directory, ENTRIES));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const files = names.filter((name) => /^[0-9a-f]{64}\.json$/.test(name));
    const entries: IndexEntry[] = [];
    // Read a batch at a time: 10 000 small files one after another are seconds on a network share.
    for (let start = 0; start < files.length; start += READ_BATCH) {
      const batch = await Promise.all(files.slice(start, start + READ_BATCH).map((name) => this.readEntry(join(this.directory, ENTRIES, name))));
      for (const entry of batch) if (entry) entries.push(entry);
    }
    return entries;
  }

  /** An overview line, or null when it is unreadable (entries are written atomically, so only by hand). */
  private async readEntry(path: string): Promise<IndexEntry | null> {
    try {
      const parsed = StoredEntry.safeParse(JSON.parse(await readFile(path, 'utf8')));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private async earlierEntry(sha256: string): Promise<IndexEntry | null> {
    return this.readEntry(join(this.directory, ENTRIES, `${sha256}.json`));
  }

  /** The readable name, with a hash suffix when another document has it. */
  private async freshName(result: DocumentResult): Promise<string> {
    const name = readableName(result);
    const owner = await ownerOf(join(this.directory, 'reports', `${name}.html`));
    return owner === null || owner === result.source.sha256 ? name : withHashSuffix(name, result.source.sha256);
  }
}

/** Whose report page this is, from its mark; null when there is none. */
async function ownerOf(file: string): Promise<string | null> {
  try {
    const head = (await readFile(file, 'utf8')).slice(0, 2000);
    return new RegExp(`<meta name="${DOCUMENT_META}" content="([0-9a-f]{64})">`).exec(head)?.[1] ?? 'unknown';
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** lstat: a link is neither, whatever it points at. */
async function isRealFolder(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null))?.isDirectory() ?? false;
}

async function isPlainFile(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => null))?.isFile() ?? false;
}

function isPlainName(name: string): boolean {
  return name !== '' && name !== '.' && name !== '..' && !/[/\\\0]/.test(name);
}

async function takeLock(lock: string): Promise<boolean> {
  await mkdir(join(lock, '..'), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt += 1) {
    try {
      const handle = await open(lock, 'wx');
      await handle.writeFile(`${process.pid}\n`);
      await handle.close();
      return true;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      try {
        if (Date.now() - (await stat(lock)).mtimeMs < LOCK_STALE_MS) return false;
        await rm(lock, { force: true });
      } catch {
        return false;
      }
    }
  }
  return false;
}

/** The PDF pages any finding's evidence stands on, in order. */
export function evidencePages(result: DocumentResult): number[] {
  const pages = new Set<number>();
  for (const finding of result.findings) for (const evidence of finding.evidence) if (evidence.page !== null) pages.add(evidence.page);
  return [...pages].sort((a, b) => a - b);
}

function organisationOf(result: DocumentResult): string | null {
  return result.status === 'ok' && result.record && 'organisation' in result.record ? result.record.organisation : null;
}

function yearOrPeriodOf(result: DocumentResult): string | null {
  const record = result.status === 'ok' ? result.record : null;
  if (!record) return null;
  if ('year' in record) return record.year === null ? null : String(record.year);
  if ('period' in record) return record.period?.text ?? null;
  if ('intervention' in record) return record.intervention.plannedPeriod?.text ?? null;
  return null;
}
