import type { StyleSheet } from '../styles.js';
import type { AbstractList, LevelDefinition, ListInstance, NumberingDefinitions } from './definitions.js';

interface ResolvedList {
  instance: ListInstance;
  abstract: AbstractList;
}

interface CounterState {
  counters: (number | undefined)[];
  startedInstances: Set<string>;
}

/**
 * Renders Word's automatic list labels ("4.", "4.1", "-") in document order. mammoth drops them,
 * yet the template's section numbers ("7.2 Redovisa …") are often exactly such labels.
 * Counters belong to the abstract definition, as in Word: two w:num instances of one definition
 * continue each other unless an instance overrides a level's start.
 */
export class ListLabeler {
  private readonly states = new Map<string, CounterState>();

  constructor(
    private readonly definitions: NumberingDefinitions,
    private readonly styles: StyleSheet,
  ) {}

  /** The level a style-numbered paragraph sits at: the level tied to the style, else `fallback`. */
  levelForStyle(numId: string, styleId: string, fallback: number): number {
    const resolved = this.resolve(numId);
    if (!resolved) return fallback;
    for (const [level, definition] of resolved.abstract.levels) {
      if (definition.paragraphStyleId === styleId) return level;
    }
    return fallback;
  }

  /** Advances the list and returns the label of this paragraph, or undefined when it shows none. */
  next(numId: string, level: number): string | undefined {
    const resolved = this.resolve(numId);
    if (!resolved) return undefined;
    const { instance, abstract } = resolved;
    const definitionAt = (l: number): LevelDefinition | undefined => instance.levelOverrides.get(l) ?? abstract.levels.get(l);
    const startAt = (l: number): number => instance.startOverrides.get(l) ?? definitionAt(l)?.start ?? 0;
    const definition = definitionAt(level);
    if (!definition) return undefined;

    const state = this.stateOf(abstract.id);
    if (!state.startedInstances.has(instance.id)) {
      state.startedInstances.add(instance.id);
      for (const overridden of instance.startOverrides.keys()) state.counters[overridden] = undefined;
    }
    const current = state.counters[level];
    state.counters[level] = current === undefined ? startAt(level) : current + 1;
    for (let deeper = level + 1; deeper < 9; deeper++) {
      const restartAfter = definitionAt(deeper)?.restartAfter ?? deeper;
      if (restartAfter !== 0 && level < restartAfter) state.counters[deeper] = undefined;
    }

    const rendered = definition.text.replace(/%([1-9])/g, (_whole, digit: string) => {
      const referenced = Number(digit) - 1;
      const value = state.counters[referenced] ?? startAt(referenced);
      const format = definition.legal ? 'decimal' : (definitionAt(referenced)?.format ?? 'decimal');
      return formatNumber(value, format);
    });
    const label = replaceSymbolFontGlyphs(rendered).trim();
    return label === '' ? undefined : label;
  }

  private stateOf(key: string): CounterState {
    let state = this.states.get(key);
    if (!state) {
      state = { counters: [], startedInstances: new Set() };
      this.states.set(key, state);
    }
    return state;
  }

  /** Follows w:numStyleLink (a definition that defers to a numbering style) at most a few hops. */
  private resolve(numId: string): ResolvedList | undefined {
    const instance = this.definitions.instances.get(numId);
    let abstract = instance ? this.definitions.abstracts.get(instance.abstractId) : undefined;
    for (let hops = 0; abstract?.numStyleLink !== undefined && hops < 4; hops++) {
      const linkedNumId = this.styles.byId.get(abstract.numStyleLink)?.numId;
      const linked = linkedNumId === undefined ? undefined : this.definitions.instances.get(linkedNumId);
      abstract = linked ? this.definitions.abstracts.get(linked.abstractId) : undefined;
    }
    return instance && abstract ? { instance, abstract } : undefined;
  }
}

export function formatNumber(value: number, format: string): string {
  switch (format) {
    case 'none':
    case 'bullet':
      return '';
    case 'decimalZero':
      return value >= 0 && value < 10 ? `0${value}` : String(value);
    case 'upperRoman':
      return toRoman(value);
    case 'lowerRoman':
      return toRoman(value).toLowerCase();
    case 'upperLetter':
      return toLetters(value);
    case 'lowerLetter':
      return toLetters(value).toLowerCase();
    default:
      // decimal and the exotic formats (ordinal, cardinalText, …) all read fine as digits.
      return String(value);
  }
}

function toRoman(value: number): string {
  if (value <= 0 || value >= 4000) return String(value);
  const numerals: [number, string][] = [
    [1000, 'M'],
    [900, 'CM'],
    [500, 'D'],
    [400, 'CD'],
    [100, 'C'],
    [90, 'XC'],
    [50, 'L'],
    [40, 'XL'],
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let rest = value;
  let result = '';
  for (const [amount, numeral] of numerals) {
    while (rest >= amount) {
      result += numeral;
      rest -= amount;
    }
  }
  return result;
}

/** Word letters: A … Z, then AA, BB, … (the letter repeated). */
function toLetters(value: number): string {
  if (value <= 0 || value > 780) return String(value);
  const letter = String.fromCharCode(65 + ((value - 1) % 26));
  return letter.repeat(Math.floor((value - 1) / 26) + 1);
}

/** Bullets set in Symbol/Wingdings are stored as private-use code points; show what Word shows. */
const SYMBOL_FONT_GLYPHS: Record<number, string> = {
  0xf0b7: '•',
  0xf0a7: '▪',
  0xf0d8: '➢',
  0xf0fc: '✓',
  0xf076: '❖',
  0xf0a8: '□',
  0xf06e: '■',
  0xf0e0: '→',
};

function replaceSymbolFontGlyphs(text: string): string {
  return text.replace(/[\uf000-\uf0ff]/g, (glyph) => SYMBOL_FONT_GLYPHS[glyph.charCodeAt(0)] ?? '•');
}
