import type { QueueConfig } from '../schemas/queue-config.js';
import { openDocumentQueue } from './document-queue.js';
import { outboxBacklog } from './webhook-outbox.js';

export interface QueueCounts {
  waiting: number;
  active: number;
  /** Waiting for a retry after a transient fault. */
  delayed: number;
  completed: number;
  failed: number;
  /** Alerts in <out>/webhook-outbox not yet accepted by the webhook. */
  webhookPending: number;
}

export async function queueCounts(config: QueueConfig, outboxDirectory: string): Promise<QueueCounts> {
  const queue = openDocumentQueue(config, { readOnly: true });
  try {
    const counts = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    return {
      waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      completed: counts.completed ?? 0,
      failed: counts.failed ?? 0,
      webhookPending: await outboxBacklog(outboxDirectory),
    };
  } finally {
    await queue.close();
  }
}
