/**
 * What makes a text a final report when its cover never says "slutrapport": a project's or an
 * insats's account of itself after the fact. Each kind of evidence counts once — the project's
 * time told as over ("pågick under perioden 1 januari 2012 till och med 31 december 2014", "under
 * projektets sista år"), its aim told in the past ("Syftet med projektet har varit"), its results
 * and lessons ("resultat och erfarenheter", "lärdomar", "framgångsfaktorer"), who financed it
 * ("inom ramen för Samordningsförbundet …", "finansierades av samordningsförbundet"), the text
 * speaking of itself as the project's report ("Med denna rapport vill vi …") and the project's
 * people and name ("Projektledare", "Projektnamn"). A plan, a news item or a förbund's page has
 * one or two of them; a final report has most.
 */
import type { DocStructure } from '../structure/index.js';
import { ownUnits } from './opening.js';

/** The subject a final report tells of: a project, an insats, a pre-study (ESF's "förprojektering"), a team. */
const SUBJECT =
  '(?:projekte[tn]|projektets|insatsen|insatsens|förstudien|förstudiens|förprojekteringen|förprojekteringens|verksamheten|verksamhetens|teamet|teamets|samverkansinsatsen)';

/** Who pays for a project: a förbund, finsam, the EU's social fund, Arvsfonden, a Leader area. */
const FUNDER =
  '(?:samordningsförbunde[tn]|finsam|europeiska\\s+socialfonden|(?:svenska\\s+)?esf|eu\\b|europeiska\\s+unionen|allmänna\\s+arvsfonden|arvsfonden|leader)';

const SIGNALS: { name: string; pattern: RegExp }[] = [
  {
    name: 'time over',
    pattern: new RegExp(
      [
        `\\b${SUBJECT}\\s+(?:har\\s+)?(?:pågick|pågått|bedrevs|bedrivits|genomfördes|genomförts|löpte|avslutades|avslutats|startade)\\b`,
        '\\b(?:pågick|bedrevs|genomfördes|löpte)\\s+(?:under\\s+(?:perioden|tiden|åren)|mellan|från)\\b',
        '\\bunder\\s+(?:projekttiden|projektperioden|insatsperioden|insatstiden|projektets\\s+(?:sista|första|andra|tredje)\\s+år)\\b',
        '\\b(?:projekttid|projektperiod|insatsperiod|projektets\\s+löptid)\\s*:',
        // "Förvaltningen genomförde under 2006 och 2007 ett … projekt", "Nästa Steg har varit ett projekt med två syften".
        '\\b(?:genomförde|bedrev|drev)\\s+under\\s+(?:(?:19|20)\\d{2}|åren|perioden)\\b',
        '\\bhar\\s+varit\\s+ett\\s+(?:\\p{L}+\\s+)?(?:projekt|insats)\\b',
      ].join('|'),
      'iu',
    ),
  },
  {
    name: 'aim in the past',
    pattern: new RegExp(
      `\\b(?:syftet|målet|målsättningen)\\s+med\\s+${SUBJECT}\\s+(?:har\\s+varit|var)\\b|\\b${SUBJECT}\\s+(?:mål|syfte|målgrupp|målgrupper)\\s+(?:har\\s+varit|var)\\b`,
      'iu',
    ),
  },
  {
    name: 'results and lessons',
    pattern:
      /\b(?:resultat(?:en)?\s+och\s+erfarenheter|erfarenheter\s+och\s+resultat|lärdomar(?:na)?|framgångsfaktorer(?:na)?|måluppfyllelse(?:n)?|vad\s+har\s+vi\s+lärt|slutsatser\s+och\s+rekommendationer)\b|\b(?:syftet|målet|målen)\s+(?:har|hade)\s+(?:inte\s+|delvis\s+|helt\s+)?(?:uppnåtts|nåtts|uppfyllts)/iu,
  },
  {
    name: 'financed by a förbund or a fund',
    pattern: new RegExp(
      [
        `\\b(?:finansiera(?:t|d|des|ts|s)|medfinansiera(?:t|d|des|ts)|initierades|beviljades\\s+medel)\\s+(?:av|från|genom)\\s+${FUNDER}`,
        // "inom ramen för Samordningsförbundet …", "inom ramen för det svenska ESF-programmet".
        `\\binom\\s+ramen\\s+för\\s+(?:det\\s+|den\\s+)?${FUNDER}`,
        // "Projektet har fått ekonomiskt stöd från EU Mål 3", "har beviljats medel ur Allmänna arvsfonden".
        // The project itself as the one funded: "med stöd från samordningsförbundet" alone is how a förbund's page speaks of any insats.
        `\\b${SUBJECT}\\s+(?:har\\s+|hade\\s+)?(?:fått|fick|erhållit|erhöll|beviljats|beviljades|haft)\\s+(?:\\p{L}+\\s+)?(?:stöd|medel|bidrag|finansiering|projektmedel)\\s+(?:från|av|ur|genom)\\s+${FUNDER}`,
      ].join('|'),
      'iu',
    ),
  },
  {
    name: 'what the project brought',
    // "vilka resultat och effekter som projektet har medfört", "Insatsen har lett till att …".
    pattern: new RegExp(
      `\\b${SUBJECT}\\s+(?:har\\s+|hade\\s+)?(?:medfört|medförde|lett\\s+till|ledde\\s+till|bidragit\\s+till|bidrog\\s+till|resulterat\\s+i|resulterade\\s+i|inneburit)\\b`,
      'iu',
    ),
  },
  {
    name: 'participants told after the fact',
    // "personer som varit inskrivna i …", "deltagarna som har deltagit", "Totalt har 54 personer skrivits in".
    pattern: new RegExp(
      [
        '\\b(?:deltagare|deltagarna|personer|personerna|individer|ungdomar|ungdomarna)\\s+som\\s+(?:har\\s+|hade\\s+)?(?:varit\\s+inskrivna|deltagit|skrivits\\s+in|avslutat)\\b',
        '\\b(?:har|hade)\\s+(?:totalt\\s+|sammanlagt\\s+)?\\d+\\s+(?:deltagare|personer|individer|ungdomar)\\s+(?:deltagit|varit\\s+inskrivna|skrivits\\s+in|tagit\\s+del)\\b',
      ].join('|'),
      'iu',
    ),
  },
  {
    name: 'the report of the project',
    pattern: new RegExp(
      `\\b(?:med|i)\\s+denna\\s+rapport\\s+(?:vill|redovisa|beskriv|sammanfatta)|\\bdenna\\s+rapport\\s+är\\s+resultatet\\s+av\\b|\\bdenna\\s+rapport\\s+(?:redovisar|beskriver|sammanfattar)\\s+${SUBJECT}|\\brapport\\s+till\\s+(?:esf|samordningsförbundet)\\b`,
      'iu',
    ),
  },
  { name: "the project's people and name", pattern: /\b(?:projektledare|projektnamn|projektägare|insatsledare|delprojektledare)\b/iu },
];

/** How far into the document the evidence is looked for: the opening a final report describes itself in. */
const WORDS_READ = 1500;

/** The kinds of final-report evidence the document's opening shows, by name. */
export function finalReportEvidence(structure: DocStructure): string[] {
  const parts: string[] = [];
  let words = 0;
  for (const unit of ownUnits(structure)) {
    parts.push(unit.text.replace(/\s+/gu, ' '));
    words += (unit.text.match(/\S+/gu) ?? []).length;
    if (words > WORDS_READ) break;
  }
  const text = parts.join(' ');
  return SIGNALS.filter((signal) => signal.pattern.test(text)).map((signal) => signal.name);
}
