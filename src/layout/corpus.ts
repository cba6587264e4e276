/**
 * Layout examples: a normalised text (soft breaks and column gaps given where a reader saw them)
 * → the blocks other than paragraphs that must come out, each as [kind, its text]. Negatives list
 * none: running text that mentions a mayor, a rule of dots under a label, a contact line.
 */
import type { BlockKind } from '../schema/record.js';
import type { LayoutEvidence } from '../normalize/index.js';

export interface LayoutExample {
  text: string;
  /** Where the evidence is given as markers: "⏎" a soft break, "⇥" a column gap (each stands for one space). */
  expected: Array<[BlockKind, string]>;
  note?: string;
}

export const LAYOUT_CORPUS: LayoutExample[] = [
  // signature blocks at the foot of an usnesení, in columns, with dotted lines, sign-offs
  { text: 'Rada schvaluje smlouvu.\n\nIng. Miroslav Froněk⇥Bohumil Sobotka⏎starosta městské části Praha 14⇥zástupce starosty městské části Praha 14', expected: [['signature', 'Ing. Miroslav Froněk Bohumil Sobotka starosta městské části Praha 14 zástupce starosty městské části Praha 14']] },
  { text: 'Zastupitelstvo bere na vědomí zprávu.\n\nMgr. Jiří Matušek⇥Milena Kozumplíková\nzástupce starosty městské části⇥starostka městské části', expected: [['signature', 'Mgr. Jiří Matušek Milena Kozumplíková\nzástupce starosty městské části starostka městské části']] },
  { text: 'Usnesení bylo přijato.\n\nstarosta městské části: Mgr. Jan Novák\nmístostarosta: Ing. Petr Malý', expected: [['signature', 'starosta městské části: Mgr. Jan Novák\nmístostarosta: Ing. Petr Malý']] },
  { text: 'Dopis končí.\n\nS pozdravem\n\nMgr. Jan Novák\nstarosta obce', expected: [['signature', 'S pozdravem\n\nMgr. Jan Novák\nstarosta obce']] },
  { text: 'Děkuji za pozornost.\n\nIng. Eva Malá, starostka obce Lhota', expected: [['signature', 'Ing. Eva Malá, starostka obce Lhota']] },
  { text: 'Zápis byl pořízen.\n\nV Liberci dne 12. 3. 2020\n\n……………………………⇥……………………………\nIng. Jan Novák⇥Petra Malá\nověřovatel⇥ověřovatel', expected: [['signature', 'V Liberci dne 12. 3. 2020\n\n…………………………… ……………………………\nIng. Jan Novák Petra Malá\nověřovatel ověřovatel']] },
  { text: 'Text smlouvy.\n\nIng. Jaromír Látal\nčlenové představenstva', expected: [['signature', 'Ing. Jaromír Látal\nčlenové představenstva']] },
  { text: 'Usnesení.\n\nJan Novák v. r.\nstarosta', expected: [['signature', 'Jan Novák v. r.\nstarosta']] },
  { text: 'Usnesení bylo přijato.\n\nIng. Jan Novák⇥Mgr. Petr Malý⇥Eva Nová\nstarosta⇥místostarosta⇥tajemnice', expected: [['signature', 'Ing. Jan Novák Mgr. Petr Malý Eva Nová\nstarosta místostarosta tajemnice']] },
  { text: 'Smlouva nabývá účinnosti dnem podpisu.\n\nZa objednatele: Ing. Jan Novák, ředitel\nZa zhotovitele: Peter Schmidt, jednatel', expected: [['signature', 'Za objednatele: Ing. Jan Novák, ředitel\nZa zhotovitele: Peter Schmidt, jednatel']] },
  { text: 'Zápis byl pořízen.\n\nZapsala: Eva Malá\nOvěřovatelé: Jan Novák, Petr Malý', expected: [['signature', 'Ověřovatelé: Jan Novák, Petr Malý']], note: 'the recorder\'s label line is no signature line' },
  { text: 'Přítomni: Jan Novák, Eva Malá. Za OV: Vojtěch Geltner (Chlum). Hosté: Petr Malý', expected: [], note: 'who came for a committee is present, not signing' },
  // negatives: a role inside a sentence (also when the reader wrapped it), a rule of dots under a label, a contact
  { text: '„Jsme rádi,“ doplnil⏎Petr Tulpa, náměstek hejtmana⏎pro resort sociálních věcí.', expected: [] },
  { text: 'Starosta obce informoval zastupitelstvo o stavu rozpočtu.', expected: [] },
  { text: 'Urbanistické řešení:\n………………………………\nIng. arch. Jana Langerová\n' + 'Text studie pokračuje. '.repeat(60), expected: [], note: 'authors under a rule of dots, far from the end' },
  { text: 'Kontakty na spolek\nMarcel Kolaja, předseda výboru\ntel. 776 637 373', expected: [['contact', 'Kontakty na spolek\nMarcel Kolaja, předseda výboru\ntel. 776 637 373']] },
  { text: 'Text zprávy.\n\npor. Bc. Vendula Horáková, tisková mluvčí', expected: [['contact', 'por. Bc. Vendula Horáková, tisková mluvčí']] },
  // contact blocks
  { text: 'Více informací:\nJana Nová\ne-mail: nova@kraj.cz\nTel.: 485 226 111', expected: [['contact', 'Více informací:\nJana Nová\ne-mail: nova@kraj.cz\nTel.: 485 226 111']] },
  { text: 'Pište nám na adresu podatelna@mesto.cz, odpovíme do týdne.', expected: [] },
  { text: 'Byla navázána kontaktní síť obcí.', expected: [] },
  // headings, list items, tables
  { text: 'Tisková zpráva\n\nKraj podpořil obce.', expected: [['heading', 'Tisková zpráva']] },
  { text: 'Úvod zprávy.\n\nUSNESENÍ č. 753\n\nRada schvaluje.', expected: [['heading', 'USNESENÍ č. 753']] },
  { text: 'Úvod zprávy.\n\n1. schvaluje program\n2. bere na vědomí zprávu\n• první bod', expected: [['list_item', '1. schvaluje program'], ['list_item', '2. bere na vědomí zprávu'], ['list_item', '• první bod']] },
  { text: 'Úvod zprávy.\n\nPoložka⇥Cena bez DPH⇥Cena s DPH\nLicence⇥14 089 Kč⇥17 047,69 Kč', expected: [['table_row', 'Položka Cena bez DPH Cena s DPH'], ['table_cell', 'Položka'], ['table_cell', 'Cena bez DPH'], ['table_cell', 'Cena s DPH'], ['table_row', 'Licence 14 089 Kč 17 047,69 Kč'], ['table_cell', 'Licence'], ['table_cell', '14 089 Kč'], ['table_cell', '17 047,69 Kč']] },
  { text: 'Úvod zprávy.\n\nSmluvní strany uzavírají tuto smlouvu vedenou v evidenci kupujícího⇥pod výše uvedeným číslem a v souladu se zákonem.', expected: [], note: 'a wide space inside justified running text is no table' },
];

/** The example's text without markers, and the evidence the markers stand for. */
export function exampleInput(marked: string): { text: string; evidence: LayoutEvidence } {
  const softBreaks: number[] = [];
  const columnGaps: number[] = [];
  let text = '';
  for (const c of marked) {
    if (c === '⏎') softBreaks.push(text.length);
    else if (c === '⇥') columnGaps.push(text.length);
    text += c === '⏎' || c === '⇥' ? ' ' : c;
  }
  return { text, evidence: { softBreaks, columnGaps } };
}
