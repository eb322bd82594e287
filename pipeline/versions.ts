import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root.js';
import { RULES_VERSION } from './rule-engine/registry.js';

/** What every result records about what made it, so a later version knows which results to redo. */
export interface MadeBy {
  rapportkollVersion: string;
  rulesVersion: number;
}

let made: MadeBy | undefined;

/** This rapportkoll's version (its package.json, read once per thread) and its rules' version. */
export function madeBy(): MadeBy {
  made ??= { rapportkollVersion: packageVersion(), rulesVersion: RULES_VERSION };
  return made;
}

function packageVersion(): string {
  const manifest: unknown = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8'));
  const version = typeof manifest === 'object' && manifest !== null && 'version' in manifest ? manifest.version : undefined;
  return typeof version === 'string' && version !== '' ? version : '0.0.0';
}

/** Whether a stored result was made by this rapportkoll and these rules (else `--resume` and `reprocess` make it again). */
export function isMadeByThisVersion(result: { rapportkollVersion?: string | undefined; rulesVersion?: number | undefined }): boolean {
  const current = madeBy();
  return result.rapportkollVersion === current.rapportkollVersion && result.rulesVersion === current.rulesVersion;
}
