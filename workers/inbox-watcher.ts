import { watch, type FSWatcher } from 'chokidar';
import { lstat, readdir } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { backoff } from '../pipeline/support/backoff.js';
import { isIgnoredName } from '../pipeline/support/ignore-rules.js';
import { Slots } from '../pipeline/support/slots.js';
import type { QueueConfig } from '../schemas/queue-config.js';
import { checkCompleteness } from './completeness.js';
import type { DocumentSink, SinkOutcome } from './document-sink.js';
import type { Logger } from './logger.js';
import { moveAsideWithoutReading, moveToFiledName } from './move-file.js';
import { currentSha256, NotAPlainFile, notPlainReason } from './plain-file.js';
import { NOT_PLAIN } from './texts.js';
import type { Wording } from '../schemas/config.js';
import { copyToSpool, type SpoolCopy } from './spool.js';
import { filingFolder } from './filed-name.js';

export type WatchTiming = Pick<QueueConfig, 'stabilityPollMs' | 'stablePolls' | 'incompleteGraceMs' | 'usePolling' | 'backoffMs'>;

export interface InboxWatcherOptions {
  inbox: string;
  outDir: string;
  sink: DocumentSink;
  timing: WatchTiming;
  logger: Logger;
}

export interface InboxWatcher {
  /** Resolves once the files already in the inbox have been seen. */
  ready: Promise<void>;
  /** Stops watching; documents being processed in this process finish first. Idempotent. */
  close(): Promise<void>;
}

interface Tracked {
  size: number;
  mtimeMs: number;
  stablePolls: number;
  unchangedSince: number;
  timer: NodeJS.Timeout | null;
  taking: boolean;
  /** A poll is under way (its awaits leave room for events): a second one must not start beside it. */
  polling: boolean;
  /** An event arrived during the poll: what it measured may be stale, so it must not take the file. */
  changedDuringPoll: boolean;
  /** An event arrived while the file was being taken: a new file may now stand at this path. */
  renoticed: boolean;
  failures: number;
  /** Set once the sink is done with the file: a retry only moves it. */
  done?: { copy: SpoolCopy; outcome: SinkOutcome };
}

const MAX_PARALLEL_COPIES = 4;
const MAX_RETRY_MS = 60_000;

/**
 * Watches the inbox recursively and takes each file once it is completely written: its size and
 * mtime stayed the same for `stablePolls` polls and, for PDF and DOCX, its end marker is in place
 * (a file whose end marker never appears is taken after `incompleteGraceMs` so it ends in failed/).
 * A taken file is copied to the spool, handed to the sink, and when done moved to
 * <out>/processed/ or <out>/failed/ under its path relative to the inbox.
 */
