/**
 * What the förbund's slutrapport template prints: section numbers with their headings and
 * instructions, and the labels of its form fields and tables. Labels are matched fuzzily
 * (extractors/text), never by equality, so a retyped or translated template still lines up;
 * each entry lists the wordings seen or expected (Swedish template, English translation).
 */

export interface TemplateSection {
  /** "4" for a main heading, "4.1" for a numbered subsection. */
  number: string;
  /** The heading's wordings, without the number. */
  headings: string[];
  /** Explanatory text the template prints under the heading (it is part of the title, never the answer). */
  instructions: string[];
}

const section = (number: string, headings: string[], instructions: string[] = []): TemplateSection => ({
  number,
  headings,
  instructions,
});

export const MAIN_SECTIONS: TemplateSection[] = [
  section('1', ['Allmänna uppgifter', 'General information']),
  section('2', ['Följande förbundsmedlemmar har sökt medel', 'The following members have applied for funds']),
  section('3', ['Ansvarig för genomförande av insatser', 'Responsible for carrying out the intervention']),
  section('4', ['Insatsbeskrivning', 'Description of the intervention']),
  section('5', ['Resultat och utfall av insats', 'Results and outcome of the intervention']),
  section('6', ['Analys', 'Analysis']),
  section('7', ['Ekonomisk rapport', 'Financial report']),
  section('8', ['Checklista för insatsledare vid slutrapport', 'Checklist for the intervention leader']),
  section('9', ['Underskrift', 'Signature']),
];

export const SUBSECTIONS: TemplateSection[] = [
  section('4.1', ['Bakgrund till insatsen. Beskriv skälen till insatsen.', 'Background to the intervention']),
  section('4.2', [
    'Syfte med insatsen. Beskriv kortfattat vilken förändring som ni ville uppnå med insatsen?',
    'Purpose of the intervention',
  ]),
  section('4.3', [
    'Målgrupp för insatsen: Vilka grupper/individer har omfattats av insatsen.',
    'Target group of the intervention',
  ]),
  section('5.1', ['Insatsens mål', 'Goals of the intervention'], ['Vilket/-a resultat skulle uppnås med insatsen?']),
  section(
    '5.2',
    ['Arbetssätt och verksamhetsbeskrivning för insatsen.', 'Working methods and activities'],
    [
      'Beskriv vilka metoder/arbetssätt och vilka aktiviteter som har genomförts under insatsen. Har de metoder/aktiviteter ni angett i ansökan använts/utförts på det sätt som var tänkt?',
    ],
  ),
  section(
    '5.3',
    ['Avvikelser från planering (avseende ekonomi, tidsplan, aktiviteter numerära mål, m.m.):', 'Deviations from the plan'],
    [
      'Beskriv eventuella förändringar i jämförelse med ansökan i avseende gällande verksamhet. och budget. Har insatsen kunnat genomföras enligt planering? Om inte, vilka åtgärder har vidtagits? Om målet ej nåtts, vad är orsaken till detta?',
    ],
  ),
  section(
    '5.4',
    ['Beskriv uppföljning och utvärdering av målen:', 'Follow-up and evaluation of the goals'],
    ['Hur har ni arbetat med uppföljning och utvärdering samt med vilka har detta kommunicerats?'],
  ),
  section(
    '6.1',
    [
      'Beskriv på vilket sätt och hur lärdomar av insatsen kommer att implementeras (organisatoriskt, finansiellt och innehållsmässigt):',
      'How lessons from the intervention will be implemented',
    ],
    ['När och med vilka har diskussion kring implementering förts?'],
  ),
  section(
    '6.2',
    ['Beskriv tillvaratagna erfarenheter och lärdomar från insatsen:', 'Experience and lessons learned'],
    ['Vilka lärdomar och erfarenheter har respektive samverkanspart erhållit?'],
  ),
  section('6.3', [
    'Brukarmedverkan: Beskriv hur målgruppen/brukarna involverats och gjorts delaktiga i insatsen samt vilka lärdomar och erfarenheter brukare bidragit med.',
    'User involvement',
  ]),
  section('6.4', ['Beskriv framgångsfaktorer för uppnått resultat:', 'Success factors']),
  section('6.5', ['Beskriv identifierade systemfel som påverkat utfall och resultat:', 'System failures identified']),
  section('7.1', [
    'Sammanfattande bedömning: Vad har gått bra och mindre bra i arbetet? Framgångsfaktorer respektive identifierade systemfel som påverkar utfallet. Kommentera gärna samarbetet med samverkansparter och styrgrupp.',
    'Overall assessment',
  ]),
  section('7.2', [
    'Redovisa era totala kostnader för insatsen enligt nedan. Ifall medel har återlämnats till förbundet, vad har detta för orsaker och om det haft konsekvenser för innehåll och utfall av insatsen.',
    'Total costs of the intervention',
  ]),
  section(
    '7.3',
    ['Styrgruppens analys av utfall för insatsen:', "The steering group's analysis of the outcome"],
    ['(måluppfyllelse, budget, avvikelser, plan för implementering m.m)'],
  ),
  section('8.1', ['Insatsledare', 'Intervention leader']),
  section('8.2', ['Kommentarer: (om ni angett nej ovan ska detta kommenteras här)', 'Comments']),
  section('8.3', ['Beskriv anordnade kompetensutvecklingsinsatser:', 'Skills development activities arranged']),
  section(
    '9.1',
    ['Underskrift', 'Signature'],
    [
      'Undertecknad försäkrar att de uppgifter som lämnas i slutrapporten, inklusive bilagor, är riktiga.',
      'Underskrift av person som har rätt att företräda sökanden.',
    ],
  ),
];

