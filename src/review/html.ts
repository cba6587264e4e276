/** HTML escaping and the shared page frame. Every piece of document text goes through `esc`. */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function esc(value: string | number | null | undefined): string {
  return String(value ?? '').replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

export interface FrameOptions {
  title: string;
  /** Path from the page to the review root ('' for index.html, '../' for docs/*.html). */
  root: string;
  bodyClass: string;
  scripts: string[];
  body: string;
}

export function pageFrame({ title, root, bodyClass, scripts, body }: FrameOptions): string {
  const scriptTags = scripts.map((src) => `<script src="${esc(root + src)}" defer></script>`).join('\n');
  return `<!doctype html>
<html lang="cs">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<link rel="stylesheet" href="${esc(root)}assets/review.css">
${scriptTags}
</head>
<body class="${esc(bodyClass)}">
${body}
</body>
</html>
`;
}

/** Czech formatting of whole and decimal numbers ("77 839 844", "12,5"). */
const numberFormat = new Intl.NumberFormat('cs-CZ', { maximumFractionDigits: 2 });

export function formatNumber(value: number): string {
  return numberFormat.format(value);
}
