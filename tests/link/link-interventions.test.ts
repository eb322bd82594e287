import { describe, expect, it } from 'vitest';
import { linkInterventions } from '../../pipeline/link/link-interventions.js';
import type { InterventionMention } from '../../pipeline/link/mention.js';
import { annualMention, reportMention } from '../rules/support/mentions.js';

/** The linked interventions as lists of "name@document", in the order they come out. */
function groups(mentions: InterventionMention[]): string[][] {
  return linkInterventions(mentions).map((linked) => linked.mentions.map((mention) => `${mention.name ?? ''}@${mention.documentIndex}`));
}

describe('linking interventions across documents', () => {
  it('links a slutrapport with the annual reports listing it, across spellings and years', () => {
    expect(
      groups([
        annualMention('Trisam 2.0 – Gävle', 2020, { documentIndex: 0 }),
        annualMention('Trisam 2.0 Gävle kommun', 2021, { documentIndex: 1 }),
        reportMention('Trisam 2.0 Gävle kommun', { documentIndex: 2 }),
      ]),
    ).toEqual([['Trisam 2.0 – Gävle@0', 'Trisam 2.0 Gävle kommun@1', 'Trisam 2.0 Gävle kommun@2']]);
  });

  it.each([
    ['another municipality', 'Trisam 2.0 Bollnäs kommun', 'Trisam 2.0 Gävle kommun'],
    ['a place on one side only', 'Mysam', 'Mysam Bollnäs'],
    ['another number (a phase, a version)', 'Steg vidare Sandviken', 'Steg vidare Sandviken etapp 2'],
    ['another version', 'Trisam Hofors', 'Trisam 2.0 Hofors'],
    ['a different intervention of the same place', 'Arbetsträning Hofors', 'Ett hållbart arbetsliv - Hofors'],
  ])('never links across %s: "%s" / "%s"', (_case, a, b) => {
    expect(groups([annualMention(a, 2021, { documentIndex: 0 }), reportMention(b, { documentIndex: 1 })])).toEqual([[`${a}@0`], [`${b}@1`]]);
  });

  it('takes inflections and typos for the same name', () => {
    expect(
      groups([annualMention('Steget vidare Sandviken', 2021, { documentIndex: 0 }), reportMention('Steg vidare Sandviken', { documentIndex: 1 })]),
    ).toHaveLength(1);
    expect(groups([annualMention('Hälsolotsen Ljusdal', 2021, { documentIndex: 0 }), reportMention('Hälsolotesn Ljusdal', { documentIndex: 1 })])).toHaveLength(
      1,
    );
  });

  it('keeps two interventions of one document apart, however alike', () => {
    expect(
      groups([
        annualMention('Insatskatalogen', 2021, { documentIndex: 0, position: 0 }),
        annualMention('Insatskatalogen', 2021, { documentIndex: 0, position: 1 }),
        annualMention('Insatskatalogen', 2022, { documentIndex: 1 }),
      ]),
    ).toEqual([['Insatskatalogen@0', 'Insatskatalogen@1'], ['Insatskatalogen@0']]);
  });

  it('never links the annual reports of two förbund', () => {
    const mentions = [
      annualMention('Insatskatalogen', 2021, { documentIndex: 0, organisation: 'Samordningsförbund Gävleborg' }),
      annualMention('Insatskatalogen', 2022, { documentIndex: 1, organisation: 'Samordningsförbundet Älvkusten' }),
      annualMention('Insatskatalogen', 2022, { documentIndex: 2, organisation: 'Samordningsförbundet Gävleborg' }),
    ];
    expect(groups(mentions)).toEqual([['Insatskatalogen@0', 'Insatskatalogen@2'], ['Insatskatalogen@1']]);
  });

  it('never links interventions led from different places', () => {
    const mentions = [
      annualMention('Arbetslinjen', 2021, { documentIndex: 0, lead: 'Piteå kommun' }),
      reportMention('Arbetslinjen', { documentIndex: 1, lead: 'Bodens kommun' }),
    ];
    expect(groups(mentions)).toHaveLength(2);
  });

  it('does not chain: every two names in one link must be alike, not only neighbours', () => {
    // The middle name fits both others; the outer two share only the place.
    const mentions = [
      annualMention('Jobbstöd unga Luleå', 2021, { documentIndex: 0 }),
      annualMention('Jobbstöd unga studiestöd vuxna Luleå', 2022, { documentIndex: 1 }),
      reportMention('Studiestöd vuxna Luleå', { documentIndex: 2 }),
    ];
    expect(groups(mentions)).toEqual([['Jobbstöd unga Luleå@0', 'Jobbstöd unga studiestöd vuxna Luleå@1'], ['Studiestöd vuxna Luleå@2']]);
  });

  it('gives every mention a link, numbered by first appearance, the same however the mentions are ordered', () => {
    const mentions = [
      annualMention('Unga vuxna Kalix', 2022, { documentIndex: 3 }),
      reportMention('Nya steg Luleå', { documentIndex: 2 }),
      annualMention('Nya steg Luleå', 2021, { documentIndex: 0 }),
      reportMention(null, { documentIndex: 1 }),
    ];
    const forwards = linkInterventions(mentions);
    const backwards = linkInterventions([...mentions].reverse());
    expect(forwards).toEqual(backwards);
    expect(forwards.map((linked) => [linked.linkId, linked.mentions.map((mention) => mention.documentIndex)])).toEqual([
      ['L00001', [0, 2]],
      ['L00002', [1]],
      ['L00003', [3]],
    ]);
  });
});
