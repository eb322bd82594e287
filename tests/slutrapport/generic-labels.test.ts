/**
 * A final report on no template that labels its insats's name as forms other than Gävleborg's do
 * ("Projektbenämning", "Projektnamn:"), the name running on in lower case to the line's end. Read as
 * .docx and as PDF by the real pipeline, its `intervention.name` is the label's whole value.
 */
import { describe, expect, it } from 'vitest';
import { inFormats, processReport, reportIn, reportFolder } from '../findings/support/report-files.js';

const CASES: [string, string][] = [
  ['Projektbenämning', 'Coachning som rehabiliteringsmetod'],
  ['Projektnamn:', 'Coachning som rehabiliteringsmetod'],
];

const folder = reportFolder('generic-labels');

describe("the insats's name after a form's label, on no template", () => {
  it.each(inFormats(CASES, ['docx', 'pdf'] as const))('%s (%s)', async (label, format, name) => {
    const lines = ['SLUTRAPPORT', `${label} ${name}`, 'Rapportförfattare Anna Exempel', 'Av de 100 deltagarna har 86 avslutat programmet.'];
    const result = await processReport(folder(), label, format, await reportIn(format, lines, []));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport', record: { intervention: { name } } });
  });
});
