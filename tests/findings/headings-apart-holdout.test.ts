/**
 * The eighteenth round's hold-out (fixtures/docs/headings-apart/, made by
 * fixtures/build/report-columns/): a final report's cost table under "Post Beviljat belopp
 * Förbrukade medel Kvar" and under a header table of its own, an annual report's insatser under
 * "Insatser Tilldelat Kostnad Skillnad", a driftredovisning whose avvikelse after last year's utfall is
 * the change since then, tables of people by gender under "Kön Kvinnor Män Ej angivet Totalt" and
 * under a header table. Each as the .docx, as LibreOffice's PDF of it (both committed) and as a
 * pdfkit PDF without borders gives exactly the findings its case lists, and the figures.
 */
import { HEADINGS_APART_CASES } from '../../fixtures/build/report-columns/headings-apart-cases.js';
import { HEADINGS_APART_DIR } from '../../fixtures/build/report-columns/main.js';
import { describeHoldout } from './support/holdout-cases.js';

describeHoldout('tables headed apart from their columns, an avvikelse after last year’s utfall (hold-out)', HEADINGS_APART_CASES, HEADINGS_APART_DIR);
