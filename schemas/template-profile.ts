/**
 * A slutrapport template profile: what one förbund's form prints (its numbered sections, the
 * labels of its fields and tables, its instructions) mapped onto the contract's fields, so a
 * kansli can teach rapportkoll its own template in the configuration file, without a release.
 * Samordningsförbund Gävleborg's profile is built in (extractors/slutrapport/profiles/).
 * The format is documented in docs/kansli.md#your-own-slutrapport-template.
 */
import { z } from 'zod';

/** The contract fields a template's labels can stand for (SlutrapportRecord in schemas/slutrapport.ts). */
export const TemplateField = z.enum([
  'registrationNumber',
  'officeSignature',
  'receivedDate',
  'name',
  'plannedPeriod',
  'intakeEndDate',
  'granted',
  'applicantOrganisation',
  'applicantContact',
  'email',
  'applicantPhone',
  'responsibleOrganisation',
  'responsibleWorkplace',
  'responsibleContact',
  'responsiblePhone',
  'postalCode',
  'postalAddress',
  'place',
  'date',
  'organisationOwner',
  'organisationPartner',
  'signatureLine',
  'printedName',
  'goalsColumn',
  'outcomeColumn',
  'costColumn',
  'budgetColumn',
  'totalRow',
  'yes',
  'no',
]);
export type TemplateField = z.infer<typeof TemplateField>;

/**
 * What a section of the form holds, when it is more than text: the box of fields a part of the
 * record is read from (intervention: name, period, intake end, granted; applicants; responsible),
 * or the table or block its section is (goals, budget, checklist, signatures).
 */
export const TemplatePart = z.enum(['intervention', 'applicants', 'responsible', 'goals', 'budget', 'checklist', 'signatures']);
export type TemplatePart = z.infer<typeof TemplatePart>;

/** The wordings of one label or heading: the template's, and any retyped or translated ones seen. */
const Wordings = z.array(z.string().trim().min(1)).min(1);

export const ProfileSection = z.strictObject({
  /** "4" for a main heading, "4.1" for a numbered subsection. */
  number: z.string().regex(/^\d{1,2}(?:\.\d{1,2})?$/, 'a section number such as "4" or "4.1"'),
  /** The heading's wordings, without the number. */
  headings: Wordings,
  /** The question or instruction the form prints under the heading: title, never answer. */
  instructions: z.array(z.string().trim().min(1)).default([]),
  holds: TemplatePart.optional(),
  /** The section where the form asks for the participants (the count is looked for here first). */
  participants: z.boolean().optional(),
});
export type ProfileSection = z.infer<typeof ProfileSection>;

export const TemplateProfile = z
  .strictObject({
    /** Short name, lower case and hyphens ("gavleborg"). */
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case letters, digits and hyphens'),
    /** Whose template it is, in words. */
    name: z.string().trim().min(1),
    /**
     * Words only this template prints on its first page (its title, the förbund's name). A profile
     * whose words stand there is preferred over one that only shares section headings.
     */
    recognisedBy: z.array(z.string().trim().min(1)).default([]),
    sections: z.array(ProfileSection).default([]),
    /** The labels of the form's fields and table columns; a field left out keeps rapportkoll's common wordings. */
    labels: z.partialRecord(TemplateField, Wordings).default({}),
    /** Instructions printed between the fields: never a field's value. */
    boilerplate: z.array(z.string().trim().min(1)).default([]),
    /** The cost categories the budget table prints, each row reported as written. */
    costCategories: z.array(z.string().trim().min(1)).default([]),
  })
  .superRefine((profile, context) => {
    const numbers = profile.sections.map((section) => section.number);
    numbers.forEach((number, index) => {
      if (numbers.indexOf(number) !== index)
        context.addIssue({ code: 'custom', path: ['sections', index, 'number'], message: `section ${number} is listed twice` });
      const main = number.split('.')[0] ?? number;
      if (number.includes('.') && !numbers.includes(main)) {
        context.addIssue({ code: 'custom', path: ['sections', index, 'number'], message: `subsection ${number} needs its main section ${main} listed too` });
      }
    });
    const parts = profile.sections.flatMap((section, index) => (section.holds ? [[section.holds, index] as const] : []));
    parts.forEach(([part, index], k) => {
      if (parts.findIndex(([other]) => other === part) !== k)
        context.addIssue({ code: 'custom', path: ['sections', index, 'holds'], message: `${part} is held by another section already` });
    });
  });
export type TemplateProfile = z.infer<typeof TemplateProfile>;
/** The profile as written in a configuration file (defaults not yet filled in). */
export type TemplateProfileInput = z.input<typeof TemplateProfile>;

export const TemplateProfiles = z.array(TemplateProfile).superRefine((profiles, context) => {
  profiles.forEach((profile, index) => {
    if (profiles.findIndex((other) => other.id === profile.id) !== index)
      context.addIssue({ code: 'custom', path: [index, 'id'], message: `profile id "${profile.id}" is used twice` });
  });
});
