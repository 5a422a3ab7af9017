// Whether the document reads as a digital-transformation plan at all: a
// plan's genre (规划/方案/strategy, not 报告/文章), a period or goals, and the
// guide's topic vocabulary at a plan's density. Near misses — a plan on another
// subject, a progress report, a technical article — fail one of these.
import type { Localized, PlanVerdict } from '../check/result.ts';
import { vocabulary } from '../match/vocabulary.ts';
import { normalizeForMatch } from '../match/normalize.ts';
import type { FactContext, FactOutput } from './context.ts';
import { factOutput } from './index.ts';
import type { HorizonValue } from './horizon.ts';
import type { TargetsValue } from './targets.ts';

export interface PlanVerdictValue extends PlanVerdict {
  reasonsLocalized: Localized[];
  topicDensity: number;
}

export const fields = ['isPlan', 'confidence'];

/** Topic cue hits per 1,000 characters below which the text is off the guide's topic. */
export const MIN_TOPIC_DENSITY = 4;
const EARLY_UNITS = 30;
/** Different news cues in the opening that make it a news report (one alone, e.g. 获悉, may be a plan's wording). */
const NEWS_CUES = 2;

function count(text: string, cues: string[]): number {
  let n = 0;
  for (const c of cues) {
    let at = text.indexOf(c);
    while (at >= 0) {
      n++;
      at = text.indexOf(c, at + c.length);
    }
  }
  return n;
}

export function compute(ctx: FactContext): FactOutput<PlanVerdictValue> {
  const v = vocabulary();
  const planCues = v.planGenreCues.map(normalizeForMatch);
  const nonPlanCues = v.nonPlanGenreCues.map(normalizeForMatch);
  const topicCues = v.topicCues.map(normalizeForMatch);
  const newsCues = v.newsGenreCues.map(normalizeForMatch);
  // The tree builder takes a short opening line above the first heading for the title.
  const title = normalizeForMatch(ctx.doc.title ?? ctx.units.find((u) => u.kind === 'heading')?.text ?? '');
  const early = ctx.units.slice(0, EARLY_UNITS).map((u) => u.norm).join('\n');
  const all = ctx.units.map((u) => u.norm).join('\n');
  const horizon = factOutput(ctx, 'horizon').value as HorizonValue;
  const targets = factOutput(ctx, 'targets').value as TargetsValue;

  const reasons: Localized[] = [];
  let score = 0;
  const titlePlan = planCues.some((c) => title.includes(c));
  const titleNonPlan = nonPlanCues.some((c) => title.includes(c)) && !titlePlan;
  const earlyPlan = count(early, planCues) >= 2;
  const earlyNonPlan = count(early, nonPlanCues) >= 3;
  // A headline may name the plan (我市印发数字化转型规划); the opening's byline tells a news report.
  const news = newsCues.filter((c) => early.includes(c)).length >= NEWS_CUES;
  if (news) {
    score -= 3;
    reasons.push({ zh: '开头是新闻报道（本报讯、记者等），报道的是规划而不是规划本身', en: 'the opening reads as a news report about a plan (byline, reporter), not the plan itself' });
  } else if (titleNonPlan) {
    score -= 3;
    reasons.push({ zh: `标题表明文体不是规划（${title.slice(0, 30)}）`, en: `the title names another genre than a plan (${title.slice(0, 30)})` });
  } else if (titlePlan) score += 2;
  else if (earlyPlan && !earlyNonPlan) score += 1;
  else reasons.push({ zh: '标题和开头未表明是规划、方案或计划', en: 'neither the title nor the opening says it is a plan or strategy' });
  if (horizon.found) score += 1;
  else reasons.push({ zh: '未找到规划期', en: 'no planning period found' });
  if (targets.count > 0) score += 1;
  else reasons.push({ zh: '未找到量化目标', en: 'no quantitative goals found' });
  const density = all.length ? (count(all, topicCues) * 1000) / all.length : 0;
  const titleTopic = topicCues.some((c) => title.includes(c));
  const onTopic = density >= MIN_TOPIC_DENSITY || (titleTopic && density >= MIN_TOPIC_DENSITY / 2);
  if (onTopic) score += 2;
  else reasons.push({ zh: `数字化转型主题词密度低（每千字${density.toFixed(1)}次），主题不是城市数字化转型`, en: `little of the guide's topic vocabulary (${density.toFixed(1)} per 1,000 characters): not about digital transformation` });
  const isPlan = score >= 4 && onTopic && !titleNonPlan && !news;
  // Confidence: distance of the score from the decision line, on the 6-point scale.
  const confidence = Math.min(1, Math.round((0.5 + Math.abs(score - 3.5) / 7) * 100) / 100);
  const value: PlanVerdictValue = { isPlan, confidence, reasons: reasons.map((r) => r.en), reasonsLocalized: reasons, topicDensity: Math.round(density * 10) / 10 };
  return { value, evidence: [] };
}
