/**
 * The twenty-first round's hold-out (fixtures/docs/outcome-only/, made by
 * fixtures/build/report-columns/): final reports whose cost table gives the utfall alone, one with
 * its Summa off, a table of indicators headed "Utfall" that is no cost table, and tables of insatser
 * whose Summa closes the avvikelse too, one of them off. Each as the .docx, as LibreOffice's PDF of
 * it (both committed) and as a pdfkit PDF without borders gives exactly the findings its case
 * lists, and the figures.
 */
import { OUTCOME_ONLY_CASES } from '../../fixtures/build/report-columns/outcome-only-cases.js';
import { OUTCOME_ONLY_DIR } from '../../fixtures/build/report-columns/main.js';
import { describeHoldout } from './support/holdout-cases.js';

describeHoldout('the utfall alone, a Summa of the avvikelse (hold-out)', OUTCOME_ONLY_CASES, OUTCOME_ONLY_DIR);
