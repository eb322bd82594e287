import type { Lang } from '../schemas/config.js';
import type { QueueConfig } from '../schemas/queue-config.js';
import { Alerter } from './alerts.js';
import { repairJsonlTail } from '../pipeline/support/atomic-files.js';
import type { Logger } from './logger.js';
import { alertsFile, outboxDirectory } from './out-folder.js';
import { ResultStore } from './result-store.js';
import { WebhookOutbox } from './webhook-outbox.js';
import { HtmlFolder } from '../pipeline/html/html-folder.js';
import { PageRenderer } from '../pipeline/page-images/renderer.js';

/** Everything a processing process writes under <out>. */
export interface Output {
  store: ResultStore;
  alerter: Alerter;
  outbox: WebhookOutbox | null;
  /** index.html and reports/ under <out>: the pages people open. */
  pages: HtmlFolder;
  close(): Promise<void>;
}

/**
 * Opens <out> for writing: cuts torn last lines a killed process may have left in results.jsonl and
 * alerts.jsonl, and starts delivering the webhook outbox (including alerts left by earlier runs),
 * its chat summaries in `lang`.
 */
export async function openOutput(outDir: string, config: QueueConfig, logger: Logger, lang: Lang = 'sv'): Promise<Output> {
  const store = new ResultStore(outDir);
  for (const [file, repair] of [
    ['results.jsonl', await store.repair()],
    ['alerts.jsonl', await repairJsonlTail(alertsFile(outDir))],
  ] as const) {
    if (repair) logger.warn({ file, droppedBytes: repair.droppedBytes }, 'torn-line-cut');
  }
  const outbox = config.webhookUrl
    ? new WebhookOutbox({
        directory: outboxDirectory(outDir),
        url: config.webhookUrl,
        format: config.webhookFormat,
        lang,
        timeoutMs: config.webhookTimeoutMs,
        retryMs: config.webhookRetryMs,
        maxRetryMs: config.webhookMaxRetryMs,
        pollMs: config.outboxPollMs,
        logger,
      })
    : null;
  outbox?.start();
  const renderer = new PageRenderer();
  const pages = new HtmlFolder(outDir, { lang, renderer });
  return {
    store,
    alerter: new Alerter(outDir, logger, outbox, config.webhookRedact),
    outbox,
    pages,
    close: async () => {
      await outbox?.close();
      // The overview with the last documents in it, before the process goes.
      await pages.flush().catch((error: unknown) => logger.warn({ err: error }, 'index-page-failed'));
      await renderer.close();
    },
  };
}

/** Alerts only (duplicates), for a process that records but does not process: the queue-mode watcher. */
export function recordingAlerter(outDir: string, logger: Logger): Alerter {
  return new Alerter(outDir, logger, null);
}
