/**
 * What the reader needs to know about a font: pdfjs hands the font objects to the main thread with
 * the operator list (page.commonObjs), keyed by the same loaded name the glyph runs refer to.
 */
export interface FontInfo {
  /** PostScript name without the subset prefix, e.g. "LiberationSans-Bold"; '' when unknown. */
  name: string;
  bold: boolean;
  /** Glyph space → text space; [0.001, 0, 0, 0.001, 0, 0] for all but Type3 fonts. */
  widthScale: number;
  /** Symbol fonts whose private-use code points are checkboxes (Wingdings, Webdings, …). */
  dingbats: boolean;
}

export interface FontSource {
  has(id: string): boolean;
  get(id: string): unknown;
}

const UNKNOWN: FontInfo = { name: '', bold: false, widthScale: 0.001, dingbats: false };

function field(object: unknown, key: string): unknown {
  return typeof object === 'object' && object !== null ? (object as Record<string, unknown>)[key] : undefined;
}

/** Bold/black weights as fonts name them; "Semibold"/"Demi" count, "Light" does not. */
const BOLD_NAME = /bold|black|heavy|semibold|demi|[-,](?:w[6-9]|[6-9]00)\b/i;

export function describeFont(source: unknown): FontInfo {
  const rawName = field(source, 'name');
  const name = typeof rawName === 'string' ? rawName.replace(/^[A-Z]{6}\+/, '') : '';
  const matrix = field(source, 'fontMatrix');
  const scale = Array.isArray(matrix) || matrix instanceof Float32Array ? Number((matrix as ArrayLike<number>)[0]) : NaN;
  return {
    name,
    bold: field(source, 'bold') === true || field(source, 'black') === true || BOLD_NAME.test(name),
    widthScale: Number.isFinite(scale) && scale !== 0 ? Math.abs(scale) : 0.001,
    dingbats: /wingding|webding|dingbat|zapf/i.test(name),
  };
}

/** Per-document cache: fonts are shared across pages, and looking one up copies nothing. */
export class FontBook {
  private readonly known = new Map<string, FontInfo>();

  lookup(id: string, source: FontSource): FontInfo {
    let info = this.known.get(id);
    if (!info) {
      info = source.has(id) ? describeFont(source.get(id)) : UNKNOWN;
      this.known.set(id, info);
    }
    return info;
  }
}
