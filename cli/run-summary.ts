import type { Severity } from '../schemas/common.js';
import type { Lang } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';

/** What the counts need of a finding, of a document or of the run. */
type CountableFinding = { ruleId: string; severity: Severity };

/** What the counts need of a result: a whole one, or the summary a thread that stored it sends. */
export type Countable = Pick<DocumentResult, 'status' | 'error'> & { findings: readonly CountableFinding[] };

const RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

/** The summary's words in each language. */
const WORDS = {
  sv: {
    documents: (n: number) => `${n} dokument`,
    failed: (n: number) => `${n} misslyckades`,
    findings: (n: number) => `${n} ${n === 1 ? 'avvikelse' : 'avvikelser'}`,
    severity: { error: 'fel', warning: 'varning', info: 'information' } as Record<string, string>,
    byRule: 'avvikelser per regel',
    reused: (n: number) => `${n} resultat återanvända från en tidigare körning (--resume)`,
    redone: (n: number) => `${n} resultat från en annan version av rapportkoll eller reglerna gjordes om (--resume)`,
    seconds: (s: number) => `${s.toFixed(1).replace('.', ',')} s`,
  },
  en: {
    documents: (n: number) => `${n} document${n === 1 ? '' : 's'}`,
    failed: (n: number) => `${n} failed`,
    findings: (n: number) => `${n} finding${n === 1 ? '' : 's'}`,
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<string, string>,
    byRule: 'findings by rule',
    reused: (n: number) => `${n} result${n === 1 ? '' : 's'} reused from an earlier run (--resume)`,
    redone: (n: number) => `${n} result${n === 1 ? '' : 's'} of another rapportkoll or rules version made again (--resume)`,
    seconds: (s: number) => `${s.toFixed(1)} s`,
  },
} as const;

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

  /** `lang`: the language of the summary's lines (the counts' names, rule ids and error codes stay as they are). */
  constructor(private readonly lang: Lang = 'sv') {}

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

  /** "3 dokument: 2 ok, 1 misslyckades (encrypted 1); 4 avvikelser (fel 1, varning 3)" (English: "3 documents: 2 ok, 1 failed …"). */
  line(): string {
    const words = WORDS[this.lang];
    const codes = this.failed > 0 ? ` (${listCounts(this.failedByCode)})` : '';
    const findings = [...this.findingsBySeverity.values()].reduce((sum, count) => sum + count, 0);
    const bySeverity = new Map([...this.findingsBySeverity].map(([severity, count]) => [words.severity[severity] ?? severity, count]));
    const severities = findings > 0 ? ` (${listCounts(bySeverity)})` : '';
    return `${words.documents(this.documents)}: ${this.ok} ok, ${words.failed(this.failed)}${codes}; ${words.findings(findings)}${severities}`;
  }

  /** The summary at the end of a run: the counts, the time, findings by rule, results reused. */
  lines(): string[] {
    const words = WORDS[this.lang];
    const lines = [`${this.line()}; ${words.seconds((Date.now() - this.started) / 1000)}`];
    if (this.findingsByRule.size > 0) lines.push(`${words.byRule}: ${listCounts(this.findingsByRule)}`);
    if (this.reused > 0) lines.push(words.reused(this.reused));
    if (this.redone > 0) lines.push(words.redone(this.redone));
    return lines;
  }
}

function listCounts(counts: Map<string, number>): string {
  return [...counts.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([name, count]) => `${name} ${count}`)
    .join(', ');
}
