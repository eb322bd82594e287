import { basename } from 'node:path';
import { TextScrubber } from '../pipeline/redact/scrub-text.js';
import { messageOf } from '../pipeline/rule-engine/registry.js';
import { Alert } from '../schemas/alert.js';
import type { Severity } from '../schemas/common.js';
import type { QueueConfig } from '../schemas/queue-config.js';

export type WebhookFormat = QueueConfig['webhookFormat'];

const SEVERITY_SV: Record<Severity, string> = { error: 'fel', warning: 'varning', info: 'information' };
/** Long enough for the first finding's message; a chat line is not the place for all of them. */
const MAX_SUMMARY = 400;
/** The findings a Teams card lists; the rest are counted. */
const MAX_CARD_FINDINGS = 10;

/** The body POSTed for an alert in the configured shape (docs/operations.md, "Alerts in a chat"). */
export function webhookBody(alert: Alert, format: WebhookFormat): unknown {
  if (format === 'slack') return { text: escapeSlack(summaryLine(alert)) };
  if (format === 'teams') return teamsCard(alert);
  return alert;
}

/** One line in Swedish saying what happened to which document, for a chat channel. */
export function summaryLine(alert: Alert): string {
  const file = basename(alert.document.path);
  const subject = alert.subject ? ` (${alert.subject})` : '';
  let line: string;
  if (alert.type === 'failed') {
    const what = alert.error?.code === 'job-failed' ? 'kunde inte behandlas' : 'kunde inte läsas';
    line = `rapportkoll: ${file} ${what}${alert.error ? ` (${alert.error.code}): ${alert.error.message}` : ''}`;
  } else if (alert.type === 'duplicate') {
    line = `rapportkoll: ${file} är en dubblett av ${alert.duplicateOf ?? 'ett tidigare dokument'}`;
  } else {
    const count = alert.findings.length;
    const first = alert.findings[0];
    const more = count > 1 ? ` (och ${count - 1} till)` : '';
    line = `rapportkoll: ${count} ${count === 1 ? 'avvikelse' : 'avvikelser'}, allvarligast ${SEVERITY_SV[alert.severity]}, i ${file}${subject}${first ? `: ${findingMessage(first)}` : ''}${more}`;
  }
  return oneLine(line, MAX_SUMMARY);
}

function findingMessage(finding: Alert['findings'][number]): string {
  try {
    return messageOf(finding);
  } catch {
    return finding.message;
  }
}

/** An Adaptive Card as Teams Workflows webhooks take it: a message with one card attachment. */
function teamsCard(alert: Alert): unknown {
  const facts = [
    { title: 'Dokument', value: alert.document.path },
    { title: 'Typ', value: alert.document.kind },
    { title: 'Allvarlighet', value: SEVERITY_SV[alert.severity] },
    ...(alert.subject ? [{ title: 'Avser', value: alert.subject }] : []),
    ...(alert.error ? [{ title: 'Fel', value: `${alert.error.code}: ${alert.error.message}` }] : []),
    { title: 'sha256', value: alert.document.sha256 },
  ].map((fact) => ({ title: fact.title, value: escapeMarkdown(oneLine(fact.value, MAX_SUMMARY)) }));
  const findings = alert.findings.slice(0, MAX_CARD_FINDINGS).map((finding) => ({
    type: 'TextBlock',
    wrap: true,
    text: escapeMarkdown(oneLine(`${SEVERITY_SV[finding.severity]}: ${findingMessage(finding)}`, MAX_SUMMARY)),
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
            { type: 'TextBlock', wrap: true, weight: 'Bolder', color: alert.severity === 'error' ? 'Attention' : 'Default', text: escapeMarkdown(summaryLine(alert)) },
            { type: 'FactSet', facts },
            ...findings,
            ...(rest > 0 ? [{ type: 'TextBlock', wrap: true, isSubtle: true, text: `och ${rest} till` }] : []),
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
    if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([name, item]: [string, unknown]) => [name, walk(item, name)]));
    return value;
  };
  return Alert.parse(walk(alert, null));
}

/** Control characters (a line break in a file name) become spaces; the line is cut with an ellipsis. */
function oneLine(text: string, max: number): string {
  // eslint-disable-next-line no-control-regex
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
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
