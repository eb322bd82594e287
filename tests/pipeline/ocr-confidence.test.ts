import { describe, expect, it } from 'vitest';
import type { OcrReading } from '../../extractors/model.js';
import { createDocumentFile } from '../../pipeline/document-file.js';
import { weighOcrConfidence } from '../../pipeline/stages/ocr-confidence.js';
import { PipelineConfig } from '../../schemas/config.js';
import type { Finding } from '../../schemas/finding.js';

/** Page 2 was OCR'd: "Summa utfall 0" with the 0 read as surely as `zeroConfidence`. */
function reading(zeroConfidence: number): OcrReading {
  const words = [
    { text: 'Lönekostnader', confidence: 95 },
    { text: '1', confidence: 96 },
    { text: '250', confidence: 96 },
    { text: '000', confidence: 96 },
    { text: 'Summa', confidence: 93 },
    { text: 'utfall', confidence: 91 },
    { text: '0', confidence: zeroConfidence },
  ];
  return { pages: [2], engine: 'tesseract.js', engineVersion: '7.0.0', languages: ['swe', 'eng'], meanConfidence: 90, words: { 2: words } };
}

function finding(page: number | null): Finding {
  return {
    ruleId: 'outcome-total-mismatch',
    severity: 'error',
    message: 'Utfall rows add up to 1 250 000 kr but the Summa row says 0 kr',
    evidence: [{ page, section: '7.2', text: 'Summa utfall 0' }],
    data: { actual: 0, expected: 1_250_000, difference: -1_250_000, tolerance: 0, unit: 'kr' },
  } as unknown as Finding;
}

function weigh(zeroConfidence: number, page: number | null, config: Record<string, unknown> = {}, severity: Finding['severity'] = 'error') {
  const file = createDocumentFile('x.pdf', PipelineConfig.parse({ ocr: config }));
  file.ocr = reading(zeroConfidence);
  file.findings = [{ ...finding(page), severity }];
  void weighOcrConfidence(file);
  return file.findings[0];
}

describe("findings resting on OCR'd figures", () => {
  it.each([
    { case: 'a figure read surely keeps its severity', zero: 91, page: 2, config: {}, severity: 'error', downgraded: false },
    { case: 'a figure read under 80 is downgraded to info, and says so', zero: 62, page: 2, config: {}, severity: 'error', downgraded: true },
    { case: 'the threshold is ocr.minConfidence', zero: 62, page: 2, config: { minConfidence: 50 }, severity: 'error', downgraded: false },
    { case: 'evidence on a page with a text layer is not weighed', zero: 10, page: 1, config: {}, severity: 'error', downgraded: false },
    { case: 'a .docx quote (no page) is not weighed', zero: 10, page: null, config: {}, severity: 'error', downgraded: false },
    { case: 'a configured warning is downgraded too', zero: 62, page: 2, config: {}, severity: 'warning', downgraded: true },
  ] as const)('$case', ({ zero, page, config, severity, downgraded }) => {
    const weighed = weigh(zero, page, config, severity);
    expect(weighed?.severity).toBe(downgraded ? 'info' : severity);
    const inSwedish = { error: 'fel', warning: 'varning' }[severity];
    if (downgraded)
      expect(weighed?.message).toMatch(new RegExp(`\\(nedgraderad från ${inSwedish} till info: beloppen lästes med OCR med säkerheten 62, under 80\\)$`));
    else expect(weighed?.message).not.toMatch(/nedgraderad/);
  });

  it("the evidence carries the mean confidence of its words; evidence off the OCR'd pages carries none", () => {
    expect(weigh(62, 2)?.evidence[0]?.ocrConfidence).toBe(82);
    expect(weigh(62, 1)?.evidence[0]?.ocrConfidence).toBeUndefined();
  });
});
