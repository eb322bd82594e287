/**
 * A linear, allocation-light scanner over well-formed OOXML parts. We use it instead of a DOM
 * because xmldom needs ~300 ms per MB, and mammoth already pays that once for the parts it reads;
 * our own passes (annotating document.xml, reading styles/numbering) must stay far cheaper.
 * It never backtracks, so hostile input costs O(n). Malformed markup yields odd tokens, never a hang;
 * mammoth's strict parser rejects such parts afterwards anyway.
 */

export interface OpenTag {
  kind: 'open';
  /** Qualified name as written, e.g. "w:p". */
  name: string;
  /** The raw attribute text; parse it with `parseAttributes` only when needed. */
  rawAttributes: string;
  selfClosing: boolean;
  start: number;
  end: number;
}

export interface CloseTag {
  kind: 'close';
  name: string;
  start: number;
  end: number;
}

export interface TextRun {
  kind: 'text';
  start: number;
  end: number;
  /** CDATA content is literal; ordinary text still holds entity references. */
  literal: boolean;
}

export type XmlToken = OpenTag | CloseTag | TextRun;

/**
 * Receives the tokens of scanXml. A class with this method rather than a closure made per call:
 * V8 keeps a long-lived method's optimised code, but drops a short-lived closure's at every major
 * GC and compiles it again for the next document.
 */
export interface XmlTokenHandler {
  onToken(token: XmlToken): void;
}

/** Calls `handler.onToken` for every tag and text run, in order. A callback, not a generator: 4× faster. */
export function scanXml(xml: string, handler: XmlTokenHandler): void {
  let position = 0;
  while (position < xml.length) {
    const lt = xml.indexOf('<', position);
    if (lt === -1) {
      handler.onToken({ kind: 'text', start: position, end: xml.length, literal: false });
      return;
    }
    if (lt > position) handler.onToken({ kind: 'text', start: position, end: lt, literal: false });

    const next = xml.charCodeAt(lt + 1);
    if (next === 0x3f /* ? */) {
      position = skipPast(xml, '?>', lt);
    } else if (next !== 0x21 /* ! */) {
      const end = findTagEnd(xml, lt);
      handler.onToken(readTag(xml, lt, end));
      position = end;
    } else if (xml.startsWith('<!--', lt)) {
      position = skipPast(xml, '-->', lt);
    } else if (xml.startsWith('<![CDATA[', lt)) {
      const close = xml.indexOf(']]>', lt);
      const end = close === -1 ? xml.length : close;
      handler.onToken({ kind: 'text', start: lt + 9, end, literal: true });
      position = close === -1 ? xml.length : close + 3;
    } else {
      position = skipDeclaration(xml, lt);
    }
  }
}

function skipPast(xml: string, terminator: string, from: number): number {
  const index = xml.indexOf(terminator, from);
  return index === -1 ? xml.length : index + terminator.length;
}

/** A DOCTYPE may carry an internal subset in brackets; none of it is ever expanded by us. */
function skipDeclaration(xml: string, from: number): number {
  const bracket = xml.indexOf('[', from);
  const gt = xml.indexOf('>', from);
  if (bracket !== -1 && (gt === -1 || bracket < gt)) return skipPast(xml, ']>', bracket);
  return gt === -1 ? xml.length : gt + 1;
}

/** Index just past the '>' that closes the tag at `from`; a '>' inside a quoted value does not count. */
function findTagEnd(xml: string, from: number): number {
  let quote = 0;
  for (let i = from + 1; i < xml.length; i++) {
    const code = xml.charCodeAt(i);
    if (quote !== 0) {
      if (code === quote) quote = 0;
    } else if (code === 0x22 || code === 0x27) {
      quote = code;
    } else if (code === 0x3e) {
      return i + 1;
    }
  }
  return xml.length;
}

function readTag(xml: string, start: number, end: number): OpenTag | CloseTag {
  const closing = xml[start + 1] === '/';
  const bodyStart = closing ? start + 2 : start + 1;
  let bodyEnd = xml[end - 1] === '>' ? end - 1 : end;
  const selfClosing = !closing && xml[bodyEnd - 1] === '/';
  if (selfClosing) bodyEnd -= 1;
  let nameEnd = bodyStart;
  while (nameEnd < bodyEnd && !isSpace(xml.charCodeAt(nameEnd))) nameEnd++;
  const name = xml.slice(bodyStart, nameEnd);
  if (closing) return { kind: 'close', name, start, end };
  return { kind: 'open', name, rawAttributes: xml.slice(nameEnd, bodyEnd), selfClosing, start, end };
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d;
}

/** Reads one attribute without building the whole record (hot path in large parts). */
export function attribute(raw: string, name: string): string | undefined {
  let from = 0;
  for (;;) {
    const index = raw.indexOf(name, from);
    if (index === -1) return undefined;
    from = index + name.length;
    const before = index === 0 ? ' ' : raw[index - 1];
    if (before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r') continue;
    const match = /^\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(raw.slice(from, from + 4096));
    if (match) return decodeEntities(match[1] ?? match[2] ?? '');
  }
}

const ENTITY = /&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code = body[1] === 'x' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[body] ?? whole;
  });
}

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

export function textOf(xml: string, token: TextRun): string {
  const raw = xml.slice(token.start, token.end);
  return token.literal ? raw : decodeEntities(raw);
}
