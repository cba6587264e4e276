/** What stands around a name: academic titles, honorifics, roles, and contexts that are not persons. */
import { LETTER, WHITESPACE } from '../char-class.js';
import { cached } from './morphology.js';

/** Titles written before a name; the longest forms first ("Ing. arch." before "Ing."). */
export const PREFIX_TITLE = /(?:Ing\.\s?arch\.|Ph\.\s?D\.|CSc\.|akad\.\s?(?:arch|mal|soch)\.|Akad\.\s?arch\.|(?:Mgr|MgA|Ing|Bc|BcA|PhDr|JUDr|MUDr|MDDr|MVDr|RNDr|PaedDr|PharmDr|ThDr|ThLic|ICDr|PhMr|RSDr|Dr|dr|doc|prof|Prof|Doc)\.)\s?/uy;
/** Titles written after a name, with or without the comma (Ph.D. and CSc. also stand before it in lists exported by voting systems: "Ing. Ph.D. Libor Podešva"). */
export const SUFFIX_TITLE = /,?\s?(Ph\.\s?D\.|(?:Mgr|Ing|Bc|MUDr|JUDr|PhDr|RNDr|MVDr)\.(?! ?\p{Lu})|Th\.\s?D\.|CSc\.|DrSc\.|DiS\.|MBA|MPA|LL\.\s?M\.|MSc\.|BBA|DBA|dr\.\s?h\.\s?c\.)(?![\p{L}])/uy;

/** Words that announce a person by courtesy: "pan Novák", "paní Fišerovou", "p. Martínek", "pí Kovářová". */
export const HONORIFIC = /(?:[Pp]an|[Pp]ana|[Pp]anu|[Pp]anem|[Pp]ane|[Pp]ánové|[Pp]ány|[Pp]ánů|[Pp]aní|[Ss]lečna|[Ss]lečny|[Ss]lečnou|[Pp]í\.?|[Pp]\.|[Pp]p\.|sl\.)\s/uy;
export function honorificGender(word: string): 'm' | 'f' | null {
  if (/^(?:pan|pana|panu|panem|pane|pánové|pány|pánů)$/iu.test(word)) return 'm';
  if (/^(?:paní|slečna|slečny|slečnou|pí\.?|sl\.)$/iu.test(word)) return 'f';
  return null;
}

/** Words of streets, schools, institutions, prizes and buildings (letters only, whole word). */
const INSTITUTION_WORD = new RegExp(
  String.raw`^(?:ulic\p{L}*|ul|tř|tříd\p{L}*|nám|náměst\p{L}*|nábř|nábřež\p{L}*|sad\p{L}*|park\p{L}*|ZŠ|MŠ|SŠ|SOŠ|SPŠ|VOŠ|OA|ZUŠ|DDM|gymn\p{L}*|univerzit\p{L}*|nemocnic\p{L}*|památník\p{L}*|pomník\p{L}*|sochu|socha|soše|cen[auyěo]|nadac\p{L}*|nadační\p{L}*|letišt\p{L}*|kasár\p{L}*|hospic\p{L}*|vil[auyeo]|divadl\p{L}*|muze\p{L}*|galeri\p{L}*|knihovn\p{L}*|ústav\p{L}*|institut\p{L}*|fakult\p{L}*|stadion\p{L}*|hotel\p{L}*|memoriál\p{L}*|pohár\p{L}*|kolej\p{L}*|mostu|most|síň\p{L}*|sál\p{L}*|domov\p{L}*|sv|svat\p{L}+|kostel\p{L}*|kaple|kapli|řád\p{L}*|medail\p{L}*|kasárn\p{L}*|lázn\p{L}*|festival\p{L}*|nadace|fond\p{L}*|spol)$`,
  'iu',
);
const INSTITUTION_ABBREVIATION = /(?:^|[^\p{L}])(?:s\.r\.o|a\.s)$/iu;
/** The last character of INSTITUTION_ABBREVIATION, checked before it, as the pattern is tried at every position. */
const ABBREVIATION_LAST = /^[os]$/iu;

/**
 * Names inside names of streets, schools, institutions, prizes and buildings are not persons:
 * "ulice Boženy Němcové", "ZŠ J. A. Komenského", "Památník Antonína Dvořáka", "nám. Dr. E. Beneše",
 * "Univerzitou Jana Evangelisty Purkyně", "Cena dr. Františka Ulricha", "Letiště Václava Havla".
 * True when `before` (the text just before a name) ends with such a word, maybe a full stop, and
 * spaces. The last word is read back and tested alone: one pattern ending in "\.?\s*$" tried its 70
 * alternatives at every position before every name.
 */
export function endsWithInstitutionWord(before: string): boolean {
  const trimmedEnd = WHITESPACE.runStart(before, before.length);
  const coreEnd = trimmedEnd > 0 && before[trimmedEnd - 1] === '.' ? trimmedEnd - 1 : trimmedEnd;
  const wordStart = LETTER.runStart(before, coreEnd);
  if (wordStart < coreEnd && INSTITUTION_WORD.test(before.slice(wordStart, coreEnd))) return true;
  return ABBREVIATION_LAST.test(before.charAt(coreEnd - 1)) && INSTITUTION_ABBREVIATION.test(before.slice(0, coreEnd));
}

