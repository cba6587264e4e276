/** An extraction context for a text: what the orchestrator, the tests and the benches give an extractor. */
import { loadGazetteer } from '../gazetteer/index.js';
import { buildLayout } from '../layout/index.js';
import type { ExtractContext } from './types.js';

/**
 * No document date, nothing claimed, warnings dropped, the default gazetteer, the layout read from
 * the text's own lines — unless `options` says otherwise.
 */
export function extractContext(text: string, options: Partial<Omit<ExtractContext, 'text'>> = {}): ExtractContext {
  return {
    documentDate: null,
    claimed: [],
    warn: () => {},
    ...options,
    text,
    gazetteer: options.gazetteer ?? loadGazetteer(),
    layout: options.layout ?? buildLayout({ text }),
  };
}
