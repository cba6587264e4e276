/**
 * Throughput of the dates and amounts extractors (MB of text per second) on a press-release-sized
 * text and on a ~1 MB text made by concatenating the seed fixtures' texts.
 */
import { extractAmounts } from '../extract/amounts/index.js';
import { extractDates } from '../extract/dates/index.js';
import { extractContext } from '../extract/context.js';
import { loadGazetteer } from '../gazetteer/index.js';
import { benchTexts, ONE_MB } from './texts.js';
import { timePerCall, type Bench } from './types.js';



export const bench: Bench = async (report) => {
  const gazetteer = loadGazetteer();
  for (const [label, text] of benchTexts((t) => /Praha\/Liberec, 17\. 5\. 2019/u.test(t))) {
    const ctx = extractContext(text, { documentDate: '2019-05-17', gazetteer });
    const megabytes = Buffer.byteLength(text, 'utf8') / ONE_MB;
    report(`dates extraction, ${label}`, megabytes / (timePerCall(() => extractDates({ ...ctx })) / 1000), 'MB/s');
    report(`amounts extraction, ${label}`, megabytes / (timePerCall(() => extractAmounts(ctx)) / 1000), 'MB/s');
  }
};
