/** The date of a resolution: "ze dne 28. 6. 2016", "dne 4.2.2014", "ze dne 23. ledna 2008". */

const MONTHS: Record<string, number> = {
  ledna: 1, února: 2, března: 3, dubna: 4, května: 5, června: 6,
  července: 7, srpna: 8, září: 9, října: 10, listopadu: 11, prosince: 12,
};
const DATE = /(?:ze\s+dne|dne)\s+(\d{1,2})\.\s?(?:(\d{1,2})\.|(\p{Ll}+))\s?(\d{4})(?![\d])/u;

export interface FoundDate {
  iso: string;
  end: number;
}

/** The first "(ze) dne <date>" in `text`; `leading` requires it at the start (after spaces and a comma). */
export function findDate(text: string, leading: boolean): FoundDate | null {
  const m = DATE.exec(text);
  if (!m || (leading && text.slice(0, m.index).trim().replace(/^,/, '') !== '')) return null;
  const month = m[2] ? Number(m[2]) : MONTHS[m[3]!.toLowerCase()];
  const day = Number(m[1]);
  if (!month || month > 12 || day < 1 || day > 31) return null;
  const iso = `${m[4]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { iso, end: m.index + m[0].length };
}
