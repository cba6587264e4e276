/**
 * What a single line says about its block, read from the line's own text: a signature line (a
 * dotted line, "v. r.", a sign-off greeting, a role line such as "starosta obce" or "místostarosta
 * starosta" set in columns, "starosta městské části: Mgr. Jan Novák", "Mgr. Jan Novák, starosta"),
 * a contact line, a list item, a heading, a page number.
 */

/** The office of a person who signs, in the nominative, as signature blocks name it. */
const ROLE = String.raw`(?:(?:\d\.\s?)?(?:[Mm]ísto)?[Ss]tarost(?:a|ka)|[Zz]ástup(?:ce|kyně)\s(?:starost(?:y|ky)|hejtman(?:a|ky)|primátor(?:a|ky))|(?:\d\.\s?)?[Nn]áměst(?:ek|kyně)(?:\s(?:hejtman(?:a|ky)|primátor(?:a|ky)|starost(?:y|ky)|ministr(?:a|yně)))?|[Hh]ejtman(?:ka)?|(?:[Mm]ísto)?[Pp]rimátor(?:ka)?|(?:[Mm]ísto)?[Pp]ředsed(?:a|kyně)|[Řř]editel(?:ka)?|[Tt]ajemn(?:ík|ice)|[Oo]věřovatel(?:é|ka|ky)?(?:\szápisu)?|[Jj]ednatel(?:ka)?|[Mm]inistr(?:yně)?|[Vv]edoucí\s(?:odboru|oddělení|úřadu)|[Čč]len(?:ka|ové|ky)?\s(?:rady|zastupitelstva|výboru|představenstva|dozorčí\srady))`;
/** Words that may follow a role on its line: whose office it is ("obce Lhota", "Libereckého kraje", "hl. m. Prahy"). */
const OF_WHOM = String.raw`(?:\s(?:obce|města|městyse|městské|části|městského|obvodu|kraje|rady|zastupitelstva|výboru|úřadu|odboru|zápisu|hl\.|m\.|\p{Lu}[\p{L}-]*|\d{1,3}|v\.\s?r\.?))*`;
const ROLE_LINE = new RegExp(String.raw`^(?:${ROLE}${OF_WHOM}[\s,;]*)+$`, 'u');
/** "starosta městské části: Mgr. Jan Novák", "Ověřovatelé: Jan Novák, Eva Malá". */
const ROLE_LABEL = new RegExp(String.raw`^${ROLE}${OF_WHOM}\s?:\s*\S`, 'u');
/** "Mgr. Jan Novák, starosta", "Ing. Eva Malá, starostka obce Lhota", "Mgr. Jan Novák vedoucí odboru". */
const NAME_THEN_ROLE = new RegExp(String.raw`^[\p{Lu}][\p{L}.\s-]{2,60}?,?\s${ROLE}${OF_WHOM}\s*$`, 'u');
/**
 * "Za objednatele:", "Za zhotovitele: Peter Schmidt, jednatel", "Za Statutární město Brno:": a
 * contract party's signature line (not "Za OV: …" in a list of those present).
 */
const FOR_PARTY = /^Za\s(?:objednatel|zhotovitel|prodávající|kupující|pronajímatel|nájemc|dodavatel|odběratel|poskytovatel|příjemc|dárc|obdarovan|investor|zadavatel|půjčitel|vypůjčitel|budoucí|smluvní\sstran|[Ss]tatutární\sm|[Mm]ěst|[Oo]bec|[Kk]raj|[Mm]ěstys|[Mm]ěstsk)[\p{L} .,-]{0,50}:/u;
/** The stamp of an electronic signature: "Digitálně podepsal", "Podepisující:", "Digitální podpis:". */
const E_SIGNATURE = /^(?:Digitálně\spodepsal|Elektronicky\spodepsal|Podepisující\s?:|Digitální\spodpis\s?:|Podepsáno\s(?:elektronicky|digitálně))/iu;
const ROLE_HINT = /[Ss]tarost|[Hh]ejtman|[Pp]rimátor|[Pp]ředsed|[Řř]editel|[Tt]ajemn|[Oo]věřovatel|[Jj]ednatel|[Mm]inistr|[Vv]edoucí|[Čč]len|[Nn]áměst|[Zz]ástup/u;
const DOTTED = /(?:\.{5,}|_{5,}|…{3,}|-{8,})/u;
const VERIFIED = /(?<![\p{L}])v\.\s?r\.?(?![\p{L}])/u;
const GREETING = /^(?:S\s(?:pozdravem|úctou|přátelským\spozdravem)|Se\s(?:srdečným\s)?pozdravem|Srdečně\szdraví)/u;
/** "V Praze dne 12. 3. 2020", "V Liberci 5. 4. 2019", "Ve Zlíně dne" (one per column): a dateline, part of a block only beside a signature. */
const DATELINE = /^(?:Ve?\s\p{Lu}[\p{L}\s.-]{1,40}?(?:\sdne)?\s\d{1,2}\.\s?(?:\d{1,2}\.|\p{L}+)\s?\d{4}\s*){1,3}$/u;