export function watchInbox(options: InboxWatcherOptions): InboxWatcher {
  const { sink, timing, logger } = options;
  const inbox = resolve(options.inbox);
  const outDir = resolve(options.outDir);
  const tracked = new Map<string, Tracked>();
  const taking = new Set<Promise<void>>();
  const abort = new AbortController();
  const copySlots = new Slots(MAX_PARALLEL_COPIES);
  /** Entries that could not be set aside: logged once, not picked up again by every sweep. */
  const stuck = new Set<string>();

  const watcher: FSWatcher = watch(inbox, {
    ignoreInitial: false,
    followSymlinks: false,
    usePolling: timing.usePolling,
    interval: timing.stabilityPollMs,
    ignored: (path: string) => path !== inbox && (isIgnoredName(path) || isInside(path, outDir)),
  });
  const ready = new Promise<void>((resolveReady) => watcher.once('ready', () => resolveReady()));
  // The inbox is swept at start and now and then. The watcher never reports a name that is not
  // UTF-8 (it cannot look at it by the name it has), so such names are found by their raw bytes;
  // and file events can be missed (a share written from another machine sends none, a loaded
  // machine may drop a directory's first events), so a file nobody is tracking is noticed here.
  let sweep: NodeJS.Timeout | null = null;
  const sweepInbox = (): void => {
    sweep = null;
    sweepFolder(Buffer.from(inbox), Buffer.from(outDir))
      .then(async ({ misnamed, files }) => {
        for (const raw of misnamed) await setAsideRaw(raw);
        for (const path of files) if (!tracked.has(path) && !stuck.has(path)) noticed(path);
        for (const path of stuck) if (!files.includes(path)) stuck.delete(path);
      })
      .catch((error: unknown) => logger.warn({ err: String(error) }, 'inbox-sweep-failed'))
      .finally(() => {
        if (!abort.signal.aborted) sweep = setTimeout(sweepInbox, Math.max(1_000, timing.stabilityPollMs * 5));
      });
  };
  void ready.then(sweepInbox);
  watcher.on('add', (path) => noticed(path));
  watcher.on('change', (path) => noticed(path));
  watcher.on('unlink', (path) => {
    const entry = tracked.get(path);
    if (entry && !entry.taking) forget(path);
  });
  watcher.on('error', (error) => logger.warn({ err: error }, 'inbox-watcher-error'));

  function noticed(path: string): void {
    if (abort.signal.aborted) return;
    let entry = tracked.get(path);
    if (!entry) {
      entry = {
        size: -1,
        mtimeMs: -1,
        stablePolls: 0,
        unchangedSince: Date.now(),
        timer: null,
        taking: false,
        polling: false,
        changedDuringPoll: false,
        renoticed: false,
        failures: 0,
      };
      tracked.set(path, entry);
    }
    // One poll or take at a time per file: two polls side by side (a slow copy sends many events)
    // could both take it, and the document was processed twice.
    if (entry.taking) entry.renoticed = true;
    else if (entry.polling) entry.changedDuringPoll = true;
    else if (!entry.timer) schedule(path, entry, timing.stabilityPollMs);
  }

  function schedule(path: string, entry: Tracked, delayMs: number): void {
    if (abort.signal.aborted) return;
    entry.timer = setTimeout(() => {
      entry.timer = null;
      entry.polling = true;
      entry.changedDuringPoll = false;
      poll(path, entry)
        .catch((error: unknown) => logger.warn({ err: error, path }, 'inbox-file-check-failed'))
        .finally(() => {
          entry.polling = false;
          if (entry.changedDuringPoll && !entry.taking && !entry.timer && tracked.get(path) === entry) schedule(path, entry, timing.stabilityPollMs);
        });
    }, delayMs);
  }

  function forget(path: string): void {
    const entry = tracked.get(path);
    if (entry?.timer) clearTimeout(entry.timer);
    tracked.delete(path);
  }

  async function poll(path: string, entry: Tracked): Promise<void> {
    let info;
    try {
      info = await lstat(path);
    } catch (error) {
      forget(path);
      if (path.includes('\uFFFD')) await setAsideMisnamed(path);
      else if ((error as NodeJS.ErrnoException).code !== 'ENOENT') logger.warn({ path, err: String(error) }, 'inbox-entry-unreadable');
      return;
    }
    const notPlain = notPlainReason(info);
    if (notPlain !== null) return setAside(path, notPlain);
    if (info.size === entry.size && info.mtimeMs === entry.mtimeMs) {
      entry.stablePolls += 1;
    } else {
      Object.assign(entry, { size: info.size, mtimeMs: info.mtimeMs, stablePolls: 0, unchangedSince: Date.now() });
    }
    if (entry.stablePolls < timing.stablePolls) return schedule(path, entry, timing.stabilityPollMs);
    const completeness = await checkCompleteness(path).catch((error: unknown) => {
      if (error instanceof NotAPlainFile) return error;
      throw error;
    });
    if (completeness instanceof NotAPlainFile) return setAside(path, completeness.reason);
    if (completeness === 'incomplete') {
      const quietFor = Date.now() - entry.unchangedSince;
      if (quietFor < timing.incompleteGraceMs) return schedule(path, entry, timing.stabilityPollMs);
      logger.warn({ path, quietForMs: quietFor }, 'inbox-file-incomplete');
    }
    if (entry.changedDuringPoll) return;
    entry.taking = true;
    const work = take(path, entry).finally(() => taking.delete(work));
    taking.add(work);
  }

  async function take(path: string, entry: Tracked): Promise<void> {
    try {
      // A retry after the document was done but could not be moved only moves it: submitted again,
      // it would be reported as a duplicate of itself.
      const { copy, outcome } = entry.done ?? (await submit(path));
      entry.done = { copy, outcome };
      // Rewritten since it was taken: the result is of the bytes taken, and the new bytes under the
      // same name are a new document, taken in turn; moving them would file bytes nobody read.
      if ((await currentSha256(path)) !== copy.sha256) {
        logger.info({ path, sha256: copy.sha256 }, 'inbox-file-changed');
        Object.assign(entry, { done: undefined, taking: false, renoticed: false, size: -1, mtimeMs: -1, stablePolls: 0, unchangedSince: Date.now() });
        return schedule(path, entry, timing.stabilityPollMs);
      }
      // By the names the worker's alert already gave (filed-name.ts), not a counter of its own.
      const destination = join(outDir, filingFolder(outcome.status));
      const { movedTo, byCounter } = await moveToFiledName(path, destination, relative(inbox, path), copy.sha256);
      if (byCounter) logger.warn({ path, sha256: copy.sha256, movedTo }, 'inbox-file-filed-by-counter');
      logger.info({ path, sha256: copy.sha256, status: outcome.status, duplicateOf: outcome.duplicateOf, movedTo }, 'inbox-file-done');
      forget(path);
      if (entry.renoticed) noticed(path);
    } catch (error) {
      if (abort.signal.aborted) return;
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return forget(path);
      if (error instanceof NotAPlainFile) return setAside(path, error.reason);
      entry.failures += 1;
      entry.taking = false;
      const delay = backoff(timing.backoffMs, MAX_RETRY_MS, entry.failures);
      logger.warn({ path, err: error instanceof Error ? error.message : String(error), retryInMs: delay }, 'inbox-file-retry');
      entry.stablePolls = 0;
      schedule(path, entry, delay);
    }
  }

  /**
   * An entry that is not a plain file is never opened: it goes to <out>/failed/ as itself (a link
   * as a link), or where that would mean reading it (another file system), it is removed from the
   * inbox. Either way with a log line that says why.
   */
  async function setAside(path: string, reason: Wording): Promise<void> {
    forget(path);
    if (abort.signal.aborted) return;
    try {
      const movedTo = await moveAsideWithoutReading(path, join(outDir, 'failed'), relative(inbox, path));
      if (movedTo === null) logger.warn({ path, reason }, 'inbox-entry-removed');
      else logger.warn({ path, reason, movedTo }, 'inbox-entry-set-aside');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      stuck.add(path);
      logger.warn({ path, reason, err: String(error) }, 'inbox-entry-not-set-aside');
    }
  }

  /** A name whose bytes are not UTF-8 cannot be opened by the name we were given: find its raw bytes. */
  async function setAsideMisnamed(path: string): Promise<void> {
    const folder = dirname(path);
    const wanted = basename(path);
    const raw = await readdir(folder, { encoding: 'buffer' }).catch(() => [] as Buffer[]);
    for (const name of raw.filter((entry) => entry.toString('utf8') === wanted && !Buffer.from(wanted, 'utf8').equals(entry))) {
      await setAsideRaw(Buffer.concat([Buffer.from(`${folder}${sep}`), name]));
    }
  }

  async function setAsideRaw(raw: Buffer): Promise<void> {
    const path = raw.toString('utf8');
    const reason = NOT_PLAIN.nameNotUtf8;
    try {
      const movedTo = await moveAsideWithoutReading(raw, join(outDir, 'failed'), relative(inbox, path));
      logger.warn({ path, reason, movedTo }, 'inbox-file-set-aside');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      logger.warn({ path, reason, err: String(error) }, 'inbox-file-not-set-aside');
    }
  }

  async function submit(path: string): Promise<{ copy: SpoolCopy; outcome: SinkOutcome }> {
    const copy = await copySlots.run(() => copyToSpool(path, outDir));
    return { copy, outcome: await sink.submit(path, copy, abort.signal, relative(inbox, path)) };
  }

  let closing: Promise<void> | null = null;
  return {
    ready,
    close() {
      closing ??= (async () => {
        abort.abort();
        if (sweep) clearTimeout(sweep);
        for (const entry of tracked.values()) if (entry.timer) clearTimeout(entry.timer);
        await watcher.close();
        await Promise.allSettled([...taking]);
      })();
      return closing;
    },
  };
}

export interface SweepFinding {
  /** Entries whose name is not UTF-8, by their raw path. */
  misnamed: Buffer[];
  /** Regular files with a usable, not-ignored name. */
  files: string[];
}

/** Walks `folder` without following links; the out folder and ignored names are skipped. */
export async function sweepFolder(folder: Buffer, outDir: Buffer, found: SweepFinding = { misnamed: [], files: [] }): Promise<SweepFinding> {
  for (const entry of await readdir(folder, { encoding: 'buffer', withFileTypes: true })) {
    const path = Buffer.concat([folder, Buffer.from(sep), entry.name]);
    const name = entry.name.toString('utf8');
    if (!Buffer.from(name, 'utf8').equals(entry.name)) found.misnamed.push(path);
    else if (isIgnoredName(name) || path.equals(outDir)) continue;
    else if (entry.isDirectory()) await sweepFolder(path, outDir, found);
    else if (entry.isFile()) found.files.push(path.toString('utf8'));
  }
  return found;
}

function isInside(path: string, directory: string): boolean {
  return path === directory || path.startsWith(directory + sep);
}
