// toSimplified skips OpenCC when no t2s dictionary key can occur in the text;
// that shortcut must never change a result.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Locale } from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { mayHaveTraditional, toSimplified, toSimplifiedAlways } from '../../functions/core/text/normalize.ts';

const reference = toSimplifiedAlways;

function fixtureLines(): string[] {
  const root = fileURLToPath(new URL('../../fixtures/', import.meta.url));
  const lines: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(md|txt)$/.test(name)) lines.push(...readFileSync(p, 'utf8').split('\n').filter((l) => l.trim()));
    }
  };
  walk(root);
  return lines;
}

const t2s = (Locale.configs as unknown as Record<string, { normalizationChain: string[][]; conversionChain: string[][] }>).t2s;
const dictKeys = [...t2s.normalizationChain, ...t2s.conversionChain].flat().flatMap((d) => d.split('|').map((e) => e.split(' ')[0]));

describe('toSimplified shortcut', () => {
  it('gives OpenCC\'s answer on every line of every fixture, and skips OpenCC on most simplified lines', () => {
    const lines = fixtureLines();
    expect(lines.length).toBeGreaterThan(2000);
    const differing = lines.filter((l) => toSimplified(l) !== reference(l));
    expect(differing).toEqual([]);
    // Most simplified lines (Chinese lines OpenCC leaves as they are) skip it. Counted over those
    // lines, not every fixture line: English and traditional fixtures grow the corpus too.
    const simplified = lines.filter((l) => /[\u4e00-\u9fff]/.test(l) && reference(l) === l);
    const skipped = simplified.filter((l) => !mayHaveTraditional(l)).length;
    expect(simplified.length).toBeGreaterThan(1000);
    expect(skipped).toBeGreaterThan(simplified.length / 2);
  });

  it('notices every dictionary key OpenCC changes, single characters and phrases, inside simplified text', () => {
    expect(dictKeys.length).toBeGreaterThan(4000);
    const changing = dictKeys.filter((k) => reference(`推进数字化转型${k}建设`) !== `推进数字化转型${k}建设`);
    expect(changing.length).toBeGreaterThan(3500);
    const missed = changing.filter((k) => !mayHaveTraditional(`推进数字化转型${k}建设`));
    expect(missed).toEqual([]);
    for (const k of dictKeys.filter((k) => [...k].length > 1).slice(0, 300)) expect(toSimplified(`数字${k}转型`)).toBe(reference(`数字${k}转型`));
  });

  it('skips OpenCC where only keys it maps to themselves occur (有序), and still agrees with it on any run of keys', () => {
    expect(reference('推进有序发展')).toBe('推进有序发展');
    expect(mayHaveTraditional('推进有序发展')).toBe(false);
    // Runs of dictionary keys, the kept and the skipped side by side, with simplified text between:
    // where a phrase covers a key or a key overlaps a phrase, the shortcut must still give OpenCC's answer.
    let seed = 42;
    const random = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    const filler = ['', '', '数字', '有', '序', '化'];
    for (let i = 0; i < 3000; i++) {
      let text = '';
      for (let j = 0; j < 1 + random(4); j++) text += filler[random(filler.length)] + dictKeys[random(dictKeys.length)];
      expect(toSimplified(text), text).toBe(reference(text));
    }
  });

  it('converts traditional text and leaves simplified text as it is', () => {
    expect(toSimplified('數據安全體系')).toBe('数据安全体系');
    expect(mayHaveTraditional('推进城市数字化转型')).toBe(false);
    expect(toSimplified('推进城市数字化转型')).toBe('推进城市数字化转型');
    expect(mayHaveTraditional('𠀀𠀁 astral 字')).toBe(mayHaveTraditional('𠀀𠀁 astral 字'));
  });
});
