import { z } from 'zod';
import { Severity } from './common.js';
import { TemplateProfiles } from './template-profile.js';

/** Limits applied to every untrusted document. */
export const Limits = z.object({
  /** Bigger files fail with too-large before anything is parsed. */
  maxBytes: z
    .number()
    .int()
    .positive()
    .default(50 * 1024 * 1024),
  maxPages: z.number().int().positive().default(500),
  /** Sum of a DOCX's uncompressed parts, or of a PDF's FlateDecode streams inflated; guards against decompression bombs. */
  maxDecompressedBytes: z
    .number()
    .int()
    .positive()
    .default(200 * 1024 * 1024),
  /** Wall-clock time per document; over it the document fails with timeout. */
  timeoutMs: z.number().int().positive().default(60_000),
  /** Heap of the thread that parses one document (lowered when the threads would not fit under maxMemoryMb). */
  maxHeapMb: z.number().int().positive().default(512),
  /**
   * The whole process's memory: the reading threads, each with its heap, and the main thread. The
   * pool runs fewer threads, or smaller heaps, rather than go over it (pipeline/pool.ts).
   */
  maxMemoryMb: z.number().int().positive().default(1024),
});
export type Limits = z.infer<typeof Limits>;

/** Per rule: a new severity, or "off". One enum, so a wrong value is answered with the allowed ones. */
export const RuleSetting = z.enum([...Severity.options, 'off']);
export const RulesConfig = z.record(z.string(), RuleSetting);
export type RulesConfig = z.infer<typeof RulesConfig>;

/** auto: OCR the pages without a text layer; off: never (such a PDF fails with no-text-layer); always: every page. */
export const OcrMode = z.enum(['auto', 'off', 'always']);
export type OcrMode = z.infer<typeof OcrMode>;

/** Reading scanned pages (extractors/readers/ocr/): when, and within which limits. */
export const OcrSettings = z.object({
  mode: OcrMode.default('auto'),
  /** A finding resting on a figure whose words were read with a lower confidence (0–100) is downgraded to info. */
  minConfidence: z.number().min(0).max(100).default(80),
  /** Wall-clock time per OCR'd page, on top of limits.timeoutMs for the rest of the document. */
  pageTimeoutMs: z.number().int().positive().default(120_000),
  /** More pages to OCR in one document than this: it fails with too-large before any is read. */
  maxPages: z.number().int().positive().default(100),
  /** Resolution pages are rendered at for OCR; lowered for a page too large for maxPagePixels. */
  dpi: z.number().int().min(100).max(600).default(300),
  /** Pixels of one rendered page; a page that exceeds it even at 100 dpi fails the document with too-large. */
  maxPagePixels: z.number().int().positive().default(40_000_000),
  /** Heap of the OCR thread (rendering); tesseract's own memory is held to maxRssMb. */
  maxHeapMb: z.number().int().positive().default(512),
  /** The process's resident memory after an OCR'd page; over it the document fails with too-large. */
  maxRssMb: z.number().int().positive().default(3072),
});
export type OcrSettings = z.infer<typeof OcrSettings>;

/**
 * The language of every text meant for people (findings' messages, failure advice, summaries,
 * alerts): Swedish unless English is asked for. Ids, codes and data stay the same in both.
 */
export const Lang = z.enum(['sv', 'en']);
export type Lang = z.infer<typeof Lang>;

/** A text for people in each language, said from the same facts. */
export type Wording = Record<Lang, string>;

export const PipelineConfig = z.object({
  lang: Lang.default('sv'),
  limits: Limits.default(Limits.parse({})),
  ocr: OcrSettings.default(OcrSettings.parse({})),
  rules: RulesConfig.default({}),
  /** The kansli's own slutrapport templates, beside the built-in one (schemas/template-profile.ts). */
  templates: TemplateProfiles.default([]),
});
export type PipelineConfig = z.infer<typeof PipelineConfig>;
