/**
 * Examples for the amounts extractor: Czech text → every sum it must yield (one per item, so a
 * range yields both ends), and negatives that must yield nothing. Drawn from the seeds, the
 * development corpus and the forms of issue 4. Currency defaults to CZK; qualifier and role are
 * checked where given.
 */
import type { AmountItem } from '../../schema/record.js';
import type { CorpusExample } from '../types.js';

export interface AmountExpectation {
  value: number;
  currency?: string;
  qualifier?: string | null;
  role?: AmountItem['role'];
}

const czk = (value: number, qualifier: string | null = null): AmountExpectation => ({ value, qualifier });
const range = (from: number, to: number, currency = 'CZK'): AmountExpectation[] => [
  { value: from, currency, role: 'range_start' },
  { value: to, currency, role: 'range_end' },
];

export const AMOUNT_CORPUS: CorpusExample<AmountExpectation>[] = [
  // Digits with thousands separators, ",-", haléře, currency before or after.
  { text: 'Frýdlantsko\n-\n77 839 844,- Kč\nRalsko', expected: [czk(77839844)] },
  { text: 'Velké Hamry - 44 164 000,- Kč', expected: [czk(44164000)] },
  { text: 'cena 12.500,- Kč', expected: [czk(12500)] },
  { text: 'poplatek 1 250,50 Kč', expected: [czk(1250.5)] },
  { text: 'vstupné 12,50 Kč', expected: [czk(12.5)] },
  { text: 'Kč 1 000', expected: [czk(1000)] },
  { text: 'CZK 2 000 000', expected: [czk(2000000)] },
  { text: 'Smluvní cena v Kč bez DPH 27 528 000,00 CZK', expected: [czk(27528000)] },
  { text: 'dotace v celkové výši 1.499.962 Kč.', expected: [czk(1499962)] },
  { text: 've výši 30 000,-Kč z Fondu hejtmana', expected: [czk(30000)] },
  { text: 'náklady 800 000.- Kč', expected: [czk(800000)] },
  { text: 've výši 216 000 000 -Kč (slovy: dvěstašestnáctmilionůkorunčeských)', expected: [czk(216000000)] },
  { text: 've výši 50 000, -Kč bez DPH', expected: [czk(50000)] },
  { text: 'za 12.500,-', expected: [czk(12500)], note: '",-" alone marks crowns' },
  { text: 'Dehtín 1872 Kč, Tupadly 1872 Kč', expected: [czk(1872), czk(1872)] },
  { text: 'za odvoz odpadu se platí 660 Kč ročně', expected: [czk(660)] },
  { text: 'Rozpočet 4.900.000,-Kč s DPH', expected: [czk(4900000)] },
  { text: 'členský příspěvek (1,50 Kč na obyvatele)', expected: [czk(1.5)] },
  { text: 'částka 15 620 000 korun', expected: [czk(15620000)] },
  { text: 'výše 307 963 000 korun', expected: [czk(307963000)] },
  { text: 'za 1000 Kč, v rámci smlouvy', expected: [czk(1000)] },

  // Scale words and abbreviations.
  { text: 'přinese přes 35 miliónů korun na zajištění sítě', expected: [czk(35000000, 'přes')] },
  { text: 'získat více než 1 miliardu korun na podporu', expected: [czk(1000000000, 'více než')] },
  { text: 'úvěr 1,5 mil. Kč', expected: [czk(1500000)] },
  { text: 'investice 2,3 mld. Kč', expected: [czk(2300000000)] },
  { text: 'příspěvek 500 tis. Kč', expected: [czk(500000)] },
  { text: 'odměna 20 tisíc korun', expected: [czk(20000)] },
  { text: 'dotace 140 tisíc korun na mzdy', expected: [czk(140000)] },
  { text: 'ztráta 12 milionů Kč', expected: [czk(12000000)] },
  { text: 'přispět 45 mil korun na rekonstrukci', expected: [czk(45000000)] },
  { text: 'varianta za 110 mil Kč', expected: [czk(110000000)] },
  { text: 'náklad okolo 100 mil. Kč', expected: [czk(100000000, 'okolo')] },
  { text: 'Finanční podpora ve výši 5 mil. korun', expected: [czk(5000000)] },
  { text: 'evropskou dotaci 45,9 milionů korun', expected: [czk(45900000)] },
  { text: 'z toho je 1,5 miliónu korun určeno', expected: [czk(1500000)] },
  { text: 'schválili zastupitelé 3 milióny korun', expected: [czk(3000000)] },
  { text: 'Celkem 280 milionů korun získá kraj', expected: [czk(280000000)] },
  { text: 'vyvolávací cenu cca 850t Kč', expected: [czk(850000, 'cca')] },
  { text: 'částku 2 miliardy korun', expected: [czk(2000000000)] },
  { text: 'rozpočet 1,2 mld Kč', expected: [czk(1200000000)] },
  { text: 'zhruba 55 tisíc korun uhradí město', expected: [czk(55000, 'zhruba')] },
  { text: 'přes 35\nmiliónů korun', expected: [czk(35000000, 'přes')], note: 'amount over a line break' },
  { text: 'přes 35 miliónů\nkorun', expected: [czk(35000000, 'přes')] },

  // Numerals written as words.
  { text: 'pět milionů korun', expected: [czk(5000000)] },
  { text: 'půl milionu korun', expected: [czk(500000)] },
  { text: 'dvě stě tisíc korun', expected: [czk(200000)] },
  { text: 'stály kolem tří set milionů korun', expected: [czk(300000000, 'kolem')] },
  { text: 'o jeden tisíc korun měsíčně', expected: [czk(1000)] },
  { text: 'jeden milión korun', expected: [czk(1000000)] },
  { text: 'získal milion korun', expected: [czk(1000000)] },
  { text: 'přes miliardu korun', expected: [czk(1000000000, 'přes')] },
  { text: 'tři a půl milionu korun', expected: [czk(3500000)] },
  { text: 'dvacet pět tisíc korun', expected: [czk(25000)] },
  { text: 'sto korun', expected: [czk(100)] },
  { text: 'deset tisíc Kč', expected: [czk(10000)] },

  // Every case of koruna.
  { text: 'jedna koruna', expected: [czk(1)] },
  { text: 'dvě koruny', expected: [czk(2)] },
  { text: 'za 5 korun', expected: [czk(5)] },
  { text: 's 10 korunami', expected: [czk(10)] },
  { text: 'o 1 korunu', expected: [czk(1)] },
  { text: 've 100 korunách', expected: [czk(100)] },
  { text: 'ke 20 korunám', expected: [czk(20)] },
  { text: 'za odměnu ve výši 100 korun na hodinu', expected: [czk(100)] },

  // Qualifiers.
  { text: 'cca 800 000 Kč', expected: [czk(800000, 'cca')] },
  { text: 'cca. 5 000 Kč', expected: [czk(5000, 'cca.')] },
  { text: 'zhruba 3 miliony korun', expected: [czk(3000000, 'zhruba')] },
  { text: 'téměř 30 milionů korun', expected: [czk(30000000, 'téměř')] },
  { text: 'nejméně 10 000 Kč', expected: [czk(10000, 'nejméně')] },
  { text: 'až 50 000 Kč', expected: [czk(50000, 'až')] },
  { text: 'do výše 200 000 Kč', expected: [czk(200000, 'do výše')] },
  { text: 'Bezmála 17 miliónů korun', expected: [czk(17000000, 'bezmála')] },
  { text: 'maximálně 1 000 Kč', expected: [czk(1000, 'maximálně')] },
  { text: 'více než 33 miliónů korun', expected: [czk(33000000, 'více než')] },

  // Ranges give both ends.
  { text: '2–3 miliony korun', expected: range(2000000, 3000000) },
  { text: 'investici 80-120 milionů Kč', expected: range(80000000, 120000000) },
  { text: 'od 2 do 3 milionů korun', expected: range(2000000, 3000000) },
  { text: '500 až 800 Kč', expected: range(500, 800) },
  { text: 'stojí 30-100 milionů Kč', expected: range(30000000, 100000000) },

  // Other currencies keep their own code.
  { text: 'grant 1 000 EUR', expected: [{ value: 1000, currency: 'EUR' }] },
  { text: 'cena 250 €', expected: [{ value: 250, currency: 'EUR' }] },
  { text: '€ 1 500', expected: [{ value: 1500, currency: 'EUR' }] },
  { text: '2,5 milionu eur', expected: [{ value: 2500000, currency: 'EUR' }] },
  { text: '100 USD', expected: [{ value: 100, currency: 'USD' }] },
  { text: '3 miliony dolarů', expected: [{ value: 3000000, currency: 'USD' }] },

  // Crowns implied by the sentence.
  { text: 'Lístek stojí za 490 korun, popřípadě 990.', expected: [czk(490), czk(990)] },
  { text: 'Rozpočet vzrostl na 200 milionů korun, tedy o 66 milionů více.', expected: [czk(200000000), czk(66000000)] },
  {
    text: 'Má vzniknout 316 parkovacích míst. 70 milionů investiční spoluúčast města, získaná dotace 60 milionů, celkové náklady jsou 130 milionů Kč.',
    expected: [czk(70000000), czk(60000000), czk(130000000)],
  },
  { text: 'Fond sportu 10 miliónů korun, 3,5 miliónů na dotační program Sport.', expected: [czk(10000000), czk(3500000)] },
  {
    text: 'Stály kolem tří set milionů korun. Asi šedesát milionů z toho šlo z dotací.',
    expected: [czk(300000000, 'kolem'), czk(60000000, 'asi')],
  },
  { text: 'Celková nabídková cena v Kč bez DPH 27 101 760,00', expected: [czk(27101760)] },

  // Not money.
  { text: 'Tyto prostředky poskytly podporu více než 20 tisícům lidí', expected: [] },
  { text: 'Získali 1 miliardu korun. Tyto prostředky poskytly podporu více než 20 tisícům lidí.', expected: [czk(1000000000)] },
  { text: 'do kterého se zapojilo 25 libereckých základních škol', expected: [] },
  { text: 'Tel.: 702 159 658, E-mail: syrucek.petr@vlada.cz', expected: [] },
  { text: 'mobil: +420 778 760 927', expected: [] },
  { text: 'v roce 2013', expected: [] },
  { text: '21 % DPH a 0,5 %', expected: [] },
  { text: 'usnesení č. 1145/16/RK', expected: [] },
  { text: 'výměra 12 500 m2', expected: [] },
  { text: 'úsek dlouhý 3,5 km', expected: [] },
  { text: 'plocha 34,7 ha', expected: [] },
  { text: 'bylo registrováno 10871 osob a ubytováno 1003 lidí', expected: [] },
  { text: 'pomoc malým obcím do dvou tisíc obyvatel', expected: [] },
  { text: '1 551 zaměstnanců', expected: [] },
  { text: 'placeno desítkami tisíc korun měsíčně', expected: [] },
  { text: 'za desítky milionů', expected: [] },
  { text: 'Přítomno: 47 Ano: 4 Ne: 15', expected: [] },
  { text: 'PSČ 460 59 Liberec', expected: [] },
  { text: 'IČO: 712 34 489', expected: [] },
  { text: 'za 3 miliony let', expected: [] },
  { text: 'Přes 2 miliony návštěvníků', expected: [] },
  { text: 'rozpočtová změna č.2. - schválena', expected: [] },
  { text: 'číslo účtu: 35-3513370297/0100', expected: [] },
  { text: 'dostalo 5 milionů lidí očkování', expected: [] },
  { text: 'pět škol a dvě stě dětí', expected: [] },
  { text: 'v souladu s ustanovením $ 93 zákona', expected: [], note: 'a text layer\'s "$" for "§"' },
  { text: 'cena $250', expected: [{ value: 250, currency: 'USD' }] },
  { text: 'Projekt za 5 milionů korun podpoří 3 tisíce seniorů.', expected: [czk(5000000)] },
  // elliptical sums: millions whose currency an earlier sentence or paragraph states
  { text: 'Kraj poskytne obcím přes 19 milionů korun. Podpory se dočká 69 projektů.\n\nV roce 2018 rozdělil kraj přes 28 milionů a podpory se dočkalo 90 projektů. O rok později činila částka 29 milionů.', expected: [czk(19000000, 'přes'), czk(28000000, 'přes'), czk(29000000)] },
  { text: 'Rozpočet činí 2,5 miliardy Kč. Na dopravu půjde 800 milionů, na školství 1,2 miliardy.', expected: [czk(2500000000), czk(800000000), czk(1200000000)] },
  { text: 'Projekt stál 3 miliony eur. Kraj k tomu přidal 5 milionů korun.', expected: [{ value: 3000000, currency: 'EUR' }, czk(5000000)], note: 'the first sum is in euros' },
  { text: 'Kraj poskytne 19 milionů korun. Region má 1,2 milionu obyvatel a 5 milionů stromů.', expected: [czk(19000000)], note: 'counted millions are no sums' },
  { text: 'Dotace 2 miliony EUR. Další 3 miliony půjdou na silnice.', expected: [{ value: 2000000, currency: 'EUR' }, { value: 3000000, currency: 'EUR' }] },
  // a unit given once for a table or list: "v tis. Kč" (× 1000), "(Kč)", "mil. Kč"
  { text: 'Rozpočet obce na rok 2024 (v tis. Kč)\nDaňové příjmy 12 450\nNedaňové příjmy 1 310,5\nKapitálové výdaje 4 200', expected: [czk(12450000), czk(1310500), czk(4200000)] },
  { text: 'Ukazatel 2023 2024 v tis. Kč\nPříjmy celkem 45 120 47 300\nVýdaje celkem 44 980 49 010', expected: [czk(45120000), czk(47300000), czk(44980000), czk(49010000)], note: 'the years of the header are no sums' },
  { text: 'Přehled dotací (Kč)\n1. TJ Sokol 25 000\n2. SDH Lhota 18 500\n3. Klub seniorů 7 000', expected: [czk(25000), czk(18500), czk(7000)], note: 'row numbers are no sums' },
  { text: 'Investice v mil. Kč\nSilnice 120\nŠkoly 45,5\n\nKraj investuje do silnic a škol a práce začnou na jaře, jak uvedl radní.', expected: [czk(120000000), czk(45500000)] },
  { text: 'Kupní cena v tabulce je uvedena v Kč.\nLicence 30 uživatelů 12 měsíců', expected: [], note: 'a sentence naming the currency is no column unit; counts are no sums' },
  { text: 'Cena 500 Kč\nPočet 30\nRok 2020', expected: [czk(500)], note: 'a line with a sum of its own is no unit label' },
  { text: 'Počty žáků v tis. Kč\nZákladní školy 12 uživatelů', expected: [], note: 'a counted noun after the number' },
];
