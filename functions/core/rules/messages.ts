// Fills a message's {placeholders} from the facts a rule read.
import type { Lang, Localized } from '../check/result.ts';
import type { FactOutput } from '../facts/context.ts';
import type { PartsValue } from '../facts/parts.ts';
import type { RuleDefinition } from './rule-schema.ts';

// Said of parts a plan names only in passing, so that 仅提及文化 does not read as "only culture is named".
const WEAK: Localized = { zh: '仅顺带提及', en: 'mentioned only in passing' };

function isLocalized(v: unknown): v is Localized {
  return !!v && typeof v === 'object' && 'zh' in v && 'en' in v;
}

export function fillMessage(template: string, rule: RuleDefinition, facts: Record<string, FactOutput>, lang: Lang): string {
  const sep = lang === 'zh' ? '、' : ', ';
  const parts = facts.parts?.value as PartsValue | undefined;
  const label = (name: string) => rule.parts?.find((p) => p.name === name)?.label[lang] ?? name;
  return template.replace(/\{([a-zA-Z0-9_.-]+)\}/g, (whole, key: string) => {
    if (parts && key === 'missing') return parts.missingNames.map(label).join(sep) || (lang === 'zh' ? '无' : 'none');
    if (parts && key === 'weak') {
      const weak = parts.findings.filter((f) => f.status === 'mentioned').map((f) => label(f.name));
      if (!weak.length) return '';
      return lang === 'zh' ? `；${WEAK.zh}：${weak.join(sep)}` : `; ${WEAK.en}: ${weak.join(sep)}`;
    }
    if (parts && key === 'gaps') {
      const missing = parts.missingNames.map(label);
      const weak = parts.findings.filter((f) => f.status === 'mentioned').map((f) => label(f.name));
      const out: string[] = [];
      if (missing.length) out.push(lang === 'zh' ? `缺少${missing.join(sep)}` : `missing: ${missing.join(sep)}`);
      if (weak.length) out.push(lang === 'zh' ? `${WEAK.zh}：${weak.join(sep)}` : `${WEAK.en}: ${weak.join(sep)}`);
      return out.join(lang === 'zh' ? '；' : '; ');
    }
    if (parts && (key === 'found' || key === 'total')) return String(parts[key]);
    const [fact, field] = key.split('.');
    const value = field ? (facts[fact]?.value as Record<string, unknown> | undefined)?.[field] : undefined;
    if (value === undefined) return whole;
    if (isLocalized(value)) return value[lang];
    return value === null ? '—' : String(value);
  });
}
