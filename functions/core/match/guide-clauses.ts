// TF-IDF between a plan's sections and the guide's clauses, so a section about
// a step is found even when its heading uses none of the guide's words. The
// clause corpus (docs/guide-t-szs-4042-2021.txt, clauses to depth 3) is built
// once, lazily, with natural's TfIdf over jieba tokens.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { tokens } from './segment.ts';

const require = createRequire(import.meta.url);
const { TfIdf } = require('natural/lib/natural/tfidf/index.js') as {
  TfIdf: new () => { addDocument(d: string[]): void; idf(t: string): number; listTerms(i: number): { term: string; tfidf: number }[] };
};

export const guidePath = fileURLToPath(new URL('../../../docs/guide-t-szs-4042-2021.txt', import.meta.url));

export interface Clause {
  id: string;
  title: string;
  text: string;
}

type Vector = Map<string, number>;

let index: { clauses: Clause[]; vectors: Map<string, Vector>; known: Set<string>; idf: (t: string) => number } | null = null;

const HEADING = /^(\d+(?:\.\d+){0,2})\s+(\S.*?)\s*$/;
const DEEPER = /^\d+(?:\.\d+){3,}\s/;

/** The guide's clauses 4–13 to depth 3 (deeper items fold into their parent). */
export function guideClauses(): Clause[] {
  const lines = readFileSync(guidePath, 'utf8').split('\n');
  const clauses: Clause[] = [];
  let current: Clause | null = null;
  for (const line of lines) {
    const m = HEADING.exec(line.trim());
    const major = m ? Number(m[1].split('.')[0]) : NaN;
    if (m && !DEEPER.test(line.trim()) && major >= 4 && major <= 13 && m[2].length <= 30 && !/^\d/.test(m[2])) {
      current = { id: m[1], title: m[2], text: m[2] };
      clauses.push(current);
    } else if (current && /^附\s*录/.test(line.trim())) current = null;
    else if (current) current.text += line.trim();
  }
  return clauses;
}

function norm(v: Vector): Vector {
  const len = Math.sqrt([...v.values()].reduce((a, x) => a + x * x, 0)) || 1;
  for (const [k, x] of v) v.set(k, x / len);
  return v;
}

function load() {
  if (index) return index;
  const clauses = guideClauses();
  const tfidf = new TfIdf();
  for (const c of clauses) tfidf.addDocument(tokens(c.text));
  const vectors = new Map<string, Vector>();
  clauses.forEach((c, i) => vectors.set(c.id, norm(new Map(tfidf.listTerms(i).map((t) => [t.term, t.tfidf])))));
  const idfCache = new Map<string, number>();
  const idf = (t: string) => {
    let v = idfCache.get(t);
    if (v === undefined) idfCache.set(t, (v = tfidf.idf(t)));
    return v;
  };
  const known = new Set<string>();
  for (const v of vectors.values()) for (const k of v.keys()) known.add(k);
  index = { clauses, vectors, known, idf };
  return index;
}

/** A text's TF-IDF vector in the guide's term space (terms the guide never uses are dropped). */
export function vectorOf(text: string): Vector {
  const { known, idf } = load();
  const tf = new Map<string, number>();
  for (const t of tokens(text)) if (known.has(t)) tf.set(t, (tf.get(t) ?? 0) + 1);
  for (const [t, n] of tf) tf.set(t, n * idf(t));
  return norm(tf);
}

export function cosine(a: Vector, b: Vector): number {
  let s = 0;
  const [small, big] = a.size < b.size ? [a, b] : [b, a];
  for (const [k, x] of small) s += x * (big.get(k) ?? 0);
  return s;
}

/** Cosine similarity of a text to a clause and its sub-clauses (the best of them). */
export function clauseSimilarity(text: string | Vector, clauseId: string): number {
  const { vectors } = load();
  const v = typeof text === 'string' ? vectorOf(text) : text;
  let best = 0;
  for (const [id, cv] of vectors) if (id === clauseId || id.startsWith(`${clauseId}.`)) best = Math.max(best, cosine(v, cv));
  return best;
}

export function clauseTitle(id: string): string | undefined {
  return load().clauses.find((c) => c.id === id)?.title;
}
