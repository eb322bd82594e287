import { describe, expect, it } from 'vitest';
import { labelMatches } from '../../extractors/text/label.js';

describe('labelMatches', () => {
  it.each([
    ['Planerad insatstid – åååå-mm-dd', 'Planerad insatstid'],
    ['Planerad insatstid (åååå-mm-dd)', 'Planerad insatstid'],
    ['Planerad insatstid:', 'Planerad insatstid'],
    ['Planerad insattid', 'Planerad insatstid'],
    ['Planerad insatstdi', 'Planerad insatstid'],
    ['PLANERAD INSATSTID', 'Planerad insatstid'],
    ['Totalt beviljade medel från Samordningsförbund Gävleborg för insatsen', 'Totalt beviljade medel'],
    ['Totalt beviljat medel', 'Totalt beviljade medel'],
    ['Insatsens namn', 'Insatsens namn'],
    ['Namn på insatsen', 'Insatsens namn'],
    ['Lokalkostnader (ange typ av lokal)', 'Lokalkostnader'],
    ['Eventuellt slutdatum för intag av deltagare i insatsen', 'Eventuellt slutdatum för intag av deltagare'],
  ])('%s is the label %s', (candidate, label) => {
    expect(labelMatches(candidate, label)).toBe(true);
  });

  it.each([
    ['Vi har under projektets gång planerat insatstiden noga och sedan genomfört arbetet enligt plan', 'Planerad insatstid'],
    ['Ankomstdatum', 'Diarienummer'],
    ['Planerad budget', 'Planerad insatstid'],
    ['Beviljade medel', 'Totalt beviljade medel från förbundet'],
  ])('%s is not the label %s', (candidate, label) => {
    expect(labelMatches(candidate, label)).toBe(false);
  });

  it('accepts a value after the label only when asked to', () => {
    expect(labelMatches('Utfall ekonomi 843 tkr vilket är lägre än budget på grund av färre deltagare', 'Utfall ekonomi')).toBe(false);
    expect(labelMatches('Utfall ekonomi 843 tkr vilket är lägre än budget på grund av färre deltagare', 'Utfall ekonomi', { allowTrailingText: true })).toBe(
      true,
    );
  });
});
