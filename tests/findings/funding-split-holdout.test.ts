/**
 * The twenty-second round's hold-out (fixtures/docs/funding-split/, made by
 * fixtures/build/report-columns/): final reports whose cost table splits each row by funder, with a
 * row, a funder's Summa and the Summa's total off in turn, one in tkr within rounding, one without a
 * total column, and a table of quantities and prices and a cost table with a "Varav" column that are
 * no such split. Each as the .docx, as LibreOffice's PDF of it (both committed) and as a pdfkit PDF
 * without borders gives exactly the findings its case lists, and the figures.
 */
import { FUNDING_SPLIT_CASES } from '../../fixtures/build/report-columns/funding-split-cases.js';
import { FUNDING_SPLIT_DIR } from '../../fixtures/build/report-columns/main.js';
import { describeHoldout } from './support/holdout-cases.js';

describeHoldout('costs split by funder (hold-out)', FUNDING_SPLIT_CASES, FUNDING_SPLIT_DIR);