/** Labels of the form fields, each with its wordings. */
export const LABELS = {
  registrationNumber: ['Diarienummer', 'Diarienr', 'Dnr', 'Registration number'],
  officeSignature: ['Signatur'],
  receivedDate: ['Ankomstdatum', 'Ankomstdag', 'Datum för ankomst', 'Inkommen', 'Date received'],
  name: ['Insatsens namn', 'Name of the intervention'],
  plannedPeriod: ['Planerad insatstid åååå-mm-dd', 'Planerad insatstid', 'Planned period'],
  intakeEndDate: [
    'Eventuellt slutdatum för intag av deltagare i insatsen',
    'Slutdatum för intag av deltagare',
    'End date for admission of participants',
  ],
  granted: [
    'Totalt beviljade medel från Samordningsförbund för insatsen',
    'Totalt beviljade medel för insatsen',
    'Totalt beviljade medel',
    'Beviljade medel',
    'Total funds granted',
  ],
  applicantOrganisation: ['Organisations och arbetsställets namn', 'Organisation and workplace'],
  applicantContact: ['Kontaktperson', 'Contact person'],
  email: ['E-postadress', 'E-post', 'Mejladress', 'Email address', 'E-mail'],
  applicantPhone: ['Telefonnummer', 'Telefon', 'Mobiltelefonnummer', 'Mobiltelefon', 'Phone number'],
  responsibleOrganisation: ['Organisations namn', 'Name of organisation'],
  responsibleWorkplace: ['Arbetsställets namn', 'Name of workplace'],
  responsibleContact: ['Namn - kontaktperson för insatsägare', 'Kontaktperson', 'Contact person'],
  responsiblePhone: ['Mobiltelefonnummer', 'Mobiltelefon', 'Mobilnummer', 'Telefonnummer', 'Telefon', 'Mobile phone', 'Phone number'],
  postalCode: ['Postnummer', 'Postal code'],
  postalAddress: ['Postadress', 'Ort', 'Postal address', 'Town'],
  place: ['Ort', 'Place'],
  date: ['Datum', 'Date'],
  organisationOwner: ['Organisation - Insatsägare/huvudman', 'Organisation - Intervention owner'],
  organisationPartner: ['Organisation - Samverkanspart', 'Organisation - Partner'],
  signatureLine: ['Underskrift', 'Signature'],
  printedName: ['Namnförtydligande', 'Name in block letters', 'Printed name'],
  goalsColumn: ['Mål', 'Vilket/-a resultat skulle uppnås med insatsen?', 'Goal'],
  outcomeColumn: ['Utfall', 'Outcome'],
  costColumn: ['Kostnadsslag', 'Cost category', 'Type of cost'],
  budgetColumn: ['Budget'],
  totalRow: ['Summa', 'Totalt', 'Total'],
  yes: ['Ja', 'Yes'],
  no: ['Nej', 'No'],
} satisfies Record<string, string[]>;

/**
 * Instructions the template prints between its fields (page 1). A blank field followed by one of
 * these is blank: the instruction is not its value.
 */
export const BOILERPLATE: string[] = [
  'Denna mall ska användas vid slutrapportering av insatser finansierade av Samordningsförbund',
  'Stöd för delrapport finner du på förbundets hemsida',
  'Syfte med rapporten är att vara en informationsöverlämning till styrelse för uppföljning och lärande.',
  'Slutrapport ska sammanställas och redovisas till förbundet senast en månad efter avslutad insats',
  'Alla befintliga rubriker ska kommenteras.',
  'Slutrapport för insatser ska skickas till samordningsförbundet i pappersformat och digitalt',
  'Kontaktuppgifter till förbundet:',
];

/** The seven cost categories of 7.2, with their wordings (a row reports its category as written). */
export const COST_CATEGORIES: string[] = [
  'Aktiviteter',
  'Activities',
  'Externa tjänster',
  'External services',
  'Lönekostnader',
  'Salary costs',
  'Lokalkostnader',
  'Premises costs',
  'Material/expenser',
  'Materials/expenses',
  'Resekostnader',
  'Travel costs',
  'Övriga kostnader',
  'Other costs',
];
