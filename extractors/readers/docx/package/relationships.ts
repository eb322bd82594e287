import { attr, parseXmlTree } from '../xml/tree.js';

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

const TRANSITIONAL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/';
/** Word's "Strict Open XML Document" names the same relationships under another namespace. */
const STRICT = 'http://purl.oclc.org/ooxml/officeDocument/relationships/';

export function readRelationships(xml: string | undefined): Relationship[] {
  if (xml === undefined) return [];
  const root = parseXmlTree(xml).children.find((element) => element.name.endsWith('Relationships'));
  return (root?.children ?? [])
    .filter((element) => element.name.endsWith('Relationship'))
    .map((element) => ({
      id: attr(element, 'Id') ?? '',
      type: attr(element, 'Type') ?? '',
      target: attr(element, 'Target') ?? '',
      external: attr(element, 'TargetMode')?.toLowerCase() === 'external',
    }));
}

/** word/document.xml → word/_rels/document.xml.rels */
export function relationshipsPathOf(partPath: string): string {
  const slash = partPath.lastIndexOf('/');
  return `${partPath.slice(0, slash + 1)}_rels/${partPath.slice(slash + 1)}.rels`;
}

/**
 * The part related to the main document by `name` (styles, numbering, footnotes, …), resolved the
 * way mammoth resolves it, so that the part we edit is the part mammoth reads.
 */
export function relatedPartPath(relationships: Relationship[], mainDocumentPath: string, name: string, exists: (path: string) => boolean): string {
  for (const relationship of relationships) {
    if (!hasType(relationship, name) || relationship.external) continue;
    const path = resolvedPartPath(relationship, mainDocumentPath);
    if (exists(path)) return path;
  }
  return `word/${name}.xml`;
}

/** The relationship is of the type `name` ("styles", "header", …), transitional or strict. */
export function hasType(relationship: Relationship, name: string): boolean {
  return relationship.type === TRANSITIONAL + name || relationship.type === STRICT + name;
}

/** The package path a relationship of the main document points at. */
export function resolvedPartPath(relationship: Relationship, mainDocumentPath: string): string {
  const base = mainDocumentPath.slice(0, mainDocumentPath.lastIndexOf('/') + 1);
  return relationship.target.startsWith('/') ? relationship.target.slice(1) : base + relationship.target;
}

/** What kinds of external targets the package points at ("image", "hyperlink", …) and how many. */
export function countExternalTargets(relationshipParts: string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const xml of relationshipParts) {
    for (const relationship of readRelationships(xml)) {
      if (!relationship.external) continue;
      const kind = relationship.type.slice(relationship.type.lastIndexOf('/') + 1) || 'other';
      counts.set(kind, (counts.get(kind) ?? 0) + 1);
    }
  }
  return counts;
}
