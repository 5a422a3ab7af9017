// English words: natural's tokenizer + Porter stemmer (submodules only: the
// package root drags in database drivers).
import { createRequire } from 'node:module';
import { precompiled, tableEntries } from '../text/precompiled.ts';

const require = createRequire(import.meta.url);
// The word tokenizer's own file: the tokenizers' index loads every language's (Japanese tables too).
const { WordTokenizer } = require('natural/lib/natural/tokenizers/regexp_tokenizer.js') as {
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

// Stems are asked for the same words again and again (every English term, every
// word of a Latin text), and the stemmer is slow until compiled: each word is
// stemmed once a process, the vocabulary's words by the build (precompiled.ts).
let stems: Map<string, string> | null = null;

/** One word's Porter stem (lower case). */
export function stemEnglish(word: string): string {
  if (!stems) {
    const p = precompiled();
    stems = new Map(p ? tableEntries(p.stems) : []);
  }
  let stem = stems.get(word);
  if (stem === undefined) {
    stem = PorterStemmer.stem(word.toLowerCase());
    if (stems.size >= STEM_LIMIT) stems.clear();
    stems.set(word, stem);
  }
  return stem;
}
const STEM_LIMIT = 50_000;
