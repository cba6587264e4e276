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
  /**
   * Lower-case literals, one of which every match of `pattern` starts with: the pattern is tried
   * only where one of them stands (see index.ts), so it may look behind first. A cue without
   * literals has `lineStartsWithin` instead.
   */
  literals?: readonly string[];
  /**
   * The pattern is tried only at the text's start and at every line start that follows at most
   * this many characters (code points).
   */
  lineStartsWithin?: number;
  /**
   * Tested on the text without quotations (quoted speech says nothing about the document's voice);
   * only for a word between non-letters, which index.ts then tests in place, outside quotations.
   */
  unquoted?: boolean;
}

/** Verbs that introduce a quotation in news ("řekl", "uvedla"…). */
const SAYING =
  '(?:řekl|uvedl|dodal|doplnil|prohlásil|upozornil|informoval|zdůraznil|konstatoval|oznámil|reagoval|sdělil|vysvětlil|uzavřel|poznamenal|připomněl|ocenil|podotkl|zhodnotil|potvrdil|upřesnil|komentoval|uvádí|říká|dodává)a?';
const QUOTE_CLOSE = '[“”"«»]';
const NEWS_PAST_VERBS = [
  'schválil', 'rozhodl', 'rozdělil', 'projednal', 'podpořil', 'odsouhlasil', 'zvolil', 'jmenoval', 'vybral',
  'udělil', 'poskytl', 'podepsal', 'informoval', 'oznámil', 'představil', 'kritizoval', 'prozkoumal',
];
const RESOLUTION_VERBS = [
  'schvaluje', 'neschvaluje', 'bere na vědomí', 'ukládá', 'revokuje', 'souhlasí', 'pověřuje', 'zmocňuje', 'doporučuje',
];
const RESOLUTION_HEADINGS = 'U ?S ?N ?E ?S ?E ?N ?Í|Usnesení|Výpis (?:z )?usnesení|VÝPIS (?:Z )?USNESENÍ';

