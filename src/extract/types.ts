/**
 * What every extractor sees. Extractors are pure functions of the normalised text and this
 * context; they return items whose spans index that text.
 */
import type { Gazetteer } from '../gazetteer/index.js';
import type { Layout } from '../layout/index.js';
import type { Span, Warning } from '../schema/record.js';

export interface ExtractContext {
  /** The normalised text (see src/normalize); all offsets refer to it. */
  text: string;
  /** The document's own date (YYYY-MM-DD) once known, for dates written without a year. */
  documentDate: string | null;
  gazetteer: Gazetteer;
  /** The text's lines and blocks (src/layout): where signature blocks, headings and list items are. */
  layout: Layout;
  /** Spans already taken by earlier extractors (person names, resolution ids…) that later ones must not reuse. */
  claimed: Span[];
  warn(warning: Warning): void;
}

/** One example of an extractor's corpus: Czech text and what must (or must not) come out. */
export interface CorpusExample<Expected> {
  text: string;
  expected: Expected[];
  /** Document date for examples that depend on it. */
  documentDate?: string | null;
  note?: string;
}