/** A line that by itself marks a signature block. */
export function isSignatureLine(line: string): boolean {
  if (line.length > 120) return false;
  // "STAROSTA OBCE" is read as "starosta obce" (the patterns name their capitals explicitly).
  if (!LOWER_LETTER.test(line) && UPPER_LETTER.test(line)) line = line.toLowerCase();
  if ((line.includes('v.') && VERIFIED.test(line)) || (/^[SsDdEePp]/u.test(line) && (GREETING.test(line) || E_SIGNATURE.test(line))) || FOR_PARTY.test(line)) return true;
  // The role patterns are long: tried only on a line that names an office at all.
  return ROLE_HINT.test(line) && (ROLE_LINE.test(line) || ROLE_LABEL.test(line) || (line.length <= 90 && NAME_THEN_ROLE.test(line)));
}

/** A dotted line to sign on; also a rule or a field to fill in, so it marks a block only beside other signs of one. */
export function isDottedLine(line: string): boolean {
  return line.length <= 160 && (line.includes('..') || line.includes('__') || line.includes('…') || line.includes('--')) && DOTTED.test(line);
}

export function isDateline(line: string): boolean {
  return line.length <= 150 && DATELINE.test(line);
}

/**
 * A short line that may belong to a signature block beside a signature line: a name with its
 * titles, a date, an office; not a sentence (no full stop after a word of three or more letters,
 * no colon label of another kind).
 */