export const TYPE_CUES: readonly TypeCue[] = [
  { type: 'press_release', cue: 'Tisková zpráva', weight: 4, literals: ['tiskov'], pattern: /tiskov(?:á|é|ou) zpráv/iu },
  { type: 'press_release', cue: 'TZ:', weight: 4, literals: ['tz:'], pattern: /^TZ:/mu },
  { type: 'press_release', cue: 'Kontakt pro média', weight: 4, literals: ['kontakt'], pattern: /kontakt(?:y)? pro média/iu },
  { type: 'press_release', cue: 'tiskový mluvčí', weight: 2, literals: ['tiskov'], pattern: /tiskov(?:ý|á) mluvčí/iu },
  { type: 'press_release', cue: 'tisková konference', weight: 2, literals: ['tiskov'], pattern: /tiskov(?:é|á|ou) konferenc/iu },
  {
    type: 'press_release',
    cue: 'přímá řeč s uvozovací větou („…,“ řekl)',
    weight: 3,
    literals: ['“', '”', '"', '«', '»', '„'],
    pattern: new RegExp(
      // Every alternative starts at its quotation mark and looks back for what
      // stands before it: ",“ ", "“ řekl", "řekl novinářům: „".
      `${QUOTE_CLOSE}(?:(?<=[,.!?…]${QUOTE_CLOSE})[ \\n]+\\p{Ll}{2,}|[,.]?[ \\n]+${SAYING}(?![\\p{L}]))` +
        `|[„"“](?<=(?<![\\p{L}])${SAYING}[ \\n]+[^.\\n]{0,60}?[:,][ \\n]*[„"“])`,
      'iu',
    ),
  },
  {
    type: 'press_release',
    cue: 'zpravodajský minulý čas (schválili, rozhodlo…)',
    literals: NEWS_PAST_VERBS,
    weight: 2,
    unquoted: true,
    pattern: new RegExp(`(?<![\\p{L}])(?:${NEWS_PAST_VERBS.join('|')})[aoiy]?(?![\\p{L}])`, 'iu'),
  },
  {
    type: 'press_release',
    cue: 'publikační razítko (datum a čas)',
    weight: 2,
    lineStartsWithin: 600,
    pattern: /[ \t]*\d{1,2}\.[ \t]?(?:\d{1,2}\.|\p{L}+)[ \t]?\d{4}[ \t]*[-–(]?[ \t]*\d{1,2}:\d{2}/u,
  },
  {
    type: 'press_release',
    cue: 'rubrika zpráv na webu úřadu (Aktuality, Novinky)',
    weight: 3,
    lineStartsWithin: 400,
    pattern: /[ \t#*]*(?:Aktuality|Aktualita|Novinky|Zprávy z radnice|Tiskové zprávy|Zpravodajství)[ \t]*(?:\n|$)/u,
  },
  {
    type: 'press_release',
    cue: 'datum a autor zprávy (15. 6. 2020 / Autor:)',
    weight: 3,
    lineStartsWithin: 600,
    pattern: /[ \t]*\d{1,2}\.[ \t]?\d{1,2}\.[ \t]?\d{4}[ \t]*(?:[|,–-][ \t]*)?\n?[ \t]*Autor(?:ka)?[ \t]*:/u,
  },
  { type: 'press_release', cue: 'Foto:', weight: 1, literals: ['foto:'], pattern: /(?<![\p{L}])foto:/iu },

  { type: 'council_document', cue: 'Důvodová zpráva', weight: 4, literals: ['důvodov'], pattern: /důvodov(?:á|é|ou) zpráv/iu },
  { type: 'council_document', cue: 'Předkládá:', weight: 4, literals: ['předkládá:'], pattern: /předkládá:/iu },
  { type: 'council_document', cue: 'Zpracoval:', weight: 2, literals: ['zpracoval'], pattern: /zpracoval(?:a|i)?:/iu },
  { type: 'council_document', cue: 'Písemná informace', weight: 4, literals: ['písemná informace'], pattern: /písemná informace/iu },
  { type: 'council_document', cue: 'Návrh usnesení', weight: 4, literals: ['návrh usnesení', 'návrh na usnesení'], pattern: /návrh (?:na )?usnesení/iu },
  {
    type: 'council_document',
    cue: 'Usnesení / výpis usnesení (nadpis)',
    literals: ['usn', 'us n', 'u sn', 'u s n', 'výpis '],
    weight: 4,
    pattern: new RegExp(`(?<=^[ \\t#*]*)(?:${RESOLUTION_HEADINGS})(?![\\p{L}])`, 'mu'),
  },
  {
    type: 'council_document',
    cue: 'Zápis ze zasedání',
    literals: ['zápis'],
    weight: 5,
    pattern: /zápis(?: č\. ?\S+)?\s+z(?:e)?\s+(?:\S+\s+){0,2}(?:zasedání|jednání|schůze)/iu,
  },
  {
    type: 'council_document',
    cue: 'Opatření obecné povahy (nadpis)',
    // Issued by a council's resolution, and its draft is material for the session.
    weight: 4,
    literals: ['opatření obecné povahy'],
    pattern: /(?<=^[ \t#*]*(?:\S+[ \t]){0,2})opatření obecné povahy/imu,
  },
  {
    type: 'council_document',
    cue: 'po rozpravě (úvod usnesení výboru)',
    weight: 3,
    literals: ['po rozpravě'],
    pattern: /po rozpravě/iu,
  },
  { type: 'council_document', cue: 'Hlasování č.', weight: 4, literals: ['hlasování č.'], pattern: /hlasování č\./iu },
  { type: 'council_document', cue: 'Přítomni:', weight: 3, literals: ['přítomni:', 'přítomno:', 'omluveni:'], pattern: /(?:přítomni|přítomno|omluveni):/iu },
  { type: 'council_document', cue: 'ověřovatelé zápisu', weight: 2, literals: ['ověřovatel'], pattern: /ověřovatel\p{L}*\s+zápisu/iu },
  {
    type: 'council_document',
    cue: 'zasedání zastupitelstva/rady',
    literals: ['zasedání', 'schůze', 'jednání'],
    weight: 1,
    pattern: /(?:zasedání|schůze|jednání)\s+(?:zastupitelstva|rady|ZO|ZM|RM|ZK|RK)(?![\p{L}])/iu,
  },
  {
    type: 'council_document',
    cue: 'výrok usnesení (schvaluje, bere na vědomí…)',
    literals: RESOLUTION_VERBS,
    weight: 2,
    pattern: new RegExp(
      `(?<=^[ \\t|]*(?:\\d+\\.?[ \\t|]*|[IVX]+\\.[ \\t]*|[a-zA-Z]\\)[ \\t]*)?)(?:${RESOLUTION_VERBS.join('|')})(?![\\p{L}])`,
      'imu',
    ),
  },

  {
    type: 'other',
    cue: 'zpravodaj/listy',
    literals: ['newsletter', 'měsíčník', 'čtvrtletník', 'občasník', 'radniční ', 'obecní ', 'městské ', 'městský ', 'krajské ', 'krajských ', 'deník '],
    // Named anywhere, as news items name them too; a newsletter's title is the cue above. A bare
    // "zpravodaj" is as often the rapporteur of a committee ("po odůvodnění zpravodaje").
    weight: 3,
    pattern: /newsletter|měsíčník|čtvrtletník|občasník|(?:radniční|obecní|městské|městský|krajské|krajských) (?:listy|listů|noviny|zpravodaj\p{L}*)|deník \d{1,4}\/\d{4}/iu,
  },
  {
    type: 'other',
    cue: 'zpravodaj v záhlaví (název, Slovo starosty)',
    // A newsletter quotes people and lists resolutions too: its title outweighs all of that.
    weight: 12,
    lineStartsWithin: 300,
    // A title: the name opens a line (as printed), no clause after it.
    pattern: /[ \t#*]*(?:[^\s.,;!?]+[ \t]){0,3}?(?:zpravodaj|ZPRAVODAJ|Zpravodaj|newsletter|Newsletter|NEWSLETTER|bulletin|Bulletin|BULLETIN|měsíčník|čtvrtletník|občasník|deník(?=[ \t]\d{1,4}\/\d{4}))(?![\p{L}])(?![ \t]?[,;:])|[ \t#*]*(?:Slovo starost\p{L}+|SLOVO STAROST\p{L}+|Úvodník|ÚVODNÍK)[ \t]*(?:\n|$)/u,
  },
  {
    type: 'other',
    cue: 'vyprávění v 1. osobě (blog, dopis)',
    literals: ['jsem'],
    weight: 2,
    unquoted: true,
    pattern: /(?<![\p{L}])jsem(?![\p{L}])/iu,
  },
  { type: 'other', cue: 'Smluvní strany', weight: 6, literals: ['smluvní strany'], pattern: /smluvní strany/iu },
  { type: 'other', cue: 'smlouva (nadpis)', weight: 4, literals: ['smlouva', 'dodatek č'], pattern: /(?<=^[ \t]*(?:\S+ )?)(?:smlouva|dodatek č)/imu },
  { type: 'other', cue: 'oslovení dopisu', weight: 4, literals: ['vážen', 'dobrý den'], pattern: /vážen(?:ý|á|í) (?:pan|paní|pane|kolego|kolegyně)|^dobrý den/imu },
  { type: 'other', cue: 'S pozdravem', weight: 4, literals: ['s pozdravem', 's úctou'], pattern: /s (?:pozdravem|úctou)/iu },
  { type: 'other', cue: 'Námitka', weight: 4, literals: ['námitk'], pattern: /(?<=^[ \t]*)námitk[ay]/imu },
  { type: 'other', cue: 'zpráva zadavatele', weight: 4, literals: ['zpráva zadavatele'], pattern: /zpráva zadavatele/iu },
];
