import { mkdtempSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A folder on another file system than tmpdir(), where a move between them is a copy: /dev/shm is a
 * tmpfs on Linux. Tests cannot mount one themselves without root, so they use it when it is there
 * and name why they are skipped when it is not (`reason`).
 */
export interface OtherFilesystem {
  /** Makes a fresh folder on the other file system; call only when `available`. */
  makeDir(prefix: string): string;
  available: boolean;
  reason: string;
}

const CANDIDATE = '/dev/shm';

export function otherFilesystem(): OtherFilesystem {
  let available = false;
  let reason = `${CANDIDATE} is not on another file system than ${tmpdir()}`;
  try {
    const shm = statSync(CANDIDATE);
    const tmp = statSync(tmpdir());
    available = shm.isDirectory() && shm.dev !== tmp.dev;
    if (!shm.isDirectory()) reason = `${CANDIDATE} is not a folder here`;
  } catch {
    reason = `${CANDIDATE} does not exist here (not Linux?)`;
  }
  return { available, reason, makeDir: (prefix) => mkdtempSync(join(CANDIDATE, prefix)) };
}