export function maySignatureNeighbour(line: string): boolean {
  return line.length <= 80 && /^[\p{Lu}\d(„]|^(?:Ing|Mgr|Bc|MUDr|JUDr|PhDr|RNDr|PaedDr|doc|prof)\./u.test(line) && !/\p{L}{3}[.!?]$|\p{L}{3}[.!?]\s/u.test(stripTitles(line)) && !CONTACT_START.test(line) && !LABEL.test(line);
}

/** "Provede:", "T:", "Na vědomí:", "Zpracoval:": a label of something else than a signature. */
const LABEL = /^\p{L}+\.?(?:\s\p{L}+)?\s?:/u;

function stripTitles(line: string): string {
  return line.replace(/(?<![\p{L}])(?:Ing|Mgr|Bc|MUDr|JUDr|PhDr|RNDr|PaedDr|MVDr|doc|prof|arch|DiS|Ph\.D|CSc|MBA|LL\.M|DrSc)\.?/gu, '');
}

const CONTACT_START = /^(?:(?:Kontakt(?:y|ní\sosoba|ní\sinformace)?|Tel(?:efon)?|Mob(?:il)?|Fax|E-?mail)(?:\s?[:.]|\s+(?:pro\s\p{L}+\s?:?\s*$|[\d+])|\s*$)|(?:Více\sinformací|Bližší\sinformace|Tiskov(?:á|ý)\smluvčí|Mluvčí|Autor(?:ka)?\s?:)(?![\p{L}])|www\.|https?:\/\/|IČO?\s?:|DIČ\s?:)/iu;
/** "Mgr. Eva Malá, tisková mluvčí": who speaks for the body is its contact, not a signatory. */
const SPOKESPERSON = /^[\p{Lu}\p{Ll}][\p{L}.\s-]{2,60}?,\s?(?:tiskov(?:á|ý)\s)?mluvčí(?![\p{L}])/u;
const CONTACT_LINE_MAX = 160;
const THREE_DIGITS = /\d{3}/u;
const EMAIL_LOCAL = /[\p{L}\d._-]+$/u;
const EMAIL_DOMAIN = /^[\p{L}\d-]+\.[\p{L}\d.-]+/u;
const PHONE = /(?:\+420\s?)?\d{3}\s?\d{3}\s?\d{3}(?!\d)/u;

/** A contact cue at the start, or an address or number with at most a few words (a name, a role) beside it. */
export function isContactLine(line: string): boolean {
  if (CONTACT_START.test(line)) return true;
  if (line.length > CONTACT_LINE_MAX) return false;
  if (line.includes('mluvčí') && SPOKESPERSON.test(line)) return true;
  // Most lines hold neither an address nor a number: the patterns below would try every position.
  const at = line.indexOf('@');
  if (at < 0 && !THREE_DIGITS.test(line)) return false;
  const rest = withoutEmail(line, at).replace(PHONE, '');
  return rest.length < line.length && !/^\p{Ll}/u.test(line) && rest.split(/\s+/u).filter((w) => /\p{L}{2}/u.test(w)).length <= 5 && !/\p{L}{3}[.!?]$/u.test(line);
}

/** The line without the e-mail address around its "@" at `at` (read outward from it: no search from every position). */
function withoutEmail(line: string, at: number): string {
  if (at < 0) return line;
  const local = EMAIL_LOCAL.exec(line.slice(0, at));
  const domain = EMAIL_DOMAIN.exec(line.slice(at + 1));
  if (!local || !domain) return line;
  return line.slice(0, local.index) + line.slice(at + 1 + domain[0].length);
}

/** "Kontakt:", "Kontakty pro média": the next short line (a name) belongs to the contact block too. */
export function opensContactBlock(line: string): boolean {
  return /^(?:Kontakt(?:y|ní\sosoba)?|Více\sinformací|Bližší\sinformace)(?![\p{L}])[^.]{0,30}:?\s*$/iu.test(line);
}

const LIST_ITEM = /^(?:[•·▪◦●■►*–-]\s|\d{1,3}[.)]\s(?!\d)|\p{Ll}\)\s|[IVX]{1,5}\.\s|\(\d{1,2}\)\s)/u;

export function isListItemLine(line: string): boolean {
  return LIST_ITEM.test(line);
}

const HEADING_INITIAL = /^[UZVTPNDOČ]/u;
const HEADING_WORD = /^(?:Usnesení|USNESENÍ|Zápis|ZÁPIS|Výpis|VÝPIS|Tisková\szpráva|TISKOVÁ\sZPRÁVA|Program|Návrh\susnesení|Důvodová\szpráva|DŮVODOVÁ\sZPRÁVA|Obecně\szávazná\svyhláška|OBECNĚ\sZÁVAZNÁ\sVYHLÁŠKA|Příloha|Část|ČÁST|Článek|Čl\.\s?\d|Zpravodaj|Newsletter|NEWSLETTER)(?![\p{L}])/u;

/** A title or a section heading: short, without a sentence's end, in capitals or opened by a heading word. */
export function isHeadingLine(line: string): boolean {
  if (line.length > 100) return false;
  const last = line.charAt(line.length - 1);
  if ((last === ',' || last === ';' || last === '.') && !(last === '.' && isDigit(line.charCodeAt(line.length - 2)))) return false;
  if (HEADING_INITIAL.test(line) && HEADING_WORD.test(line)) return true;
  let upper = 0;
  let lower = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 65 && c <= 90) upper++;
    else if (c >= 97 && c <= 122) lower++;
    else if (c > 127) {
      const ch = line.charAt(i);
      if (UPPER_LETTER.test(ch)) upper++;
      else if (LOWER_LETTER.test(ch)) lower++;
    }
  }
  return upper >= 4 && upper >= 4 * lower;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const UPPER_LETTER = /\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;


const PAGE_NUMBER = /^(?:[-–]\s?\d{1,4}\s?[-–]|\d{1,4}|(?:strana|str\.)\s?\d{1,4}(?:\s?(?:z|\/|ze)\s?\d{1,4})?|\d{1,4}\s?(?:\/|z|ze)\s?\d{1,4})$/iu;

export function isPageNumberLine(line: string): boolean {
  return PAGE_NUMBER.test(line);
}
