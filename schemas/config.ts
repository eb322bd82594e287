import { z } from 'zod';
import { Severity } from './common.js';
import { TemplateProfiles } from './template-profile.js';

/** Limits applied to every untrusted document. */
export const Limits = z.object({
  /** Bigger files fail with too-large before anything is parsed. */
  maxBytes: z.number().int().positive().default(50 * 1024 * 1024),
  maxPages: z.number().int().positive().default(500),
  /** Sum of a DOCX's uncompressed parts, or of a PDF's FlateDecode streams inflated; guards against decompression bombs. */
  maxDecompressedBytes: z.number().int().positive().default(200 * 1024 * 1024),
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

export const PipelineConfig = z.object({
  limits: Limits.default(Limits.parse({})),
  rules: RulesConfig.default({}),
  /** The kansli's own slutrapport templates, beside the built-in one (schemas/template-profile.ts). */
  templates: TemplateProfiles.default([]),
});
export type PipelineConfig = z.infer<typeof PipelineConfig>;
