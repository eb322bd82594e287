/**
 * One document's page: what it is (the record's key values, read in a minute), then every finding
 * with its message and its evidence — the quote with its section, and for a PDF the page drawn with
 * the quoted place framed. Everything from the document passes through `markup` (escaped).
 */
import type { Count, Evidence, Severity } from '../../schemas/common.js';
import type { Lang } from '../../schemas/config.js';
import type { Finding } from '../../schemas/finding.js';
import type { DocumentResult } from '../../schemas/result.js';
import { markup, type SafeHtml } from './escape.js';
import { pageShell } from './page-shell.js';
import { PAGE_WORDS, stockholmTime, type PageWords } from './words.js';

/** A drawn page as the report page refers to it. */
export interface PagePicture {
  /** Relative to the report page (reports/…). */
  src: string;
  /** The page in PDF points (the unit of evidence boxes) and the bitmap in pixels. */
  width: number;
  height: number;
  pixelWidth: number;
  pixelHeight: number;
}

export interface ReportPageInput {
  result: DocumentResult;
  /** The readable name as the report writes it. */
  title: string;
  /** Drawn pages by page number; a page missing here is shown by its quote alone. */
  pictures: ReadonlyMap<number, PagePicture>;
  /** Relative to the report page. */
  indexHref: string;
  receivedAt: string;
  lang: Lang;
  redacted: boolean;
  /** Extra <meta name content> pairs (the document's mark). */
  meta?: Record<string, string>;
}

/** Pages drawn per finding: a Summa against its eight rows is one page, seldom more than three. */
const MAX_PICTURES_PER_FINDING = 3;
const SEVERITIES: Severity[] = ['error', 'warning', 'info'];

export function reportPage(input: ReportPageInput): string {
  const words = PAGE_WORDS[input.lang];
  const { result } = input;
  const marks = new MarkStyles();
  const findings = [...result.findings].sort((a, b) => SEVERITIES.indexOf(a.severity) - SEVERITIES.indexOf(b.severity));
  const body = markup`<p><a href="${input.indexHref}">← ${words.back}</a></p>
    <h1>${input.title}</h1>
    <h2>${words.summary}</h2>
    ${summary(input, words)}
    ${
      result.warnings.length > 0
        ? markup`<h2>${words.warnings}</h2>
            <ul>
              ${result.warnings.map((warning) => markup`<li>${warning.message}</li>`)}
            </ul>`
        : null
    }
    ${
      result.status === 'failed'
        ? markup`<h2>${words.error}</h2>
            <p class="failed">${result.error.message}</p>`
        : null
    }
    ${
      result.status === 'ok'
        ? markup`<h2>${words.findingsHeading(findings.length)}</h2>
            ${findings.length === 0 ? markup`<p>${words.noFindingsText}</p>` : findings.map((finding, index) => findingBlock(finding, index, input, marks, words))}`
        : null
    }
    ${result.source.format === 'pdf' && input.pictures.size > 0 ? markup`<p class="note">${words.hiddenNote}</p>` : null}
    ${input.redacted ? markup`<p class="note">${words.redacted}</p>` : null}`;
  return pageShell({ lang: input.lang, title: input.title, extraStyle: marks.css(), body, ...(input.meta ? { meta: input.meta } : {}) });
}

