/**
 * Signatory examples: Czech text → the natural persons who signed (nominative), or, when only
 * organisations sign, the organisations (name null). Drawn from the seeds and the development
 * corpus; negatives (preparers, addressees, future signing, unnamed representatives, petition
 * signers) yield nothing.
 */
import type { CorpusExample } from '../types.js';

export interface SignatoryExpectation {
  /** null for an organisation signing on its own; then organization is given. */
  name: string | null;
  /** Checked when given. */
  role?: string | null;
  organization?: string | null;
}

const party = (organization: string): SignatoryExpectation => ({ name: null, role: null, organization });
const s = (name: string, extra: Omit<SignatoryExpectation, 'name'> = {}): SignatoryExpectation => ({ name, ...extra });

export const SIGNATORY_CORPUS: CorpusExample<SignatoryExpectation>[] = [
  // signing verbs
  {
    text: 'Hejtman Libereckého kraje Martin Půta a ředitel Agentury pro sociální začleňování Martin\nŠimáček podepsali dnes Memorandum o vzájemné spolupráci.',
    expected: [
      s('Martin Půta', { role: 'hejtman Libereckého kraje', organization: 'Liberecký kraj' }),
      s('Martin Šimáček', { role: 'ředitel Agentury pro sociální začleňování', organization: 'Agentura pro sociální začleňování' }),
    ],
  },
  {
    text: 'Hejtman LK Martin Půta a prezident Zemského ředitelství Sasko Dietrich Gökelmann podepsali v závěru minulého týdne Dohodu. Podpisu se zúčastnili za LK Hana Maierová, statutární náměstkyně hejtmana, a Petr Tulpa, člen rady kraje.',
    expected: [s('Martin Půta'), s('Dietrich Gökelmann')],
  },
  {
    text: 'Klíčový dokument slavnostně podepsali středočeská hejtmanka Petra Pecková a pražský primátor Zdeněk Hřib přímo na hranici obou krajů. Společně s nimi hranici smazal náměstek primátora Petr Hlaváček.',
    expected: [s('Petra Pecková'), s('Zdeněk Hřib')],
  },
  { text: 'Smlouvu za město podepsal starosta Jan Novák.', expected: [s('Jan Novák', { role: 'starosta' })] },
  { text: 'Dohodu včera podepsala ministryně Jana Malá.', expected: [s('Jana Malá', { role: 'ministryně' })] },
  { text: 'Starosta Petr Veselý smlouvu stvrdil svým podpisem.', expected: [s('Petr Veselý')] },
  { text: 'Podpisem smlouvy stvrdili spolupráci primátor Tomáš Hrubý a rektor Jiří Malý.', expected: [s('Tomáš Hrubý'), s('Jiří Malý')] },
  {
    text: '„Memorandum, které nyní podepisujeme, spolupráci podpoří,“ uvedl hejtman Martin Půta.\n\n„Spolupracujeme,“ doplnil Petr Tulpa, náměstek hejtmana.',
    expected: [s('Martin Půta')],
  },
  { text: 'Liberecký kraj s agenturou spolupracuje. Memorandum, které\nnyní podepisujeme, spolupráci podpoří,“\nuvedl hejtman Martin Půta.', expected: [s('Martin Půta')] },
  { text: 'Starosta Jan Tecl řekl: „Dnes jsme podepsali smlouvu, na kterou jsme čekali.“', expected: [s('Jan Tecl')] },
  // signature blocks
  { text: 'Zastupitelstvo schvaluje smlouvu.\n\nstarosta obce razítko obce\nMgr. Martin Richter\n.............................................', expected: [s('Martin Richter')] },
  { text: 'použití elektronického nástroje E-ZAK. ____________________________\nIng. Pavel Pavlík statutární náměstek hejtmanky pro oblast zdravotnictví', expected: [s('Pavel Pavlík')] },
  { text: 'V Brně dne\n. r i!\nA\n/ Ing. Miroslav Nováček\n/ předseda představenstva\nBrněnské vodárny a kanalizace, a. s.', expected: [s('Miroslav Nováček')] },
  { text: 'zasílám pro informaci metodický materiál S pozdravem\nIng. Vladimír Hůlka pověřen zastupováním pracovního místa ředitele', expected: [s('Vladimír Hůlka')] },
  {
    text: 'Ing. Miroslav Toman, CSc. ministr zemědělství\nV Praze dne 15. 8. 2018\nVážený pane poslanče, obdržel jsem Váš dopis. S pozdravem\nPřílohy:\nVážený pan Ondřej Profant poslanec',
    expected: [s('Miroslav Toman')],
  },
  {
    text: 'Fax: +420 257 042 788\nMgr. Radoslav BULÍŘ náměstek pro řízení sekce Provozní\nPID: MFCRAXLWWW\nOdpovídáme na dotazy. S pozdravem\nVážený pan\nOndřej Profant poslanec PSP ČR',
    expected: [s('Radoslav Bulíř')],
  },
  { text: 'Schválení Změny č. 1 by přineslo negativní důsledky suburbanizace.\n\nMartin Nerad\nSouhlasím se výše uvedenou námitkou.\nJméno\nPodpis', expected: [s('Martin Nerad')] },
  { text: 'A to je pro zatím vše. Mějte hezký týden!\n\nPatrick Zandl\n\n#městoje', expected: [s('Patrick Zandl')] },
  { text: 'Rada města schvaluje pronájem.\n\nIng. Jan Novák v. r.\nstarosta\n\nMgr. Eva Malá v. r.\nmístostarostka', expected: [s('Jan Novák'), s('Eva Malá')] },
  // organisations signing on their own
  {
    text: 'Úřad vlády ČR a Liberecký kraj podepsaly Memorandum o spolupráci.\n\n„Podpisem memoranda jsme stvrdili naši spolupráci,“ prohlásil hejtman Libereckého kraje Martin Půta.',
    expected: [party('Úřad vlády ČR'), party('Liberecký kraj')],
  },
  { text: 'Hlavní město Praha a Středočeský kraj dnes uzavřely Memorandum o vzájemné spolupráci.', expected: [party('Hlavní město Praha'), party('Středočeský kraj')] },
  { text: 'Statutární město Liberec a Technická univerzita v Liberci včera podepsaly smlouvu o spolupráci.', expected: [party('Statutární město Liberec'), party('Technická univerzita v Liberci')] },
  { text: 'Ministerstvo zemědělství a Jihomoravský kraj stvrdily podpisem dohodu o obnově krajiny.', expected: [party('Ministerstvo zemědělství'), party('Jihomoravský kraj')] },
  {
    text: 'Hlavní město Praha a Středočeský kraj dnes uzavřely Memorandum. Klíčový dokument slavnostně podepsali středočeská hejtmanka Petra Pecková a pražský primátor Zdeněk Hřib.',
    expected: [s('Petra Pecková'), s('Zdeněk Hřib')],
    note: 'persons signing for the organisations are the signatories',
  },
  // not signatories
  { text: 'Praha a Středočeský kraj podepsaly Memorandum o vzájemné spolupráci.', expected: [], note: 'a bare place name is not a clear party; half a subject is not listed' },
  { text: 'V obcích, které uzavřely s Agenturou lokální partnerství, došlo k významnému posunu.', expected: [] },
  { text: 'Liberecký kraj s agenturou spolupracuje stále intenzivněji a uzavřel již několik memorand.', expected: [] },
  { text: 'Memorandum podepsali zástupci Kroměříže, Arcibiskupství olomouckého a Zlínského kraje.', expected: [] },
  { text: 'Zpracoval:\nVáclav Strouhal, DiS.\nzaměstnanec oddělení sociální práce\nPředkládá:\nMgr. Lenka Kadlecová\nnáměstkyně hejtmana', expected: [] },
  { text: 'Zastupitelstvo pověřuje starostu Jana Nováka podpisem smlouvy.', expected: [] },
  { text: 'Smlouvu podepíše hejtman Martin Půta příští týden.', expected: [] },
  { text: 'Na to reagoval p. zastupitel Jiří Adamec, a vystoupil s tezí, že mnozí, co podepsali petici, nevěděli, co podepisovali.', expected: [] },
  { text: 'Kontakt pro média:\n\nJana Kodymová, DiS.\n\ntisková mluvčí', expected: [] },
  { text: 'Více informací:\n\nPetr Syrůček, Odbor pro sociální začleňování, Tel.: 702 159 658', expected: [] },
  { text: 'Zúčastněné strany, které memorandum signovaly, navázaly na setkání. „Naše kraje mají blízko,“ uvedla hejtmanka Ivana Stráská.', expected: [] },
  { text: 'Smlouvu v pondělí schválili krajští zastupitelé. „Potřebovali jsme ji schválit,“ oznámil náměstek hejtmana Roman Hanák.', expected: [] },
  { text: 'Ověřující osoba: Kamila Jagošová Vystavil: Ministerstvo zemědělství', expected: [] },
  { text: 'VYŘIZUJE: Mottl Martin, Mgr.\nTELEFON: +420 225 776 226', expected: [] },
  { text: 'Urbanistické řešení:\n………………………………\nIng. arch. Jana Langerová AA ČKA 01462\nIng. arch. Alexandra Müllerová\nIng. Veronika Vojtěchová\nDopravní řešení Viaprojekt s.r.o.\nIng. Radek Michlík\n' + 'Text studie pokračuje. '.repeat(60), expected: [], note: 'authors listed under a dotted rule are not signing' },
  { text: 'Smlouva nabývá účinnosti podpisem.\n\nMgr. Bc. Daniel Rokos vedoucí Odboru informatiky IČO: 70891095\n', expected: [s('Daniel Rokos', { role: 'vedoucí Odboru informatiky', organization: 'Odbor informatiky' })] },
];
