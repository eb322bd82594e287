/**
 * Swedish running text of the kinds a förbund's reports hold, written for these tests (made-up
 * förbund, places and people), each as a transcript gives it: one paragraph, sometimes with a
 * heading, page chrome, a list of names or a scanner's misreadings in it.
 */

/** A förvaltningsberättelse's opening: 230 words of running text. */
export const FORVALTNING_230 =
  'Samordningsförbundet Älvdalen Norra bildades den 1 mars 2009 i enlighet med lagen om finansiell samordning inom ' +
  'rehabiliteringsområdet. Förbundets medlemmar är Försäkringskassan, Arbetsförmedlingen, regionen och de fyra kommunerna i ' +
  'älvdalen. Förbundet ska underlätta för personer som behöver samordnade insatser från flera myndigheter att komma tillbaka ' +
  'till arbete eller studier, och det gör vi genom att finansiera insatser som medlemmarna driver tillsammans. Under året har ' +
  'styrelsen sammanträtt sex gånger och beredningsgruppen har träffats varje månad för att följa upp insatserna och förbereda ' +
  'nya ansökningar. Arbetet har i hög grad präglats av att arbetsmarknaden har förändrats snabbt och att många av dem som står ' +
  'längst från arbete har behövt mer stöd än tidigare. Därför har förbundet valt att förlänga två av de individinriktade ' +
  'insatserna och samtidigt starta en förstudie om hur unga vuxna med aktivitetsersättning kan få ett mer sammanhållet stöd. ' +
  'Förbundets ekonomi är god och årets resultat är något bättre än budgeterat, vilket främst beror på att en insats startade ' +
  'senare än planerat. Det egna kapitalet ligger inom den nivå som det nationella rådet rekommenderar. Styrelsen bedömer att ' +
  'verksamheten har bedrivits på ett ändamålsenligt sätt och att målen för året i huvudsak har uppnåtts. Under kommande år ' +
  'kommer förbundet att lägga större vikt vid uppföljning av deltagarnas resultat och vid att sprida erfarenheter från de ' +
  'insatser som har avslutats, så att fungerande arbetssätt kan bli en del av medlemmarnas egen ordinarie verksamhet.';

/** A final report's analysis, with the participants' figures: about 270 words. */
export const SLUTRAPPORT_ANALYS =
  'Insatsen har under projekttiden tagit emot fyrtiotvå deltagare, varav tjugofem kvinnor och sjutton män. De flesta hade ' +
  'varit borta från arbetsmarknaden i mer än tre år och många hade både psykisk ohälsa och långvarigt försörjningsstöd. ' +
  'Arbetet har bedrivits i små grupper med en gemensam handläggare från kommunen och en arbetskonsulent från ' +
  'Arbetsförmedlingen, och deltagarna har kunnat vara inskrivna så länge det behövdes. Vi har sett att det är just den ' +
  'långsiktiga kontakten som gör skillnad: när samma personer följer deltagaren genom hela processen behöver ingen berätta sin ' +
  'historia flera gånger, och det blir lättare att hitta rätt nästa steg. Elva deltagare har gått vidare till arbete eller ' +
  'studier och ytterligare nio har påbörjat en arbetsträning hos en arbetsgivare. Några har också fått hjälp att söka vård som ' +
  'de tidigare inte haft tillgång till. Det som har fungerat sämre är samordningen med sjukvården, där det har varit svårt att ' +
  'få till gemensamma möten inom rimlig tid. Styrgruppen har vid flera tillfällen diskuterat hur det kan lösas, men frågan ' +
  'kräver beslut på en högre nivå än projektets. En annan lärdom är att kartläggningen i början tog längre tid än planerat, ' +
  'vilket gjorde att färre deltagare än beräknat hann skrivas in under det första halvåret. Inför en eventuell fortsättning ' +
  'föreslår vi därför att kartläggningen förenklas och att en kontaktperson inom regionen utses redan från start. ' +
  'Erfarenheterna från insatsen kommer att tas till vara i kommunens nya arbetsmarknadsplan, och metoderna har presenterats ' +
  'för de övriga kommunerna i förbundet vid ett gemensamt seminarium under hösten.';

/** An annual report's page on the board: a list of names in the middle of the text; about 300 words. */
export const STYRELSE_MED_NAMN =
  'Styrelsen Förbundets högsta beslutande organ är styrelsen, som består av en ledamot och en ersättare från varje medlem. ' +
  'Styrelsen har under året haft följande sammansättning. Ordinarie ledamöter: Karin Holmberg, ordförande, Älvdalens kommun ' +
  'Per-Olof Sandström, vice ordförande, Region Norrland Anna Lindqvist, Försäkringskassan Johan Berglund, Arbetsförmedlingen ' +
  'Lena Ek, Norrbyns kommun. Ersättare: Mats Hedlund, Sven Åkesson, Maria Nyström, Eva Lundgren. ' +
  'Styrelsen har haft sju protokollförda sammanträden under året och därutöver en gemensam planeringsdag tillsammans med ' +
  'beredningsgruppen. Vid planeringsdagen diskuterades förbundets långsiktiga inriktning och hur medlemmarna kan ta ett större ' +
  'ansvar för att goda arbetssätt lever vidare när en insats har avslutats. Styrelsen beslutade också att revidera ' +
  'förbundets riktlinjer för ansökningar, så att det blir tydligare vad som krävs av en insats när det gäller mål, ' +
  'uppföljning och plan för implementering. Kansliet består av en förbundschef på heltid och en ekonom på deltid. ' +
  'Förbundschefen har under året deltagit i de nationella nätverksträffarna och i länets gemensamma arbete med att ta fram ' +
  'en modell för att mäta effekter av samverkan. Beredningsgruppen består av chefer från medlemmarnas verksamheter och har ' +
  'till uppgift att förbereda ärenden till styrelsen, föreslå nya insatser och följa upp de insatser som pågår. Gruppen har ' +
  'under året lagt särskild vikt vid att se över hur deltagare hittas och hur övergången från en insats till ordinarie ' +
  'verksamhet kan förbättras. Revisionen av förbundet har utförts av revisorer som utsetts av regionen, kommunerna och ' +
  'staten. De har granskat räkenskaperna och förvaltningen och deras berättelse bifogas årsredovisningen. Revisorerna har ' +
  'under året också träffat styrelsen vid ett tillfälle för att diskutera den interna kontrollen, och de har inte haft några ' +
  'synpunkter på hur förbundet sköter sin ekonomi eller sin dokumentation.';

