import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { syncDirectory, tempPath } from '../support/atomic-files.js';

/** Bytes gathered before one write: a table of 100 000 rows is not 100 000 system calls. */
const FLUSH_BYTES = 256 * 1024;

/**
 * A text file written in pieces into a temp file and put in place by one rename when complete
 * (fsync first): readers — and a run killed half-way — only ever see the previous file or the
 * whole new one. Memory stays at one buffer however big the file grows.
 */
export class AtomicTextFile {
  private pending: string[] = [];
  private pendingBytes = 0;

  private constructor(
    readonly path: string,
    private readonly temp: string,
    private readonly handle: FileHandle,
  ) {}

  static async create(path: string, tempDir: string): Promise<AtomicTextFile> {
    const temp = tempPath(path, tempDir);
    return new AtomicTextFile(path, temp, await open(temp, 'wx'));
  }

  async write(text: string): Promise<void> {
    this.pending.push(text);
    this.pendingBytes += text.length;
    if (this.pendingBytes >= FLUSH_BYTES) await this.flush();
  }

  /** Flushes, fsyncs and closes the temp file; `commit` then puts it in place. */
  async finish(): Promise<void> {
    await this.flush();
    await this.handle.sync();
    await this.handle.close();
  }

  async commit(): Promise<void> {
    await rename(this.temp, this.path);
    await syncDirectory(dirname(this.path));
  }

  /** Gives up: the target is left as it was. */
  async abort(): Promise<void> {
    await this.handle.close().catch(() => undefined);
    await rm(this.temp, { force: true });
  }

  private async flush(): Promise<void> {
    if (this.pending.length === 0) return;
    const text = this.pending.join('');
    this.pending = [];
    this.pendingBytes = 0;
    const bytes = Buffer.from(text, 'utf8');
    for (let at = 0; at < bytes.length;) at += (await this.handle.write(bytes, at, bytes.length - at)).bytesWritten;
  }
}
