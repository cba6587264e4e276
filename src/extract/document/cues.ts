/**
 * Cues of the three document types (spec: press_release = a news item about an event;
 * council_document = material for or from a session; other = newsletters, contracts, letters…).
 * Each cue has a weight: structural cues (a heading, a form field) outweigh ones that news items
 * about a session also contain ("zasedání zastupitelstva", "schvaluje").
 */
import type { DocumentType } from '../../schema/record.js';

export interface TypeCue {
  type: DocumentType;
  cue: string;
  weight: number;
  pattern: RegExp;
  /** Tested on the text without quotations (quoted speech says nothing about the document's voice). */
  unquoted?: boolean;
}

/** Verbs that introduce a quotation in news ("řekl", "uvedla"…). */
const SAYING =
  '(?:řekl|uvedl|dodal|doplnil|prohlásil|upozornil|informoval|zdůraznil|konstatoval|oznámil|reagoval|sdělil|vysvětlil|uzavřel|poznamenal|připomněl|ocenil|podotkl|zhodnotil|potvrdil|upřesnil|komentoval|uvádí|říká|dodává)a?';
const QUOTE_CLOSE = '[“”"«»]';
const NEWS_PAST_VERBS =
  'schválil|rozhodl|rozdělil|projednal|podpořil|odsouhlasil|zvolil|jmenoval|vybral|udělil|poskytl|podepsal|informoval|oznámil|představil|kritizoval|prozkoumal';

/**
 * One of `words`, not preceded by a letter: `(?<![\p{L}])(?:words)` written word first, so the
 * regex engine scans for the words and looks back only where one ends (a leading look-behind is
 * tried at every position, several times slower). Any word ending there will do: what follows
 * depends only on where the word ends.
 */
const atWordStart = (words: string) => `(?:${words})(?<=(?<![\\p{L}])(?:${words}))`;

