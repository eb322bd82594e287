import { attribute, scanXml, textOf, type XmlToken, type XmlTokenHandler } from './scan.js';

/** A plain element tree for the small parts we read ourselves (numbering, styles, rels, props). */
export interface XmlElement {
  name: string;
  /** The raw attribute text; read values with `attr`, which parses only what is asked for. */
  rawAttributes: string;
  children: XmlElement[];
  /** Concatenated direct text content. */
  text: string;
  /** Offsets of the element in the source, so callers can slice parts of it out verbatim. */
  start: number;
  /** Just past the opening tag, where the content begins. */
  openEnd: number;
  end: number;
}

/** Nesting deeper than this is hostile, not Word; deeper elements are left out. */
const MAX_DEPTH = 256;

export function parseXmlTree(xml: string): XmlElement {
  const builder = new TreeBuilder(xml);
  scanXml(xml, builder);
  return builder.root;
}

class TreeBuilder implements XmlTokenHandler {
  readonly root: XmlElement;
  private readonly stack: XmlElement[];
  /** Open elements below MAX_DEPTH, left out. */
  private overflow = 0;

  constructor(private readonly xml: string) {
    this.root = { name: '#document', rawAttributes: '', children: [], text: '', start: 0, openEnd: 0, end: xml.length };
    this.stack = [this.root];
  }

  onToken(token: XmlToken): void {
    const { stack } = this;
    const parent = stack[stack.length - 1] ?? this.root;
    if (token.kind === 'text') {
      parent.text += textOf(this.xml, token);
    } else if (token.kind === 'open') {
      if (stack.length > MAX_DEPTH) {
        if (!token.selfClosing) this.overflow++;
        return;
      }
      const element: XmlElement = {
        name: token.name,
        rawAttributes: token.rawAttributes,
        children: [],
        text: '',
        start: token.start,
        openEnd: token.end,
        end: token.end,
      };
      parent.children.push(element);
      if (!token.selfClosing) stack.push(element);
    } else if (this.overflow > 0) {
      this.overflow--;
    } else if (stack.length > 1 && parent.name === token.name) {
      parent.end = token.end;
      stack.pop();
    }
  }
}

export function attr(element: XmlElement | undefined, name: string): string | undefined {
  return element === undefined ? undefined : attribute(element.rawAttributes, name);
}

export function child(element: XmlElement | undefined, name: string): XmlElement | undefined {
  return element?.children.find((c) => c.name === name);
}

export function children(element: XmlElement | undefined, name: string): XmlElement[] {
  return element ? element.children.filter((c) => c.name === name) : [];
}

/** Depth-first search for every element called `name`. */
export function descendants(element: XmlElement, name: string): XmlElement[] {
  const found: XmlElement[] = [];
  const pending: XmlElement[] = [element];
  while (pending.length > 0) {
    const current = pending.pop();
    if (!current) break;
    if (current.name === name) found.push(current);
    for (let i = current.children.length - 1; i >= 0; i--) {
      const next = current.children[i];
      if (next) pending.push(next);
    }
  }
  return found;
}

/** The w:val of a child element, the usual way OOXML stores a property. */
export function childValue(element: XmlElement | undefined, name: string): string | undefined {
  return attr(child(element, name), 'w:val');
}

/** OOXML on/off property: present without w:val, or w:val not false/0/off. */
export function isOn(element: XmlElement | undefined): boolean {
  return element !== undefined && isOnValue(attr(element, 'w:val'));
}

/** The w:val of an on/off property that is present. */
export function isOnValue(value: string | undefined): boolean {
  return value === undefined || !['false', '0', 'off'].includes(value);
}

export function toInteger(value: string | undefined): number | undefined {
  if (value === undefined || !/^-?\d{1,9}$/.test(value.trim())) return undefined;
  return parseInt(value, 10);
}
