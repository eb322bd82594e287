/**
 * 9.1: the signature blocks (Ort, Datum, Organisation, Underskrift, Namnförtydligande), one for
 * the insatsägare/huvudman and one per samverkanspart, with what was filled in (null when blank).
 */
import type { z } from 'zod';
import type { Signature } from '../../schemas/slutrapport.js';
import { evidenceAt } from '../evidence.js';
import type { FormRow } from '../structure/index.js';
import { type FormEntry, readForm } from './form-reader.js';
import type { SectionSpan } from './sections.js';
import type { TemplateLabels } from './profile.js';
import { SHAPES } from './split-glued.js';

type SignatureRecord = z.infer<typeof Signature>;

export interface Signatures {
  signatures: SignatureRecord[];
  /** What was filled in, for the section's text. */
  text: string;
}

type Key = 'place' | 'date' | 'owner' | 'partner' | 'signature' | 'name';

function filled(entry: FormEntry | undefined): string | null {
  const text = entry?.value.replace(/\s+/g, ' ').trim() ?? '';
  // The signature line itself is dots, not a value.
  return text === '' || /^[.…_\s-]+$/u.test(text) ? null : text;
}

export function readSignatures(rows: FormRow[], span: SectionSpan, start: number, labels: TemplateLabels, ocrPages: ReadonlySet<number>): Signatures {
  const end = span.end;
  const vocabulary: Record<Key, readonly string[]> = {
    place: labels.place,
    date: labels.date,
    owner: labels.organisationOwner,
    partner: labels.organisationPartner,
    signature: labels.signatureLine,
    name: labels.printedName,
  };
  const entries = readForm(rows, start, end, vocabulary, { shapes: { date: SHAPES.date }, ocrPages });
  const blocks: Map<Key, FormEntry>[] = [];
  for (const entry of entries) {
    const key = entry.key as Key;
    const current = blocks.at(-1);
    // Each block starts at its Ort label; a label seen twice also means a new block.
    if (!current || current.has(key) || (key === 'place' && current.size > 0)) {
      blocks.push(new Map([[key, entry]]));
    } else {
      current.set(key, entry);
    }
  }
  const signatures = blocks
    .filter((block) => block.has('place') || block.has('date') || block.has('owner') || block.has('partner') || block.has('name'))
    .map((block, index): SignatureRecord => {
      const organisation = block.get('owner') ?? block.get('partner');
      const role = block.has('owner') ? 'insatsägare' : block.has('partner') ? 'samverkanspart' : index === 0 ? 'insatsägare' : 'samverkanspart';
      const first = [...block.values()][0];
      const text = [...block.values()].map((entry) => `${entry.label} ${filled(entry) ?? ''}`.trim()).join(' | ');
      return {
        role,
        place: filled(block.get('place')),
        date: filled(block.get('date')),
        organisation: filled(organisation),
        name: filled(block.get('name')),
        ...(first ? { evidence: evidenceAt(first.source, span.number, text) } : {}),
      };
    });
  const text = signatures
    .map((s) => [s.place, s.date, s.organisation, s.name].filter((value) => value !== null).join(', '))
    .filter((line) => line !== '')
    .join('\n');
  return { signatures, text };
}