/** A scanned page read by OCR: misreadings and a receiving stamp in the text; about 260 words. */
export const OCR_SKANNAD =
  'KOMMUNSTYRELSEN Inkom 2011 -04- 12 Dnr 2011/88 Arsredovisning 2010 for Samordningsforbundet Alvdalen Norra ' +
  'Forvaltningsberattelse Forbundet har under aret fortsatt att utveckla samverkan mellan medlemmarna och antalet ' +
  'deltagare i de finansierade insatserna har okat jamfort med foregaende ar. Verksanlhet under aret har i huvudsak ' +
  'bedrivits i enlighet med den verksamhetsplan som styrelsen faststallde i december. Tre nya insatser har startat och ' +
  'tva har avslutats. De insatser som avslutats har utvarderats av en extern utvardcrare och resultaten har redovisats for ' +
  'styrelsen och for medlemmarnas ledningsgrupper. Ekonomi Arets resultat ar positivt och det egna kapitalet har minskat ' +
  'nagot eftersom forbundet medvetet har anvant en del av tidigare ars overskott till nya insatser. Styrelsen bedomer att ' +
  'forbundets ekonomi ar i balans och att det finns utrymme att fortsatta finansiera insatser pa samma niva under kommande ' +
  'ar. Deltagare Under aret har sammanlagt etthundrafyrtio personer tagit del av insatserna, varav ungefar halften ar ' +
  'kvinnor. De flesta deltagare har haft kontakt med flera myndigheter under lang tid utan att komma vidare, och manga ' +
  "har behovt stod med bade halsa och sysselsattning. kn_ 1_6 \\2- iariTyr F'INGS2 Uppfoljningen visar att en tredjedel " +
  'av deltagarna har gatt vidare till arbete, studier eller arbetsfortrnedlingens ordinarie insatser inom sex manader efter ' +
  'avslutad insats. Framtid Forbundet kommer att arbeta vidare med att fa medlemmarna att ta over de arbetssatt som visat ' +
  'sig fungera, och styrelsen har gett kansliet i uppdrag att ta fram en plan for hur det ska ga till. Planen ska ' +
  'redovisas for styrelsen fore sommaren och darefter skickas till medlemmarna, som far mojlighet att lamna synpunkter ' +
  'innan den faststalls.';

/** A news page of a förbund's web site: shorter paragraphs, many names of bodies; about 250 words. */
export const NYHET_WEBB =
  'Nytt samarbete ska korta vägen till arbete för unga vuxna ' +
  'Samordningsförbundet Älvdalen Norra och Norrbyns kommun startar i höst ett nytt samarbete för unga vuxna mellan ' +
  'arton och tjugonio år som varken arbetar eller studerar. Insatsen bygger på erfarenheterna från en tidigare förstudie, ' +
  'där det visade sig att många unga hade kontakt med flera myndigheter samtidigt utan att någon hade helhetsansvaret. ' +
  'Nu får varje deltagare en egen coach som följer med hela vägen, från den första kontakten till dess att personen har ' +
  'ett arbete eller har börjat studera. – Vi vet att det tar tid att bygga förtroende, och därför är det viktigt att ' +
  'insatsen får pågå i minst två år, säger förbundschefen. Arbetsförmedlingen och Försäkringskassan deltar med var sin ' +
  'handläggare som arbetar i samma lokaler som kommunens coacher, och regionens vårdcentraler har utsett kontaktpersoner ' +
  'som kan ta emot remisser snabbt. Styrelsen beslutade om insatsen vid sitt senaste sammanträde och avsatte medel för ' +
  'två år. Insatsen ska följas upp varje halvår och en extern utvärdering görs när den har pågått i ett år. Målet är att ' +
  'minst hälften av deltagarna ska ha gått vidare till arbete, studier eller annan sysselsättning när de avslutar ' +
  'insatsen. Den som vill veta mer om insatsen eller tror att den kan passa någon som man möter i sitt arbete är välkommen ' +
  'att kontakta förbundets kansli, där det också finns information om hur en anmälan går till och vilka som kan delta. ' +
  'Ett informationsmöte för personal hos medlemmarna hålls i början av september, och en anmälan till mötet görs ' +
  'enklast genom förbundets webbplats.';
