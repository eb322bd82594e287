/**
 * The overview: every document, the latest received first, with what a person looks for before
 * opening one (name, kind, förbund, year or period, status, findings by severity, when it came).
 * Up to PAGE_LIMIT documents it is one page; beyond, index.html holds the latest year received and
 * links to one page per earlier year (index-2025.html), so that no page grows past what a browser
 * opens at once from a shared folder.
 */
import type { Severity } from '../../schemas/common.js';
import type { Lang } from '../../schemas/config.js';
import { markup, type SafeHtml } from './escape.js';
import { pageShell } from './page-shell.js';
import { PAGE_WORDS, stockholmTime, type PageWords } from './words.js';

/** One document as the overview lists it (kept per document beside the pages, pages-entries/<sha256>.json). */
export interface IndexEntry {
  sha256: string;
  /** The file name (safe, unique). */
  name: string;
  /** What the link says: the readable name as the report writes it. */
  title: string;
  /** Relative to the out folder, URL-encoded: reports/<name>.html. */
  href: string;
  kind: string;
  status: 'ok' | 'failed';
  organisation: string | null;
  yearOrPeriod: string | null;
  counts: Record<Severity, number>;
  receivedAt: string;
}

export const PAGE_LIMIT = 2000;

export interface IndexFile {
  file: string;
  html: string;
}

export function indexPages(entries: readonly IndexEntry[], lang: Lang): IndexFile[] {
  const sorted = [...entries].sort((a, b) => (a.receivedAt < b.receivedAt ? 1 : a.receivedAt > b.receivedAt ? -1 : a.name.localeCompare(b.name, 'sv')));
  if (sorted.length <= PAGE_LIMIT) return [{ file: 'index.html', html: overview(sorted, sorted.length, [], null, lang) }];
  const byYear = new Map<string, IndexEntry[]>();
  for (const entry of sorted) {
    const year = stockholmTime(entry.receivedAt).slice(0, 4);
    const list = byYear.get(year) ?? [];
    list.push(entry);
    byYear.set(year, list);
  }
  const years = [...byYear.keys()];
  return years.map((year, index) => {
    const file = index === 0 ? 'index.html' : `index-${year}.html`;
    return { file, html: overview(byYear.get(year) ?? [], sorted.length, years, year, lang) };
  });
}

function overview(entries: readonly IndexEntry[], total: number, years: readonly string[], year: string | null, lang: Lang): string {
  const words = PAGE_WORDS[lang];
  const nav =
    years.length > 0
      ? markup`<nav class="years" aria-label="${words.yearsNav}">
          ${words.yearsNav}
          ${years.map((each, index) =>
            each === year ? markup`<strong>${each}</strong> ` : markup`<a href="${index === 0 ? 'index.html' : `index-${each}.html`}">${each}</a> `,
          )}
        </nav>`
      : null;
  const body = markup`<h1>${words.overview}${year ? ` ${year}` : ''}</h1>
    <p>${words.overviewLead(total)}</p>
    ${nav}
    <table>
      <thead>
        <tr>
          <th scope="col">${words.name}</th>
          <th scope="col">${words.kind}</th>
          <th scope="col">${words.organisation}</th>
          <th scope="col">${words.yearOrPeriod}</th>
          <th scope="col">${words.status}</th>
          <th scope="col">${words.findings}</th>
          <th scope="col">${words.received}</th>
        </tr>
      </thead>
      <tbody>
        ${entries.map((entry) => row(entry, words))}
      </tbody>
    </table>`;
  return pageShell({ lang, title: words.overview, body });
}

function row(entry: IndexEntry, words: PageWords): SafeHtml {
  return markup`<tr><td><a href="${entry.href}">${entry.title}</a></td><td>${words.kindName[entry.kind] ?? entry.kind}</td><td>${entry.organisation ?? ''}</td><td>${entry.yearOrPeriod ?? ''}</td><td${entry.status === 'failed' ? markup` class="failed"` : null}>${entry.status === 'ok' ? words.ok : words.failed}</td><td class="counts">${counts(entry.counts, words)}</td><td>${stockholmTime(entry.receivedAt)}</td></tr>
`;
}

function counts(counted: Record<Severity, number>, words: PageWords): SafeHtml {
  const shown = (['error', 'warning', 'info'] as const).filter((severity) => counted[severity] > 0);
  if (shown.length === 0) return markup`${words.noFindings}`;
  return markup`${shown.map((severity) => markup`<span class="severity ${severity}">${counted[severity]} ${counted[severity] === 1 ? words.severity[severity] : words.severityPlural[severity]}</span>`)}`;
}
