import type { Wording } from '../schemas/config.js';

/**
 * What `--help` says about each command, its arguments and options, in both languages
 * (cli/ui-lang.ts picks one). Option names, values, environment variables and configuration keys
 * are the same in both. "{name}" is filled in by fill() (cli/texts.ts).
 */

const OUT_SHARED: Wording = {
  sv: 'den delade ut-mappen (env RAPPORTKOLL_OUT; standard ./rapportkoll-out)',
  en: 'the shared out folder (env RAPPORTKOLL_OUT; default ./rapportkoll-out)',
};
const CONCURRENCY_QUEUE: Wording = {
  sv: 'dokument som läses samtidigt (env RAPPORTKOLL_CONCURRENCY; standard: antalet kärnor)',
  en: 'documents parsed at once (env RAPPORTKOLL_CONCURRENCY; default: cores)',
};
const ALERT_SEVERITY: Wording = {
  sv: 'lägsta allvarlighet hos en avvikelse som ger ett larm: error, warning, info (env RAPPORTKOLL_ALERT_SEVERITY)',
  en: 'lowest finding severity that raises an alert: error, warning, info (env RAPPORTKOLL_ALERT_SEVERITY)',
};
const MAX_HEAP_QUEUE: Wording = {
  sv: 'minne (heap) för tråden som läser ett dokument (limits.maxHeapMb; env RAPPORTKOLL_MAX_HEAP_MB)',
  en: 'heap of the thread reading one document (limits.maxHeapMb; env RAPPORTKOLL_MAX_HEAP_MB)',
};

