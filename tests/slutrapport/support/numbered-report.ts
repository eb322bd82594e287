/**
 * A slutrapport typed by hand rather than on the template's grey fields: Word-numbered headings
 * (the number lives in the list label, not the text), labels with their values on the same line
 * ("Diarienummer: …"), a label | value table row, amounts in tkr, typed "X" answers, a filled
 * signature block and an e-signature stamp line. Built with the fixture DOCX writer; made-up people.
 */
import { type Block, buildDocx, p, table } from '../../../fixtures/build/docx/index.js';

const main = (title: string): Block => p(title, { style: 'Heading1', numbered: { level: 0 } });
const sub = (title: string): Block => p(title, { style: 'Heading2', numbered: { level: 1 } });

export const NUMBERED_REPORT = {
  registrationNumber: 'SFG 23-1.02',
  receivedDateText: '2023-02-30',
  name: 'Brobygget Hofors',
  period: '2021-01-01 – 2022-12-31',
  intakeEnd: '2022-06-30',
  granted: '1,2 mkr',
  background: ['Hofors kommun saknade en gemensam väg in för unga vuxna.', 'Därför startade vi Brobygget.'],
  count: '35 deltagare, 15 kvinnor, 9 män och 11 anonyma',
  goals: [
    { goal: 'Minst 30 deltagare ska skrivas in.', outcome: '35 deltagare skrevs in.' },
    { goal: 'Hälften ska gå vidare till arbete eller studier.', outcome: '19 gick vidare.' },
  ],
  stamp: 'Comfact Signature Referensnummer: 1234567',
};

/** `overrides`: other values typed in the same places (a granted amount written per year, say). */
export function numberedReportDocx(overrides: Partial<typeof NUMBERED_REPORT> = {}): Promise<Buffer> {
  const r = { ...NUMBERED_REPORT, ...overrides };
  const body: Block[] = [
    p('Slutrapport', { style: 'Title' }),
    p(`Diarienummer: ${r.registrationNumber}`),
    p(`Ankomstdatum: ${r.receivedDateText}`),
    main('Allmänna uppgifter'),
    p(`Insatsens namn: ${r.name}`),
    p(`Planerad insatstid – åååå-mm-dd: ${r.period}`),
    table([['Eventuellt slutdatum för intag av deltagare i insatsen', r.intakeEnd]]),
    p(`Totalt beviljade medel från Samordningsförbund Gävleborg för insatsen: ${r.granted}`),
    main('Följande förbundsmedlemmar har sökt medel.'),
    p('1. Organisations och arbetsställets namn: Hofors kommun, Arbetsmarknadsenheten'),
    p('Kontaktperson: Lena Vik'),
    p('E-postadress: lena.vik@hofors.example'),
    p('Telefonnummer: 070-174 06 81'),
    p('2. Organisations och arbetsställets namn:'),
    p('Kontaktperson:'),
    main('Ansvarig för genomförande av insatser'),
    p('Organisations namn: Hofors kommun'),
    p('Arbetsställets namn: Arbetsmarknadsenheten'),
    p('Namn - kontaktperson för insatsägare: Lena Vik'),
    p('Mobiltelefonnummer: 070-174 06 81'),
    p('E-postadress: lena.vik@hofors.example'),
    p('Postnummer: 813 82'),
    p('Postadress: Hofors'),
    main('Insatsbeskrivning'),
    sub('Bakgrund till insatsen. Beskriv skälen till insatsen.'),
    ...r.background.map((line) => p(line)),
    sub('Syfte med insatsen. Beskriv kortfattat vilken förändring som ni ville uppnå med insatsen?'),
    p('En väg in för unga vuxna.'),
    sub('Målgrupp för insatsen: Vilka grupper/individer har omfattats av insatsen.'),
    p(`Unga vuxna 18–29 år. Totalt deltog ${r.count}.`),
    main('Resultat och utfall av insats'),
    sub('Insatsens mål'),
    table([['Mål', 'Utfall'], ...r.goals.map((g) => [g.goal, g.outcome])]),
    sub('Arbetssätt och verksamhetsbeskrivning för insatsen.'),
    p('Coachning en gång i veckan.'),
    sub('Avvikelser från planering (avseende ekonomi, tidsplan, aktiviteter numerära mål, m.m.):'),
    p('Inga avvikelser.'),
    sub('Beskriv uppföljning och utvärdering av målen:'),
    p('Månadsvis i styrgruppen.'),
    main('Analys'),
    sub('Beskriv på vilket sätt och hur lärdomar av insatsen kommer att implementeras (organisatoriskt, finansiellt och innehållsmässigt):'),
    p('Kommunen permanentar coachen.'),
    sub('Beskriv tillvaratagna erfarenheter och lärdomar från insatsen:'),
    p('En fast kontakt skapar förtroende.'),
    sub(
      'Brukarmedverkan: Beskriv hur målgruppen/brukarna involverats och gjorts delaktiga i insatsen samt vilka lärdomar och erfarenheter brukare bidragit med.',
    ),
    p('En referensgrupp med deltagare.'),
    sub('Beskriv framgångsfaktorer för uppnått resultat:'),
    p('Korta beslutsvägar.'),
    sub('Beskriv identifierade systemfel som påverkat utfall och resultat:'),
    p(''),
    main('Ekonomisk rapport'),
    sub('Sammanfattande bedömning: Vad har gått bra och mindre bra i arbetet?'),
    p('Det mesta har gått bra.'),
    sub('Redovisa era totala kostnader för insatsen enligt nedan.'),
    table([
      ['Kostnadsslag', 'Budget (tkr)', 'Utfall (tkr)'],
      ['Lönekostnader (månadslön, bruttolön, lönebikostnader)', '1 100', '1 080'],
      ['Övriga kostnader (ange typ av övriga kostnader)', '100', ''],
      ['Summa', '1 200', '1 080'],
    ]),
    sub('Styrgruppens analys av utfall för insatsen:'),
    p('Målen är nådda.'),
    main('Checklista för insatsledare vid slutrapport'),
    sub('Insatsledare'),
    table([
      ['', 'Ja', 'Nej'],
      ['Kontrollerat att samtliga insatser/deltagare registrerat i enlighet med SUS', 'X', ''],
      ['Föreslagit kompetensutvecklingsinsatser', '', 'x'],
    ]),
    sub('Kommentarer: (om ni angett nej ovan ska detta kommenteras här)'),
    p('Inget behov fanns.'),
    sub('Beskriv anordnade kompetensutvecklingsinsatser:'),
    p(''),
    main('Underskrift'),
    sub('Underskrift'),
    p('Undertecknad försäkrar att de uppgifter som lämnas i slutrapporten, inklusive bilagor, är riktiga.'),
    table([
      ['Ort', 'Datum'],
      ['Hofors', '2023-02-15'],
      [{ content: 'Organisation - Insatsägare/huvudman', span: 2 }],
      [{ content: 'Hofors kommun', span: 2 }],
      [{ content: 'Namnförtydligande', span: 2 }],
      [{ content: 'Lena Vik', span: 2 }],
    ]),
    p(r.stamp),
  ];
  return buildDocx({ title: 'Slutrapport Brobygget Hofors', body });
}
