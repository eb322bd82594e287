/**
 * Template profiles are data: Gävleborg's built-in profile is plain JSON in the profile schema,
 * and a profile that would silently read nothing (a misspelt label, a section listed twice, a
 * subsection without its main section, two sections holding one part) is refused with its path.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMON_LABELS, GAVLEBORG_PROFILE, GENERIC_READING, readingOf } from '../../extractors/slutrapport/profile.js';
import { PipelineConfig } from '../../schemas/config.js';
import { TemplateField, TemplateProfile, TemplateProfiles } from '../../schemas/template-profile.js';

const GAVLEBORG_JSON: unknown = JSON.parse(readFileSync(new URL('../../extractors/slutrapport/profiles/gavleborg.json', import.meta.url), 'utf8'));

function issuesOf(input: unknown): string[] {
  const parsed = TemplateProfile.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('the built-in Gävleborg profile', () => {
  it('is JSON valid against the profile schema, and what the extractor reads with', () => {
    expect(issuesOf(GAVLEBORG_JSON)).toEqual([]);
    expect(TemplateProfile.parse(GAVLEBORG_JSON)).toEqual(GAVLEBORG_PROFILE);
  });

  it('names every field, its nine main sections and the parts they hold', () => {
    expect(Object.keys(GAVLEBORG_PROFILE.labels).sort()).toEqual([...TemplateField.options].sort());
    const reading = readingOf(GAVLEBORG_PROFILE);
    expect(reading.mains.map((section) => section.number)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9']);
    expect(['intervention', 'applicants', 'responsible', 'goals', 'budget', 'checklist', 'signatures'].map((part) => reading.sectionOf(part as never))).toEqual(
      ['1', '2', '3', '5.1', '7.2', '8.1', '9.1'],
    );
    expect(reading.participantsSection).toBe('4.3');
  });
});

describe('a profile from the configuration file', () => {
  const minimal = { id: 'norrskogen', name: 'Samordningsförbundet Norrskogen' };

  it('needs only an id and a name; a field it leaves out keeps the common wordings', () => {
    const profile = TemplateProfile.parse({ ...minimal, labels: { name: ['Projektets namn'] } });
    const reading = readingOf(profile);
    expect(reading.labels.name).toEqual(['Projektets namn']);
    expect(reading.labels.granted).toEqual(COMMON_LABELS.granted);
    expect(reading.sectionOf('budget')).toBeNull();
  });

  it.each([
    ['a misspelt field', { ...minimal, labels: { nmae: ['Projektnamn'] } }, 'labels: Unrecognized key: "nmae"'],
    ['an unknown key', { ...minimal, section: [] }, ': Unrecognized key: "section"'],
    ['an empty wording list', { ...minimal, labels: { name: [] } }, 'labels.name'],
    ['a section number that is none', { ...minimal, sections: [{ number: 'A', headings: ['Allmänt'] }] }, 'sections.0.number'],
    [
      'a section listed twice',
      {
        ...minimal,
        sections: [
          { number: '1', headings: ['A'] },
          { number: '1', headings: ['B'] },
        ],
      },
      'sections.1.number: section 1 is listed twice',
    ],
    [
      'a subsection without its main section',
      { ...minimal, sections: [{ number: '2.1', headings: ['Mål'] }] },
      'sections.0.number: subsection 2.1 needs its main section 2 listed too',
    ],
    [
      'two sections holding the budget',
      {
        ...minimal,
        sections: [
          { number: '1', headings: ['A'], holds: 'budget' },
          { number: '2', headings: ['B'], holds: 'budget' },
        ],
      },
      'sections.1.holds',
    ],
    ['an unknown part', { ...minimal, sections: [{ number: '1', headings: ['A'], holds: 'ekonomi' }] }, 'sections.0.holds'],
  ])('refuses %s, saying where', (_name, input, says) => {
    expect(issuesOf(input).join('\n')).toContain(says);
  });

  it('two profiles may not share an id', () => {
    const parsed = TemplateProfiles.safeParse([minimal, minimal]);
    expect(parsed.error?.issues.map((issue) => issue.message)).toEqual(['profile id "norrskogen" is used twice']);
  });

  it('are listed under "templates" in the pipeline configuration, none by default', () => {
    expect(PipelineConfig.parse({}).templates).toEqual([]);
    expect(PipelineConfig.parse({ templates: [minimal] }).templates[0]?.id).toBe('norrskogen');
  });

  it('the generic reading has no sections and the common wordings', () => {
    expect(GENERIC_READING.mains).toEqual([]);
    expect(GENERIC_READING.labels).toEqual(COMMON_LABELS);
  });
});
