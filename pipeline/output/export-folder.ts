import { join } from 'node:path';

/** The files of an `extract --out` folder (docs/researchers.md). */
export interface ExportFolder {
  root: string;
  /** results/<sha256>.json: one result per document, written as it finishes; what --resume reuses. */
  results: string;
  /** Temp files of atomic writes: a killed run's half-written files stay here, out of sight, and are removed by the next run. */
  temp: string;
  /** The options the results were made with; --resume refuses results made with others. */
  runOptions: string;
  /** The derived files, (re)written from results/ at the end of every complete run. */
  resultsJsonl: string;
  /** datapackage.json: the tables described as a Frictionless Data Package. */
  dataPackage: string;
  tables: {
    documents: string;
    interventions: string;
    budgetRows: string;
    budgetYears: string;
    fundingParts: string;
    findings: string;
    interventionsLinked: string;
    reports: string;
    statementRows: string;
  };
}

/** The folder cannot be used as asked (results made with other options, a foreign run.json): one line, exit status 2. */
export class ExportFolderError extends Error {
  override readonly name = 'ExportFolderError';
}

export function exportFolder(root: string): ExportFolder {
  return {
    root,
    results: join(root, 'results'),
    temp: join(root, '.tmp'),
    runOptions: join(root, 'run.json'),
    resultsJsonl: join(root, 'results.jsonl'),
    dataPackage: join(root, 'datapackage.json'),
    tables: {
      documents: join(root, 'documents.csv'),
      interventions: join(root, 'interventions.csv'),
      budgetRows: join(root, 'budget_rows.csv'),
      budgetYears: join(root, 'budget_years.csv'),
      fundingParts: join(root, 'funding_parts.csv'),
      findings: join(root, 'findings.csv'),
      interventionsLinked: join(root, 'interventions_linked.csv'),
      reports: join(root, 'reports.csv'),
      statementRows: join(root, 'statement_rows.csv'),
    },
  };
}
