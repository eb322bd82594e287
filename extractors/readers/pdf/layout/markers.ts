import type { BuiltLine } from './lines.js';

/**
 * Raised digits glued to a word are footnote references only if the document has that footnote;
 * otherwise they were ordinary superscript ("m2" as m²) and go back into the text.
 */
export function resolveMarkers(lines: Iterable<BuiltLine>, footnoteIds: ReadonlySet<string>): void {
  for (const line of lines) {
    if (line.markers.length === 0) continue;
    let text = line.text;
    // From the end, so earlier offsets stay valid.
    for (const marker of [...line.markers].sort((a, b) => b.offset - a.offset)) {
      if (footnoteIds.has(marker.id)) line.footnoteRefs.unshift(marker.id);
      else text = text.slice(0, marker.offset) + marker.id + text.slice(marker.offset);
    }
    line.text = text;
    line.markers = [];
  }
}
