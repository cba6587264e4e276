/** Calendar arithmetic for dates read from text: validity and the year of yearless dates. */

/** YYYY-MM-DD, or null for an impossible date ("31. 2. 2019"). */
export function isoDay(year: number, month: number, day: number): string | null {
  // Plain arithmetic for the usual years; a Date for the rest (it reads years 0–99 as 19xx).
  if (year >= 100 && year <= 9999 && Number.isInteger(month) && Number.isInteger(day)) {
    if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
    return `${year < 1000 ? String(year).padStart(4, '0') : year}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
  }
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return null;
  return d.toISOString().slice(0, 10);
}

const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : DAYS_IN_MONTH[month - 1]!;
}

export function isoMonth(year: number, month: number): string | null {
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : null;
}

const DAY_MS = 86_400_000;

/**
 * The year that puts a yearless day/month nearest to the document date (spec: "začátkem ledna" in
 * a document of 20. 12. 2006 → 2007-01). A month without a day is measured from its middle.
 */
export function nearestYear(documentDate: string, month: number, day: number | null): number {
  const anchor = Date.parse(documentDate);
  const base = Number(documentDate.slice(0, 4));
  let best = base;
  let bestDistance = Infinity;
  for (const year of [base - 1, base, base + 1]) {
    const at = day === null ? Date.UTC(year, month - 1, 15) : Date.UTC(year, month - 1, day);
    const distance = Math.abs(at - anchor) / DAY_MS;
    if (distance < bestDistance) [best, bestDistance] = [year, distance];
  }
  return best;
}