export const HELP = {
  program: {
    sv: 'Läser rapporter från samordningsförbund, ger validerade uppgifter och pekar ut det som inte stämmer.',
    en: 'Extracts validated records from Swedish samordningsförbund reports and flags what does not add up.',
  },
  config: {
    sv: 'konfigurationsfil (standard: ${CONFIG_FILE_ENV}, annars ./{DEFAULT_CONFIG_FILE} om den finns)',
    en: 'configuration file (default: ${CONFIG_FILE_ENV}, else ./{DEFAULT_CONFIG_FILE} when it exists)',
  },
  lang: {
    sv: 'språk i meddelanden, sammanfattningar, larm och hjälp: sv (standard) eller en (env {LANG_ENV}; nyckeln "lang" i filen)',
    en: 'language of messages, summaries, alerts and help: sv (default) or en (env {LANG_ENV}; file key "lang")',
  },
  extract: {
    description: {
      sv: 'läs rapporter (.docx, .pdf) och skriv ett JSON-resultat per dokument till stdout, i den ordning de gavs — eller, med --out, results.jsonl och CSV-tabeller till en mapp',
      en: 'read reports (.docx, .pdf) and write one JSON result per document to stdout, in input order — or, with --out, results.jsonl and CSV tables to a folder',
    },
    paths: {
      sv: 'filer och mappar (mappar gås igenom rekursivt, filerna sorterade efter sökväg)',
      en: 'files and folders (folders are walked recursively, files sorted by path)',
    },
    format: {
      sv: 'stdout: text, en sammanfattning per dokument för människor; jsonl, ett resultat per rad; json, en lista (standard: text i en terminal, annars jsonl)',
      en: 'stdout: text, a summary per document for people; jsonl, one result per line; json, one array (default: text on a terminal, else jsonl)',
    },
    failOn: {
      sv: 'avsluta med status 1 när en avvikelse med den här allvarligheten eller värre rapporteras',
      en: 'exit with status 1 when a finding of this severity or worse is reported',
    },
    maxBytes: {
      sv: 'låt dokument större än så här många byte misslyckas med too-large (limits.maxBytes)',
      en: 'fail documents larger than this many bytes with too-large (limits.maxBytes)',
    },
    maxPages: {
      sv: 'låt PDF:er med fler sidor än så misslyckas med too-large (limits.maxPages)',
      en: 'fail PDFs with more pages than this with too-large (limits.maxPages)',
    },
    timeoutMs: {
      sv: 'låt ett dokument som tar längre tid än så misslyckas med timeout (limits.timeoutMs)',
      en: 'fail a document that takes longer than this with timeout (limits.timeoutMs)',
    },
    maxHeapMb: {
      sv: 'minne (heap) för tråden som läser ett dokument; går det över misslyckas dokumentet (limits.maxHeapMb)',
      en: 'heap of the thread reading one document; over it the document fails (limits.maxHeapMb)',
    },
    maxMemoryMb: {
      sv: 'minne för hela körningen; hellre färre trådar eller mindre heap än över gränsen (limits.maxMemoryMb, standard 1024)',
      en: 'memory of the whole run; fewer threads or smaller heaps are used rather than go over it (limits.maxMemoryMb, default 1024)',
    },
    ocr: {
      sv: 'skannade sidor: auto, OCR av sidor utan textlager (standard); off, en sådan PDF misslyckas med no-text-layer; always, OCR av varje sida (ocr.mode)',
      en: 'scanned pages: auto, OCR the pages without a text layer (default); off, fail such a PDF with no-text-layer; always, OCR every page (ocr.mode)',
    },
    concurrency: {
      sv: 'dokument som läses samtidigt, en tråd vardera (standard: {cores}, antalet kärnor)',
      en: 'documents read at once, one worker thread each (default: {cores}, the number of cores)',
    },
    out: {
      sv: 'skriv results.jsonl, documents.csv, interventions.csv, budget_rows.csv, findings.csv och interventions_linked.csv till den här mappen',
      en: 'write results.jsonl, documents.csv, interventions.csv, budget_rows.csv, findings.csv and interventions_linked.csv to this folder',
    },
    resume: {
      sv: 'med --out: hoppa över dokument vars sha256 redan har ett resultat i mappen (en avbruten körning fortsätter)',
      en: 'with --out: skip documents whose sha256 already has a result in the folder (an interrupted run goes on)',
    },
    csvDelimiter: {
      sv: 'med --out: fältavgränsaren i CSV: "," (standard), ";" (svenska Excel) eller "tab"',
      en: 'with --out: the CSV field separator: "," (default), ";" (Swedish Excel) or "tab"',
    },
    html: {
      sv: 'skriv också sidor att öppna i en webbläsare: <dir>/index.html listar varje dokument, reports/<namn>.html visar dess avvikelser på plats (ingen server, fungerar utan nät)',
      en: 'also write pages to open in a web browser: <dir>/index.html lists every document, reports/<name>.html shows its findings in place (no server, works offline)',
    },
    redact: {
      sv: 'ta bort kontaktpersoners och undertecknares namn, e-postadresser, telefonnummer och personnummer ur utdata',
      en: "remove contact persons' and signatories' names, e-mail addresses, phone numbers and personnummer from the output",
    },
    quiet: {
      sv: 'inga förloppsrader, felrader eller sammanfattning på stderr',
      en: 'no progress, failure lines or summary on stderr',
    },
  },
  watch: {
    description: {
      sv: 'bevaka en inkorg: varje rapport som läggs där behandlas (av `rapportkoll worker`-processer, eller i den här processen med --embedded), resultatet sparas och larmen skickas',
      en: 'watch an inbox folder: every report dropped there is processed (by `rapportkoll worker` processes, or in this process with --embedded), its result stored and its alerts raised',
    },
    inbox: { sv: 'mappen som bevakas, rekursivt', en: 'folder to watch, recursively' },
    out: {
      sv: 'resultat, larm, processed/ och failed/ (env RAPPORTKOLL_OUT; standard ./rapportkoll-out)',
      en: 'results, alerts, processed/ and failed/ (env RAPPORTKOLL_OUT; default ./rapportkoll-out)',
    },
    embedded: { sv: 'behandla i den här processen utan Redis (en enda dator)', en: 'process in this process without Redis (a single PC)' },
    concurrency: {
      sv: 'dokument som läses samtidigt med --embedded (env RAPPORTKOLL_CONCURRENCY; standard: antalet kärnor)',
      en: 'documents parsed at once with --embedded (env RAPPORTKOLL_CONCURRENCY; default: cores)',
    },
    poll: {
      sv: 'fråga inkorgen med jämna mellanrum i stället för att lyssna på filsystemets händelser; för nätverksresurser (env RAPPORTKOLL_USE_POLLING)',
      en: 'poll the inbox instead of file system events; use on network shares (env RAPPORTKOLL_USE_POLLING)',
    },
    alertSeverity: ALERT_SEVERITY,
    maxHeapMb: {
      sv: 'med --embedded: minne (heap) för tråden som läser ett dokument (limits.maxHeapMb; env RAPPORTKOLL_MAX_HEAP_MB)',
      en: 'with --embedded: heap of the thread reading one document (limits.maxHeapMb; env RAPPORTKOLL_MAX_HEAP_MB)',
    },
  },
  worker: {
    description: {
      sv: 'behandla köade dokument (från `watch` eller `enqueue`) tills den stoppas med Ctrl-C / SIGTERM; kör en per dator',
      en: 'process queued documents (from `watch` or `enqueue`) until stopped with Ctrl-C / SIGTERM; run one per machine',
    },
    out: {
      sv: 'resultat och larm; samma delade mapp på varje dator (env RAPPORTKOLL_OUT; standard ./rapportkoll-out)',
      en: 'results and alerts; the same shared folder on every machine (env RAPPORTKOLL_OUT; default ./rapportkoll-out)',
    },
    concurrency: CONCURRENCY_QUEUE,
    alertSeverity: ALERT_SEVERITY,
    maxHeapMb: MAX_HEAP_QUEUE,
  },
  enqueue: {
    description: {
      sv: 'köa dokument åt arbetarna utan att bevaka en mapp; skriver en rad per fil: queued|joined|duplicate, sha256, sökväg',
      en: 'queue documents for the worker fleet without watching a folder; prints one line per file: queued|joined|duplicate, sha256, path',
    },
    paths: { sv: 'filer och mappar (gås igenom rekursivt)', en: 'files and folders (walked recursively)' },
    out: {
      sv: 'den delade mappen arbetarna använder; dokumenten kopieras till dess spool/ (env RAPPORTKOLL_OUT; standard ./rapportkoll-out)',
      en: 'the shared folder the workers use; documents are copied to its spool/ (env RAPPORTKOLL_OUT; default ./rapportkoll-out)',
    },
  },
  status: {
    description: {
      sv:
        'hälsokontroll för människor och övervakningsskript: levande arbetare, köns antal och det äldsta väntande jobbet, misslyckade jobb i ett tidsfönster, senaste larmet, ' +
        'webhook-larm som ännu inte levererats; status 0 frisk, 4 nedsatt (ingen levande arbetare, eller jobb som misslyckats av annat skäl än dokumentet), 3 Redis nås inte, 2 användningsfel',
      en:
        'health check for people and monitoring scripts: live workers, queue counts and the oldest waiting job, jobs failed in a window, the last alert, ' +
        'webhook alerts not yet delivered; exit 0 healthy, 4 degraded (no live worker, or jobs failed for a reason other than the document), 3 Redis unreachable, 2 usage',
    },
    out: OUT_SHARED,
    embedded: {
      sv: 'kontrollera en `watch --embedded` från enbart dess ut-mapp, utan Redis',
      en: 'check a `watch --embedded` from its out folder alone, without Redis',
    },
    windowMinutes: { sv: 'misslyckade jobb räknas så här många minuter bakåt', en: 'failed jobs are counted over this many minutes back' },
    json: { sv: 'ett JSON-objekt i stället för en tabell', en: 'one JSON object instead of a table' },
  },
  reconcile: {
    description: {
      sv:
        'laga ut-mappens spool/ mot dess resultat efter att Redis tömts eller kön bytt namn (watch gör det vid start): ' +
        'kopior vars dokument har ett resultat tas bort, kopior som varken har resultat eller jobb köas igen',
      en:
        "repair the out folder's spool against its results after Redis was emptied or the queue renamed (watch does it at start): " +
        'copies whose document has a result are removed, copies with neither a result nor a job are queued again',
    },
    out: OUT_SHARED,
  },
  reprocess: {
    description: {
      sv:
        'efter en uppgradering: läs om dokumenten i <out>/processed/ vars resultat gjordes av en annan version av rapportkoll eller reglerna, ersätt resultaten ' +
        'och skicka larm bara för nya avvikelser; kör det med watch och arbetarna stoppade',
      en:
        'after an upgrade: read again the documents kept in <out>/processed/ whose result another rapportkoll or rules version made, replace their results, ' +
        'and raise alerts only for findings that are new; run it with watch and the workers stopped',
    },
    out: {
      sv: 'ut-mappen för watch och arbetarna (env RAPPORTKOLL_OUT; standard ./rapportkoll-out)',
      en: 'the out folder of watch and the workers (env RAPPORTKOLL_OUT; default ./rapportkoll-out)',
    },
    concurrency: {
      sv: 'dokument som läses samtidigt (env RAPPORTKOLL_CONCURRENCY; standard: antalet kärnor)',
      en: 'documents read at once (env RAPPORTKOLL_CONCURRENCY; default: cores)',
    },
    alertSeverity: ALERT_SEVERITY,
    maxHeapMb: MAX_HEAP_QUEUE,
    dryRun: { sv: 'lista bara dokumenten som skulle läsas om', en: 'only list the documents that would be read again' },
  },
} as const satisfies Record<string, Wording | Record<string, Wording>>;
