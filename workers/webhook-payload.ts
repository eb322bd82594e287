import { basename } from 'node:path';
import { TextScrubber } from '../pipeline/redact/scrub-text.js';
import { messageOf } from '../pipeline/rule-engine/registry.js';
import { Alert } from '../schemas/alert.js';
import type { Severity } from '../schemas/common.js';
import type { Lang } from '../schemas/config.js';
import type { QueueConfig } from '../schemas/queue-config.js';

export type WebhookFormat = QueueConfig['webhookFormat'];

/** Severities as people read them. */
export const SEVERITY_WORD: Record<Lang, Record<Severity, string>> = {
  sv: { error: 'fel', warning: 'varning', info: 'information' },
  en: { error: 'error', warning: 'warning', info: 'info' },
};
/** Long enough for the first finding's message; a chat line is not the place for all of them. */
const MAX_SUMMARY = 400;
/** The findings a Teams card lists; the rest are counted. */
const MAX_CARD_FINDINGS = 10;

/** The words of the summaries, per language. */
const WORDS = {
  sv: {
    jobFailed: 'kunde inte behandlas',
    unreadable: 'kunde inte läsas',
    duplicate: (of: string | null) => `är en dubblett av ${of ?? 'ett tidigare dokument'}`,
    findings: (count: number, worst: string, file: string) => `${count} ${count === 1 ? 'avvikelse' : 'avvikelser'}, allvarligast ${worst}, i ${file}`,
    more: (count: number) => `och ${count} till`,
    facts: { document: 'Dokument', kind: 'Typ', severity: 'Allvarlighet', subject: 'Avser', error: 'Fel' },
  },
  en: {
    jobFailed: 'could not be processed',
    unreadable: 'could not be read',
    duplicate: (of: string | null) => `is a duplicate of ${of ?? 'an earlier document'}`,
    findings: (count: number, worst: string, file: string) => `${count} ${count === 1 ? 'finding' : 'findings'}, worst ${worst}, in ${file}`,
    more: (count: number) => `and ${count} more`,
    facts: { document: 'Document', kind: 'Kind', severity: 'Severity', subject: 'About', error: 'Error' },
  },
} as const;

/** The body POSTed for an alert in the configured shape (docs/operations.md, "Alerts in a chat"); slack and teams in `lang`. */
export function webhookBody(alert: Alert, format: WebhookFormat, lang: Lang = 'sv'): unknown {
  if (format === 'slack') return { text: escapeSlack(summaryLine(alert, lang)) };
  if (format === 'teams') return teamsCard(alert, lang);
  return alert;
}

/** One line (Swedish unless asked) saying what happened to which document, for a chat channel. */
export function summaryLine(alert: Alert, lang: Lang = 'sv'): string {
  const words = WORDS[lang];
  const file = basename(alert.document.path);
  const subject = alert.subject ? ` (${alert.subject})` : '';
  let line: string;
  if (alert.type === 'failed') {
    const what = alert.error?.code === 'job-failed' ? words.jobFailed : words.unreadable;
    line = `rapportkoll: ${file} ${what}${alert.error ? ` (${alert.error.code}): ${alert.error.message}` : ''}`;
  } else if (alert.type === 'duplicate') {
    line = `rapportkoll: ${file} ${words.duplicate(alert.duplicateOf)}`;
  } else {
    const count = alert.findings.length;
    const first = alert.findings[0];
    const more = count > 1 ? ` (${words.more(count - 1)})` : '';
    line = `rapportkoll: ${words.findings(count, SEVERITY_WORD[lang][alert.severity], file)}${subject}${first ? `: ${findingMessage(first, lang)}` : ''}${more}`;
  }
  return oneLine(line, MAX_SUMMARY);
}

/** The finding's message in `lang`, built again from its data; its own message when the data cannot give one. */
function findingMessage(finding: Alert['findings'][number], lang: Lang): string {
  try {
    return messageOf(finding, lang);
  } catch {
    return finding.message;
  }
}

/** An Adaptive Card as Teams Workflows webhooks take it: a message with one card attachment. */
function teamsCard(alert: Alert, lang: Lang): unknown {
  const words = WORDS[lang];
  const facts = [
    { title: words.facts.document, value: alert.document.path },
    { title: words.facts.kind, value: alert.document.kind },
    { title: words.facts.severity, value: SEVERITY_WORD[lang][alert.severity] },
    ...(alert.subject ? [{ title: words.facts.subject, value: alert.subject }] : []),
    ...(alert.error ? [{ title: words.facts.error, value: `${alert.error.code}: ${alert.error.message}` }] : []),
    { title: 'sha256', value: alert.document.sha256 },
  ].map((fact) => ({ title: fact.title, value: escapeMarkdown(oneLine(fact.value, MAX_SUMMARY)) }));
  const findings = alert.findings.slice(0, MAX_CARD_FINDINGS).map((finding) => ({
    type: 'TextBlock',
    wrap: true,
    text: escapeMarkdown(oneLine(`${SEVERITY_WORD[lang][finding.severity]}: ${findingMessage(finding, lang)}`, MAX_SUMMARY)),
  }));
  const rest = alert.findings.length - findings.length;
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          type: 'AdaptiveCard',
          version: '1.4',
          body: [
            {
              type: 'TextBlock',
              wrap: true,
              weight: 'Bolder',
              color: alert.severity === 'error' ? 'Attention' : 'Default',
              text: escapeMarkdown(summaryLine(alert, lang)),
            },
            { type: 'FactSet', facts },
            ...findings,
            ...(rest > 0 ? [{ type: 'TextBlock', wrap: true, isSubtle: true, text: words.more(rest) }] : []),
          ],
        },
      },
    ],
  };
}

/** Keys whose values are identifiers or enumerations, never text from the document. */
const NOT_TEXT = new Set(['alertId', 'type', 'severity', 'createdAt', 'sha256', 'kind', 'format', 'result', 'ruleId', 'code']);

/**
 * The alert as it may go to a cloud service: every text in it (path, subject, messages, quotes,
 * the findings' data) has names, e-mail addresses, phone numbers and personnummer replaced by
 * "[redacted]", as `extract --redact` does; `personal` are the values the record's personal fields
 * held (names of contact persons and signatories), removed wherever they appear.
 */
export function redactAlert(alert: Alert, personal: readonly string[]): Alert {
  const scrubber = new TextScrubber(personal);
  const walk = (value: unknown, key: string | null): unknown => {
    if (typeof value === 'string') return key !== null && NOT_TEXT.has(key) ? value : scrubber.scrub(value);
    if (Array.isArray(value)) return value.map((item: unknown) => walk(item, key));
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([name, item]: [string, unknown]) => [name, walk(item, name)]));
    return value;
  };
  return Alert.parse(walk(alert, null));
}

/** Control characters (a line break in a file name) become spaces, runs of spaces one (a no-break space in a Swedish amount stays); the line is cut with an ellipsis. */
function oneLine(text: string, max: number): string {
  const flat = text
    // eslint-disable-next-line no-control-regex -- control characters are exactly what is replaced
    .replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ')
    .replace(/ {2,}/g, ' ')
    .trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

/** Slack (and Mattermost, Rocket.Chat) read &, < and > as markup. */
function escapeSlack(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Adaptive Cards render a Markdown subset in TextBlocks and facts; a file name is shown as written. */
function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]()#~>!|{}]/g, '\\$&').replace(/^(\s*)([-+]|\d+\.)(\s)/, '$1\\$2$3');
}
