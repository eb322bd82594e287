import type { Evidence, Severity } from '../schemas/common.js';
import type { Lang } from '../schemas/config.js';
import type { DocumentResult } from '../schemas/result.js';
import { printable } from '../pipeline/support/printable.js';
import { maxOf } from '../extractors/arrays.js';

/**
 * A result as a person reads it in a terminal, in the manner of ESLint's default formatter: the
 * file, then each finding with its severity, rule, message and where it rests —
 * `s. 6 · 7.2 · «Summa | 1250000 | 0»`. Everything from the document or its name passes through
 * printable(), so no control character or escape sequence in a file reaches the terminal raw;
 * the only escape sequences written are the colours chosen here, and only when `color` is on.
 */

/** Evidence quoted longer than this is cut with an ellipsis: a line to read, not the page. */
const MAX_QUOTE = 160;
/** The places shown per finding; the rest are counted (a Summa against its eight rows). */
const MAX_PLACES = 3;

const WORDS = {
  sv: {
    severity: { error: 'fel', warning: 'varning', info: 'info' } as Record<Severity, string>,
    failed: 'misslyckades',
    none: 'inga avvikelser',
    morePlaces: (n: number) => `och ${n} ${n === 1 ? 'ställe' : 'ställen'} till`,
    page: 's.',
    kind: { slutrapport: 'slutrapport', arsredovisning: 'årsredovisning', delarsrapport: 'delårsrapport', unknown: 'okänd typ' } as Record<string, string>,
  },
  en: {
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    failed: 'failed',
    none: 'no findings',
    morePlaces: (n: number) => `and ${n} more ${n === 1 ? 'place' : 'places'}`,
    page: 'p.',
    kind: { slutrapport: 'slutrapport', arsredovisning: 'årsredovisning', delarsrapport: 'delårsrapport', unknown: 'unknown kind' } as Record<string, string>,
  },
} as const;

const SGR = { bold: '1', underline: '4', red: '31', yellow: '33', blue: '34', green: '32', dim: '2' } as const;
const SEVERITY_COLOUR: Record<Severity, keyof typeof SGR> = { error: 'red', warning: 'yellow', info: 'blue' };

export interface TextFormatOptions {
  lang: Lang;
  /** ANSI colours: for a terminal that has not asked for none (NO_COLOR). */
  color: boolean;
}

/** One document's block of lines, ending with a blank line. */
export function formatResultText(result: DocumentResult, options: TextFormatOptions): string {
  const words = WORDS[options.lang];
  const paint = (style: keyof typeof SGR, text: string): string => (options.color ? `\u001b[${SGR[style]}m${text}\u001b[0m` : text);
  const lines: string[] = [`${paint('underline', printable(result.source.path))}${describe(result, options.lang)}`];
  if (result.status === 'failed') {
    const error = result.error;
    lines.push(`  ${paint('red', words.failed)}  ${printable(error?.code ?? '')}  ${printable(oneLine(error?.message ?? ''))}`);
  } else if (result.findings.length === 0) {
    lines.push(`  ${paint('green', words.none)}`);
  } else {
    const width = maxOf(result.findings.map((finding) => words.severity[finding.severity].length));
    const indent = ' '.repeat(width + 4);
    for (const finding of result.findings) {
      const severity = words.severity[finding.severity];
      lines.push(
        `  ${paint(SEVERITY_COLOUR[finding.severity], severity.padEnd(width))}  ${paint('dim', finding.ruleId)}  ${printable(oneLine(finding.message))}`,
      );
      for (const evidence of finding.evidence.slice(0, MAX_PLACES)) lines.push(`${indent}${formatEvidence(evidence, options.lang)}`);
      if (finding.evidence.length > MAX_PLACES) lines.push(`${indent}${paint('dim', words.morePlaces(finding.evidence.length - MAX_PLACES))}`);
    }
  }
  return `${lines.join('\n')}\n\n`;
}

/** "s. 6 · 7.2 · «Summa | 1250000 | 0»": the page (PDF), the section, the quoted text — each when known. */
export function formatEvidence(evidence: Evidence, lang: Lang): string {
  const parts: string[] = [];
  if (evidence.page !== null) parts.push(`${WORDS[lang].page} ${evidence.page}`);
  if (evidence.section !== null) parts.push(printable(oneLine(evidence.section)));
  const quote = oneLine(evidence.text);
  if (quote !== '') parts.push(`«${printable(quote.length > MAX_QUOTE ? `${quote.slice(0, MAX_QUOTE - 1)}…` : quote)}»`);
  return parts.join(' · ');
}

/** " (slutrapport, Trisam 2.0 Gävle kommun)": the kind and what the report is about, when known. */
function describe(result: DocumentResult, lang: Lang): string {
  if (result.status === 'failed') return '';
  const kind = WORDS[lang].kind[result.kind] ?? result.kind;
  const subject =
    result.kind === 'slutrapport' && result.record
      ? result.record.intervention.name
      : (result.kind === 'arsredovisning' || result.kind === 'delarsrapport') && result.record
        ? result.record.organisation
        : null;
  return ` (${kind}${subject ? `, ${printable(oneLine(subject))}` : ''})`;
}

/** Line breaks and runs of white space as one space; a no-break space (Swedish figures) stays. */
function oneLine(text: string): string {
  return text.replace(/[\t\n\v\f\r ]+/g, ' ').trim();
}
