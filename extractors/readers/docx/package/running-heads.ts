/**
 * The paragraphs of a .docx's header and footer parts. mammoth reads neither: they are page
 * furniture, not content. But a report whose cover is a picture may name itself only there
 * ("Årsredovisning 2018" at the top of every page), so their text travels beside the content.
 */
import type { RunningHead } from '../../../model.js';
import { isPageNumber } from '../../../text/page-chrome.js';
import { descendants, parseXmlTree, type XmlElement } from '../xml/tree.js';
import { hasType, type Relationship, resolvedPartPath } from './relationships.js';

const HEAD_TYPES = ['header', 'footer'];

/** The header and footer parts the main document points at, in the order its relationships list them. */
export function runningHeadPaths(relationships: Relationship[], mainDocumentPath: string, exists: (path: string) => boolean): string[] {
  const paths: string[] = [];
  for (const relationship of relationships) {
    if (relationship.external || !HEAD_TYPES.some((type) => hasType(relationship, type))) continue;
    const path = resolvedPartPath(relationship, mainDocumentPath);
    if (exists(path) && !paths.includes(path)) paths.push(path);
  }
  return paths;
}

/** A paragraph's words: its runs' text, a tab or a break as a space. */
function paragraphText(paragraph: XmlElement): string {
  const pieces: string[] = [];
  // Depth first, in document order: a stack with each element's children pushed last to first.
  const pending: XmlElement[] = [paragraph];
  for (let element = pending.pop(); element; element = pending.pop()) {
    if (element.name === 'w:t') pieces.push(element.text);
    else if (element.name === 'w:tab' || element.name === 'w:br' || element.name === 'w:cr') pieces.push(' ');
    else for (let i = element.children.length - 1; i >= 0; i--) pending.push(element.children[i] as XmlElement);
  }
  return pieces.join('').replace(/\s+/gu, ' ').trim();
}

/** Each part's paragraphs with words in them, each text once over all parts. */
export function readRunningHeads(parts: { path: string; xml: string }[]): RunningHead[] {
  const heads: RunningHead[] = [];
  const seen = new Set<string>();
  for (const { path, xml } of parts) {
    descendants(parseXmlTree(xml), 'w:p').forEach((paragraph, index) => {
      const text = paragraphText(paragraph);
      // A page field's "Sida 3 av 12" says nothing of the document.
      if (!/\p{L}{2}/u.test(text) || isPageNumber(text) || seen.has(text)) return;
      seen.add(text);
      heads.push({ text, source: { page: null, path: `${path}/p[${index + 1}]` } });
    });
  }
  return heads;
}
