/** The issuing body of a resolution, in the nominative. */

/** Head nouns in any case → nominative, followed by their genitive complement as written. */
const BODY = /(?<![\p{L}])(Rad|rad|Zastupitelstv|zastupitelstv|[Vv]lád|Valn[éáou]+ hromad|Výbor|výbor|Komis|komis)(a|y|ě|ou|u|o|em|ě|u|i|í|e)?(?![\p{L}])((?:\s+(?:[\p{Lu}][\p{L}]*|kraje|města|obce|městyse|městské části|republiky|hlavního|statutárního))*)/u;
const NOMINATIVE: Record<string, string> = {
  rad: 'Rada', zastupitelstv: 'Zastupitelstvo', vlád: 'vláda', výbor: 'Výbor', komis: 'Komise',
};
const SCHEME_BODY: Record<string, string> = {
  RK: 'Rada kraje', ZK: 'Zastupitelstvo kraje', RM: 'Rada města', ZM: 'Zastupitelstvo města',
  RO: 'Rada obce', ZO: 'Zastupitelstvo obce', RMČ: 'Rada městské části', ZMČ: 'Zastupitelstvo městské části',
};

/** "Rady kraje" → "Rada kraje"; "vlády ČR" → "vláda ČR"; null when the window names no body. */
export function bodyFromWindow(window: string): string | null {
  const m = BODY.exec(window);
  if (!m) return null;
  const stem = m[1]!.toLowerCase();
  const head = stem.startsWith('valn') ? 'Valná hromada' : NOMINATIVE[stem] ?? m[1]!;
  return `${head}${m[3]!.replace(/\s+/g, ' ')}`.trim();
}

/** "1145/16/RK" → Rada kraje; "UZ/21/6/2016" → null (the scheme's letters are not a body name). */
export function bodyFromId(id: string): string | null {
  const letters = id.match(/(?:^|\/)(\p{Lu}{2,3})(?:$|\/)|^(\p{Lu}{2,3})\d/u);
  const code = letters?.[1] ?? letters?.[2];
  return code ? SCHEME_BODY[code] ?? null : null;
}
