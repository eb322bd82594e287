import { hostname } from 'node:os';
import { isAbsolute } from 'node:path';
import { z } from 'zod';

export const DOCUMENT_JOB_NAME = 'document';

/** What a job carries; its id is the sha256. Validated by the worker, since anything can write to Redis. */
export const DocumentJobData = z.object({
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** The spooled copy relative to <out>; every machine resolves it against its own --out. */
  spoolFile: z.string().regex(/^spool\/[0-9a-f]{64}(\.[a-z0-9]{1,10})?$/),
  /** Where the document was found (inbox or `enqueue` argument), on the machine that queued it. */
  originalPath: z.string().min(1),
  /**
   * Its path relative to the inbox, when a watcher found it there: the name it is filed under in
   * processed/ or failed/ (filed-name.ts). Absent for `enqueue`d files, which stay where they are.
   * Relative and without "..", since anything can write to Redis.
   */
  inboxPath: z
    .string()
    .min(1)
    .refine((path) => !isAbsolute(path) && !path.split(/[\\/]/).some((part) => part === '' || part === '.' || part === '..'), {
      message: 'inboxPath must be a relative path inside the inbox',
    })
    .optional(),
  bytes: z.number().int().nonnegative(),
  enqueuedAt: z.iso.datetime(),
  /** host:pid of the process that queued it; tells a racing second add from the first one. */
  enqueuedBy: z.string(),
});
export type DocumentJobData = z.infer<typeof DocumentJobData>;

export interface DocumentJobResult {
  status: 'ok';
  /** results/<sha256>.json, relative to <out>. */
  result: string;
}

export function enqueuerIdentity(): string {
  return `${hostname()}:${process.pid}`;
}
