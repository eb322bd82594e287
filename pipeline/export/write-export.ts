import type { Lang, RulesConfig } from '../../schemas/config.js';
import type { DocumentResult } from '../../schemas/result.js';
import type { CrossDocumentFinding } from '../../schemas/run-finding.js';
import { linkInterventions } from '../link/link-interventions.js';
import { type InterventionMention, mentionsOf } from '../link/mention.js';
import type { ExportFolder } from '../output/export-folder.js';
import { runRunRules } from '../rule-engine/run-rules.js';
import { AtomicTextFile } from './atomic-text-file.js';
import { BUDGET_ROW_COLUMNS, budgetRowsOf } from './budget-rows-table.js';
import { BUDGET_YEAR_COLUMNS, budgetYearsOf } from './budget-years-table.js';
import { FUNDING_PART_COLUMNS, fundingPartsOf } from './funding-parts-table.js';
import { type CsvDelimiter, CsvTable } from './csv-table.js';
import { dataPackage } from './datapackage.js';
import { DOCUMENT_COLUMNS } from './documents-table.js';
import { crossDocumentFindingRow, documentFindingRows, FINDING_COLUMNS, type FindingRow } from './findings-table.js';
import { INTERVENTION_COLUMNS } from './interventions-table.js';
import { LINKED_COLUMNS } from './interventions-linked-table.js';
import { appendAll } from '../../extractors/arrays.js';
import { REPORT_COLUMNS, reportRowOf } from './reports-table.js';
import { STATEMENT_ROW_COLUMNS, statementRowsOf } from './statement-rows-table.js';

export interface ExportRun {
  folder: ExportFolder;
  /** The run's inputs, in input order: the order of every file written. */
  inputs: readonly string[];
  /** The result of input `index`, read back from wherever the run keeps it. */
  resultOf(index: number): Promise<DocumentResult>;
  delimiter: CsvDelimiter;
  rules: RulesConfig;
  /** The language of the run rules' messages. */
  lang: Lang;
}

export interface ExportOutcome {
  crossDocumentFindings: CrossDocumentFinding[];
  linkedInterventions: number;
}

/**
 * Writes results.jsonl and the five tables from the run's results, one result in memory at a
 * time (only the compact intervention mentions are kept, for linking). Every file goes to a temp
 * file first and all are renamed into place at the end, so each file is always either the previous
 * run's or this one's, whole. The content depends only on the inputs and their results: a resumed
 * run writes exactly the bytes an uninterrupted one does.
 */
export async function writeExport(run: ExportRun): Promise<ExportOutcome> {
  const { folder, delimiter } = run;
  const options = { delimiter, tempDir: folder.temp };
  const jsonl = await AtomicTextFile.create(folder.resultsJsonl, folder.temp);
  const documents = await CsvTable.create(folder.tables.documents, DOCUMENT_COLUMNS, options);
  const budgetRows = await CsvTable.create(folder.tables.budgetRows, BUDGET_ROW_COLUMNS, options);
  const budgetYears = await CsvTable.create(folder.tables.budgetYears, BUDGET_YEAR_COLUMNS, options);
  const fundingParts = await CsvTable.create(folder.tables.fundingParts, FUNDING_PART_COLUMNS, options);
  const findings = await CsvTable.create(folder.tables.findings, FINDING_COLUMNS, options);
  const interventions = await CsvTable.create(folder.tables.interventions, INTERVENTION_COLUMNS, options);
  const linkedTable = await CsvTable.create(folder.tables.interventionsLinked, LINKED_COLUMNS, options);
  const reports = await CsvTable.create(folder.tables.reports, REPORT_COLUMNS, options);
  const statementRows = await CsvTable.create(folder.tables.statementRows, STATEMENT_ROW_COLUMNS, options);
  const descriptor = await AtomicTextFile.create(folder.dataPackage, folder.temp);
  const files = [jsonl, documents, budgetRows, budgetYears, fundingParts, findings, interventions, linkedTable, reports, statementRows, descriptor];
  try {
    const mentions: InterventionMention[] = [];
    // The documents' findings wait for the links: a finding about an intervention carries its link_id. They are small.
    const documentFindings: { rows: FindingRow[]; mentions: InterventionMention[] }[] = [];
    const documentIdOf = new Map<string, number>();
    for (const [index, path] of run.inputs.entries()) {
      const result = atPath(await run.resultOf(index), path);
      const id = index + 1;
      documentIdOf.set(path, id);
      await jsonl.write(`${JSON.stringify(result)}\n`);
      await documents.write({ id, result });
      for (const row of budgetRowsOf(result, id)) await budgetRows.write(row);
      for (const row of budgetYearsOf(result, id)) await budgetYears.write(row);
      for (const row of fundingPartsOf(result, id)) await fundingParts.write(row);
      const report = reportRowOf(result, id);
      if (report) await reports.write(report);
      for (const row of statementRowsOf(result, id)) await statementRows.write(row);
      const mentioned = mentionsOf(result, index);
      appendAll(mentions, mentioned);
      if (result.findings.length > 0) documentFindings.push({ rows: documentFindingRows(result, id), mentions: mentioned });
    }

    const linked = linkInterventions(mentions);
    const crossDocumentFindings: CrossDocumentFinding[] = [];
    const linkIdOf = new Map<InterventionMention, string>();
    const crossRows: FindingRow[] = [];
    for (const intervention of linked) {
      const found = runRunRules(intervention, run.rules, undefined, run.lang);
      appendAll(crossDocumentFindings, found);
      for (const finding of found) crossRows.push(crossDocumentFindingRow(finding, (path) => documentIdOf.get(path) ?? null));
      for (const mention of intervention.mentions) linkIdOf.set(mention, intervention.linkId);
      await linkedTable.write({ linked: intervention, findings: found.length });
    }
    for (const { rows, mentions: mentioned } of documentFindings) {
      for (const row of rows) {
        const mention = row.intervention === null ? undefined : mentioned.find((candidate) => candidate.name === row.intervention);
        await findings.write({ ...row, linkId: mention ? (linkIdOf.get(mention) ?? null) : null });
      }
    }
    for (const row of crossRows) await findings.write(row);
    for (const mention of mentions) await interventions.write({ mention, linkId: linkIdOf.get(mention) ?? '' });
    await descriptor.write(`${JSON.stringify(dataPackage(delimiter), null, 2)}\n`);

    for (const file of files) await file.finish();
    for (const file of files) await file.commit();
    return { crossDocumentFindings, linkedInterventions: linked.length };
  } catch (error) {
    await Promise.all(files.map((file) => file.abort()));
    throw error;
  }
}

/**
 * A stored result is of the bytes, whatever they were called: under the path this run was given
 * (a copy, a renamed file, a resumed run from another working folder).
 */
function atPath(result: DocumentResult, path: string): DocumentResult {
  return result.source.path === path ? result : { ...result, source: { ...result.source, path } };
}
