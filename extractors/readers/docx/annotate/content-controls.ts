import { attribute, type CloseTag, type OpenTag, type TextRun } from '../xml/scan.js';
import { isOnValue } from '../xml/tree.js';
import type { AnnotationContext } from './context.js';
import { markerXml } from './markers.js';

type ControlKind = 'text' | 'dropdown' | 'checkbox' | 'other';

interface OpenControl {
  depth: number;
  inline: boolean;
  kind: ControlKind;
  showingPlaceholder: boolean;
  inContent: boolean;
  /** Counted in `blanking` while its content is open: it shows placeholder prose to blank. */
  blanks: boolean;
  name?: string | undefined;
  index?: number;
}

const KIND_BY_PROPERTY: Record<string, ControlKind> = {
  'w:text': 'text',
  'w:richText': 'text',
  'w:date': 'text',
  'w:dropDownList': 'dropdown',
  'w:comboBox': 'dropdown',
  'w14:checkbox': 'checkbox',
  'w:docPartObj': 'other',
  'w:docPartList': 'other',
  'w:group': 'other',
  'w:picture': 'other',
  'w:citation': 'other',
  'w:bibliography': 'other',
  'w:equation': 'other',
};

/**
 * Content controls (w:sdt). An empty one shows placeholder prose ("Klicka eller tryck här för att
 * ange text."), which must not become document text: we blank it. Inline text and dropdown controls
 * are form fields, so their content is bracketed with markers. Checkbox controls are left to mammoth.
 */
export class ContentControlTracker {
  private readonly open: OpenControl[] = [];
  /** How many open controls are inside their placeholder content: a count, not a scan, per text token. */
  private blanking = 0;

  constructor(private readonly context: AnnotationContext) {}

  onOpen(tag: OpenTag): void {
    const control = this.open[this.open.length - 1];
    const depth = this.context.stack.length;
    if (tag.name === 'w:sdt' && !tag.selfClosing) {
      // Rich text is what Word assumes when the properties name no other kind.
      this.open.push({ depth, inline: this.context.isInline(), kind: 'text', showingPlaceholder: false, inContent: false, blanks: false });
      return;
    }
    if (!control) return;
    if (this.context.parent() === 'w:sdtPr' && depth === control.depth + 2) {
      this.readProperty(tag, control);
    } else if (tag.name === 'w:sdtContent' && depth === control.depth + 1 && !tag.selfClosing) {
      control.inContent = true;
      control.blanks = control.showingPlaceholder && control.kind !== 'checkbox';
      if (control.blanks) this.blanking++;
      if (control.inline && (control.kind === 'text' || control.kind === 'dropdown')) {
        control.index = this.context.addField({
          kind: control.kind,
          name: control.name,
        });
        this.context.insert(tag.end, markerXml({ kind: 'field-start', index: control.index }));
      }
    }
  }

  onClose(tag: CloseTag): void {
    const control = this.open[this.open.length - 1];
    if (!control) return;
    const depth = this.context.stack.length;
    if (tag.name === 'w:sdtContent' && depth === control.depth + 2) {
      control.inContent = false;
      this.stopBlanking(control);
      if (control.index !== undefined) {
        this.context.insert(tag.start, markerXml({ kind: 'field-end', index: control.index }));
      }
    } else if (tag.name === 'w:sdt' && depth === control.depth + 1) {
      this.stopBlanking(control);
      this.open.pop();
    }
  }

  /** Placeholder prose is blanked where it is stored: the text of w:t inside the control. */
  onText(token: TextRun): void {
    if (this.context.parent() !== 'w:t') return;
    if (this.blanking > 0) this.context.replace(token.start, token.end, '');
  }

  private stopBlanking(control: OpenControl): void {
    if (control.blanks) this.blanking--;
    control.blanks = false;
  }

  private readProperty(tag: OpenTag, control: OpenControl): void {
    const kind = KIND_BY_PROPERTY[tag.name];
    if (kind) control.kind = kind;
    if (tag.name === 'w:showingPlcHdr') control.showingPlaceholder = isOnValue(attribute(tag.rawAttributes, 'w:val'));
    if (tag.name === 'w:alias') control.name = attribute(tag.rawAttributes, 'w:val') ?? control.name;
    if (tag.name === 'w:tag' && control.name === undefined) control.name = attribute(tag.rawAttributes, 'w:val');
  }
}
