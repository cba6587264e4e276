/**
 * Resolution ids that only the layout shows: an id standing alone on its line under a resolution
 * heading ("Usnesení" / "č. 521/RMČ/2009", "U S N E S E N Í" / "č. 753", "č. 31.1 ze dne
 * 09.04.2008"), and the ids that open a line when the resolution's operative part follows on it or
 * on the next lines ("12/3/2019 schvaluje …", "ZM/45/2020: Zastupitelstvo bere na vědomí …",
 * "384/15/RM/2015 Rekonstrukce hřiště" / "I. Rada města schvaluje …").
 */
import type { Line } from '../../layout/index.js';
import { ID, NOT_AFTER_ID } from './id.js';

/** "č. 521/RMČ/2009", "číslo 0456/17-Z", "č. 31.1 ze dne 9. 4. 2008": the whole line is the number (and its date). */
const NUMBER_LINE = new RegExp(String.raw`^(?:[čČ]\.|[čČ]íslo|[čČ]\.\s?usnesení)\s?:?\s*(?<id>${ID}|\d{1,4}\.\d{1,3})${NOT_AFTER_ID}(?:\s*,?\s*ze\s+dne\s+[\d. ]{6,12}|\s*ze\s+dne\s+\d{1,2}\.\s?\p{L}+\s\d{4})?\s*$`, 'u');
/** The heading a number line stands under. */
const RESOLUTION_HEADING = /^(?:Usnesení|USNESENÍ|Návrh\s+usnesení|NÁVRH\s+USNESENÍ)(?![\p{L}])/u;
/** How many lines above a number line its heading may stand (the body and meeting may come between). */
const HEADING_REACH = 3;
/** The acts a resolution's operative part opens with, written normally or letter-spaced ("s c h v a l u j e"). */
const ACTS = ['schvaluje', 'neschvaluje', 'bere na vědomí', 'ukládá', 'souhlasí', 'nesouhlasí', 'doporučuje', 'revokuje', 'ruší', 'zamítá', 'volí', 'jmenuje', 'odvolává', 'pověřuje', 'stanovuje', 'stanoví', 'vydává', 'rozhoduje', 'určuje', 'zřizuje', 'deleguje', 'projednal', 'projednala', 'projednalo', 'vyhlašuje', 'akceptuje', 'konstatuje'];
const ACT = ACTS.map((act) => [...act.replace(/ /g, '')].join(String.raw`\s?`)).join('|');
/** The deciding body before the act: "Rada města", "Obvodní zastupitelstvo Prahy 5", "ZM". */
const BODY = String.raw`(?:\p{Lu}\p{Ll}+\s)?(?:[Rr]ada|[Zz]astupitelstvo|RM|ZM|ZO|RO|ZK|RK|RMČ|ZMČ)(?:\s[\p{Ll}\d]+|\s\p{Lu}\p{L}*)*`;
/** The operative part: an optional point number ("I.", "1.", "a)"), the body, the act. */
const OPERATIVE = new RegExp(String.raw`^(?:(?:[IVX]{1,4}|\d{1,2})\.\s+|\p{Ll}\)\s+)?(?:${BODY}\s)?(?:${ACT})(?![\p{L}])`, 'u');
/** An id (with a slash) opening a line: "12/3/2019 schvaluje …", "384/15/RM/2015 Rekonstrukce hřiště", "UR/123/2019: Rada města souhlasí". */
const ID_OPENING = new RegExp(String.raw`^(?<id>(?:(?:UR|UZ|RM|ZM|RK|ZK|RO|ZO)\/)?\d{1,5}(?:\/(?:\d{1,4}|\p{Lu}{1,5}))+)(?![\d\p{L}\/])(?:\s?[:.–-])?(?:\s+(?<rest>.*))?$`, 'u');
/** How many non-blank lines after an id line its operative part may open (a title line may come between). */
const OPERATIVE_REACH = 2;

const MAY_OPEN = /[\dURZčČ]/u;

export interface ResolutionLine {
  start: number;
  id: string;
}

export function resolutionLines(text: string, lines: Line[]): ResolutionLine[] {
  const found: ResolutionLine[] = [];
  lines.forEach((line, i) => {
    // Both forms open with a digit, a scheme's letter or "č."/"číslo".
    if (!MAY_OPEN.test(text.charAt(line.start))) return;
    const content = text.slice(line.start, line.end);
    const opening = ID_OPENING.exec(content);
    if (opening && operativeFollows(text, lines, i, opening.groups!.rest)) {
      found.push({ start: line.start, id: opening.groups!.id! });
      return;
    }
    const numbered = NUMBER_LINE.exec(content);
    if (numbered && headingAbove(text, lines, i)) found.push({ start: line.start + numbered[0].indexOf(numbered.groups!.id!), id: numbered.groups!.id! });
  });
  return found;
}

function headingAbove(text: string, lines: Line[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - HEADING_REACH); k--) {
    if (RESOLUTION_HEADING.test(text.slice(lines[k]!.start, lines[k]!.end))) return true;
  }
  return false;
}

/** The resolution's operative part opens the rest of the id's line or one of the next non-blank lines. */
function operativeFollows(text: string, lines: Line[], i: number, rest: string | undefined): boolean {
  if (rest !== undefined && OPERATIVE.test(rest)) return true;
  let seen = 0;
  for (let k = i + 1; k < lines.length && seen < OPERATIVE_REACH; k++) {
    const content = text.slice(lines[k]!.start, lines[k]!.end).trim();
    if (content === '') continue;
    if (OPERATIVE.test(content)) return true;
    seen++;
  }
  return false;
}