function summary(input: ReportPageInput, words: PageWords): SafeHtml {
  const { result } = input;
  const rows: [string, string | null][] = [
    [words.kind, words.kindName[result.kind] ?? result.kind],
    [words.status, result.status === 'ok' ? words.ok : words.failed],
    [words.findings, countsText(result.findings, words)],
    [words.file, fileName(result.source.path)],
    [words.format, result.source.format],
    [words.pages, result.source.pages === null ? null : String(result.source.pages)],
    [words.received, stockholmTime(input.receivedAt)],
  ];
  const record = result.status === 'ok' ? result.record : null;
  if (record && 'intervention' in record) {
    const budgetTotal = record.budget.total;
    rows.push(
      [words.organisation, record.organisation],
      [words.intervention, record.intervention.name],
      // Which form it was read as, so a kansli sees whether its own template profile was recognised.
      [words.template, record.template?.name ?? words.noTemplate],
      [words.registrationNumber, record.registrationNumber],
      [words.receivedDate, record.receivedDate],
      [words.plannedPeriod, record.intervention.plannedPeriod?.text ?? null],
      [words.granted, record.intervention.granted?.text ?? null],
      [words.participants, record.participants ? peopleText(record.participants, words) : null],
      // Costs as a table per year, each with its Summa: the last Summa is its own table's, not the whole's.
      [budgetTotal.firstRow === undefined ? words.budgetTotal : words.budgetTotalOfLastTable, budgetTotal.budget?.text ?? null],
      [budgetTotal.firstRow === undefined ? words.outcomeTotal : words.outcomeTotalOfLastTable, budgetTotal.outcome?.text ?? null],
      // Subtotals ("Summa personal", a year's table's Summa over the next), each as written.
      ...(record.budget.subtotals ?? []).flatMap((subtotal): [string, string | null][] => [
        [`${words.budget}, ${subtotal.label}`, subtotal.budget?.text ?? null],
        [`${words.outcome}, ${subtotal.label}`, subtotal.outcome?.text ?? null],
      ]),
      // A cost table with a column per year: each year's Summa, where the whole period's may be blank.
      ...(budgetTotal.years ?? []).flatMap((year): [string, string | null][] => [
        [`${words.budgetTotal} ${year.year}`, year.budget?.text ?? null],
        [`${words.outcomeTotal} ${year.year}`, year.outcome?.text ?? null],
      ]),
      // A cost table split by funder: each funder's Summa and the total's, as written.
      ...(record.fundingTables ?? []).flatMap(({ funders, totalColumn, summa }): [string, string | null][] =>
        summa === null
          ? []
          : [
              ...funders.map((funder, index): [string, string | null] => [`${words.funding}, ${funder}`, summa.parts[index]?.text ?? null]),
              ...(totalColumn === null ? [] : [[`${words.funding}, ${totalColumn}`, summa.total?.text ?? null] satisfies [string, string | null]]),
            ],
      ),
    );
  } else if (record && 'members' in record) {
    rows.push(
      [words.organisation, record.organisation],
      [words.organisationNumber, record.organisationNumber],
      'year' in record ? [words.year, record.year === null ? null : String(record.year)] : [words.period, record.period?.text ?? null],
      [words.members, record.members.length > 0 ? record.members.join(', ') : null],
      [words.memberContributions, record.memberContributions?.text ?? null],
      [words.participants, record.participantsReached ? peopleText(record.participantsReached, words) : null],
    );
  }
  return markup`<dl class="summary">
    ${rows
      .filter((row): row is [string, string] => row[1] !== null && row[1] !== '')
      .map(
        ([term, value]) =>
          markup`<dt>${term}</dt>
            <dd>${value}</dd>`,
      )}
  </dl>`;
}

/** A count as the summary shows it; a number the report qualifies ("drygt 320") is shown as about that many. */
export function peopleText(count: Pick<Count, 'total' | 'women' | 'men' | 'text' | 'approximate'>, words: PageWords): string {
  const parts = words.people(count.women, count.men);
  if (count.total === null) return parts || count.text;
  const total = count.approximate ? words.about(count.total) : String(count.total);
  return parts ? `${total} (${parts})` : total;
}

export function countsText(findings: readonly Finding[], words: PageWords): string {
  const counted = SEVERITIES.map((severity) => [severity, findings.filter((finding) => finding.severity === severity).length] as const).filter(
    ([, n]) => n > 0,
  );
  return counted.length === 0
    ? words.noFindings
    : counted.map(([severity, n]) => `${n} ${n === 1 ? words.severity[severity] : words.severityPlural[severity]}`).join(', ');
}

