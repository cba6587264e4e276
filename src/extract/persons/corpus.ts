/**
 * Person-name examples: Czech text → the persons it names (nominative, no titles). Drawn from the
 * seeds, the development corpus and the forms archivists meet; negatives yield nothing.
 */
import type { CorpusExample } from '../types.js';

export interface PersonExpectation {
  name: string;
  /** Checked when given: the academic titles collected from all mentions. */
  titles?: string[];
  /** Checked when given: one role the text gives, in the nominative. */
  role?: string;
  /** Checked when given: every role the text gives, exactly. */
  roles?: string[];
}

const p = (name: string, extra: Omit<PersonExpectation, 'name'> = {}): PersonExpectation => ({ name, ...extra });

export const PERSON_CORPUS: CorpusExample<PersonExpectation>[] = [
  // nominative, both genders
  { text: 'Hejtman Libereckého kraje Martin Půta podepsal memorandum.', expected: [p('Martin Půta', { role: 'hejtman Libereckého kraje' })] },
  { text: 'doplnil Petr Tulpa, náměstek hejtmana pro resort sociálních věcí.', expected: [p('Petr Tulpa', { role: 'náměstek hejtmana pro resort sociálních věcí' })] },
  // After "a" the words describe the next person, not this one.
  {
    text: 'Hejtman Libereckého kraje Martin Půta a ředitel Agentury pro sociální začleňování Martin Šimáček podepsali dnes Memorandum.',
    expected: [p('Martin Půta', { roles: ['hejtman Libereckého kraje'] }), p('Martin Šimáček', { roles: ['ředitel Agentury pro sociální začleňování'] })],
  },
  { text: 'řekl ředitel Agentury David Beňák.', expected: [p('David Beňák', { role: 'ředitel Agentury' })] },
  { text: 'upozornil Pavel Svoboda.', expected: [p('Pavel Svoboda')] },
  { text: 'uvedl ředitel Agentury Radek Jiránek.', expected: [p('Radek Jiránek')] },
  { text: '„Věřím tomu,“ uvedla hejtmanka Ivana Stráská (ČSSD).', expected: [p('Ivana Stráská', { role: 'hejtmanka' })] },
  { text: 'Klíčový dokument podepsali středočeská hejtmanka Petra Pecková a pražský primátor Zdeněk Hřib.', expected: [p('Petra Pecková'), p('Zdeněk Hřib')] },
  { text: 'uvedla Soňa Ličková, krajská tisková mluvčí.', expected: [p('Soňa Ličková')] },
  { text: 'popsala projekty Kateřina Dostálová, ředitelka Úřadu Regionální rady.', expected: [p('Kateřina Dostálová', { role: 'ředitelka Úřadu Regionální rady' })] },
  { text: 'Cenu v kategorii oborů přírodovědných odnesla Kateřina Kiss.', expected: [p('Kateřina Kiss')] },
  { text: 'Za německou stranu Carolin Schreck a Dietrich Gökelmann.', expected: [p('Carolin Schreck'), p('Dietrich Gökelmann')] },
  { text: 'Když si Jarek Nohavice hraje vlastní hudbu, platí.', expected: [p('Jarek Nohavice')] },
  { text: 'Hejtman LK Martin Půta a ředitel Agentury pro sociální začleňování Martin\nŠimáček podepsali dnes Memorandum.', expected: [p('Martin Půta'), p('Martin Šimáček', { role: 'ředitel Agentury pro sociální začleňování' })] },
  // genitive
  { text: 'Podle hejtmana LK Martina Půty si kraj uvědomuje problémy.', expected: [p('Martin Půta', { role: 'hejtman LK' })] },
  { text: 'Spolupráce bude podle krajského radního pro sociální věci Petra Tulpy probíhat dál.', expected: [p('Petr Tulpa', { role: 'radní pro sociální věci' })] },
  { text: 'Spadá pod ministra pro lidská práva Jiřího Dienstbiera.', expected: [p('Jiří Dienstbier', { role: 'ministr pro lidská práva' })] },
  { text: 'Blok hejtmana Ústeckého kraje Jiřího Šulce.', expected: [p('Jiří Šulc')] },
  { text: 'na podnět zastupitelů Patricka Zandla a Marka Řebíčka proběhlo setkání', expected: [p('Patrick Zandl'), p('Marek Řebíček')] },
  { text: 'zvolení europoslance Miroslava Pocheho (ČSSD) do dozorčí rady', expected: [p('Miroslav Poche')] },
  { text: 'či starostky Prahy 10 Radmily Kleslové (ANO) do dozorčí rady', expected: [p('Radmila Kleslová')] },
  { text: 'ponechání zastupitelky Moniky Krobové-Hášové v radě', expected: [p('Monika Krobová-Hášová')] },
  { text: 'výročí od narození Karla Havlíčka Borovského, po němž naše město nese název', expected: [p('Karel Havlíček Borovský')] },
  { text: 'Martina Nováková z odboru dopravy vysvětlila postup.', expected: [p('Martina Nováková')] },
  { text: 'Jana Kodymová, tisková mluvčí, potvrdila termín.', expected: [p('Jana Kodymová', { role: 'mluvčí' })] },
  { text: 'Návrh podpořila Petra Tulpová.', expected: [p('Petra Tulpová')] },
  { text: 'Zástupce Jana Nováka přišel pozdě.', expected: [p('Jan Novák')] },
  { text: 'Jednání se zúčastnil syn Pavla Slance.', expected: [p('Pavel Slanec')] },
  { text: 'Předsedající určil zapisovatelem Bc. Petra Fiňka.', expected: [p('Petr Finěk', { titles: ['Bc.'] })] },
  { text: 'Vedení kraje v čele s hejtmanem Petrem Kubisem jednalo se starosty.', expected: [p('Petr Kubis', { role: 'hejtman' })] },
  // dative, accusative, instrumental, locative
  { text: 'město udělilo Václavu Součkovi in memoriam cenu', expected: [p('Václav Souček')] },
  { text: 'Máme od 1. ledna městskou architektku Kláru Houšteckou.', expected: [p('Klára Houštecká')] },
  { text: 'S Barborou Krejčíkovou zvítězily na olympiádě.', expected: [p('Barbora Krejčíková')] },
  { text: 'synem radní Vladimírem Novákem (odměna za funkci)', expected: [p('Vladimír Novák')] },
  { text: 'Zastoupený: Ing. Pavlem Pavlíkem, statutárním náměstkem hejtmanky', expected: [p('Pavel Pavlík', { titles: ['Ing.'] })] },
  { text: 'jako ověřovatele zápisu JUDr. Zuzanu Zlatohlávkovou a p. Jaroslava Došela', expected: [p('Zuzana Zlatohlávková', { titles: ['JUDr.'] }), p('Jaroslav Došel')] },
  { text: 'poděkovali Martinu Půtovi za podporu', expected: [p('Martin Půta')] },
  { text: 'Hovořili jsme s Lenkou Kadlecovou o sociálních službách.', expected: [p('Lenka Kadlecová')] },
  { text: 'O Petru Tulpovi se mluvilo dlouho.', expected: [p('Petr Tulpa')] },
  { text: 'Setkání s Jiřím Čunkem proběhlo ve Zlíně.', expected: [p('Jiří Čunek')] },
  { text: 'Dopis byl zaslán Evě Novotné.', expected: [p('Eva Novotná')] },
  { text: 'Byla to volba Martina Tupého.', expected: [p('Martin Tupý')] },
  // titles before and after
  { text: 'Předkládá: Mgr. Lenka Kadlecová, náměstkyně hejtmana', expected: [p('Lenka Kadlecová', { titles: ['Mgr.'] })] },
  { text: 'Zpracoval: Václav Strouhal, DiS.', expected: [p('Václav Strouhal', { titles: ['DiS.'] })] },
  { text: 'Kontakt pro média: Jana Kodymová, DiS., tisková mluvčí', expected: [p('Jana Kodymová', { titles: ['DiS.'] })] },
  { text: 'Ing. Miroslav Toman, CSc. ministr zemědělství', expected: [p('Miroslav Toman', { titles: ['Ing.', 'CSc.'] })] },
  { text: 'projektant Ing. arch. Petr Foglar, autorizovaný architekt', expected: [p('Petr Foglar', { titles: ['Ing. arch.'] })] },
  { text: 'Hosté: Ing.Ladislav Novák, RNDr. Radomír Tichý.', expected: [p('Ladislav Novák', { titles: ['Ing.'] }), p('Radomír Tichý', { titles: ['RNDr.'] })] },
  { text: '23. března 2021 08:21, Mgr. René Zeithaml', expected: [p('René Zeithaml', { titles: ['Mgr.'] })] },
  { text: 'Přednášel doc. MUDr. Pavel Dvořák, Ph.D.', expected: [p('Pavel Dvořák', { titles: ['doc.', 'MUDr.', 'Ph.D.'] })] },
  { text: 'prof. Ing. Jana Malá, CSc., děkanka fakulty', expected: [p('Jana Malá', { titles: ['prof.', 'Ing.', 'CSc.'] })] },
  { text: 'Mgr. Radoslav BULÍŘ náměstek pro řízení sekce Provozní', expected: [p('Radoslav Bulíř', { titles: ['Mgr.'] })] },
  { text: 'MUDr. Anne Blažková, pověřena vedením Oddělení kontroly', expected: [p('Anne Blažková', { titles: ['MUDr.'] })], note: 'a title vouches for an unlisted given name' },
  { text: 'zastoupený Mgr. Bc. Danielem Rokosem, vedoucím Odboru informatiky\nDaniel Rokos Středočeský kraj', expected: [p('Daniel Rokos', { titles: ['Mgr.', 'Bc.'] })] },
  { text: 'RNDr. Rostislav Vocilka a RNDr. Rostislav Vocílka podepsali.', expected: [p('Rostislav Vocílka')], note: 'a text layer without diacritics merges with the spelling that has them' },
  { text: 'Nepřítomni: Ing. Michal Derner, MVDr. Michal Novák, Ing. Božena Skořepová.', expected: [p('Michal Derner'), p('Michal Novák'), p('Božena Skořepová')] },
  // surname first
  { text: 'Předkládá: | Novotný Martin, primátor města | Zpracoval:', expected: [p('Martin Novotný')] },
  { text: 'VYŘIZUJE: Mottl Martin, Mgr.\nÚTVAR: 9325', expected: [p('Martin Mottl', { titles: ['Mgr.'] })] },
  { text: 'Pro: 3 | Adamec Jiří, Mgr. Hanuš Jaroslav, Harvan Lukáš.', expected: [p('Jiří Adamec'), p('Jaroslav Hanuš'), p('Lukáš Harvan')] },
  { text: 'Kuchař Filip, Dvořáková Jana', expected: [p('Filip Kuchař'), p('Jana Dvořáková')] },
  { text: 'Pro: 4 | Adamec Jiří, Ing. Marek Jan, Harvan Lukáš, Ing. Tupý Marek.', expected: [p('Jiří Adamec'), p('Jan Marek'), p('Lukáš Harvan'), p('Marek Tupý')] },
  { text: 'Zapisovatel Jan Marek, ověřovatel Petr Pavel.', expected: [p('Jan Marek'), p('Petr Pavel')], note: 'two given names in running text stay given name first' },
  // merged mentions
  { text: 'informoval náměstek Ivan Langr. „Pomůže to,“ dodal Langr.', expected: [p('Ivan Langr')] },
  { text: 'uvedl starosta Jan Tecl. „Nevím,“ podotkl Tecl.', expected: [p('Jan Tecl')] },
  { text: 'místostarosta Libor Honzárek přebíral cenu. „Jsme nadšeni,“ vyčíslil Honzárek.', expected: [p('Libor Honzárek')] },
  { text: 'Hejtman Jihočeského kraje Martin Kuba zdůraznil význam. „Je to rozvoj,“ doplnil Kuba.', expected: [p('Martin Kuba')] },
  { text: 'zastupitel Adam Zábranský. Poche i Kleslová mají peněz dost, europoslanec Miroslav Poche a Radmila Kleslová.', expected: [p('Adam Zábranský'), p('Miroslav Poche'), p('Radmila Kleslová')] },
  { text: 'Přítomni: Jan Martínek. p. Martínek: Proč v zápisech nejsou citace?', expected: [p('Jan Martínek')] },
  { text: 'JUDr. Zuzana Zlatohlávková. JUDr. Zlatohlávková: Seznámila přítomné s námitkami.', expected: [p('Zuzana Zlatohlávková')] },
  { text: 'p. Michal Šedivý poukázal na parkování. Pan M. Šedivý uvedl, že to věděl.', expected: [p('Michal Šedivý')] },
  { text: 'Ing. Marek Tupý a JUDr. Michal Tupý. JUDr. Tupý uvedl, že změna nebyla nutná.', expected: [p('Marek Tupý'), p('Michal Tupý')] },
  // surname only
  { text: 'Po výzvě vystoupil pan Nerad, předseda spolku.', expected: [p('Nerad')] },
  { text: 'Pí. Neradová uvedla, že studie je stará.', expected: [p('Neradová')] },
  { text: 'dotaz bude upřesněn na jednání s paní Fišerovou, vedoucí oddělení', expected: [p('Fišerová')] },
  { text: 'Nevybrala ji rada města, ale osobně pánové Homolka s Pickem.', expected: [p('Homolka'), p('Pick')] },
  { text: 'Pozemek koupil pan Vojtíšek, se kterým vedení jedná.', expected: [p('Vojtíšek')] },
  { text: 'spolu s cestovní kanceláří pana Zemka. Na uvolněné místo po paní Tiché se přihlásili', expected: [p('Zemek'), p('Tichá')] },
  { text: 'Panem Polákem, respektive panem starostou, bylo slíbeno', expected: [p('Polák')] },
  { text: 'Přítomni: pp. Jelínek, Barek, Čáp, Novotný, pí Kovářová, Bělková a Vrančíková Nepřítomní: pp. Mach, Chyba', expected: ['Jelínek', 'Barek', 'Čáp', 'Novotný', 'Kovářová', 'Bělková', 'Vrančíková', 'Mach', 'Chyba'].map((n) => p(n)) },
  { text: 'Žádost MUDr. Veselé o instalaci mříží', expected: [p('Veselá')] },
  { text: 'Radní pro majetek Hašek (ANO) nám odpověděl, že radní pro sport Novákové (ČSSD) se to netýká.', expected: [p('Hašek'), p('Nováková')] },
  { text: 'Pro: Spitálská Renata, Topič Libor. Dále se zapojila paní Špitálská.', expected: [p('Renata Špitálská'), p('Libor Topič')] },
  { text: 'starosta Kroměříže (ODS) a hejtman Zlínského kraje (KDU-ČSL) jednali', expected: [] },
  { text: 'Dále se do diskuse zapojili – p. Adamec, Kara Ivanský, Šedivý a JUDr. Urbaník.', expected: [p('Adamec'), p('Kara Ivanský'), p('Šedivý'), p('Urbaník')] },
  { text: 'návrh složení návrhové komise: J. Šetlík, F. Valeš, I. Kindlmanová.', expected: [p('Šetlík'), p('Valeš'), p('Kindlmanová')] },
  { text: 'Do této diskuse zasáhl p. Kut\'ák, který vyzval k posílení kultury.', expected: [p('Kuťák')] },
  { text: 'Ing. J. Pinc předložil zprávu.', expected: [p('Pinc')] },
  { text: 'Belcredi BRNO2006: Zdržel se Derflerová BRNO2006: Ano Burda ČSSD: Ne Holík KDU-ČSL: Ne', expected: [p('Belcredi'), p('Derflerová'), p('Burda'), p('Holík')] },
  { text: 'David Aleš: Ano Pavel Dvořák: nepřít. Šárka Korkešová: Ano Róbert Čuma: Ano (VK)', expected: [p('David Aleš'), p('Pavel Dvořák'), p('Šárka Korkešová'), p('Róbert Čuma')] },
  // names split by a line break, all-caps surnames
  { text: 'zdůraznil Martin\nŠimáček.', expected: [p('Martin Šimáček')] },
  { text: 'Vážený pan\nOndřej PROFANT poslanec Poslanecké sněmovny', expected: [p('Ondřej Profant')] },
  // negatives: organisations, places, streets, institutions, initials, couples, projects
  { text: 'například pro organizace Člověk v tísni, Most k naději, Advaita nebo Fokus.', expected: [] },
  { text: 'Spolupráce s Ralskem a Velkými Hamry, Liberec, Nový Bor a Jablonec nad Nisou.', expected: [] },
  { text: 'Ve Frýdlantu se dům v ulici Míru proměnil v centrum.', expected: [] },
  { text: 'Magistrát města Liberec, nám. Dr. E. Beneše 1; Liberec 1', expected: [] },
  { text: 'Žáci ZŠ J. A. Komenského navštívili Památník Antonína Dvořáka.', expected: [] },
  { text: 'Spolupráce s Univerzitou Jana Evangelisty Purkyně pokračuje.', expected: [] },
  { text: 'Cenu dr. Františka Ulricha obdržel varhaník Václav Uhlíř.', expected: [p('Václav Uhlíř')] },
  { text: 'Sídlo: Karla IV. 135, Tř. Míru 16, 17. listopadu 1.', expected: [] },
  { text: 'Přílet na Letiště Václava Havla je v 10 hodin.', expected: [] },
  { text: 'Stížnost podal pan R. P. z Kolína.', expected: [] },
  { text: 'Manželé Bartošovi požádali o byt.', expected: [] },
  { text: 'Projekt „Férové školy v Liberci“ pokračuje.', expected: [] },
  { text: 'Úřad vlády ČR a Liberecký kraj podepsaly Memorandum o spolupráci.', expected: [] },
  { text: 'Čl. I.\nPředmět Smlouvy\nČl. X.\nZávěrečná ustanovení', expected: [] },
  { text: 'trasu S. Rozpočet výstavby dvou cyklostezek', expected: [] },
  { text: 'primátorem města Brna IČ: 44992785, DIČ: CZ44992785', expected: [] },
  { text: 'Hospic Sv. Jiří získal dotaci na provoz.', expected: [] },
  { text: 'Soulad s Územním plánem Brandýs nad Labem-Stará Boleslav Územní studie nemá.', expected: [] },
  { text: 'Trať č. 190 (Plzeň – Č. Budějovice – Linz) a I/20 (Karlovy Vary – Plzeň)', expected: [] },
  { text: 'Jednání starostů proběhne v Hotelu Ještěd v Liberci.', expected: [] },
  { text: 'Vrbenského kasáren se týká nová studie.', expected: [] },
  { text: 'Mendelova stezka Brnem vede kolem muzea.', expected: [] },
  { text: 'Starosta obce vyzval zastupitele, aby se vyjádřili.', expected: [] },
  { text: 'V Praze dne 1. 8. 2018 Čj. 42746/2018-MZE-11150', expected: [] },
  { text: 'Pražská teplárenská Holding a.s. a TOP 09 jednaly.', expected: [] },
  { text: 'Socha stojí na nám. T. G. Masaryka.', expected: [] },
  { text: 'Zastupitelstvo obce Čerčany bere na vědomí petici.', expected: [] },
  // surname first after a courtesy word, double surnames, Slovak and other foreign given names
  { text: 'Přítomni: p. Novák Jan, p. Dvořák Petr', expected: [p('Jan Novák'), p('Petr Dvořák')] },
  { text: 'Smlouvu podepsala Jana Nováková Dvořáková za obec.', expected: [p('Jana Nováková Dvořáková')] },
  { text: 'Poděkování patří Jaroslavě Pokorné Jermanové.', expected: [p('Jaroslava Pokorná Jermanová')] },
  { text: 'Za partnera jednal Jozef Kováčik a Zuzana Hrašková ze Slovenska.', expected: [p('Jozef Kováčik'), p('Zuzana Hrašková')] },
  { text: 'předseda Ľubomír Vážny a primátor Matúš Vallo', expected: [p('Ľubomír Vážny'), p('Matúš Vallo')] },
  { text: 'Memorandum podepsal Andrzej Duda s Katarzynou Nowak.', expected: [p('Andrzej Duda'), p('Katarzyna Nowak')] },
  { text: 'Přítomny: Eva Nováková, Horáková Alena', expected: [p('Eva Nováková'), p('Alena Horáková')], note: 'a comma ends the first name: no second surname' },
  { text: 'Jana Nováková Praha', expected: [p('Jana Nováková')], note: 'a place after a name is no second surname' },
  { text: 'Pro: Ing. Tomáš Pifka Ing. Ph.D. Libor Podešva Mgr. Dalibor Sedláček', expected: [p('Tomáš Pifka'), p('Libor Podešva'), p('Dalibor Sedláček')], note: 'a suffix title set before the name by a voting system' },
];
