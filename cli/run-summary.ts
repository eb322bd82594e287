import type { Severity } from '../schemas/common.js';
import type { DocumentResult } from '../schemas/result.js';

/** What the counts need of a finding, of a document or of the run. */
type CountableFinding = { ruleId: string; severity: Severity };

/** What the counts need of a result: a whole one, or the summary a thread that stored it sends. */
export type Countable = Pick<DocumentResult, 'status' | 'error'> & { findings: readonly CountableFinding[] };

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** Counts over a run, kept while results stream past (the results themselves are not kept). */
export class RunSummary {
  documents = 0;
  ok = 0;
  /** Results taken from an earlier run (--resume). */
  reused = 0;
  /** Results of an earlier run made by another version, so made again (--resume). */
  redone = 0;
  readonly failedByCode = new Map<string, number>();
  readonly findingsBySeverity = new Map<Severity, number>();
  readonly findingsByRule = new Map<string, number>();
  private readonly started = Date.now();

  add(result: Countable, reused = false): void {
    this.documents++;
    if (reused) this.reused++;
    if (result.status === 'ok') this.ok++;
    else {
      const code = result.error?.code ?? 'unknown';
      this.failedByCode.set(code, (this.failedByCode.get(code) ?? 0) + 1);
    }
    this.addFindings(result.findings);
  }

  /** Findings about the run rather than one document (cross-document-mismatch). */
  addFindings(findings: readonly CountableFinding[]): void {
    for (const finding of findings) {
      this.findingsBySeverity.set(finding.severity, (this.findingsBySeverity.get(finding.severity) ?? 0) + 1);
      this.findingsByRule.set(finding.ruleId, (this.findingsByRule.get(finding.ruleId) ?? 0) + 1);
    }
  }

  get failed(): number {
    return this.documents - this.ok;
  }

  /** True when a finding of `threshold` or worse was reported. */
  hasFindingAtLeast(threshold: Severity): boolean {
    return [...this.findingsBySeverity.keys()].some((severity) => RANK[severity] >= RANK[threshold]);
  }

  /** "3 documents: 2 ok, 1 failed (encrypted 1); 4 findings (error 1, warning 3)". */
  line(): string {
    const codes = this.failed > 0 ? ` (${listCounts(this.failedByCode)})` : '';
    const findings = [...this.findingsBySeverity.values()].reduce((sum, count) => sum + count, 0);
    const severities = findings > 0 ? ` (${listCounts(this.findingsBySeverity)})` : '';
    return `${this.documents} document${this.documents === 1 ? '' : 's'}: ${this.ok} ok, ${this.failed} failed${codes}; ${findings} finding${findings === 1 ? '' : 's'}${severities}`;
  }

  /** The summary at the end of a run: the counts, the time, findings by rule, results reused. */
  lines(): string[] {
    const seconds = (Date.now() - this.started) / 1000;
    const lines = [`${this.line()}; ${seconds.toFixed(1)} s`];
    if (this.findingsByRule.size > 0) lines.push(`findings by rule: ${listCounts(this.findingsByRule)}`);
    if (this.reused > 0) lines.push(`${this.reused} result${this.reused === 1 ? '' : 's'} reused from an earlier run (--resume)`);
    if (this.redone > 0) lines.push(`${this.redone} result${this.redone === 1 ? '' : 's'} of another rapportkoll or rules version made again (--resume)`);
    return lines;
  }
}

function listCounts(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}
