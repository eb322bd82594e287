import { foldDiacritics } from './normalize.js';

/**
 * Sweden's 290 municipalities, its regions/counties and provinces, and the national agencies
 * that are members of samordningsförbund. Two interventions that differ only in one of these
 * ("Trisam 2.0 – Hofors" / "Trisam 2.0 – Hudiksvall") are different interventions.
 */
const MUNICIPALITIES = `
Botkyrka Danderyd Ekerö Haninge Huddinge Järfälla Lidingö Nacka Norrtälje Nykvarn Nynäshamn Salem
Sigtuna Sollentuna Solna Stockholm Sundbyberg Södertälje Tyresö Täby Upplands-Bro Upplands-Väsby
Vallentuna Vaxholm Värmdö Österåker Enköping Heby Håbo Knivsta Tierp Uppsala Älvkarleby Östhammar
Eskilstuna Flen Gnesta Katrineholm Nyköping Oxelösund Strängnäs Trosa Vingåker Boxholm Finspång Kinda
Linköping Mjölby Motala Norrköping Söderköping Vadstena Valdemarsvik Ydre Åtvidaberg Ödeshög Aneby
Eksjö Gislaved Gnosjö Habo Jönköping Mullsjö Nässjö Sävsjö Tranås Vaggeryd Vetlanda Värnamo Alvesta
Lessebo Ljungby Markaryd Tingsryd Uppvidinge Växjö Älmhult Borgholm Emmaboda Hultsfred Högsby Kalmar
Mönsterås Mörbylånga Nybro Oskarshamn Torsås Vimmerby Västervik Gotland Karlshamn Karlskrona Olofström
Ronneby Sölvesborg Bjuv Bromölla Burlöv Båstad Eslöv Helsingborg Hässleholm Höganäs Hörby Höör Klippan
Kristianstad Kävlinge Landskrona Lomma Lund Malmö Osby Perstorp Simrishamn Sjöbo Skurup Staffanstorp
Svalöv Svedala Tomelilla Trelleborg Vellinge Ystad Åstorp Ängelholm Örkelljunga Östra-Göinge Falkenberg
Halmstad Hylte Kungsbacka Laholm Varberg Ale Alingsås Bengtsfors Bollebygd Borås Dals-Ed Essunga
Falköping Färgelanda Grästorp Gullspång Göteborg Götene Herrljunga Hjo Härryda Karlsborg Kungälv Lerum
Lidköping Lilla-Edet Lysekil Mariestad Mark Mellerud Munkedal Mölndal Orust Partille Skara Skövde
Sotenäs Stenungsund Strömstad Svenljunga Tanum Tibro Tidaholm Tjörn Tranemo Trollhättan Töreboda
Uddevalla Ulricehamn Vara Vårgårda Vänersborg Åmål Öckerö Arvika Eda Filipstad Forshaga Grums Hagfors
Hammarö Karlstad Kil Kristinehamn Munkfors Storfors Sunne Säffle Torsby Årjäng Askersund Degerfors
Hallsberg Hällefors Karlskoga Kumla Laxå Lekeberg Lindesberg Ljusnarsberg Nora Örebro Arboga Fagersta
Hallstahammar Kungsör Köping Norberg Sala Skinnskatteberg Surahammar Västerås Avesta Borlänge Falun
Gagnef Hedemora Leksand Ludvika Malung-Sälen Mora Orsa Rättvik Smedjebacken Säter Vansbro Älvdalen
Bollnäs Gävle Hofors Hudiksvall Ljusdal Nordanstig Ockelbo Ovanåker Sandviken Söderhamn Härnösand
Kramfors Sollefteå Sundsvall Timrå Ånge Örnsköldsvik Berg Bräcke Härjedalen Krokom Ragunda Strömsund
Åre Östersund Bjurholm Dorotea Lycksele Malå Nordmaling Norsjö Robertsfors Skellefteå Sorsele Storuman
Umeå Vilhelmina Vindeln Vännäs Åsele Arjeplog Arvidsjaur Boden Gällivare Haparanda Jokkmokk Kalix
Kiruna Luleå Pajala Piteå Älvsbyn Överkalix Övertorneå`;

const REGIONS = `
Södermanland Östergötland Kronoberg Blekinge Skåne Halland Västra-Götaland Värmland Västmanland Dalarna
Gävleborg Västernorrland Jämtland Västerbotten Norrbotten Småland Öland Västergötland Bohuslän Dalsland
Närke Uppland Gästrikland Hälsingland Medelpad Ångermanland Lappland Sörmland`;

const ORGANISATIONS = `
Arbetsförmedlingen Försäkringskassan Region Regionen Landstinget Kriminalvården Migrationsverket
Skatteverket Kronofogden Socialstyrelsen Polisen Samhall Länsstyrelsen`;

/** Municipality names that are also everyday words: only a capitalised spelling counts. */
const EVERYDAY_WORDS = new Set(['mark', 'berg', 'kil', 'vara', 'boden', 'lund', 'sala', 'nora', 'mora', 'ale', 'eda', 'region', 'regionen']);

const PLACES = new Set(
  `${MUNICIPALITIES} ${REGIONS} ${ORGANISATIONS}`
    .split(/\s+/)
    .filter((name) => name !== '')
    .flatMap((name) => [name, ...name.split('-')])
    .map((name) => foldDiacritics(name.toLowerCase())),
);

/**
 * The place and organisation names in a name, as comparison keys: from the list above, a
 * genitive ("Hudiksvalls" → "hudiksvall"), and any word right before "kommun" or after "Region".
 */
export function distinguishingNames(name: string): Set<string> {
  const words = name.split(/[^\p{L}\d-]+/u).filter((word) => word !== '');
  const found = new Set<string>();
  words.forEach((word, index) => {
    const key = foldDiacritics(word.toLowerCase()).replace(/\d+$/, '');
    const base = PLACES.has(key) ? key : key.endsWith('s') && PLACES.has(key.slice(0, -1)) ? key.slice(0, -1) : null;
    const capitalised = /^\p{Lu}/u.test(word);
    if (base !== null && (capitalised || !EVERYDAY_WORDS.has(base))) found.add(base);
    const next = words[index + 1]?.toLowerCase();
    if (next !== undefined && /^kommun(s|en)?$/.test(next) && capitalised) found.add(base ?? key.replace(/s$/, ''));
    const previous = words[index - 1]?.toLowerCase();
    if (previous === 'region' && capitalised) found.add(base ?? key);
  });
  return found;
}
