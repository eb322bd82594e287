import type { Severity } from '../../schemas/common.js';
import type { DocumentResult } from '../../schemas/result.js';

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Counts over a run, kept while results stream past (the results themselves are not kept). */
export class RunSummary {
  documents = 0;
  ok = 0;
  readonly failedByCode = new Map<string, number>();
  readonly findingsBySeverity = new Map<Severity, number>();

  add(result: DocumentResult): void {
    this.documents++;
    if (result.status === 'ok') this.ok++;
    else this.failedByCode.set(result.error.code, (this.failedByCode.get(result.error.code) ?? 0) + 1);
    for (const finding of result.findings) {
      this.findingsBySeverity.set(finding.severity, (this.findingsBySeverity.get(finding.severity) ?? 0) + 1);
    }
  }

  /** True when a finding of `threshold` or worse was reported. */
  hasFindingAtLeast(threshold: Severity): boolean {
    return [...this.findingsBySeverity.keys()].some((severity) => RANK[severity] >= RANK[threshold]);
  }

  /** "3 documents: 2 ok, 1 failed (encrypted 1); 4 findings (error 1, warning 3)". */
  line(): string {
    const failed = this.documents - this.ok;
    const codes = failed > 0 ? ` (${listCounts(this.failedByCode)})` : '';
    const findings = [...this.findingsBySeverity.values()].reduce((sum, count) => sum + count, 0);
    const severities = findings > 0 ? ` (${listCounts(this.findingsBySeverity)})` : '';
    return `${this.documents} document${this.documents === 1 ? '' : 's'}: ${this.ok} ok, ${failed} failed${codes}; ${findings} finding${findings === 1 ? '' : 's'}${severities}`;
  }
}

function listCounts(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}
