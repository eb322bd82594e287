/**
 * We carry facts mammoth does not model (list labels, form-field boundaries) through mammoth by
 * inserting bookmarks into document.xml: mammoth keeps every bookmarkStart with its name, in place.
 * Word bookmark names cannot contain ':', so ours cannot clash with the author's; any such name
 * already in the input is stripped before we insert ours.
 */
export const MARKER_PREFIX = 'rapportkoll:';

export type Marker = { kind: 'paragraph'; index: number } | { kind: 'field-start'; index: number } | { kind: 'field-end'; index: number };

const CODES = { paragraph: 'p', 'field-start': 'fs', 'field-end': 'fe' } as const;
const ID_OFFSETS = { paragraph: 0, 'field-start': 1, 'field-end': 2 } as const;
// Bookmark ids are numbers unique in the document; ours start far above anything Word assigns.
const ID_BASE = 1_000_000_000;

export function markerXml(marker: Marker): string {
  const id = ID_BASE + marker.index * 3 + ID_OFFSETS[marker.kind];
  return `<w:bookmarkStart w:id="${id}" w:name="${MARKER_PREFIX}${CODES[marker.kind]}:${marker.index}"/>`;
}

export function parseMarker(name: string | undefined): Marker | undefined {
  if (name === undefined || !name.startsWith(MARKER_PREFIX)) return undefined;
  const match = /^(p|fs|fe):(\d+)$/.exec(name.slice(MARKER_PREFIX.length));
  if (!match?.[1] || match[2] === undefined) return undefined;
  const index = Number(match[2]);
  switch (match[1]) {
    case 'p':
      return { kind: 'paragraph', index };
    case 'fs':
      return { kind: 'field-start', index };
    default:
      return { kind: 'field-end', index };
  }
}
