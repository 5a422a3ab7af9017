// The one place the Chinese segmenter lives, so a bundle can mark it external.
// jieba is native and loads its dictionary in ~230 ms: load once, on first use.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { vocabularyPath } from './vocabulary.ts';
import { normalizeForMatch } from './normalize.ts';
import { tokenizeEnglish } from './english.ts';

interface JiebaLike {
  cut(text: string, hmm?: boolean): string[];
}

let jieba: JiebaLike | null = null;

function load(): JiebaLike {
  if (jieba) return jieba;
  const require = createRequire(import.meta.url);
  const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(d: Uint8Array): JiebaLike & { loadDict(d: Uint8Array): void } } };
  const { dict } = require('@node-rs/jieba/dict.js') as { dict: Uint8Array };
  const instance = Jieba.withDict(dict);
  const vocab = JSON.parse(readFileSync(vocabularyPath, 'utf8')) as { segmenterWords?: string[] };
  const words = (vocab.segmenterWords ?? []).map((w) => `${w} 100000 n`).join('\n');
  if (words) instance.loadDict(new TextEncoder().encode(words));
  jieba = instance;
  return instance;
}

const CJK = /[\u3400-\u9fff]/;
const STOP = new Set(['的', '和', '与', '及', '等', '在', '对', '为', '是', '了', '以', '将', '把', '到', '中', '上', '并', '或', '其']);

/** Content tokens of a text: jieba for Chinese, stemmed words for English. */
export function tokens(text: string): string[] {
  const norm = normalizeForMatch(text);
  const out: string[] = [];
  for (const piece of norm.split(/[^\p{L}\p{N}]+/u)) {
    if (!piece) continue;
    if (CJK.test(piece)) {
      for (const w of load().cut(piece, false)) if (!STOP.has(w) && w.trim()) out.push(w);
    } else out.push(...tokenizeEnglish(piece));
  }
  return out;
}
