/** czdoc library API. */
export { processDocument, extractText, DEFAULT_MAX_BYTES, type ProcessOptions, type ExtractTextOptions } from './process.js';
export { normalizeText, type NormalizedText } from './normalize/index.js';
export { loadGazetteer, importRegister, Gazetteer } from './gazetteer/index.js';
export * from './schema/record.js';