export const TYPE_CUES: readonly TypeCue[] = [
  { type: 'press_release', cue: 'Tisková zpráva', weight: 4, pattern: /tiskov(?:á|é|ou) zpráv/iu },
  { type: 'press_release', cue: 'TZ:', weight: 4, pattern: /^TZ:/mu },
  { type: 'press_release', cue: 'Kontakt pro média', weight: 4, pattern: /kontakt(?:y)? pro média/iu },
  { type: 'press_release', cue: 'tiskový mluvčí', weight: 2, pattern: /tiskov(?:ý|á) mluvčí/iu },
  { type: 'press_release', cue: 'tisková konference', weight: 2, pattern: /tiskov(?:é|á|ou) konferenc/iu },
  {
    type: 'press_release',
    cue: 'přímá řeč s uvozovací větou („…,“ řekl)',
    weight: 3,
    pattern: new RegExp(
      // The third alternative (saying verb … ": „") starts at its colon or comma and looks back for
      // the verb, so that it is tried only there, not at every position.
      `[,.!?…]${QUOTE_CLOSE}[ \\n]+\\p{Ll}{2,}|${QUOTE_CLOSE}[,.]?[ \\n]+${SAYING}(?![\\p{L}])|[:,](?<=(?<![\\p{L}])${SAYING}[ \\n]+[^.\\n]{0,60}?[:,])[ \\n]*[„"“]`,
      'iu',
    ),
  },
  {
    type: 'press_release',
    cue: 'zpravodajský minulý čas (schválili, rozhodlo…)',
    weight: 2,
    unquoted: true,
    pattern: new RegExp(`${atWordStart(NEWS_PAST_VERBS)}[aoiy]?(?![\\p{L}])`, 'iu'),
  },
  {
    type: 'press_release',
    cue: 'publikační razítko (datum a čas)',
    weight: 2,
    pattern: /^(?:[\s\S]{0,600}\n)?[ \t]*\d{1,2}\.[ \t]?(?:\d{1,2}\.|\p{L}+)[ \t]?\d{4}[ \t]*[-–(]?[ \t]*\d{1,2}:\d{2}/u,
  },
  { type: 'press_release', cue: 'Foto:', weight: 1, pattern: /(?<![\p{L}])foto:/iu },

  { type: 'council_document', cue: 'Důvodová zpráva', weight: 4, pattern: /důvodov(?:á|é|ou) zpráv/iu },
  { type: 'council_document', cue: 'Předkládá:', weight: 4, pattern: /předkládá:/iu },
  { type: 'council_document', cue: 'Zpracoval:', weight: 2, pattern: /zpracoval(?:a|i)?:/iu },
  { type: 'council_document', cue: 'Písemná informace', weight: 4, pattern: /písemná informace/iu },
  { type: 'council_document', cue: 'Návrh usnesení', weight: 4, pattern: /návrh (?:na )?usnesení/iu },
  {
    type: 'council_document',
    cue: 'Usnesení / výpis usnesení (nadpis)',
    weight: 4,
    pattern: /^[ \t#*]*(?:U ?S ?N ?E ?S ?E ?N ?Í|Usnesení|Výpis (?:z )?usnesení|VÝPIS (?:Z )?USNESENÍ)(?![\p{L}])/mu,
  },
  {
    type: 'council_document',
    cue: 'Zápis ze zasedání',
    weight: 5,
    pattern: /zápis(?: č\. ?\S+)?\s+z(?:e)?\s+(?:\S+\s+){0,2}(?:zasedání|jednání|schůze)/iu,
  },
  { type: 'council_document', cue: 'Hlasování č.', weight: 4, pattern: /hlasování č\./iu },
  { type: 'council_document', cue: 'Přítomni:', weight: 3, pattern: /:(?<=(?:přítomni|přítomno|omluveni|nepřítomni):)/iu }, // colon first, as above
  { type: 'council_document', cue: 'ověřovatelé zápisu', weight: 2, pattern: /ověřovatel\p{L}*\s+zápisu/iu },
  {
    type: 'council_document',
    cue: 'zasedání zastupitelstva/rady',
    weight: 1,
    pattern: /(?:zasedání|schůze|jednání)\s+(?:zastupitelstva|rady|ZO|ZM|RM|ZK|RK)(?![\p{L}])/iu,
  },
  {
    type: 'council_document',
    cue: 'výrok usnesení (schvaluje, bere na vědomí…)',
    weight: 2,
    pattern: /^[ \t|]*(?:\d+\.?[ \t|]*|[IVX]+\.[ \t]*|[a-zA-Z]\)[ \t]*)?(?:schvaluje|neschvaluje|bere na vědomí|ukládá|revokuje|souhlasí|pověřuje|zmocňuje|doporučuje)(?![\p{L}])/imu,
  },

  {
    type: 'other',
    cue: 'zpravodaj/listy',
    weight: 6,
    pattern: /zpravodaj|newsletter|měsíčník|čtvrtletník|občasník|(?:radniční|obecní|městské|krajské|krajských) (?:listy|listů|noviny)|deník \d{1,4}\/\d{4}/iu,
  },
  {
    type: 'other',
    cue: 'vyprávění v 1. osobě (blog, dopis)',
    weight: 2,
    unquoted: true,
    pattern: /(?<![\p{L}])jsem(?![\p{L}])/iu,
  },
  { type: 'other', cue: 'Smluvní strany', weight: 6, pattern: /smluvní strany/iu },
  { type: 'other', cue: 'smlouva (nadpis)', weight: 4, pattern: /^[ \t]*(?:\S+ )?(?:smlouva|dodatek č)/imu },
  { type: 'other', cue: 'oslovení dopisu', weight: 4, pattern: /vážen(?:ý|á|í) (?:pan|paní|pane|kolego|kolegyně)|^dobrý den/imu },
  { type: 'other', cue: 'S pozdravem', weight: 4, pattern: /s (?:pozdravem|úctou)/iu },
  { type: 'other', cue: 'Námitka', weight: 4, pattern: /námitk[ay](?<=^[ \t]*námitk[ay])/imu }, // the word first, its line start behind it
  { type: 'other', cue: 'zpráva zadavatele', weight: 4, pattern: /zpráva zadavatele/iu },
];
