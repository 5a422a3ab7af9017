// Golden outlines of real Markdown plans: `UPDATE_GOLDEN=1 npx vitest run test/golden`
// rewrites them; review the diff by eye before committing.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { outlineJson } from '../../functions/cli/commands/outline.ts';
import { parseDocument } from '../../functions/core/parsers/index.ts';

const real = fileURLToPath(new URL('../../fixtures/real', import.meta.url));
const cases = {
  cn07: 'CN07_national_14th5_digital_economy_plan.md',
  cn08: 'CN08_shanghai_yangpu_district_innovation_zone_plan.md',
  neg14: 'NEG14_state_council_report_on_digital_economy_progress.md',
};

describe('golden outlines', () => {
  for (const [name, file] of Object.entries(cases)) {
    it(name, async () => {
      const doc = await parseDocument({ bytes: readFileSync(join(real, file)), filename: file });
      const actual = `${JSON.stringify(outlineJson(doc), null, 2)}\n`;
      const golden = join(import.meta.dirname, `${name}.outline.json`);
      if (process.env.UPDATE_GOLDEN === '1' || !existsSync(golden)) writeFileSync(golden, actual);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
