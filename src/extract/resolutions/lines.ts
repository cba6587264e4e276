/**
 * Resolution ids that only the layout shows: an id standing alone on its line under a resolution
 * heading ("Usnesení" / "č. 521/RMČ/2009", "U S N E S E N Í" / "č. 753", "č. 31.1 ze dne
 * 09.04.2008"), and the ids that open the lines of a list of resolutions ("12/3/2019 schvaluje …",
 * "ZM/45/2020: Zastupitelstvo bere na vědomí …").
 */
import type { Line } from '../../layout/index.js';
import { ID, NOT_AFTER_ID } from './id.js';

/** "č. 521/RMČ/2009", "číslo 0456/17-Z", "č. 31.1 ze dne 9. 4. 2008": the whole line is the number (and its date). */
const NUMBER_LINE = new RegExp(String.raw`^(?:[čČ]\.|[čČ]íslo|[čČ]\.\s?usnesení)\s?:?\s*(?<id>${ID}|\d{1,4}\.\d{1,3})${NOT_AFTER_ID}(?:\s*,?\s*ze\s+dne\s+[\d. ]{6,12}|\s*ze\s+dne\s+\d{1,2}\.\s?\p{L}+\s\d{4})?\s*$`, 'u');
/** The heading a number line stands under. */
const RESOLUTION_HEADING = /^(?:Usnesení|USNESENÍ|Návrh\s+usnesení|NÁVRH\s+USNESENÍ)(?![\p{L}])/u;
/** How many lines above a number line its heading may stand (the body and meeting may come between). */
const HEADING_REACH = 3;
/** "12/3/2019 schvaluje", "15/2021 – bere na vědomí", "UR/123/2019: Rada města souhlasí": an id (with a slash) opening a line, then a resolution's verb. */
const LIST_LINE = new RegExp(String.raw`^(?<id>(?:(?:UR|UZ|RM|ZM|RK|ZK|RO|ZO)\/)?\d{1,5}(?:\/(?:\d{1,4}|\p{Lu}{1,5}))+)(?:\s?[:.–-])?\s+(?:(?:Rada|Zastupitelstvo|RM|ZM|ZO|RO|ZK|RK)(?:\s\p{Ll}+)?(?:\s\p{Lu}\p{L}*)*\s)?(?:schvaluje|neschvaluje|bere\s+na\s+vědomí|ukládá|souhlasí|nesouhlasí|doporučuje|revokuje|ruší|zamítá|volí|jmenuje|odvolává|pověřuje|stanovuje|stanoví|vydává|rozhoduje|určuje|zřizuje|deleguje|projednal[ao]?|vyhlašuje|akceptuje|konstatuje)(?![\p{L}])`, 'u');

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
    const listed = LIST_LINE.exec(content);
    if (listed) {
      found.push({ start: line.start, id: listed.groups!.id! });
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