function fileName(path: string): string {
  return path.split(/[\\/]/).pop() ?? path;
}

function findingBlock(finding: Finding, index: number, input: ReportPageInput, marks: MarkStyles, words: PageWords): SafeHtml {
  const id = `f${index + 1}`;
  const pages = [...new Set(finding.evidence.map((evidence) => evidence.page).filter((page): page is number => page !== null && input.pictures.has(page)))];
  return markup`<section class="finding ${finding.severity}" id="${id}" aria-labelledby="${id}-h">
    <h3 id="${id}-h"><span class="severity ${finding.severity}">${words.severity[finding.severity]}</span> <span class="rule">${finding.ruleId}</span></h3>
    <p class="message">${finding.message}</p>
    ${finding.evidence.map((evidence) => quoteBlock(evidence, input, words))}
    ${pages.slice(0, MAX_PICTURES_PER_FINDING).map((page) => pictureBlock(page, finding.evidence, `${id}-p${page}`, input, marks, words))}
  </section>`;
}

function quoteBlock(evidence: Evidence, input: ReportPageInput, words: PageWords): SafeHtml {
  const where = [evidence.page !== null ? words.page(evidence.page) : null, evidence.section !== null ? `${words.section} ${evidence.section}` : null]
    .filter((part) => part !== null)
    .join(' · ');
  const docx = input.result.source.format === 'docx';
  const unplaced = evidence.page !== null && !input.pictures.has(evidence.page) && input.result.source.format === 'pdf';
  return markup`<div class="evidence">
    ${where !== '' || docx ? markup`<p class="where">${docx ? `${words.docxPlace}${where !== '' ? ` · ${where}` : ''}` : where}</p>` : null}
    <blockquote>${evidence.text}</blockquote>
    ${unplaced ? markup`<p class="note">${words.noPageImage}</p>` : null}
  </div>`;
}

function pictureBlock(page: number, evidence: readonly Evidence[], id: string, input: ReportPageInput, marks: MarkStyles, words: PageWords): SafeHtml {
  const picture = input.pictures.get(page);
  if (!picture) return markup``;
  const boxes = evidence.filter((entry) => entry.page === page && entry.box !== undefined);
  const classes = boxes.map((entry, index) => marks.add(`${id}-m${index + 1}`, entry.box!, picture));
  return markup`<figure class="page">
    <div class="sheet">
      <img
        src="${picture.src}"
        width="${picture.pixelWidth}"
        height="${picture.pixelHeight}"
        loading="lazy"
        alt="${words.pageAlt(page, boxes.length)}"
      />${classes.map((name) => markup`<span class="mark ${name}" data-page="${page}"></span>`)}
    </div>
    <figcaption>${words.page(page)}</figcaption>
  </figure>`;
}

/**
 * The highlight boxes' places as style rules of the page's own style block (which the CSP admits by
 * its hash): a style attribute would need 'unsafe-inline'. Percentages of the page, so a box stays
 * on its text however wide the image is shown. Only numbers we computed go in.
 */
class MarkStyles {
  private readonly rules: string[] = [];

  add(name: string, box: NonNullable<Evidence['box']>, picture: PagePicture): string {
    const percent = (value: number, of: number): string => `${Math.max(0, Math.min(100, (value / of) * 100)).toFixed(3)}%`;
    // A little air around the text, so the frame does not cut through the letters.
    const pad = 2;
    this.rules.push(
      `.${name} { left: ${percent(box.x - pad, picture.width)}; top: ${percent(box.y - pad, picture.height)}; width: ${percent(box.width + 2 * pad, picture.width)}; height: ${percent(box.height + 2 * pad, picture.height)}; }`,
    );
    return name;
  }

  css(): string {
    return this.rules.length === 0 ? '' : `\n${this.rules.join('\n')}\n`;
  }
}
