/**
 * The nineteenth round's hold-out (fixtures/docs/parts-and-groups/, made by
 * fixtures/build/report-columns/): final reports' cost tables with the money received in a part of
 * their own or a row over the costs, and a deduction under the costs' Summa; an annual report's
 * participants by age group and gender, a sentence of two places' women and men, a driftredovisning
 * and a table of insatser with subtotals written "Delsumma" and a "Totalsumma". Each as the .docx, as
 * LibreOffice's PDF of it (both committed) and as a pdfkit PDF without borders gives exactly the
 * findings its case lists, and the figures.
 */
import { PARTS_AND_GROUPS_CASES } from '../../fixtures/build/report-columns/parts-and-groups-cases.js';
import { PARTS_AND_GROUPS_DIR } from '../../fixtures/build/report-columns/main.js';
import { describeHoldout } from './support/holdout-cases.js';

describeHoldout('tables in parts, people by gender in groups (hold-out)', PARTS_AND_GROUPS_CASES, PARTS_AND_GROUPS_DIR);
