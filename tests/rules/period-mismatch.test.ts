import { describe, expect, it } from 'vitest';
import { periodMismatch } from '../../pipeline/rules/period-mismatch.js';
import type { InterventionListEntry } from '../../schemas/arsredovisning.js';
import type { z } from 'zod';
import { interventions2021 } from './support/annual-report-2021.js';
import { arsredovisning, arsredovisningInput, evidence, period } from './support/builders.js';
import { findingsOf } from './support/findings.js';

type Entry = z.infer<typeof InterventionListEntry>;

/** The seed's overview list (1.6), name and period as written. */
const OVERVIEW: [string, 'individ' | 'struktur', string][] = [
  ['Ett hållbart arbetsliv – Ockelbo', 'individ', '2019-101-01 – 2022-06-3'],
  ['Ett hållbart arbetsliv – Ovanåker', 'individ', '2020-03-01 – 2023-08-31'],
  ['Ett hållbart arbetsliv – Hofors', 'individ', '2021-01-01 – 2023-03-01'],
  ['Insatskatalogen', 'struktur', '2019-09-01 -'],
  ['Trisam 2.0 - Arbetsförmedlingen', 'struktur', '2019-10-01 – 2021-12-31'],
  ['Trisam 2.0 – Försäkringskassan', 'struktur', '2019-10-01 – 2021-12-31'],
  ['Trisam 2.0 – Bollnäs', 'struktur', '2019-10-01 – 2021-12-31'],
  ['Trisam 2.0 – Hudiksvall', 'struktur', '2019-12-01 – 2021-12-31'],
  ['Trisam 2.0 – Gävle', 'struktur', '2019-12-01 – 2021-12-31'],
  ['Trisam 2.0 – Sandviken', 'struktur', '2019-12-01 – 2021-12-31'],
  ['Trisam 2.0 – Region Gävleborg', 'struktur', '2020-01-01 – 2021-12-31'],
  ['Trisam 2.0 – Söderhamn', 'struktur', '2020-02-06 – 2021-12-31'],
  ['Trisam 2.0 – Ockelbo', 'struktur', '2020-02-21 – 2021-12-31'],
  ['Trisam 2.0 - Ovanåker', 'struktur', '2020-03-01 – 2021-12-31'],
  ['Trisam 2.0 – Hofors', 'struktur', '2020-03-24 – 2021-12-31'],
  ['Förstudie Utveckling av egenmakt Hudiksvall', 'struktur', '2020-02-01 – 2021-08-31'],
  ['Mysam processledare', 'struktur', '2020-10-01 – 2021-12-31'],
  ['Lokal individinriktad insats efter Trisam Hudiksvall', 'struktur', '2021-10-01 – 2022-01-31'],
  ['Förstudie – Mysam Gävle, initiativ för att minska glappen mellan myndigheter', 'struktur', '2021-10-01 – 2022-01-30'],
];

function overview(): Entry[] {
  return OVERVIEW.map(([name, category, written]) => ({ name, category, period: period(written), evidence: evidence(`- ${name} ${written}`, '1.6', 13) }));
}

describe('period-mismatch', () => {
  it('flags exactly the seed entries whose periods differ from the appendix', () => {
    const findings = findingsOf(periodMismatch, arsredovisningInput(arsredovisning({ interventionList: overview(), interventions: interventions2021() })));
    expect(findings.map((finding) => finding.message)).toEqual([
      'Ett hållbart arbetsliv – Ovanåker: the overview list says "2020-03-01 – 2023-08-31" but the appendix (Ett hållbart arbetsliv - Ovanåker) ' +
        'says "2020-09-01 – 2023-08-01" (the appendix\'s start is 184 days later, the appendix\'s end is 30 days earlier)',
      'Förstudie Utveckling av egenmakt Hudiksvall: the overview list says "2020-02-01 – 2021-08-31" but the appendix (Förstudie - Utveckling av egenmakt Hudiksvall) ' +
        'says "2021-02-01 – 2021-10-31" (the appendix\'s start is 366 days later, the appendix\'s end is 61 days later)',
      'Förstudie – Mysam Gävle, initiativ för att minska glappen mellan myndigheter: the overview list says "2021-10-01 – 2022-01-30" but the appendix ' +
        '(Förstudie - Minska glappet Mysam Gävle) says "2021-10-01 – 2021-12-31" (the appendix\'s end is 30 days earlier)',
    ]);
    expect(findings.every((finding) => finding.evidence.length >= 2)).toBe(true);
    expect(findings[0]?.data).toEqual({
      overviewList: { intervention: 'Ett hållbart arbetsliv – Ovanåker', period: { start: '2020-03-01', end: '2023-08-31', text: '2020-03-01 – 2023-08-31' } },
      appendix: { intervention: 'Ett hållbart arbetsliv - Ovanåker', period: { start: '2020-09-01', end: '2023-08-01', text: '2020-09-01 – 2023-08-01' } },
      differences: [
        { side: 'start', days: 184 },
        { side: 'end', days: -30 },
      ],
    });
    expect(findings.map((finding) => finding.data.differences)).toEqual([
      [
        { side: 'start', days: 184 },
        { side: 'end', days: -30 },
      ],
      [
        { side: 'start', days: 366 },
        { side: 'end', days: 61 },
      ],
      [{ side: 'end', days: -30 }],
    ]);
  });

  it('never compares two different places', () => {
    const record = arsredovisning({
      interventionList: [
        { name: 'Trisam 2.0 – Hofors', category: 'struktur', period: period('2020-03-24 – 2021-12-31'), evidence: evidence('Trisam 2.0 – Hofors') },
      ],
      interventions: interventions2021().filter((item) => item.name === 'Trisam 2.0 Hudiksvalls kommun'),
    });
    expect(findingsOf(periodMismatch, arsredovisningInput(record))).toEqual([]);
  });

  it('is silent when either side has no period', () => {
    const record = arsredovisning({
      interventionList: [{ name: 'Mysam processledare', category: 'struktur', period: null, evidence: evidence('Mysam processledare') }],
      interventions: interventions2021(),
    });
    expect(findingsOf(periodMismatch, arsredovisningInput(record))).toEqual([]);
  });
});
