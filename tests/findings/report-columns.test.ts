/**
 * The round's hold-out (fixtures/docs/report-columns/, made by fixtures/build/report-columns/):
 * reports whose tables head their columns on a line apart ("Utfall 2023 Budget 2023 Avvikelse",
 * "Budget 2024 Utfall jan–jun Prognos 2024 Avvikelse", "Not Bokslut 2022 Bokslut 2023"), an annual
 * report's insatser with "Differens" and "Förbrukat %" beside, a final report's "Varav egen
 * finansiering" and an avvikelse in brackets and with a plus. Each as the .docx, as LibreOffice's
 * PDF of it (both committed) and as a pdfkit PDF without borders gives exactly the findings its
 * case lists, and the figures.
 */
import { REPORT_COLUMNS_CASES } from '../../fixtures/build/report-columns/cases.js';
import { REPORT_COLUMNS_DIR } from '../../fixtures/build/report-columns/main.js';
import { describeHoldout } from './support/holdout-cases.js';

describeHoldout('reports with columns headed apart from their tables or set beside budget and utfall (hold-out)', REPORT_COLUMNS_CASES, REPORT_COLUMNS_DIR);
