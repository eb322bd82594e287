import type { FormField } from '../../../model.js';
import type { TextRun } from '../types.js';
import { CHECKED, UNCHECKED } from './glyphs.js';

/**
 * AcroForm widgets are not page content: their values live in the annotations. A checkbox becomes a
 * ☒/☐ run at its place and a text field its value (one run per line of a multi-line value), so that
 * line and table building treat them like any other text. Blank fields contribute nothing.
 */
export interface WidgetText {
  runs: TextRun[];
  /** The fields found, in page order, for Paragraph.fields. */
  fields: { field: FormField; x: number; y: number }[];
}

const DEFAULT_SIZE = 10;

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function rectOf(value: unknown): [number, number, number, number] | null {
  if (!Array.isArray(value) || value.length < 4) return null;
  const [x1, y1, x2, y2] = value.map(Number);
  if (![x1, y1, x2, y2].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return [
    Math.min(x1 as number, x2 as number),
    Math.min(y1 as number, y2 as number),
    Math.max(x1 as number, x2 as number),
    Math.max(y1 as number, y2 as number),
  ];
}

function isChecked(data: Record<string, unknown>): boolean {
  const value = data.fieldValue;
  if (typeof value !== 'string' || value === '' || value === 'Off') return false;
  const exportValue = data.exportValue;
  return typeof exportValue !== 'string' || exportValue === value;
}

function fieldValue(data: Record<string, unknown>): string {
  const value = data.fieldValue;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').join(', ');
  return '';
}

export function widgetText(annotations: readonly unknown[], view: { top: number; left: number }): WidgetText {
  const runs: TextRun[] = [];
  const fields: WidgetText['fields'] = [];
  for (const annotation of annotations) {
    const data = record(annotation);
    if (data.subtype !== 'Widget' || data.hidden === true) continue;
    const rect = rectOf(data.rect);
    if (!rect) continue;
    const [x1, , x2, y2] = rect;
    const height = rect[3] - rect[1];
    const x = x1 - view.left;
    const top = view.top - y2;
    const name = typeof data.fieldName === 'string' ? data.fieldName : undefined;
    const named = name ? { name } : {};
    if (data.checkBox === true || data.radioButton === true) {
      const checked = isChecked(data);
      const size = Math.max(6, Math.min(height, 14));
      runs.push(widgetRun(checked ? CHECKED : UNCHECKED, x, x2 - view.left, top + height * 0.8, size));
      fields.push({ field: { kind: 'checkbox', value: checked ? 'Yes' : 'Off', ...named }, x, y: top });
      continue;
    }
    if (data.fieldType !== 'Tx' && data.fieldType !== 'Ch') continue;
    const value = fieldValue(data).replace(/\r\n?/g, '\n');
    const appearance = record(data.defaultAppearanceData);
    const declared = typeof appearance.fontSize === 'number' && appearance.fontSize > 0 ? appearance.fontSize : 0;
    const size = declared || Math.min(DEFAULT_SIZE, Math.max(6, height * 0.7));
    value.split('\n').forEach((line, index) => {
      const text = line.replace(/\s+/g, ' ').trim();
      if (text === '') return;
      const baseline = top + size * (1.05 + index * 1.2);
      runs.push(widgetRun(text, x + 2, x + 2 + text.length * size * 0.5, baseline, size));
    });
    fields.push({ field: { kind: data.fieldType === 'Ch' ? 'dropdown' : 'text', value, ...named }, x, y: top });
  }
  return { runs, fields };
}

function widgetRun(text: string, x: number, right: number, baseline: number, size: number): TextRun {
  return { text, x, right, baseline, size, font: 'widget', bold: false, fromWidget: true };
}
