import { printable } from '../pipeline/support/printable.js';
import type { Lang } from '../schemas/config.js';

/** What progress is drawn on: process.stderr, or any stream that says whether it is a terminal. */
export interface ProgressStream {
  write(text: string): unknown;
  isTTY?: boolean;
  columns?: number;
}

export interface ProgressOptions {
  total: number;
  stream: ProgressStream;
  /** Not a terminal: one plain line this often. */
  lineIntervalMs?: number;
  /** For tests: the clock. */
  now?: () => number;
  /** The language of the lines (default Swedish). */
  lang?: Lang;
}

export interface ProgressCounts {
  /** Documents finished, reused ones included. */
  done: number;
  failed: number;
  /** Results reused from an earlier run (--resume): they do not count towards documents/s. */
  reused: number;
}

const LINE_INTERVAL_MS = 5_000;

/** The progress lines' words in each language. */
const WORDS = {
  sv: { documents: 'dokument', perSecond: 'dokument/s', shortPerSecond: 'dok/s', eta: 'klart om', shortEta: 'kvar', failed: 'misslyckades' },
  en: { documents: 'documents', perSecond: 'documents/s', shortPerSecond: 'docs/s', eta: 'ETA', shortEta: 'ETA', failed: 'failed' },
} as const;
/** The bar is redrawn at most this often: a terminal is slow, and nobody reads faster. */
const REDRAW_MS = 100;
const CLEAR_LINE = '\r\u001b[2K';

/**
 * Progress of a run on stderr: on a terminal a live bar (done/total, documents/s, ETA, failures
 * so far), redrawn in place; otherwise (a log file, CI) one plain line every few seconds. Other
 * lines go through `log` so they never end up glued to the bar.
 */
export class Progress {
  private readonly started: number;
  private readonly tty: boolean;
  private counts: ProgressCounts = { done: 0, failed: 0, reused: 0 };
  private lastDraw = -Infinity;
  private timer: NodeJS.Timeout | null = null;
  private drawn = false;

  constructor(private readonly options: ProgressOptions) {
    this.started = this.now();
    this.tty = options.stream.isTTY === true;
    if (!this.tty && options.total > 0) {
      this.timer = setInterval(() => this.options.stream.write(`${this.plainLine()}\n`), options.lineIntervalMs ?? LINE_INTERVAL_MS);
      this.timer.unref();
    }
  }

  update(counts: ProgressCounts): void {
    this.counts = counts;
    if (!this.tty) return;
    const now = this.now();
    if (now - this.lastDraw < REDRAW_MS && counts.done < this.options.total) return;
    this.lastDraw = now;
    this.options.stream.write(`${CLEAR_LINE}${this.barLine()}`);
    this.drawn = true;
  }

  /** A line of its own (a failed document), with the bar redrawn below it. */
  log(line: string): void {
    if (this.tty && this.drawn) {
      this.options.stream.write(`${CLEAR_LINE}${line}\n${this.barLine()}`);
      return;
    }
    this.options.stream.write(`${line}\n`);
  }

  /**
   * Clears the bar for `write`'s output on the same terminal (the text summaries on stdout), then
   * draws it again below.
   */
  async around(write: () => Promise<void>): Promise<void> {
    if (!this.tty || !this.drawn) return write();
    this.options.stream.write(CLEAR_LINE);
    await write();
    this.options.stream.write(this.barLine());
  }

  /** Stops the timer and leaves the terminal's line empty for the summary. */
  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    if (this.tty && this.drawn) this.options.stream.write(CLEAR_LINE);
    this.drawn = false;
  }

  /** "412/1000 dokument (41 %), 12,3 dokument/s, klart om 48 s, 3 misslyckades" (English: "412/1000 documents (41 %), 12.3 documents/s, ETA 48 s, 3 failed"). */
  plainLine(): string {
    const words = WORDS[this.options.lang ?? 'sv'];
    const { total } = this.options;
    const { done, failed } = this.counts;
    const percent = total === 0 ? 100 : Math.floor((done / total) * 100);
    return `rapportkoll: ${done}/${total} ${words.documents} (${percent} %), ${this.rateText()} ${words.perSecond}, ${words.eta} ${formatDuration(this.etaSeconds())}, ${failed} ${words.failed}`;
  }

  /** "[#########.........] 412/1000  12,3 dok/s  kvar 0:48  3 misslyckades", fitted to the terminal's width. */
  barLine(): string {
    const words = WORDS[this.options.lang ?? 'sv'];
    const { total } = this.options;
    const { done, failed } = this.counts;
    const text = ` ${done}/${total}  ${this.rateText()} ${words.shortPerSecond}  ${words.shortEta} ${formatDuration(this.etaSeconds())}  ${failed} ${words.failed}`;
    const width = Math.max(10, Math.min(40, (this.options.stream.columns ?? 80) - text.length - 3));
    const filled = total === 0 ? width : Math.round((done / total) * width);
    return `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]${text}`;
  }

  /** The rate with one decimal, a decimal comma in Swedish. */
  private rateText(): string {
    const text = this.rate().toFixed(1);
    return (this.options.lang ?? 'sv') === 'sv' ? text.replace('.', ',') : text;
  }

  /** Documents read per second since the start; results reused from an earlier run cost nothing and do not count. */
  private rate(): number {
    const seconds = (this.now() - this.started) / 1000;
    const read = this.counts.done - this.counts.reused;
    return seconds > 0 ? read / seconds : 0;
  }

  private etaSeconds(): number | null {
    const rate = this.rate();
    const left = this.options.total - this.counts.done;
    if (left === 0) return 0;
    return rate > 0 ? left / rate : null;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }
}

/** 48 → "48 s", 125 → "2:05", 3 725 → "1:02:05"; null (no rate yet) → "?". */
export function formatDuration(seconds: number | null): string {
  if (seconds === null || !Number.isFinite(seconds)) return '?';
  const whole = Math.round(seconds);
  if (whole < 60) return `${whole} s`;
  const hours = Math.floor(whole / 3600);
  const minutes = Math.floor((whole % 3600) / 60);
  const rest = String(whole % 60).padStart(2, '0');
  return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${rest}` : `${minutes}:${rest}`;
}

/** The line told before OCR of a document starts (position 0) and before each OCR'd page. */
export function ocrProgressLine(lang: Lang, path: string, page: number, position: number, total: number): string {
  const where = printable(path);
  if (lang === 'sv') {
    if (position === 0) return `rapportkoll: ${where}: ${total} ${total === 1 ? 'sida' : 'sidor'} utan textlager, läses med OCR`;
    return `rapportkoll: ${where}: OCR sida ${position}/${total} (sidan ${page})`;
  }
  if (position === 0) return `rapportkoll: ${where}: ${total} page${total === 1 ? '' : 's'} without a text layer, reading by OCR`;
  return `rapportkoll: ${where}: OCR page ${position}/${total} (page ${page})`;
}
