// Matching reads the one shared normalization (functions/core/text/normalize.ts):
// simplified, half-width, one dash, lower case, same length as the original.
export { normalizeForMatch, normalizedList } from '../text/normalize.ts';
