// `plancheck rules [--json] [--lang zh|en]`: the rule catalog with clauses,
// severity, step and parts.
import { parseArgs } from 'node:util';
import { listRules, listProfiles, getRulesetVersion } from '../../core/rules/catalog.ts';
import { RuleLoadError } from '../../core/rules/load-rules.ts';

const usage = 'usage: plancheck rules [--json] [--lang zh|en]';

export async function run(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { json: { type: 'boolean' }, lang: { type: 'string', default: 'zh' }, help: { type: 'boolean', short: 'h' } } }));
  } catch (e) {
    process.stderr.write(`plancheck: ${(e as Error).message} (${usage})\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(usage + '\n');
    return 0;
  }
  const lang = values.lang;
  if (lang !== 'zh' && lang !== 'en') {
    process.stderr.write(`plancheck: unknown --lang "${lang}" (zh, en)\n`);
    return 2;
  }
  let rules;
  try {
    rules = listRules();
  } catch (e) {
    if (e instanceof RuleLoadError) {
      process.stderr.write(`plancheck: rule set cannot load: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
  if (values.json) {
    const out = {
      rulesetVersion: getRulesetVersion(),
      profiles: listProfiles(),
      rules: rules.map((r) => ({
        id: r.id, clause: r.clause, step: r.step, scope: r.scope, severity: r.severity, weight: r.weight, title: r.title,
        parts: (r.parts ?? []).map((p) => ({ name: p.name, label: p.label })),
        expected: r.expected,
      })),
    };
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
    return 0;
  }
  const lines = [`${rules.length} rules (${getRulesetVersion()})`, ''];
  for (const r of rules) {
    lines.push(`${r.id.padEnd(36)} ${r.clause.padEnd(10)} ${r.severity.padEnd(8)} ${r.step}${r.scope === 'always' ? ' (always)' : ''}`);
    lines.push(`    ${r.title[lang]}`);
    if (r.parts?.length) lines.push(`    ${lang === 'zh' ? '要素' : 'parts'}: ${r.parts.map((p) => `${p.name} (${p.label[lang]})`).join(', ')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}
