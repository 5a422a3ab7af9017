// Test as data: every fixtures/rules/<id>/<status>-*.md is checked and the
// rule's status compared with the one its file name states.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { loadPlan, root } from './helpers/load-plan.ts';
import { checkDocument } from '../../functions/core/check/check-plan.ts';

const dir = join(root, 'fixtures/rules');
const cases = existsSync(dir)
  ? readdirSync(dir).flatMap((id) =>
      readdirSync(join(dir, id))
        .filter((f) => /^(pass|partial|fail|not-applicable)-.*\.md$/.test(f))
        .map((f) => [id, f, /^(pass|partial|fail|not-applicable)-/.exec(f)![1]] as const),
    )
  : [];

describe('per-rule fixtures', () => {
  it('exist', () => expect(cases.length).toBeGreaterThan(0));
  it.each(cases)('%s/%s → %s', async (id, file, expected) => {
    const result = await checkDocument(await loadPlan(join(dir, id, file)));
    const r = result.results.find((x) => x.id === id);
    expect(r, `rule ${id} in the result`).toBeDefined();
    expect(r!.status, r!.message).toBe(expected);
  });
});
