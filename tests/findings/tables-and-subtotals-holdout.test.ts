/**
 * The twentieth round's hold-out (fixtures/docs/tables-and-subtotals/, made by
 * fixtures/build/report-columns/): final reports whose costs come as a table per year, one under the
 * other, each with its Summa (one with a total of both under them, one with the first year's Summa
 * off), and cost tables whose rows close in subtotals, a subtotal or the total off. Each as the
 * .docx, as LibreOffice's PDF of it (both committed) and as a pdfkit PDF without borders gives
 * exactly the findings its case lists, and the figures.
 */
import { TABLES_AND_SUBTOTALS_CASES } from '../../fixtures/build/report-columns/tables-and-subtotals-cases.js';
import { TABLES_AND_SUBTOTALS_DIR } from '../../fixtures/build/report-columns/main.js';
import { describeHoldout } from './support/holdout-cases.js';

describeHoldout('a table per year, subtotals (hold-out)', TABLES_AND_SUBTOTALS_CASES, TABLES_AND_SUBTOTALS_DIR);
