import type { Severity } from '../../schemas/common.js';
import type { Lang } from '../../schemas/config.js';

/** Everything the pages say themselves, in Swedish and English (a finding's message comes with the finding). */
export const PAGE_WORDS = {
  sv: {
    overview: 'Inkomna rapporter',
    overviewLead: (n: number) => `${n} ${n === 1 ? 'dokument' : 'dokument'}, det senast inkomna först.`,
    yearsNav: 'Inkomna per år:',
    name: 'Namn',
    kind: 'Typ',
    organisation: 'Förbund',
    yearOrPeriod: 'År eller period',
    status: 'Status',
    findings: 'Avvikelser',
    received: 'Inkom',
    ok: 'läst',
    failed: 'kunde inte läsas',
    noFindings: 'inga',
    severity: { error: 'fel', warning: 'varning', info: 'info' } as Record<Severity, string>,
    severityPlural: { error: 'fel', warning: 'varningar', info: 'info' } as Record<Severity, string>,
    kindName: { slutrapport: 'slutrapport', arsredovisning: 'årsredovisning', delarsrapport: 'delårsrapport', unknown: 'okänd typ' } as Record<string, string>,
    back: 'Till alla rapporter',
    summary: 'Sammanfattning',
    file: 'Fil',
    format: 'Format',
    pages: 'Sidor',
    intervention: 'Insats',
    registrationNumber: 'Diarienummer',
    receivedDate: 'Inkom enligt rapporten',
    plannedPeriod: 'Planerad period',
    granted: 'Beviljat belopp',
    participants: 'Deltagare',
    budgetTotal: 'Budget, summa',
    outcomeTotal: 'Utfall, summa',
    organisationNumber: 'Organisationsnummer',
    year: 'År',
    period: 'Period',
    members: 'Medlemmar',
    memberContributions: 'Medlemsbidrag',
    template: 'Mall',
    noTemplate: 'ingen känd mall (läst utan mall)',
    findingsHeading: (n: number) => (n === 0 ? 'Inga avvikelser' : `Avvikelser (${n})`),
    noFindingsText: 'Inga av reglerna hittade något att anmärka på.',
    error: 'Felet',
    page: (n: number) => `Sidan ${n}`,
    pageAlt: (n: number, marks: number) =>
      `Sidan ${n} av dokumentet, med ${marks === 1 ? 'det citerade stället' : `de ${marks} citerade ställena`} inramat i rött`,
    section: 'Avsnitt',
    noPageImage: 'Sidan kunde inte ritas; citatet ovan är det som står där.',
    docxPlace: 'Word-dokument: stycket eller tabellraden där det står',
    redacted: 'Namn och kontaktuppgifter är borttagna (--redact).',
    hiddenNote: 'Personnummer är övermålade på sidbilderna.',
    warnings: 'Att tänka på vid läsningen',
    about: (n: number) => `ca ${n}`,
    people: (women: number | null, men: number | null) =>
      [women !== null ? `${women} kvinnor` : null, men !== null ? `${men} män` : null].filter((part) => part !== null).join(', '),
  },
  en: {
    overview: 'Reports received',
    overviewLead: (n: number) => `${n} ${n === 1 ? 'document' : 'documents'}, the latest received first.`,
    yearsNav: 'Received by year:',
    name: 'Name',
    kind: 'Kind',
    organisation: 'Förbund',
    yearOrPeriod: 'Year or period',
    status: 'Status',
    findings: 'Findings',
    received: 'Received',
    ok: 'read',
    failed: 'could not be read',
    noFindings: 'none',
    severity: { error: 'error', warning: 'warning', info: 'info' } as Record<Severity, string>,
    severityPlural: { error: 'errors', warning: 'warnings', info: 'info' } as Record<Severity, string>,
    kindName: { slutrapport: 'slutrapport', arsredovisning: 'årsredovisning', delarsrapport: 'delårsrapport', unknown: 'unknown kind' } as Record<
      string,
      string
    >,
    back: 'To all reports',
    summary: 'Summary',
    file: 'File',
    format: 'Format',
    pages: 'Pages',
    intervention: 'Insats',
    registrationNumber: 'Registration number',
    receivedDate: 'Received according to the report',
    plannedPeriod: 'Planned period',
    granted: 'Granted',
    participants: 'Participants',
    budgetTotal: 'Budget, total',
    outcomeTotal: 'Outcome, total',
    organisationNumber: 'Organisation number',
    year: 'Year',
    period: 'Period',
    members: 'Members',
    memberContributions: 'Member contributions',
    template: 'Template',
    noTemplate: 'no known template (read without one)',
    findingsHeading: (n: number) => (n === 0 ? 'No findings' : `Findings (${n})`),
    noFindingsText: 'None of the rules found anything to remark on.',
    error: 'The error',
    page: (n: number) => `Page ${n}`,
    pageAlt: (n: number, marks: number) => `Page ${n} of the document, with ${marks === 1 ? 'the quoted place' : `the ${marks} quoted places`} framed in red`,
    section: 'Section',
    noPageImage: 'The page could not be drawn; the quote above is what it says.',
    docxPlace: 'Word document: the paragraph or table row where it stands',
    redacted: 'Names and contact details are removed (--redact).',
    hiddenNote: 'Personnummer are painted over on the page images.',
    warnings: 'Worth knowing when reading',
    about: (n: number) => `about ${n}`,
    people: (women: number | null, men: number | null) =>
      [women !== null ? `${women} women` : null, men !== null ? `${men} men` : null].filter((part) => part !== null).join(', '),
  },
} as const;

export type PageWords = (typeof PAGE_WORDS)[Lang];

/** Made once: a formatter costs far more to make than to use, and the overview formats one time per document. */
const STOCKHOLM_MINUTES = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Stockholm',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
});

/** A time as people in Sweden read it: Europe/Stockholm, "2026-12-04 22:05". */
export function stockholmTime(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return STOCKHOLM_MINUTES.format(date);
}
