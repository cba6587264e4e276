/** The kinds of extracted values the review highlights, in the order they are listed everywhere. */
export const KINDS = [
  { id: 'date', field: 'dates', label: 'Data', one: 'Datum', badge: 'D' },
  { id: 'amount', field: 'amounts', label: 'Částky', one: 'Částka', badge: 'Č' },
  { id: 'municipality', field: 'municipalities', label: 'Obce', one: 'Obec', badge: 'O' },
  { id: 'region', field: 'regions', label: 'Kraje', one: 'Kraj', badge: 'K' },
  { id: 'resolution', field: 'resolutions', label: 'Usnesení', one: 'Usnesení', badge: 'U' },
  { id: 'signatory', field: 'signatories', label: 'Signatáři', one: 'Signatář', badge: 'S' },
  { id: 'person', field: 'persons', label: 'Osoby', one: 'Osoba', badge: 'J' },
] as const;

export type Kind = (typeof KINDS)[number];
export type KindId = Kind['id'];

export const DOCUMENT_TYPE_LABELS: Record<string, string> = {
  press_release: 'tisková zpráva',
  council_document: 'dokument zastupitelstva či rady',
  other: 'jiný',
};
