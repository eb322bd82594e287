/**
 * The twenty-third round's hold-out (fixtures/docs/wrapped-headings/, made by
 * fixtures/build/report-columns/): tables whose column headings are longer than their columns are
 * wide — cost tables of four and five figure columns, a table split by funder, tables of participants
 * by gender, annual and interim reports' operating statements. Each as the .docx, as LibreOffice's
 * PDF of it (both committed) and as a pdfkit PDF without borders, whose headings wrap or run over
 * into the next column, gives exactly the findings its case lists, and the figures.
 */
import { WRAPPED_HEADINGS_CASES } from '../../fixtures/build/report-columns/wrapped-headings-cases.js';
import { WRAPPED_HEADINGS_DIR } from '../../fixtures/build/report-columns/main.js';
import { describeHoldout } from './support/holdout-cases.js';

describeHoldout('headings longer than their columns (hold-out)', WRAPPED_HEADINGS_CASES, WRAPPED_HEADINGS_DIR);
