/**
 * Every string from a document (and a file's name) is untrusted: it reaches a page only through
 * escapeHtml, as text between tags or inside a double-quoted attribute, never as markup, a URL or
 * style. Control characters (which a browser may show as boxes or use to confuse a reader) become
 * visible U+FFFD, as in the terminal's printable().
 */
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  return text.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character).replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g, '\uFFFD');
}

/** Markup made here (never from a document's text), which `markup` puts in as it is. */
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export type HtmlValue = string | number | SafeHtml | null | undefined | readonly HtmlValue[];

function piece(value: HtmlValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof SafeHtml) return value.html;
  if (typeof value === 'number') return escapeHtml(String(value));
  if (typeof value === 'string') return escapeHtml(value);
  return value.map(piece).join('');
}

/** A template-literal tag whose every interpolation is escaped, except SafeHtml made here. */
export function markup(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += piece(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}
