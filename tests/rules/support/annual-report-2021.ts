/**
 * The appendix figures of the seed annual report (Samordningsförbund Gävleborg 2021), as the
 * extractor is to deliver them: name, period, Budget 2021, Utfall ekonomi, participant counts.
 */
import type { Intervention } from '../../../schemas/arsredovisning.js';
import { intervention, money, period, scoped } from './builders.js';

type Row = [name: string, period: string | null, budget: string, outcome: string];

const ROWS: Row[] = [
  ['Ett hållbart arbetsliv - Ockelbo', '2019-10-01 – 2022-06-30', '894 tkr', '843 tkr'],
  ['Ett hållbart arbetsliv - Ovanåker', '2020-09-01 – 2023-08-01', '799 tkr', '775 tkr'],
  ['Ett hållbart arbetsliv - Hofors', '2021-01-01 – 2023-03-01', '934 tkr', '648 tkr'],
  ['Trisam 2.0 – Arbetsförmedlingen och Försäkringskassan', '2019-10-01 – 2021-12-31', '4 981 tkr', '4 817 tkr'],
  ['Trisam 2.0 Region Gävleborg', '2020-01-01 – 2021-12-31', '1 530 tkr', '1 194 tkr'],
  ['Trisam 2.0 Bollnäs kommun', '2019-10-01 – 2021-12-31', '335 tkr', '330 tkr'],
  ['Trisam 2.0 Gävle kommun', '2019-12-01 -2021-12-31', '600 tkr', '546 tkr'],
  ['Trisam 2.0 Hofors kommun', '2020-03-24 – 2021-12-31', '142 tkr', '71 tkr'],
  ['Trisam 2.0 Hudiksvalls kommun', '2019-12-01 – 2021-12-31', '279 tkr', '279 tkr'],
  ['Trisam 2.0 Ockelbo kommun', '2020-02-21 – 2021-12-31', '111 tkr', '111 tkr'],
  ['Trisam 2.0 Ovanåker kommun', '2020-03-01 – 2021-12-31', '112 tkr', '112 tkr'],
  ['Trisam 2.0 Sandvikens kommun', '2019-12-01 – 2021-12-31', '300 tkr', '300 tkr'],
  ['Trisam 2.0 Söderhamns kommun', '2020-02-06 – 2021-12 -31', '289 tkr', '153 tkr'],
  ['Mysam', '2020-10-01 – 2021-12-31', '721 tkr', '710 tkr'],
  ['Förstudie - Utveckling av egenmakt Hudiksvall', '2021-02-01 – 2021-10-31', '220 tkr', '218 tkr'],
  ['Förstudie - Minska glappet Mysam Gävle', '2021-10-01 – 2021-12-31', '97 tkr', '90 tkr'],
  ['Lokal individinsats efter Trisam i Hudiksvall', '2021-10-01 -2022-01-31', '75 tkr', '75 tkr'],
  ['Insatskatalogen Gävleborg', null, '124 tkr', '144 tkr (redovisas i kanslibudget)'],
];

const YEAR_COUNTS: Record<string, string> = {
  'Ett hållbart arbetsliv - Ockelbo': '21 deltagare deltagit i insatsen, 15 kvinnor, 6 män',
  'Ett hållbart arbetsliv - Ovanåker': '17 deltagare, 7 kvinnor, 10 män',
  'Ett hållbart arbetsliv - Hofors': '10 deltagare, 3 kvinnor, 7 män',
};

export function interventions2021(): Intervention[] {
  return ROWS.map(([name, written, budget, outcome]) => {
    const year = YEAR_COUNTS[name];
    const outcomeMoney = money(outcome, null);
    return intervention(name, {
      period: written === null ? null : period(written),
      budget: money(budget, null),
      outcome: { ...outcomeMoney, text: outcome },
      participants: year === undefined ? [] : [scoped(year, 'year')],
    });
  });
}
