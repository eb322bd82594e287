import type { Lang, Wording } from '../schemas/config.js';

/**
 * What the watcher, the workers and the queue commands say to people, in both languages: each
 * log entry is an event with a stable id (the JSON line's `event`, for scripts and tests) and a
 * `msg` in the run's language (logger.ts puts them in). Templates are filled from data by
 * fillText(): "{name}" is a value, the same names in both languages.
 */
export const LOG_TEXT = {
  'worker-ready': { sv: 'arbetaren är redo', en: 'worker ready' },
  'watching-inbox': { sv: 'bevakar inkorgen', en: 'watching inbox' },
  'document-started': { sv: 'dokumentet påbörjat', en: 'document started' },
  'document-processed': { sv: 'dokumentet behandlat', en: 'document processed' },
  'ocr-started': { sv: '{pages} sidor utan textlager läses med OCR', en: '{pages} pages without a text layer, reading by OCR' },
  'ocr-page': { sv: 'OCR sida {position}/{total} (sidan {page})', en: 'OCR page {position}/{total} (page {page})' },
  'inbox-file-done': { sv: 'filen i inkorgen är klar', en: 'inbox file done' },
  'inbox-file-filed-by-counter': {
    sv: 'båda namnen som larmet kunde ange var upptagna; filen fick ett löpnummer i stället',
    en: 'both names the alert could give were taken; the file was given a counter instead',
  },
  'inbox-file-changed': {
    sv: 'filen i inkorgen ändrades efter att den tagits; dess nya innehåll är ett nytt dokument',
    en: 'inbox file changed after it was taken; its new bytes are a new document',
  },
  'inbox-file-incomplete': { sv: 'filen ser fortfarande ofullständig ut; tas ändå', en: 'file still looks incomplete; taking it anyway' },
  'inbox-file-retry': { sv: 'kunde inte ta filen i inkorgen; försöker igen', en: 'could not take inbox file; will retry' },
  'inbox-file-set-aside': { sv: 'filen i inkorgen lades undan oläst', en: 'inbox file set aside unread' },
  'inbox-file-not-set-aside': { sv: 'filen i inkorgen kunde inte läggas undan', en: 'inbox file could not be set aside' },
  'inbox-entry-removed': {
    sv: 'posten i inkorgen är inget dokument och togs bort oläst (den kan inte flyttas till ett annat filsystem utan att läsas)',
    en: 'inbox entry is not a document and was removed unread (it cannot be moved to another file system without reading it)',
  },
  'inbox-entry-set-aside': { sv: 'posten i inkorgen är inget dokument; lades undan oläst', en: 'inbox entry is not a document; set aside unread' },
  'inbox-entry-not-set-aside': {
    sv: 'posten i inkorgen är inget dokument och kunde inte läggas undan',
    en: 'inbox entry is not a document and could not be set aside',
  },
  'inbox-entry-unreadable': { sv: 'kunde inte se på posten i inkorgen', en: 'could not look at inbox entry' },
  'inbox-file-check-failed': { sv: 'kunde inte kontrollera filen i inkorgen', en: 'could not check inbox file' },
  'inbox-sweep-failed': { sv: 'kunde inte gå igenom inkorgen', en: 'could not sweep the inbox' },
  'inbox-watcher-error': { sv: 'fel i bevakningen av inkorgen', en: 'inbox watcher error' },
  'results-torn-line': { sv: 'en avbruten sista rad kapades från results.jsonl', en: 'cut a torn last line off results.jsonl' },
  'torn-line-cut': { sv: 'en avbruten sista rad från en stoppad process kapades', en: 'cut a torn last line left by a killed process' },
  'attempt-failed': { sv: 'försöket med dokumentet misslyckades; försöker igen', en: 'document attempt failed; will retry' },
  'queue-problem': { sv: 'problem med kön', en: 'queue problem' },
  'job-retry': { sv: 'jobbet misslyckades; försöker igen', en: 'job failed; will retry' },
  'job-alert-failed': { sv: 'kunde inte registrera larmet för det misslyckade jobbet', en: 'could not record the failed job alert' },
  'job-given-up': { sv: 'jobbet gavs upp utan resultat', en: 'job given up without a result' },
  'reprocess-failed': { sv: 'kunde inte läsa om dokumentet; lämnades som det var', en: 'could not reprocess document; left as it was' },
  'reprocess-done': { sv: 'omläsningen klar', en: 'reprocess done' },
  'reprocess-not-plain': { sv: 'ingen vanlig fil; läses inte om', en: 'not a plain file; not reprocessed' },
  'reprocess-would-redo': { sv: 'skulle göras om', en: 'would be made again' },
  'reprocess-changed': { sv: 'dokumentet ändrades medan det lästes; läses inte om', en: 'document changed while it was read; not reprocessed' },
  'reprocess-redone': { sv: 'dokumentet gjordes om', en: 'document made again' },
  'webhook-scan-failed': { sv: 'genomgången av webhookens utkorg misslyckades', en: 'webhook outbox scan failed' },
  'webhook-delivered': { sv: 'webhook-larmet levererades', en: 'webhook alert delivered' },
  'webhook-retry': { sv: 'webhook-larmet levererades inte; försöker igen', en: 'webhook alert not delivered; will retry' },
  'spool-requeued': {
    sv: 'kopian i spool/ hade varken resultat eller jobb (kön tömdes eller bytte namn); köades igen',
    en: 'spooled document had neither a result nor a job (the queue was emptied or renamed); queued again',
  },
  'spool-reconcile-failed': {
    sv: 'kunde inte stämma av spool/ mot resultaten; fortsätter',
    en: 'could not reconcile the spool with the results; going on',
  },
  'spool-reconciled': { sv: 'spool/ stämdes av mot resultaten i ut-mappen', en: 'spool reconciled with the results in the out folder' },
  'retention-done': { sv: 'gallring: det som är äldre än de inställda dagarna togs bort', en: 'retention: removed what is older than the configured days' },
  'retention-failed': { sv: 'gallringen misslyckades; försöker igen om en timme', en: 'retention failed; trying again in an hour' },
  'redis-down': {
    sv: 'Redis nås inte: väntar på att den kommer tillbaka (dokumenten i inkorgen och kön väntar också)',
    en: 'Redis unreachable: waiting for it to come back (documents in the inbox and queue wait too)',
  },
  'redis-back': { sv: 'Redis nås igen: fortsätter', en: 'Redis reachable again: going on' },
  'redis-connection-error': { sv: 'anslutningsfel mot kön medan Redis svarar', en: 'queue connection error while Redis answers' },
  'redis-may-evict': {
    sv: 'Redis kan kasta nycklar (maxmemory-policy är inte noeviction): köade jobb kan gå förlorade när minnet tar slut; sätt maxmemory-policy noeviction i redis.conf (docs/operations.md, "Running as a service")',
    en: 'Redis may evict keys (maxmemory-policy is not noeviction): queued jobs can be lost when it fills up; set maxmemory-policy noeviction in redis.conf (docs/operations.md, "Running as a service")',
  },
  'report-page-failed': { sv: 'kunde inte skriva dokumentets rapportsida', en: 'could not write the report page' },
  'index-page-failed': { sv: 'kunde inte bygga om index.html', en: 'could not rebuild index.html' },
  'second-signal': { sv: 'andra signalen: avslutar nu', en: 'second signal: exiting now' },
  'shutting-down': { sv: 'stänger av; låter dokument som behandlas bli klara', en: 'shutting down; letting documents in progress finish' },
  'shutdown-failed': { sv: 'avstängningen misslyckades', en: 'shutdown failed' },
  alert: { sv: 'larm {alert.type}: {alert.document.path}', en: 'alert {alert.type}: {alert.document.path}' },
} as const satisfies Record<string, Wording>;

