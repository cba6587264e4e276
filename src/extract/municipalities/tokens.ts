/**
 * Word-level tokens of the normalised text for the municipality matcher, the region extractor and
 * (read off them) the persons tokens. Tokens are asked for by index: offsets are kept in typed
 * arrays and a token's text is made only when asked for (near a candidate name), so a megabyte of
 * text costs one pass over its characters and almost no garbage.
 */
import { isNameLetter, mayStartNameToken } from '../persons/tokens.js';

const LETTER = 1;
const UPPER = 2;
const DIGIT = 4;
const SPACE = 8;
/** Character classes of the Basic Multilingual Plane, filled on first sight of each character. */
const classes = new Uint8Array(65536);
const KNOWN = 16;
/** toLowerCase changes the character. */
const CASED = 32;
/** A letter to \p{L} but not to the persons tokenizer, or the reverse ("µ", a combining mark). */
const NAME_LETTER_MISMATCH = 64;
/** The persons tokenizer may begin a token with the character: see nameStarts. */
const NAME_START = 128;

function classOf(code: number): number {
  let c = classes[code]!;
  if (c === 0) {
    const ch = String.fromCharCode(code);
    c = KNOWN;
    if (/\p{L}/u.test(ch)) c |= LETTER;
    if (/\p{Lu}/u.test(ch)) c |= UPPER;
    if (/\d/u.test(ch)) c |= DIGIT;
    if (/\s/u.test(ch)) c |= SPACE;
    if (ch.toLowerCase() !== ch) c |= CASED;
    if (((c & LETTER) !== 0) !== isNameLetter(code)) c |= NAME_LETTER_MISMATCH;
    if (mayStartNameToken(code)) c |= NAME_START;
    classes[code] = c;
  }
  return c;
}

/**
 * Offsets are first written to buffers kept between texts, then copied at their real length (about
 * a fifth of the text's): fresh text-sized buffers would be eight bytes a character to allocate and
 * clear. They grow with the longest text seen up to SCRATCH_LIMIT characters (20 MB per thread at
 * most); buffers for longer texts are not kept.
 */
type Scratch = readonly [Int32Array, Int32Array, Int32Array, Int32Array, Int32Array];
let scratch: Scratch = [new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0), new Int32Array(0)];
const SCRATCH_LIMIT = 1 << 20;

function scratchFor(length: number): Scratch {
  const buffers = (size: number): Scratch => [new Int32Array(size), new Int32Array(size), new Int32Array(size), new Int32Array(size), new Int32Array(size)];
  if (length > SCRATCH_LIMIT) return buffers(length);
  if (scratch[0].length < length) scratch = buffers(Math.min(SCRATCH_LIMIT, length * 2));
  return scratch;
}

const K = 'k'.charCodeAt(0);
/** The bit between an ASCII capital and its small letter: k and K alone give K when it is set. */
const CASE_BIT = 0x20;

/** Slots of the recent-token tables (a power of two). */
const RECENT = 64;

/** Words (\p{L}+), numbers (\d+) and single other characters, whitespace skipped. */
export class Tokens {
  readonly length: number;
  /** Indexes of the tokens that begin with a capital letter, ascending: where names can start. */
  readonly capitals: Int32Array;
  /** Indexes of the tokens that begin with k or K, ascending: where the region extractor's "kraj" can stand. */
  readonly kWords: Int32Array;
  /**
   * The persons tokenizer sees the same letters as these tokens (true of Czech text without "µ",
   * "ª" or stray combining marks): its words are then these words, and can be read off them.
   */
  readonly lettersAsNames: boolean;
  /** Indexes of the tokens that begin with a character a persons token may begin with (a capital, the first letter of a courtesy word), ascending. */
  readonly nameStarts: Int32Array;
  private readonly starts: Int32Array;
  private readonly ends: Int32Array;
  /**
   * The strings of the tokens asked for lately, in slot `index % RECENT`: the matcher and the cues
   * look at the few tokens around one place at a time, often several times, so a small table keeps
   * almost every repeat without arrays as long as the text's tokens.
   */
  private readonly recent = new Array<number>(RECENT).fill(-1);
  private readonly recentTexts = new Array<string>(RECENT).fill('');
  private readonly recentLowered = new Array<number>(RECENT).fill(-1);
  private readonly recentLowerTexts = new Array<string>(RECENT).fill('');

  constructor(readonly source: string) {
    const [starts, ends, capitals, kWords, nameStarts] = scratchFor(source.length + 1);
    const length = source.length;
    let n = 0;
    let capitalCount = 0;
    let kCount = 0;
    let nameStartCount = 0;
    // The classes of every character but spaces, or-ed together: whether any is a NAME_LETTER_MISMATCH.
    let seen = 0;
    for (let i = 0; i < length; ) {
      const code = source.charCodeAt(i);
      const c = classOf(code);
      if (c & SPACE) {
        i++;
        continue;
      }
      seen |= c;
      // Each list is written at every token and its count moved on only when the token belongs:
      // a branch per token and list is mispredicted too often on running text.
      capitals[capitalCount] = n;
      capitalCount += +((c & UPPER) !== 0);
      kWords[kCount] = n;
      kCount += +((code | CASE_BIT) === K);
      nameStarts[nameStartCount] = n;
      nameStartCount += +((c & NAME_START) !== 0);
      starts[n] = i++;
      if (c & (LETTER | DIGIT)) {
        const run = c & LETTER ? LETTER : DIGIT;
        for (; i < length; i++) {
          const next = classOf(source.charCodeAt(i));
          if (!(next & run)) break;
          seen |= next;
        }
      }
      ends[n++] = i;
    }
    this.length = n;
    this.lettersAsNames = (seen & NAME_LETTER_MISMATCH) === 0;
    this.starts = starts.slice(0, n);
    this.ends = ends.slice(0, n);
    this.capitals = capitals.slice(0, capitalCount);
    this.kWords = kWords.slice(0, kCount);
    this.nameStarts = nameStarts.slice(0, nameStartCount);
  }

