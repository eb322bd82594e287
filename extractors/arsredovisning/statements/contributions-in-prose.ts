/**
 * The members' contributions per party where the förvaltningsberättelse tells them in a sentence
 * rather than a table: "Medlemsavgifterna uppgick till 4 000 tkr, varav Försäkringskassan 2 000 tkr,
 * Region Exempel 1 000 tkr och kommunerna tillsammans 1 000 tkr", "Försäkringskassan bidrog med 2 000
 * tkr, regionen med 1 000 tkr och kommunerna med 1 000 tkr". Only a sentence about the members' money
 * that gives the state's amount and another party's is read, each party's amount right after its
 * name; a sentence that counts a party twice (the kommuner together and one by one) is left unread.
 */
import type { Contribution } from '../../../schemas/arsredovisning.js';
import { findMoney } from '../../parse/index.js';
import { sentences } from '../../text/sentences.js';
import type { ProseText } from '../stated-figures.js';
import { contributorKind } from './contributions.js';

/** Words of the members' money: a sentence without them is about other money. */
const MEMBERS_MONEY =
  /medlemsavgift|medlemsbidrag|medlemsinsats|finansieras\s+av|finansierades\s+av|(?<![\p{L}])(?:bidrog|bidrar|bidragit|tillskjutit|tillsköt)(?![\p{L}])/iu;
/** Words of money given out or to the förbund alike: the members' only where no insats or project is spoken of. */
const ALLOCATION = /tilldelning|anslag/iu;
const PAID_OUT = /insats|projekt/iu;

function aboutMembersMoney(text: string): boolean {
  return MEMBERS_MONEY.test(text) || (ALLOCATION.test(text) && !PAID_OUT.test(text));
}

/** A party as prose names it; the members' own names (as the report lists them) come first. */
const PARTY_NAMES = [
  'Staten genom Försäkringskassan',
  'Försäkringskassan',
  'Arbetsförmedlingen',
  'staten',
  'Staten',
  'regionen',
  'Regionen',
  'landstinget',
  'Landstinget',
  'kommunerna',
  'Kommunerna',
  'Västra Götalandsregionen',
];
const NAMED_PARTY = String.raw`Region\s+\p{Lu}[\p{L}-]+|\p{Lu}[\p{L}-]+\s+(?:kommun|stad)`;

/** Between a party's name and its amount: "tillsammans", "bidrog med", "med", a colon. */
const TO_AMOUNT =
  /^\s*(?:[:,–-]\s*)?(?:(?:har\s+)?(?:tillsammans|totalt|sammanlagt|gemensamt|bidrog|bidrar|bidragit|betalade|betalat|betalar|stod|står|tillskjutit|tillsköt)\s+){0,2}(?:(?:med|för)\s+)?$/iu;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

function partyPattern(members: readonly string[]): RegExp {
  const names = [...members, ...PARTY_NAMES].sort((a, b) => b.length - a.length).map(escape);
  return new RegExp(`(?<![\\p{L}])(?:${[...names, NAMED_PARTY].join('|')})(?![\\p{L}])`, 'gu');
}

/** The contributions one sentence states, or [] when it states none whole (no state, one party only, a party twice). */
function inSentence(text: string, parties: RegExp, members: readonly string[], prose: ProseText): Contribution[] {
  const found: Contribution[] = [];
  const used = new Set<number>();
  const money = findMoney(text);
  const evidence = { ...prose.evidence, text };
  for (const match of text.matchAll(parties)) {
    const end = match.index + match[0].length;
    const amount = money.find((candidate) => candidate.start >= end && TO_AMOUNT.test(text.slice(end, candidate.start)));
    const kind = contributorKind(match[0], members);
    if (!amount || !kind || used.has(amount.start)) continue;
    used.add(amount.start);
    found.push({ party: match[0], kind, amount: { ...amount.value, evidence }, evidence });
  }
  const kinds = found.map((entry) => (entry.kind === 'kommun-outside-region' ? 'kommun' : entry.kind));
  const together = found.some((entry) => /^kommunerna$/iu.test(entry.party));
  // Försäkringskassan and Arbetsförmedlingen each with an amount are the state's two parts; the state named twice otherwise is counted twice.
  const state = found.filter((entry) => entry.kind === 'state').map((entry) => entry.party.toLowerCase());
  const stateTwice = state.length > 1 && (new Set(state).size < state.length || state.some((party) => /staten|statlig/u.test(party)));
  const twice = stateTwice || (together && kinds.filter((kind) => kind === 'kommun').length > 1);
  return twice || !kinds.includes('state') || new Set(kinds).size < 2 ? [] : found;
}

/** The first sentence of the prose that states the members' contributions per party. */
export function readContributionsInProse(texts: readonly ProseText[], members: readonly string[]): Contribution[] {
  const parties = partyPattern(members);
  for (const prose of texts) {
    for (const sentence of sentences(prose.text)) {
      if (!aboutMembersMoney(sentence.text)) continue;
      const found = inSentence(sentence.text, parties, members, prose);
      if (found.length > 0) return found;
    }
  }
  return [];
}
