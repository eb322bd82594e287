import { describe, expect, it } from 'vitest';
import { safeFileName, withHashSuffix } from '../../pipeline/html/names.js';

describe('safeFileName', () => {
  it.each([
    ['Samordningsförbund Gävleborg – Steg vidare', 'Samordningsförbund Gävleborg – Steg vidare'],
    ['Steg <b>vidare</b> & <script>alert(1)</script>', 'Steg -b-vidare-b- & -script-alert(1)-script-'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a\\b:c*d?e"f|g', 'a-b-c-d-e-f-g'],
    ['rad\nett\ttvå\u0000\u001b[31m', 'rad ett två[31m'],
    ['  .dold fil.  ', 'dold fil'],
    ['CON', 'CON-dokument'],
    ['', 'dokument'],
    ['\u202eexe.txt', 'exe.txt'],
    ['x'.repeat(500), 'x'.repeat(90)],
  ])('%j → %j', (text, expected) => {
    expect(safeFileName(text)).toBe(expected);
  });

  it('gives a second document of the same name a short part of its hash', () => {
    expect(withHashSuffix('Samordningsförbundet Älvkusten – 2022', 'ab12cd34'.repeat(8))).toBe('Samordningsförbundet Älvkusten – 2022-ab12cd34');
  });
});