export type LogEvent = keyof typeof LOG_TEXT;

export function isLogEvent(value: unknown): value is LogEvent {
  return typeof value === 'string' && Object.hasOwn(LOG_TEXT, value);
}

/** Why an inbox entry is set aside unread (a log line's `reason`, in the run's language). */
export const NOT_PLAIN = {
  symbolicLink: { sv: 'den är en symbolisk länk; länkar följs aldrig', en: 'it is a symbolic link; links are never followed' },
  fifo: { sv: 'den är en FIFO (namngiven pipe), inget dokument', en: 'it is a FIFO (named pipe), not a document' },
  socket: { sv: 'den är en socket, inget dokument', en: 'it is a socket, not a document' },
  device: { sv: 'den är en enhet, inget dokument', en: 'it is a device, not a document' },
  folder: { sv: 'den är en mapp', en: 'it is a folder' },
  notRegular: { sv: 'den är ingen vanlig fil', en: 'it is not a regular file' },
  hardLink: {
    sv: 'den är en hårdlänk (samma fil har {names} namn, några kanske utanför inkorgen); kopiera in filen i stället',
    en: 'it is a hard link (the same file has {names} names, some perhaps outside the inbox); copy the file in instead',
  },
  nameNotUtf8: {
    sv: 'dess namn är inte giltig UTF-8-text; byt namn på filen och lägg tillbaka den',
    en: 'its name is not valid UTF-8 text; rename the file and put it back',
  },
} as const satisfies Record<string, Wording>;

/** Configuration and Redis errors of the queue commands. */
export const SERVICE_TEXT = {
  invalidConfiguration: { sv: 'ogiltig konfiguration: {problems}', en: 'invalid configuration: {problems}' },
  option: { sv: 'flaggan {key}', en: 'option {key}' },
  configurationFile: { sv: 'konfigurationsfilen', en: 'configuration file' },
  redisUnreachable: {
    sv: 'når inte Redis på {redis} ({reason}). Starta den med `redis-server --daemonize yes` (eller låt REDIS_URL peka på en som kör), eller använd `rapportkoll watch <inkorg> --embedded` för att arbeta utan Redis.',
    en: 'cannot reach Redis at {redis} ({reason}). Start it with `redis-server --daemonize yes` (or point REDIS_URL at a running one), or use `rapportkoll watch <inbox> --embedded` to work without Redis.',
  },
  webhookAnswered: { sv: 'webhooken svarade HTTP {status}', en: 'webhook answered HTTP {status}' },
  noAnswer: { sv: 'inget svar inom {ms} ms', en: 'no answer within {ms} ms' },
} as const satisfies Record<string, Wording>;

/**
 * A template with its "{name}"s filled from `data` ("{alert.type}" reads a field inside one); a
 * name `data` lacks stays as it is (a test catches it).
 */
export function fillText(wording: Wording, lang: Lang, data: Record<string, unknown> = {}): string {
  return wording[lang].replace(/\{([\w.]+)\}/g, (whole, name: string) => {
    let value: unknown = data;
    for (const key of name.split('.')) value = value !== null && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
    return typeof value === 'string' || typeof value === 'number' ? String(value) : whole;
  });
}
