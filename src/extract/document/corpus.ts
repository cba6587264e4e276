/**
 * Examples for the document type and date: the opening (or telling part) of a document → its type
 * and its own date (null when the text does not state one). Drawn from the seeds, the development
 * corpus and the forms of issue 4.
 */
import type { DocumentType } from '../../schema/record.js';
import type { CorpusExample } from '../types.js';

export interface DocumentExpectation {
  type: DocumentType;
  date: string | null;
}

const doc = (type: DocumentType, date: string | null = null): DocumentExpectation[] => [{ type, date }];

export const DOCUMENT_CORPUS: CorpusExample<DocumentExpectation>[] = [
  // Press releases: datelines, publication lines, quotes, "Tisková zpráva", contacts.
  {
    text: 'Úřad vlády ČR a Liberecký kraj podepsaly Memorandum\n\n17. 05. 2019 00:00\n\nPraha/Liberec, 17. 5. 2019 - Na základě memoranda budou spolupracovat.\n\nTZ: Úřad vlády České republiky',
    expected: doc('press_release', '2019-05-17'),
  },
  {
    text: 'Liberec, 3. 2. 2020 – Kraj podpoří sociální služby. „Je to dobrá zpráva,“ řekl hejtman.',
    expected: doc('press_release', '2020-02-03'),
  },
  {
    text: '# Tisková zpráva\n\n## Liberec zapracuje na sociálním začleňování\n\nVládní agentura začala fungovat v březnu 2008.\n\nKontakt pro média:\nJana Kodymová',
    expected: doc('press_release'),
  },
  {
    text: 'Hejtman podepsal dnes Memorandum.\n\n„Agentura s krajem spolupracuje stále intenzivněji,“ řekl ředitel Agentury. Podle hejtmana je to přínos.',
    expected: doc('press_release'),
    note: '"dnes" does not date the document',
  },
  {
    text: '11. jednání Rady Plzeňského kraje\n\n23. března 2021 08:21, Mgr. René Zeithaml\n\nRada Plzeňského kraje poskytne žadatelům dotaci.',
    expected: doc('press_release', '2021-03-23'),
  },
  {
    text: 'Jihočeský a Středočeský kraj budou spolupracovat\n\n9. prosince 2018 (06:49)\nPlatnost memoranda je sjednána na tři roky. Kraje jej podepsaly ve čtvrtek 6. prosince.',
    expected: doc('press_release', '2018-12-09'),
  },
  {
    text: 'Dohodu podepsali hejtman a prezident\n\n17. 12. 2014\n\nHejtman LK a prezident Zemského ředitelství podepsali v závěru minulého týdne dohodu.',
    expected: doc('press_release', '2014-12-17'),
  },
  {
    text: 'Zastupitelé schválili řadu dotací\n\n06.07.2022 11:43\n\nZLÍNSKÝ KRAJ – Devětadvacet bodů projednali zastupitelé na 12. zasedání. „Ubytovatelům byla vyplacena částka,“ uvedla radní.',
    expected: doc('press_release', '2022-07-06'),
  },
  {
    text: 'Tiskové konference\n\n29. 4. 2020 11:11\n\nTisková konference ministra životního prostředí, 29. dubna 2020',
    expected: doc('press_release', '2020-04-29'),
  },
  {
    text: 'Tisková zpráva z 99. schůze Rady Ústeckého kraje\n\nRÚK po projednání poskytla finanční příspěvek. V roce 2008 se bude konat již 5. ročník.',
    expected: doc('press_release'),
  },
  {
    text: 'Umění mlžit\n2018-09-12\nNa svém zasedání 6. prosince 2017 zastupitelstvo přijalo usnesení a schválilo plat starostky.',
    expected: doc('press_release', '2018-09-12'),
    note: 'the session date in the body is only mentioned',
  },
  {
    text: 'Co nového v Brandýse? Seznam z červencového zastupitelstva 2019-07-15\nPatrick Zandl\n\nVe středu 10.7. proběhlo setkání. Vedení města rozhodlo o investici.',
    expected: doc('press_release', '2019-07-15'),
  },
  {
    text: 'Celkem 280 milionů korun získá Jihomoravský kraj. Smlouvu v pondělí schválili krajští zastupitelé.\n\n„Potřebovali jsme smlouvu schválit co nejdříve," oznámil náměstek hejtmana.',
    expected: doc('press_release'),
  },
  {
    text: 'Pirátům vadí vyšší pokuty\n\n"Ministerstvo navrhuje neomezeně vysoké pokuty," diví se expert na autorské právo.',
    expected: doc('press_release'),
  },
  {
    text: 'Krajští zastupitelé rozdělili přebytek. Fond rozvoje posílili o 7 miliónů korun.',
    expected: doc('press_release'),
  },

  // Council documents: session date, never a referenced session.
  {
    text: 'PÍSEMNÁ INFORMACE pro 7. zasedání Zastupitelstva kraje\n\ndne 30. 8. 2016\nMemorandum o spolupráci\nDůvod předložení:\nusnesení Rady kraje č. 1145/16/RK ze dne 28. 6. 2016\nZpracoval:\nVáclav Strouhal\nPředkládá:\nMgr. Lenka Kadlecová\nDůvodová zpráva:',
    expected: doc('council_document', '2016-08-30'),
  },
  {
    text: 'Zápis ze zasedání Zastupitelstva obce Mečichov, konaného dne 26. 4. 2019 v zasedací místnosti\n\nPřítomni: Josef Sýkora\n\n3. Kontrola usnesení ze dne 29. 3. 2019',
    expected: doc('council_document', '2019-04-26'),
  },
  {
    text: '3. veřejné zasedání zastupitelstva městyse konaného dne 16.2.2011 - 1. část\n\nZÁPIS Z 3. VEŘEJNÉHO ZASEDÁNÍ ZASTUPITELSTVA MĚSTYSE',
    expected: doc('council_document', '2011-02-16'),
  },
  {
    text: 'Předkládá: | Novotný Martin, primátor města | Zpracoval: | Ing. arch. Jiří Šobr | Zasedání Zastupitelstva města Olomouce konaného dne | 11. 12. 2006 |\nNávrh na usnesení:\n2 | revokuje usnesení č.14 ze dne 19.5.2006 |',
    expected: doc('council_document', '2006-12-11'),
  },
  {
    text: 'Zápis ze zasedání zastupitelstva obce\n\nPřítomni: Jaroslav Došel\nNávrh usnesení: ZO schvaluje pro zasedání ZO Všestary ze dne 25.9.2008 jako ověřovatele zápisu JUDr. Zuzanu Zlatohlávkovou.',
    expected: doc('council_document', '2008-09-25'),
  },
  {
    text: 'Přítomni: pp. Jelínek, Barek\nProgram jednání:\n1. Zahájení\n3. P. Jelínek provedl kontrolu usnesení č. 31 ze zasedání zastupitelstva obce konaného dne 29.4.2009 a konstatoval, že je splněno.',
    expected: doc('council_document'),
    note: 'the earlier session is only referred to',
  },
  {
    text: 'Zastupitelstvo města Brna č. Z5/034\n18.05.2010 8:22.03\nHlasování č. 4\nPřítomno: 47 Ano: 4',
    expected: doc('council_document', '2010-05-18'),
  },
  {
    text: 'USNESENÍ\nZastupitelstva obce Čerčany č. 1.??/2022 ze dne ?? . měsíc 2022\nZastupitelstvo obce Čerčany:\nA) Bere na vědomí\n1. Informaci pořizovatele o jednání konaném dne 14. května 2018',
    expected: doc('council_document'),
    note: 'placeholder session date',
  },
  {
    text: 'Zastupitelstvo města po projednání:\n1. schvaluje rozpočtovou změnu\n2. ukládá radě zajistit realizaci\n3. bere na vědomí důvodovou zprávu',
    expected: doc('council_document'),
  },

  {
    text: 'Usnesení č. 123/19/RM\nRada města po projednání\nschvaluje uzavření smlouvy o dílo s firmou Stavby s.r.o.',
    expected: doc('council_document'),
  },
  {
    text: 'VÝPIS USNESENÍ z 5. zasedání Zastupitelstva obce Lhota konaného dne 12. 3. 2021\nZastupitelstvo obce schvaluje program.',
    expected: doc('council_document', '2021-03-12'),
  },

  // Other: newsletters, letters, contracts, objections.
  {
    text: 'Informační zpravodaj statutárního města Hradec Králové _ 8. ČERVEN 2022 _ číslo 23/2022 _ ZDARMA\nMěsto předalo výroční ceny. „Je to pocta,“ řekl oceněný.',
    expected: doc('other', '2022-06-08'),
  },
  {
    text: 'Místostarosti 4.12.2022: Voda a odpady\n2022-12-04 13:24:38 +0000\nPatrick Zandl\n\nDobrý den.\n\nVítejte u emailu, v němž se vám pokusím shrnout, co nového.',
    expected: doc('other', '2022-12-04'),
  },
  {
    text: 'Ministerstvo financí, Letenská 15\nČ. j.: MF-23371/2020/7002-3\nPraha 21. srpna 2020\nVážený pane poslanče, na základě Vašich dotazů ze dne 10. 8. 2020 zasílám odpovědi.',
    expected: doc('other', '2020-08-21'),
  },
  {
    text: 'PŘIJATO DNE: 20.11.2018\nNAŠE Č.J.: UZSVM/A/52064/2018-HMU2\nDATUM: 22.11.2018\nVážený pan\nOndřej PROFANT\nS pozdravem',
    expected: doc('other', '2018-11-22'),
  },
  {
    text: 'KUPNÍ SMLOUVA\nSmluvní strany:\nStřední odborné učiliště, Nové Strašecí\n(dále jen „kupující“)\nTermín dodání do 30. 11. 2025.',
    expected: doc('other'),
  },
  {
    text: 'Námitka spolku Čerčany v obraze, z.s., ke Změně č. 1 územního plánu obce Čerčany.\nObsah námitky: na zasedání zastupitelstva obce ze dne 27. února 2020 starosta řekl…',
    expected: doc('other'),
  },
  {
    text: 'Archív krajských listů\n\nVedení kraje diskutovalo se starosty o situaci v kraji.\n\nKulturní stánky poskytovaly od 25. května do 31. října 2020.',
    expected: doc('other'),
  },
  {
    text: 'Co týden dal anebo vzal?\n\nPondělí\n…se starostou Kostelce nad Orlicí jsem jednal o záměru výstavby obchvatu města. …zasedání Rady KHK s více než 140 body.',
    expected: doc('other'),
  },
  {
    text: 'Záložka: ZDRAVOTNÍ POJIŠŤOVNY\nVšeobecná zdravotní pojišťovna\nPARDUBICE: Karla IV. 73 53002 Pardubice, tel.: 952 232 111',
    expected: doc('other'),
  },
  // Forms of issue 13: the ze dne of a resolution heading, a news item's date line before its
  // author or in parentheses, a contract dated by its last signature, newsletters, news items
  // without "Tisková zpráva".
  { text: 'Městská část Praha 17\nRada městské části Praha 17\nUsnesení č. 31.1 ze dne 09.04.2008\n\nRada schvaluje opravu hřišť.', expected: doc('council_document', '2008-04-09') },
  { text: 'Usnesení zastupitelstva ze dne 19. 3. 2002 č. 436\n\nk návrhu stanovení počtu členů\n\nZastupitelstvo schvaluje počet členů.', expected: doc('council_document', '2002-03-19') },
  { text: 'USNESENÍ\nRady obce Lhota\nč. 12/2019 ze dne 4. 5. 2019\n\nRada obce schvaluje smlouvu.\nKontrola usnesení č. 3/2019 ze dne 1. 2. 2019', expected: doc('council_document', '2019-05-04') },
  { text: 'Zastupitelstvo schvaluje. Kontrola plnění usnesení č. 5/2018 ze dne 3. 9. 2018 byla provedena.\n\nZápis ze zasedání zastupitelstva obce konaného dne 12. 10. 2018', expected: doc('council_document', '2018-10-12'), note: 'a resolution referred to in the text is not the heading' },
  { text: 'Aktuality\n\nKraje pomohou podnikatelům\n\nPodpis memoranda\n(19.6.2017)\n\nPraha - V paláci podepsali memorandum.', expected: doc('press_release', '2017-06-19') },
  { text: 'Oprava silnice skončila\n\n15. 6. 2020\nAutor: Jana Malá\n\nSilničáři dokončili opravu mostu.', expected: doc('press_release', '2020-06-15') },
  { text: 'Kupní smlouva\n\nSmluvní strany uzavírají tuto smlouvu.\n\nV Praze dne 22. 8. 2018 V Praze dne 4. 10. 2018\n______________________ ______________________\nIng. Jan Novák Petr Malý', expected: doc('other', '2018-10-04') },
  { text: 'ZPRAVODAJ OBCE LHOTA 3/2019\n\nSlovo starosty\n\nZastupitelstvo schválilo rozpočet. „Jsme rádi,“ řekl starosta. Usnesení č. 5/2019 schvaluje rozpočet.', expected: doc('other') },
  { text: 'Slovo starostky\n\nMilí spoluobčané, zastupitelstvo schválilo opravu školy, jak uvedla radní.', expected: doc('other') },
  { text: 'Novinky\n\nKraj rozdělil dotace obcím\n\nZastupitelé kraje rozdělili 20 milionů korun.', expected: doc('press_release') },
  { text: 'Kraj podpořil obce, vydá i zpravodaj. „Je to dobrá zpráva,“ řekl hejtman. Informace vyjdou v obecním zpravodaji.', expected: doc('press_release'), note: 'a newsletter mentioned in the text is no newsletter title' },
  { text: 'Zastupitelstvo obce Čerčany\n\nOPATŘENÍ OBECNÉ POVAHY č. 1/2022/OOP\n\nZměna č. 1 územního plánu Čerčan\n\nZastupitelstvo obce Čerčany vydává změnu č. 1 územního plánu.', expected: doc('council_document') },
  { text: 'Návrh opatření obecné povahy\n\nRada města projedná návrh na zasedání.', expected: doc('council_document') },
  { text: 'Výbor pro evropské záležitosti po odůvodnění zpravodaje Mikuláše Peksy a po rozpravě\n1. Bere na vědomí sdělení Komise.\n2. Vyzývá vládu k podpoře.', expected: doc('council_document'), note: 'the rapporteur (zpravodaj) of a committee is no newsletter' },
  { text: 'Vyšel nový Městský zpravodaj. Radnice v něm informovala o opravách silnic.', expected: doc('other') },
];
