// Like ESLint's rule-file check: every REQUIREMENTS.md rule id has its rule
// file, doc and fixtures (one passing, one failing), and nothing in rules/
// lacks a requirement id.
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { root } from './helpers/load-plan.ts';

const requirements = readFileSync(join(root, 'docs/requirements.md'), 'utf8');
const ids = [...requirements.matchAll(/^\| `([a-z0-9-]+)` \|/gm)].map((m) => m[1]);
const dataFiles = new Set(['profiles.json', 'vocabulary.json']);

describe('rule catalog', () => {
  it('reads the requirement ids', () => expect(ids.length).toBeGreaterThanOrEqual(40));
  it.each(ids)('%s has rules/<id>.json, rules/<id>.md and a passing and a failing fixture', (id) => {
    expect(existsSync(join(root, 'rules', `${id}.json`)), `rules/${id}.json`).toBe(true);
    expect(existsSync(join(root, 'rules', `${id}.md`)), `rules/${id}.md`).toBe(true);
    const fx = join(root, 'fixtures/rules', id);
    const files = existsSync(fx) ? readdirSync(fx) : [];
    expect(files.some((f) => f.startsWith('pass-')), `fixtures/rules/${id}/pass-*`).toBe(true);
    expect(files.some((f) => f.startsWith('fail-')), `fixtures/rules/${id}/fail-*`).toBe(true);
  });
  it('has no rule file without a requirement id', () => {
    const extra = readdirSync(join(root, 'rules'))
      .filter((f) => f.endsWith('.json') && !dataFiles.has(f))
      .map((f) => f.replace(/\.json$/, ''))
      .filter((id) => !ids.includes(id));
    expect(extra).toEqual([]);
  });
});
