/**
 * Resolution examples: Czech text → the resolutions it references or lists. Ids as written after
 * "č.", "Číslo:", "Usnesení" or "Usn.", spaces removed; negatives (file, house, law and meeting
 * numbers) yield nothing.
 */
import type { CorpusExample } from '../types.js';

export interface ResolutionExpectation {
  id: string;
  /** Checked when given (null included). */
  body?: string | null;
  date?: string | null;
  year?: number | null;
}

const r = (id: string, extra: Omit<ResolutionExpectation, 'id'> = {}): ResolutionExpectation => ({ id, ...extra });

export const RESOLUTION_CORPUS: CorpusExample<ResolutionExpectation>[] = [
  // the seeds
  { text: 'Důvod předložení:\nusnesení Rady kraje č.  1145/16/RK ze dne 28. 6. 2016', expected: [r('1145/16/RK', { body: 'Rada kraje', date: '2016-06-28', year: 2016 })] },
  { text: 'které Rada Libereckého kraje schválila dne 4. 2. 2014 usnesením č. 116/14/RK.', expected: [r('116/14/RK', { body: 'Rada kraje', year: 2014 })] },
  {
    text: 'schválila vláda ČR usnesením vlády ČR ze dne 23. ledna 2008 č. 85 a usnesením ze dne 25. července 2012 č. 570.',
    expected: [r('85', { body: 'vláda ČR', date: '2008-01-23', year: 2008 }), r('570', { body: 'vláda ČR', date: '2012-07-25', year: 2012 })],
  },
  // numbers with years and body letters
  { text: 'Usnesení č. 201/19/ZK bylo přijato.', expected: [r('201/19/ZK', { body: 'Zastupitelstvo kraje', year: 2019 })] },
  { text: 'v souladu s usnesením č. 45/2019/ZK', expected: [r('45/2019/ZK', { body: 'Zastupitelstvo kraje', year: 2019 })] },
  { text: 'Zastupitelstvo schválilo usnesení č. 12/3/2020.', expected: [r('12/3/2020', { year: 2020 })] },
  { text: 'Usnesení č. 1/04/2019 bylo schváleno.', expected: [r('1/04/2019', { year: 2019 })] },
  { text: 'Hlasování o usnesení č. 174/2008: pro 10, proti 0.', expected: [r('174/2008', { year: 2008 })] },
  { text: 'revokuje usnesení č.14, část 2 ze dne 19.5.2006', expected: [r('14')] },
  { text: 'P. Jelínek provedl kontrolu usnesení č. 31 ze zasedání zastupitelstva obce', expected: [r('31')] },
  { text: 'schválenou usnesením vlády České republiky č. 929 dne 20. července 2009', expected: [r('929', { body: 'vláda České republiky' })] },
  { text: 'Aktualizace č. 4, schválené usnesením vlády České republiky č. 618 ze dne 12. července 2021;', expected: [r('618', { date: '2021-07-12', year: 2021 })] },
  { text: 'dle usnesení č. 1592/2018/Pol. bylo rozhodnuto', expected: [r('1592/2018/Pol.', { year: 2018 })] },
  { text: 'usnesením Zastupitelstva kraje č. 302/16/ZK ze dne 27. 9. 2016', expected: [r('302/16/ZK', { body: 'Zastupitelstvo kraje', date: '2016-09-27', year: 2016 })] },
  { text: 'usnesení Rady města č. 1234/2015 ze dne 3.3.2015', expected: [r('1234/2015', { body: 'Rada města', date: '2015-03-03', year: 2015 })] },
  { text: 'na základě usnesení Zastupitelstva obce Mečichov č. 5/2019', expected: [r('5/2019', { body: 'Zastupitelstvo obce Mečichov', year: 2019 })] },
  { text: 'usnesením Rady hl. m. Prahy č. 2100 ze dne 1. 10. 2019', expected: [r('2100', { date: '2019-10-01', year: 2019 })] },
  { text: 'Usnesením vlády ze dne 8. února 2021 č. 134 byla přijata opatření.', expected: [r('134', { body: 'vláda', date: '2021-02-08', year: 2021 })] },
  { text: 'v návaznosti na usnesení č. 88/20/RK', expected: [r('88/20/RK', { body: 'Rada kraje', year: 2020 })] },
  { text: 'USNESENÍ č. 7/2021 Zastupitelstva obce', expected: [r('7/2021', { year: 2021 })] },
  // body schemes before the number
  { text: 'UR/123/2019 Rada schvaluje rozpočtové opatření.', expected: [r('UR/123/2019', { year: 2019 })] },
  { text: 'Podle ZM/45/2020 se mění rozpočet.', expected: [r('ZM/45/2020', { year: 2020 })] },
  { text: 'usnesení UZ/21/6/2016 ukládá radě', expected: [r('UZ/21/6/2016', { year: 2016 })] },
  { text: 'RM 15/2021 schvaluje pronájem.', expected: [r('RM15/2021', { body: 'Rada města', year: 2021 })] },
  { text: 'viz usnesení č. RM/17/2022', expected: [r('RM/17/2022', { year: 2022 })] },
  // labels and minutes
  { text: 'Usnesení 67/2018 91/2018\nRada města schvaluje smlouvu.', expected: [r('91/2018', { year: 2018 })] },
  { text: 'Usnesení\nČíslo: 12/2019\nRada obce bere na vědomí zprávu.', expected: [r('12/2019', { year: 2019 })] },
  { text: 'Usn. č. 5/2019 – schválení programu', expected: [r('5/2019', { year: 2019 })] },
  { text: 'Usn. 33/2017: ZO schvaluje prodej pozemku.', expected: [r('33/2017', { year: 2017 })] },
  { text: 'Usnesení č. 201/19/ZK\nZastupitelstvo kraje schvaluje\nUsnesení č. 202/19/ZK\nZastupitelstvo kraje bere na vědomí', expected: [r('201/19/ZK'), r('202/19/ZK')] },
  { text: 'Usnesení č. 10/2020, č. 11/2020 a č. 12/2020 byla splněna.', expected: [r('10/2020'), r('11/2020'), r('12/2020')] },
  { text: 'usnesení č. 44/2018 a 45/2018 zůstávají v platnosti', expected: [r('44/2018'), r('45/2018')] },
  { text: 'Kontrola plnění usnesení č. 3/2019, 4/2019, 5/2019.', expected: [r('3/2019'), r('4/2019'), r('5/2019')] },
  { text: 'Rada kraje usnesením č. 1001/17/RK schválila smlouvu a usnesením č. 1002/17/RK dodatek.', expected: [r('1001/17/RK'), r('1002/17/RK')] },
  { text: 'Zastupitelstvo ruší usnesení č. 98/2016 ze dne 12. 5. 2016.', expected: [r('98/2016', { date: '2016-05-12', year: 2016 })] },
  { text: 'usnesení č. 7/2020/ZM – prodej pozemku', expected: [r('7/2020/ZM', { body: 'Zastupitelstvo města', year: 2020 })] },
  { text: 'dle č. 45/2019/ZK ze dne 10. 6. 2019', expected: [r('45/2019/ZK', { date: '2019-06-10', year: 2019 })] },
  { text: 'Usnesením č. 4/15/RM rada souhlasila.', expected: [r('4/15/RM', { body: 'Rada města', year: 2015 })] },
  { text: 'usnesením číslo 215/2010 schválila', expected: [r('215/2010', { year: 2010 })] },
  { text: 'Výpis usnesení Rady obce. Usnesení č. 8/12/2019: Rada obce schvaluje', expected: [r('8/12/2019', { year: 2019 })] },
  // forms of the layout and of labels: "č.:", "Usnesení:", "Číslo usnesení:", an id alone under the heading, ids opening the lines of a list
  { text: 'Usnesení č.: 215\nZastupitelstvo obce schvaluje rozpočet.', expected: [r('215')] },
  { text: 'v souladu s usnesení č.: 12/2019 zastupitelstva', expected: [r('12/2019', { year: 2019 })] },
  { text: 'Usnesení: 0123/05/2021/ZK\nZastupitelstvo kraje schvaluje dotaci.', expected: [r('0123/05/2021/ZK', { body: 'Zastupitelstvo kraje', year: 2021 })] },
  { text: 'Číslo usnesení: 44\nRada města bere na vědomí zprávu.', expected: [r('44')] },
  { text: 'Číslo usnesení: 17/2020/RM\nPředkladatel: starosta', expected: [r('17/2020/RM', { body: 'Rada města', year: 2020 })] },
  { text: 'Usnesení Zastupitelstva města Kolína\nč. 0456/17-Z\nZastupitelstvo města schvaluje', expected: [r('0456/17-Z')] },
  { text: 'Usnesení\n73. jednání Rady městské části Praha 14 konaného dne 6. 10. 2009\nč. 521/RMČ/2009\nRada městské části schvaluje', expected: [r('521/RMČ/2009', { body: 'Rada městské části', year: 2009 })] },
  { text: 'USNESENÍ\nZastupitelstva městské části\nč. 31.1 ze dne 09.04.2008\nZastupitelstvo schvaluje', expected: [r('31.1', { date: '2008-04-09', year: 2008 })] },
  { text: 'Výpis usnesení\n12/3/2019 schvaluje program jednání\n13/3/2019 bere na vědomí zprávu o činnosti\n14/3/2019 – ukládá starostovi', expected: [r('12/3/2019'), r('13/3/2019'), r('14/3/2019')] },
  { text: '15/2021: Rada města souhlasí s pronájmem\n16/2021 Rada města neschvaluje prodej', expected: [r('15/2021'), r('16/2021')] },
  { text: 'Usnesení č. 7/2020/ZM.\nZastupitelstvo schvaluje', expected: [r('7/2020/ZM', { body: 'Zastupitelstvo města' })] },
  { text: 'schválila Rada obce Čerčany usnesením č. 18.9/2016 ze dne 24. srpna 2016 podle § 6', expected: [r('18.9/2016', { date: '2016-08-24', year: 2016 })] },
  { text: 'rozhodlo Zastupitelstvo obce usnesením č. 5.2.1 a 5.2.2 ze dne 15. září 2016', expected: [r('5.2.1'), r('5.2.2')] },
  { text: 'byl usnesením č. 5.3.1/2021 ze dne 9. září 2021 pověřen určený zastupitel', expected: [r('5.3.1/2021', { date: '2021-09-09', year: 2021 })] },
  { text: 'usnesení zastupitelstva ze dne 12.5.2016 bylo splněno', expected: [], note: 'a date after "usnesení" is no id' },
  // negatives of the same forms: budget changes and measures, contracts, meetings, parcels, points
  { text: 'schvaluje rozpočtovou změnu 12/2024/ZM ve výši 50 000 Kč', expected: [] },
  { text: 'rozpočtová změna č. 3/2024/RM byla schválena', expected: [] },
  { text: 'usnesení o rozpočtovém opatření č. 5/2024', expected: [] },
  { text: 'rozpočtové opatření č. 5/2024', expected: [] },
  { text: 'dodatek č. 2 ke smlouvě č. 14/2019/ZM', expected: [] },
  { text: 'Usnesení\nč. j. 1234/2020\nZastupitelstvo', expected: [] },
  { text: 'Program\nč. 3/2019\nschůze rady', expected: [] },
  { text: '1. schvaluje program jednání\n2. bere na vědomí zprávu', expected: [] },
  { text: 'pozemek p. č. 2374/16 v k. ú. Lhota', expected: [] },
  // negatives: file, house, law, decree, parcel, phone and meeting numbers
  { text: 'Č.j.: 114/2011', expected: [] },
  { text: 'čj. 042683/2020/KUSK ze dne 13. března 2020', expected: [] },
  { text: 'sp. zn. 2 As 12/2019', expected: [] },
  { text: 'budova č. p. 1520 v ulici Míru', expected: [] },
  { text: 'podle zákona č. 128/2000 Sb., o obcích', expected: [] },
  { text: 'jednání bylo svoláno v souladu s § 92 zákona č. 128/2000 Sb.', expected: [] },
  { text: 'nařízení vlády č. 318/2017 Sb., o výši odměn', expected: [] },
  { text: 'Schválení Nařízení obce č. 1/2009, kterým se zakazuje reklama', expected: [] },
  { text: 'Prodej části obecního pozemku parc.č. 2374/16', expected: [] },
  { text: 'Tel.: 702 159 658, mobil: +420 778 760 927', expected: [] },
  { text: 'Tisková zpráva z 99. schůze Rady Ústeckého kraje', expected: [] },
  { text: 'Zastupitelstvo města Brna č. Z5/034, Hlasování č. 4, Bod č. 1', expected: [] },
  { text: 'BVK, schůze R5/004, smlouva č. 12/2006', expected: [] },
  { text: 'uvedené v příloze č. 2 tohoto usnesení', expected: [] },
  { text: 'kontrolu usnesení ze dne 29. 3. 2019. Všechny body usnesení byly splněny.', expected: [] },
  { text: 'návrh usnesení č. 1.??/2022 ze dne ?? . měsíc 2022', expected: [] },
  { text: 'Usnesení: ZM schvaluje program 3. veřejného jednání.', expected: [] },
  { text: 'Změny rozpočtu obce č. 4 a 5 pro rok 2019', expected: [] },
  { text: 'silnice č. 610 bude opravena', expected: [] },
  { text: 'NAŠE Č.J.: UZSVM/A/52064/2018-HMU2', expected: [] },
  { text: 'Č. j.: MF-23371/2020/7002-3, Počet listů: 1', expected: [] },
  { text: 'opatření obecné povahy č. 1/2022/OOP v příloze č. 1 tohoto usnesení', expected: [] },
  { text: 'Radnice, číslo 23/2022, vychází 8. června', expected: [] },
];
