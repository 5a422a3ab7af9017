// English words: natural's tokenizer + Porter stemmer (submodules only: the
// package root drags in database drivers).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { WordTokenizer } = require('natural/lib/natural/tokenizers/index.js') as {
  WordTokenizer: new () => { tokenize(s: string): string[] };
};
const PorterStemmer = require('natural/lib/natural/stemmers/porter_stemmer.js') as { stem(s: string): string };

const tokenizer = new WordTokenizer();
const STOP = new Set(['the', 'and', 'of', 'to', 'a', 'in', 'for', 'on', 'with', 'by', 'is', 'are', 'be', 'as', 'our', 'we', 'will', 'that', 'this', 'it', 'an', 'at', 'or', 'from']);

export function tokenizeEnglish(text: string): string[] {
  return tokenizer
    .tokenize(text.toLowerCase())
    .filter((w) => !STOP.has(w) && w.length > 1)
    .map((w) => PorterStemmer.stem(w));
}

/** One word's Porter stem (lower case). */
export function stemEnglish(word: string): string {
  return PorterStemmer.stem(word.toLowerCase());
}