  start(i: number): number {
    return this.starts[i]!;
  }

  end(i: number): number {
    return this.ends[i]!;
  }

  /** True when token i begins with a capital letter (checked without making a string). */
  capitalised(i: number): boolean {
    return (classOf(this.source.charCodeAt(this.starts[i]!)) & UPPER) !== 0;
  }

  /** True when token i is a word (letters only: tokens that begin with a letter are letters only). */
  isWord(i: number): boolean {
    return i >= 0 && i < this.length && (classOf(this.source.charCodeAt(this.starts[i]!)) & LETTER) !== 0;
  }

  /** True when token i is a number: tokens that begin with a digit are digits only. */
  numeric(i: number): boolean {
    return i >= 0 && i < this.length && (classOf(this.source.charCodeAt(this.starts[i]!)) & DIGIT) !== 0;
  }

  /** True when token i is two or more capital letters ("LIBEREC"), as isAllCaps of its text. */
  allCaps(i: number): boolean {
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    if (end - start < 2) return false;
    for (let k = start; k < end; k++) if (!(classOf(this.source.charCodeAt(k)) & UPPER)) return false;
    return true;
  }

  /** The text of token i, '' outside the text. */
  text(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const slot = i & (RECENT - 1);
    if (this.recent[slot] !== i) {
      this.recentTexts[slot] = this.source.slice(this.starts[i]!, this.ends[i]!);
      this.recent[slot] = i;
    }
    return this.recentTexts[slot]!;
  }

  /** True when tokens i and j (after it) belong to one phrase: only spaces or a single line break between them. */
  joined(i: number, j: number): boolean {
    return joinedAt(this.source, this.ends[i]!, this.starts[j]!);
  }

  /** Token i in lower case, '' outside the text; kept, as the cues compare the same neighbours with several word lists. */
  lower(i: number): string {
    if (i < 0 || i >= this.length) return '';
    const slot = i & (RECENT - 1);
    if (this.recentLowered[slot] !== i) {
      this.recentLowerTexts[slot] = this.cased(i) ? this.text(i).toLowerCase() : this.text(i);
      this.recentLowered[slot] = i;
    }
    return this.recentLowerTexts[slot]!;
  }

  /**
   * True when toLowerCase would change token i. Checked per character, which is exact for a token:
   * letter runs hold no surrogates, and final sigma is itself a cased character.
   */
  private cased(i: number): boolean {
    for (let k = this.starts[i]!; k < this.ends[i]!; k++) if (classOf(this.source.charCodeAt(k)) & CASED) return true;
    return false;
  }
}

const shared = new WeakMap<object, Tokens>();

/** The tokens of a context's text, made once and shared by the persons, region and municipality extractors. */
export function tokensOf(ctx: { text: string }): Tokens {
  let tokens = shared.get(ctx);
  if (!tokens) shared.set(ctx, (tokens = new Tokens(ctx.text)));
  return tokens;
}

/** Dashes written between the halves of a name ("Frýdek–Místek", "Praha 11 - Chodov"). */
export const isDash = (t: string) => t === '-' || t === '–' || t === '‐' || t === '‑' || t === '—';

export const isCapitalised = (t: string) => /^\p{Lu}/u.test(t);
export function isAllCaps(t: string): boolean {
  if (t.length < 2) return false;
  for (let i = 0; i < t.length; i++) if (!(classOf(t.charCodeAt(i)) & UPPER)) return false;
  return true;
}
export const titleCase = (t: string) => t.charAt(0) + t.slice(1).toLowerCase();

/** True when two tokens belong to one phrase: only spaces or a single line break between them. */
function joinedAt(text: string, leftEnd: number, rightStart: number): boolean {
  if (rightStart - leftEnd > 3) return false;
  let breaks = 0;
  for (let i = leftEnd; i < rightStart; i++) {
    const code = text.charCodeAt(i);
    if (!(classOf(code) & SPACE) || (code === 10 && ++breaks > 1)) return false;
  }
  return true;
}

/** Single-character tokens before the start of a sentence, a line item, a heading or a quotation. */
const SENTENCE_OPENERS = '.!?:;„“”"\'([•*#>|…';

/** The start of a sentence, a line item, a heading or a quotation precedes token i. */
export function startsSentence(text: string, tokens: Tokens, i: number): boolean {
  if (i < 1) return true;
  const prev = tokens.text(i - 1);
  if ((prev.length === 1 && SENTENCE_OPENERS.includes(prev)) || isDash(prev)) return true;
  return lineBreakBetween(text, tokens.end(i - 1), tokens.start(i)) && prev !== ',' && !(classOf(prev.charCodeAt(0)) & LETTER);
}

function lineBreakBetween(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) === 10) return true;
  return false;
}
