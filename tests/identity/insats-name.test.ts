/**
 * The name of a final report's insats where no form field gives it: read from its cover, title or
 * first lines, ended where the cover's next element starts, and none where the text leaves the
 * name's end open. Made-up names, in the shapes of the real corpus's covers.
 */
import { describe, expect, it } from 'vitest';
import { findInsatsNames } from '../../extractors/identity/insats-name.js';

const first = (text: string): string | null => findInsatsNames(text)[0]?.name ?? null;

describe('the name of a final report’s insats', () => {
  it.each([
    // After the word for a project or an insats, up to the förbund, the report's name or a comma.
    ['Samhällsekonomisk utvärdering Projekt Steget Samordningsförbundet Exempelbygd Slutrapport', 'Steget'],
    ['Projekt Norrsken Slutrapport Samordningsförbundet Exempelbygd', 'Norrsken'],
    ['Projekt Vägen Vidare, Samordningsförbundet Exempelbygd', 'Vägen Vidare'],
    ['Insats Bryggan Samordningsförbundet Exempelbygd', 'Bryggan'],
    ['Slutredovisning av projekt Brofästet Följande redovisning är en slutredovisning av projekt Brofästet.', 'Brofästet'],
    ['Projektet Brofästet har under tre år stöttat unga vuxna.', 'Brofästet'],
    ['2023-12-07 Brofästet lämnar slutrapport Projekt Brofästet är ett Finsamprojekt som har genomförts i samverkan.', 'Brofästet'],
    // A name in lower case after the word written with a capital, and one that goes on in lower case up to the förbund.
    ['Projekt steg Delprojekt steg i Exempelby Samordningsförbundet Exempelbygd', 'steg'],
    ['Projekt Unga i arbete Samordningsförbundet Exempelbygd', 'Unga i arbete'],
    // Words with a capital joined by "i", "och", "för".
    ['Projektnamn Exempelbygd Utveckling i Samverkan Slutrapport genomförande', 'Exempelbygd Utveckling i Samverkan'],
    // A kind of project before the name, and the name joined to the word for a project.
    ['en utvärdering av finsamprojektet Samverkan i Exempelby (härefter benämnt SiE)', 'Samverkan i Exempelby'],
    ['Slutredovisning projekt Beslutsnummer ABC-projektets slutredovisning', 'ABC'],
    // What is in brackets after the name is another form of it.
    ['En utvärdering av projektet Gemensamt stödteam för unga (gst)', 'Gemensamt stödteam för unga'],
    // A title's end ends a name no person's or place's name can follow: its last word in lower case, or after a joining word.
    ['Slutrapport för projekt Steg för steg', 'Steg för steg'],
    ['Projekt Unga vuxna', 'Unga vuxna'],
    ['Slutrapport projekt Unga i Exempelby', 'Unga i Exempelby'],
    // "Projekt:" as a label, and a title that is the report's name, a dash or a colon, then the insats's.
    ['Projekt: Vägen till arbete\nProjektperiod: 2017-03-01 – 2019-12-31', 'Vägen till arbete'],
    ['Slutrapport – Brofästet\nSamordningsförbundet Exempelbygd', 'Brofästet'],
    ['Slutrapport – Jobbcoach Exempelby', 'Jobbcoach Exempelby'],
    ['Slutredovisning: Vägen till arbete', 'Vägen till arbete'],
    // A label's value on a title's line of its own is the name, however it ends.
    ['Insats: Samverkansteam Exempelby', 'Samverkansteam Exempelby'],
    ['Projektnamn: Jobbcoach Exempelby', 'Jobbcoach Exempelby'],
    ['Projektbenämning: Jobbcoach Exempelby', 'Jobbcoach Exempelby'],
    ['Insatsens benämning: Steg mot arbete', 'Steg mot arbete'],
  ])('%j → %j', (text, name) => {
    expect(first(text)).toBe(name);
  });

  it.each([
    // A name whose end the text leaves open, or cut short by a compound left open.
    ['En utvärdering av projektet Gemensamt stödteam för unga Anna Exempelsson Innehåll'],
    ['En utvärdering av Remiss- och kartläggningsteamet och Samverkansteamet'],
    // The word for a project in a sentence, the series a consultancy evaluates, a report's qualifier, a funder.
    ['I projektet har deltagarna fått stöd. Projektets syfte var att öka samverkan.'],
    ['Projektet startade i Exempelby 2019. Insatsen har nått 40 deltagare.'],
    ['Projektet handlar om unga vuxna i Exempelby kommun.'],
    ['Utvärderingar av sociala insatser Samhällsekonomiska bokslut, utvärderingar och analyser'],
    ['Slutrapport Samhällsekonomisk utvärdering'],
    ['Utvärdering – en studie av samverkan i Exempelby'],
    ['Slutredovisning Svenska ESF-rådet Integrationsfonden'],
    // After a report named in the definite form comes its author; a plural project's list is a contents list.
    ['Slutrapport för utvärderingen Anna Exempelsson'],
    ['Implementering av samverkansprojekt Kunskapsimplementering Referenser'],
    // After the report's own name alone: on the real hold-outs, months, authors and headings stood there more often than names.
    ['Utvärdering av Samverkan i Exempelby, SiE Anna Exempelsson'],
    ['Samhällsekonomisk utvärdering Stödteamet Samordningsförbundet Exempelbygd'],
    ['Slutrapport Maj 2013 Samordningsförbundet Exempelbygd'],
    // A month is a date's; a title's end does not end names of capitals only (an author's may be one); a sentence's end is no title's.
    ['Slutrapport projekt Maj 2019'],
    ['Slutrapport – Maj 2013'],
    ['Projekt Brofästet Anna Exempelsson'],
    ['Slutrapport för projektet som riktat sig till unga'],
    ['Slutrapport – Brofästet har under tre år stöttat unga vuxna i Exempelby och dess grannkommuner.'],
    ['Slutrapport – förstudie inom Europeiska socialfonden'],
    // A name whose end runs into prose, an author's name or a place: its end is open.
    ['Projektet handlar om projekt Brofästet i Exempelby kommun och dess resultat'],
    ['Projekt Brofästet Anna Exempelsson Högskolan i Exempelby har genomfört utvärderingen.'],
    ['Projektet Brofästet genererade 40 jobb under 2015.'],
    // A label, a funder, a section's number.
    ['Projekt period (år/månad) Uppgiftslämnare'],
    ['Projektnamn: Ange projektets namn. Projektet har pågått i tre år.'],
    ['ESF-projektet har finansierats av Europeiska socialfonden.'],
    ['Projekt 6 Följeforskningsmodellen och lärande'],
  ])('%j → none', (text) => {
    expect(first(text)).toBeNull();
  });
});