/**
 * Role nouns in any case → nominative ("hejtmana" → hejtman). The lemma is followed by its
 * genitive complement as written ("ředitel Agentury pro sociální začleňování").
 */
const ROLE_FORMS: [RegExp, string][] = [
  [/^hejtman(?:a|ovi|em|e|u)?$/u, 'hejtman'],
  [/^hejtmank(?:a|y|e|u|ou)$/u, 'hejtmanka'],
  [/^náměst(?:ek|ka|kovi|kem|ku)$/u, 'náměstek'],
  [/^náměstkyn(?:ě|i|í)$/u, 'náměstkyně'],
  [/^místostarost(?:a|y|ovi|u|ou)$/u, 'místostarosta'],
  [/^místostarostk(?:a|y|e|u|ou)$/u, 'místostarostka'],
  [/^starost(?:a|y|ovi|u|ou)$/u, 'starosta'],
  [/^starostk(?:a|y|e|u|ou)$/u, 'starostka'],
  [/^primátor(?:a|ovi|em|e|u)?$/u, 'primátor'],
  [/^primátork(?:a|y|e|u|ou)$/u, 'primátorka'],
  [/^ředitel(?:e|i|em)?$/u, 'ředitel'],
  [/^ředitelk(?:a|y|e|u|ou)$/u, 'ředitelka'],
  [/^radní(?:ho|mu|m)?$/u, 'radní'],
  [/^mluvčí(?:ho|mu|m)?$/u, 'mluvčí'],
  [/^ministr(?:a|ovi|em|e|u)?$/u, 'ministr'],
  [/^ministryn(?:ě|i|í)$/u, 'ministryně'],
  [/^předsed(?:a|y|ovi|u|ou)$/u, 'předseda'],
  [/^předsedkyn(?:ě|i|í)$/u, 'předsedkyně'],
  [/^místopředsed(?:a|y|ovi|u|ou)$/u, 'místopředseda'],
  [/^tajemník(?:a|ovi|em|u)?$/u, 'tajemník'],
  [/^tajemnic(?:e|i|í)$/u, 'tajemnice'],
  [/^zastupitel(?:e|i|em)?$/u, 'zastupitel'],
  [/^zastupitelk(?:a|y|e|u|ou)$/u, 'zastupitelka'],
  [/^poslan(?:ec|ce|ci|cem)$/u, 'poslanec'],
  [/^poslankyn(?:ě|i|í)$/u, 'poslankyně'],
  [/^senátor(?:a|ovi|em|u)?$/u, 'senátor'],
  [/^senátork(?:a|y|e|u|ou)$/u, 'senátorka'],
  [/^europoslan(?:ec|ce|ci|cem)$/u, 'europoslanec'],
  [/^vedoucí(?:ho|mu|m)?$/u, 'vedoucí'],
  [/^jednatel(?:e|i|em)?$/u, 'jednatel'],
  [/^prezident(?:a|ovi|em|u)?$/u, 'prezident'],
  [/^arcibiskup(?:a|ovi|em|u)?$/u, 'arcibiskup'],
  [/^koordinátor(?:a|ovi|em|u)?$/u, 'koordinátor'],
  [/^člen(?:a|ovi|em|u)?$/u, 'člen'],
  [/^členk(?:a|y|e|u|ou)$/u, 'členka'],
  [/^architekt(?:a|ovi|em|u)?$/u, 'architekt'],
  [/^architektk(?:a|y|e|u|ou)$/u, 'architektka'],
  [/^zaměstnan(?:ec|ce|ci|cem)$/u, 'zaměstnanec'],
];

/** The stems of all role nouns, to reject most words with one test. */
const ROLE_STEM = /^(?:hejtman|náměst|místostarost|starost|primátor|ředitel|radní|mluvčí|minist|předsed|místopředsed|tajemn|zastupitel|poslan|senátor|europoslan|vedoucí|jednatel|prezident|arcibiskup|koordinátor|člen|architekt|zaměstnan)/iu;

/** roleLemma's answers: asked of most capitalised words and of the words before names, which repeat within and across documents. */
const roleLemmas = new Map<string, string | null>();

export function roleLemma(word: string): string | null {
  return cached(roleLemmas, word, findRoleLemma);
}

function findRoleLemma(word: string): string | null {
  if (!ROLE_STEM.test(word)) return null;
  const lower = word.toLowerCase();
  for (const [re, lemma] of ROLE_FORMS) if (re.test(lower)) return lemma;
  return null;
}

/** Labels of council documents and press releases that introduce a person. */
export const LABEL_BEFORE = /(Zpracoval[a]?|Předkládá|Předkladatel|Vyřizuje|Kontakt pro média|Kontaktní osoba|Autor|Zapsal[a]?|Ověřovatel[éi]?)\s*:\s*$/iu;
