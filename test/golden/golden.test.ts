// Golden outlines of real plans (Markdown and PDF): `UPDATE_GOLDEN=1 npx vitest run test/golden`
// writes them; review the diff by eye before committing. A missing golden fails
// the test: it is never written as a side effect of running the tests.
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
  'cn01-pdf': 'CN01_national_14th5_digital_economy_plan.pdf',
  'cn03-pdf': 'CN03_miit_14th5_software_it_services_plan.pdf',
  'cn04-pdf': 'CN04_nda_trusted_data_space_action_plan_2024-2028.pdf',
  'neg01-pdf': 'NEG01_digital_china_layout_plan_news_summary.pdf',
  'neg03-pdf': 'NEG03_stub_pdf_link_only.pdf',
};

describe('golden outlines', () => {
  for (const [name, file] of Object.entries(cases)) {
    it(name, async () => {
      const doc = await parseDocument({ bytes: readFileSync(join(real, file)), filename: file });
      const actual = `${JSON.stringify(outlineJson(doc), null, 2)}\n`;
      const golden = join(import.meta.dirname, `${name}.outline.json`);
      if (process.env.UPDATE_GOLDEN === '1') writeFileSync(golden, actual);
      expect(existsSync(golden), `${golden} is missing: write it with UPDATE_GOLDEN=1 and review it`).toBe(true);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});
