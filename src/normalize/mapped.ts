/**
 * A string that remembers, for every UTF-16 unit, the offset it came from in the original text,
 * so normalisation can rewrite freely and page boundaries can still be located afterwards.
 */
export interface MappedText {
  text: string;
  /** origin[i] = offset in the original text of text[i]; origin[text.length] = original length. */
  origin: Int32Array;
}

export function identity(text: string): MappedText {
  const origin = new Int32Array(text.length + 1);
  for (let i = 0; i <= text.length; i++) origin[i] = i;
  return { text, origin };
}

/**
 * Like String.replace with a global regex, but keeps the origin map: the units a replacement
 * shares with its match at the start and at the end keep their own origins, the units in between
 * map to where the change begins.
 */
export function replaceMapped(
  input: MappedText,
  pattern: RegExp,
  replacer: (match: RegExpExecArray) => string,
): MappedText {
  if (!pattern.global) throw new Error('replaceMapped needs a global regex');
  const parts: string[] = [];
  const origin: number[] = [];
  let last = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(input.text); m; m = pattern.exec(input.text)) {
    if (m[0].length === 0) {
      pattern.lastIndex++;
      continue;
    }
    copy(input, last, m.index, parts, origin);
    const replacement = replacer(m);
    parts.push(replacement);
    pushOrigins(input, m.index, m[0], replacement, origin);
    last = m.index + m[0].length;
  }
  if (last === 0 && parts.length === 0) return input;
  copy(input, last, input.text.length, parts, origin);
  origin.push(input.origin[input.text.length]!);
  return { text: parts.join(''), origin: Int32Array.from(origin) };
}

function pushOrigins(input: MappedText, at: number, match: string, replacement: string, origin: number[]): void {
  let prefix = 0;
  while (prefix < match.length && prefix < replacement.length && match[prefix] === replacement[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < match.length - prefix &&
    suffix < replacement.length - prefix &&
    match[match.length - 1 - suffix] === replacement[replacement.length - 1 - suffix]
  ) suffix++;
  for (let k = 0; k < replacement.length; k++) {
    if (k < prefix) origin.push(input.origin[at + k]!);
    else if (k >= replacement.length - suffix) origin.push(input.origin[at + match.length - (replacement.length - k)]!);
    else origin.push(input.origin[at + prefix]!);
  }
}

function copy(input: MappedText, from: number, to: number, parts: string[], origin: number[]): void {
  if (to <= from) return;
  parts.push(input.text.slice(from, to));
  for (let i = from; i < to; i++) origin.push(input.origin[i]!);
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
