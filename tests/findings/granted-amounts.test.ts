/**
 * The granted amount of a slutrapport on the template, written as kanslier write it: the whole, or
 * one year's or one month's ("600 tkr per år", "600 tkr för 2021 och 600 tkr för 2022"). A year's
 * grant is not the insats's: the record's `granted` is then null and the whole period's budget of
 * 1 200 tkr is not held to it. Read by the real pipeline from the hand-typed template report
 * (tests/slutrapport/support/numbered-report.ts, insats 2021–2022), each gives exactly the findings
 * listed beside the report's own three (an impossible received date, two blank sections).
 */
import { describe, expect, it } from 'vitest';
import { numberedReportDocx } from '../slutrapport/support/numbered-report.js';
import { processReport, reportFolder } from './support/report-files.js';

const OWN = ['invalid-date', 'empty-required-section', 'empty-required-section'];
const OVER = ['budget-exceeds-granted', 'budget-exceeds-granted'];

const CASES: [string, number | null, string[]][] = [
  ['1,2 mkr', 1_200_000, OWN],
  ['1 200 000 kr för 2021–2022', 1_200_000, OWN],
  ['1 200 000 kr (600 000 kr per år)', 1_200_000, OWN],
  ['600 tkr', 600_000, [...OVER, ...OWN]],
  ['600 tkr per år', null, OWN],
  ['600 000 kr/år', null, OWN],
  ['50 000 kr per månad', null, OWN],
  ['600 tkr för 2021 och 600 tkr för 2022', null, OWN],
];

const folder = reportFolder('granted-amounts');

describe('a granted amount of one year or month is not the insats’s whole grant', () => {
  it.each(CASES)('"%s"', async (granted, sek, findings) => {
    const result = await processReport(folder(), granted, 'docx', new Uint8Array(await numberedReportDocx({ granted })));
    expect(result).toMatchObject({ status: 'ok', kind: 'slutrapport' });
    const record = result.record as { intervention: { granted: { sek: number } | null } };
    expect(record.intervention.granted?.sek ?? null).toBe(sek);
    expect(result.findings.map((finding) => finding.ruleId)).toEqual(findings);
  });
});
