/**
 * A string that remembers, for every UTF-16 unit, the offset it came from in the original text,
 * so normalisation can rewrite freely and page boundaries can still be located afterwards.
 */
export interface MappedText {
  text: string;
  /** origin[i] = offset in the original text of text[i]; origin[text.length] = original length. */
  origin: Int32Array;
}

/** The text before any rewrite. */
export function identity(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/**
 * Like String.replace with a global regex, but keeps the origin map: the units a replacement
 * shares with its match at the start and at the end keep their own origins, the units in between
 * map to where the change begins. A replacement equal to its match changes nothing, so when no
 * match changes, the input itself comes back.
 */
export function replaceMapped(
  input: MappedText,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string,
): MappedText {
  if (!pattern.global) throw new Error('replaceMapped needs a global regex');
  const { text } = input;
  // Made at the first change: most rewrites change nothing in most texts.
  let origin: OriginBuilder | null = null;
  let out = '';
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    const replacement = replacer(m);
    if (replacement === m[0]) continue;
    out += text.slice(last, m.index) + replacement;
    origin ??= new OriginBuilder(input.origin);
    origin.copy(last, m.index);
    origin.replace(m.index, m[0], replacement);
    last = m.index + m[0].length;
  }
  if (!origin) return input;
  out += text.slice(last);
  origin.copy(last, text.length + 1);
  return { text: out, origin: origin.done() };
}

/** The units [from, to) of the text; the end keeps the origin of the original end. */
export function sliceMapped(input: MappedText, from: number, to: number): MappedText {
  const { text, origin } = input;
  if (from === 0 && to === text.length) return input;
  if (to < from) to = from;
  const sliced = new Int32Array(to - from + 1);
  sliced.set(origin.subarray(from, to));
  sliced[to - from] = origin[text.length]!;
  return { text: text.slice(from, to), origin: sliced };
}

/** Appends origins to a growing Int32Array (one slot per output unit, plus the end). */
class OriginBuilder {
  private out: Int32Array;
  private length = 0;

  constructor(private readonly input: Int32Array) {
    this.out = new Int32Array(input.length + 16);
  }

  /** The origins of input units [from, to) unchanged. */
  copy(from: number, to: number): void {
    if (to <= from) return;
    this.reserve(to - from);
    this.out.set(this.input.subarray(from, to), this.length);
    this.length += to - from;
  }

  /** The origins of `replacement` standing where `match` stood at `at`. */
  replace(at: number, match: string, replacement: string): void {
    let prefix = 0;
    while (prefix < match.length && prefix < replacement.length && match[prefix] === replacement[prefix]) prefix++;
    let suffix = 0;
    while (
      suffix < match.length - prefix &&
      suffix < replacement.length - prefix &&
      match[match.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
    ) suffix++;
    this.reserve(replacement.length);
    const { input, out } = this;
    for (let k = 0; k < replacement.length; k++) {
      if (k < prefix) out[this.length++] = input[at + k]!;
      else if (k >= replacement.length - suffix) out[this.length++] = input[at + match.length - (replacement.length - k)]!;
      else out[this.length++] = input[at + prefix]!;
    }
  }

  /** A view, not a copy: the builder is dropped once done. */
  done(): Int32Array {
    return this.out.subarray(0, this.length);
  }

  private reserve(units: number): void {
    if (this.length + units <= this.out.length) return;
    const grown = new Int32Array(Math.max(this.out.length * 2, this.length + units));
    grown.set(this.out.subarray(0, this.length));
    this.out = grown;
  }
}

/** The first offset of `mapped.text` whose origin is at or after `originalOffset`. */
export function toMappedOffset(mapped: MappedText, originalOffset: number): number {
  let lo = 0;
  let hi = mapped.text.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mapped.origin[mid]! < originalOffset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
