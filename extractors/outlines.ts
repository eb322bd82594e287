/**
 * The outlines rapportkoll knows (the slutrapport templates' sections and labels, built in and
 * configured, and the parts of an annual report) and the structure pass with them: what the
 * structure stage runs on every document.
 */
import type { TemplateProfile } from '../schemas/template-profile.js';
import { ANNUAL_REPORT_OUTLINE } from './arsredovisning/outline.js';
import type { DocModel } from './model.js';
import { allProfiles, readingOf } from './slutrapport/profile.js';
import { buildStructure, type DocStructure, type Outline } from './structure/index.js';

/** The outlines of the built-in templates and kinds of report, and those of the configured template profiles. */
export function knownOutlines(profiles: readonly TemplateProfile[] = []): Outline[] {
  return [...allProfiles(profiles).map((profile) => readingOf(profile).outline), ANNUAL_REPORT_OUTLINE];
}

/** The document's structure, told with the known outlines and those of the configured template profiles. */
export function structureOf(model: DocModel, profiles: readonly TemplateProfile[] = []): DocStructure {
  return buildStructure(model, knownOutlines(profiles));
}
