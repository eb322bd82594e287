import type { OcrReading, OcrWordConfidence } from '../../extractors/model.js';
import type { Evidence } from '../../schemas/common.js';
import type { Lang } from '../../schemas/config.js';
import type { Finding } from '../../schemas/finding.js';
import type { Stage } from '../document-file.js';

/**
 * Evidence quoting an OCR'd page carries how surely its words were read (`ocrConfidence`), and a
 * finding whose figures were read with less confidence than ocr.minConfidence is downgraded to
 * info — after the configured severity, and saying so — since a misread digit must not raise an
 * error alert.
 */
export const weighOcrConfidence: Stage = (file) => {
  const { ocr } = file;
  if (!ocr) return;
  const pages = new Map(Object.entries(ocr.words).map(([page, words]) => [Number(page), words.map((word) => ({ ...word, key: tokenKey(word.text) }))]));
  const weigh = (evidence: Evidence): Weighed | null => {
    const words = evidence.page === null ? undefined : pages.get(evidence.page);
    if (!words) return null;
    const weighed = weighQuote(evidence.text, words, ocr);
    evidence.ocrConfidence = weighed.mean;
    return weighed;
  };
  if (file.extraction) forEachEvidence(file.extraction.record, weigh);
  if (file.wrappedIn) weigh(file.wrappedIn.evidence);
  file.findings = file.findings.map((finding) => downgraded(finding, finding.evidence.map(weigh), file.config.ocr.minConfidence, file.config.lang));
};

interface Weighed {
  /** Mean confidence of the quote's words. */
  mean: number;
  /** Lowest confidence of a word holding a digit; null when the quote has no figure. */
  figures: number | null;
}

type KeyedWord = OcrWordConfidence & { key: string };

function tokenKey(text: string): string {
  return text.toLowerCase().replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
}

const round = (value: number): number => Math.round(value * 10) / 10;

/**
 * The quote's words on the page: where the longest run of its words stands in reading order, else
 * each word wherever it was read best (table cells are quoted in another order than OCR reads them).
 */
function weighQuote(text: string, words: KeyedWord[], ocr: OcrReading): Weighed {
  const tokens = text.split(/\s+/).map(tokenKey).filter(Boolean);
  let best: { start: number; score: number } = { start: -1, score: 0 };
  for (let start = 0; start < words.length; start++) {
    let score = 0;
    for (let k = 0; k < tokens.length && start + k < words.length; k++) if (words[start + k]?.key === tokens[k]) score++;
    if (score > best.score) best = { start, score };
  }
  const matched: KeyedWord[] = [];
  if (best.score >= Math.max(2, Math.ceil(tokens.length / 2))) {
    tokens.forEach((token, k) => {
      const word = words[best.start + k];
      if (word?.key === token) matched.push(word);
    });
  } else {
    for (const token of tokens) {
      const candidates = words.filter((word) => word.key === token);
      const surest = candidates.reduce<KeyedWord | null>((a, b) => (a && a.confidence >= b.confidence ? a : b), null);
      if (surest) matched.push(surest);
    }
  }
  if (matched.length === 0) return { mean: ocr.meanConfidence, figures: /\d/.test(text) ? ocr.meanConfidence : null };
  const mean = matched.reduce((sum, word) => sum + word.confidence, 0) / matched.length;
  const figures = matched.filter((word) => /\d/.test(word.text)).map((word) => word.confidence);
  return { mean: round(mean), figures: figures.length > 0 ? round(figures.reduce((a, b) => Math.min(a, b))) : null };
}

const SEVERITY_SV: Record<Finding['severity'], string> = { error: 'fel', warning: 'varning', info: 'info' };

function downgraded(finding: Finding, weighed: Array<Weighed | null>, minConfidence: number, lang: Lang): Finding {
  const figures = weighed.flatMap((entry) => (entry?.figures === null || entry === null ? [] : [entry.figures]));
  if (finding.severity === 'info' || figures.length === 0) return finding;
  const lowest = figures.reduce((a, b) => Math.min(a, b));
  if (lowest >= minConfidence) return finding;
  return {
    ...finding,
    severity: 'info',
    message:
      lang === 'sv'
        ? `${finding.message} (nedgraderad från ${SEVERITY_SV[finding.severity]} till info: beloppen lästes med OCR med säkerheten ${lowest}, under ${minConfidence})`
        : `${finding.message} (downgraded from ${finding.severity} to info: its figures were read by OCR with confidence ${lowest}, under ${minConfidence})`,
  };
}

/** Every Evidence object in a record, however deep: an object with a page, a section and a text. */
function forEachEvidence(value: unknown, visit: (evidence: Evidence) => void): void {
  if (Array.isArray(value)) {
    for (const item of value) forEachEvidence(item, visit);
    return;
  }
  if (value === null || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  if (typeof record.text === 'string' && 'page' in record && 'section' in record && (record.page === null || typeof record.page === 'number')) {
    visit(record as unknown as Evidence);
    return;
  }
  for (const child of Object.values(record)) forEachEvidence(child, visit);
}
