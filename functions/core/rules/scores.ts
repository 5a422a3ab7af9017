// Scores the way the guide's own evaluation model does (Annex B, B.1.2):
// weighted averages upward — rule → step (rule weights) → stage (steps equal)
// → overall (stages equal). Out-of-scope, waived and not-applicable rules do
// not count; a level with nothing to count scores null.
import type { RuleResult, Scores, StageScore, StepId, StepScore } from '../check/result.ts';
import { STAGES, STEPS } from './steps.ts';

/** A rule's score: pass 1, fail 0, partial = share of parts (mentioned half), or ½ without parts. */
export function ruleScore(status: RuleResult['status'], share: number | null): number {
  if (status === 'pass') return 1;
  if (status === 'partial') return share !== null && share > 0 && share < 1 ? share : 0.5;
  return 0;
}

function mean(values: { value: number; weight: number }[]): number | null {
  const w = values.reduce((a, v) => a + v.weight, 0);
  return w ? values.reduce((a, v) => a + v.value * v.weight, 0) / w : null;
}

const round = (x: number | null) => (x === null ? null : Math.round(x * 10) / 10);

export function computeScores(results: (RuleResult & { weight: number })[], steps: StepId[]): Scores {
  const stepScores: StepScore[] = STEPS.map((s) => {
    const counted = results.filter((r) => r.step === s.id && (r.status === 'pass' || r.status === 'partial' || r.status === 'fail'));
    return {
      step: s.id,
      stage: s.stage,
      title: s.title,
      inScope: steps.includes(s.id),
      score: round(mean(counted.map((r) => ({ value: r.score * 100, weight: r.weight })))),
    };
  });
  const stages: StageScore[] = STAGES.map((st) => {
    const mine = stepScores.filter((s) => s.stage === st.stage);
    const scored = mine.filter((s) => s.score !== null).map((s) => ({ value: s.score!, weight: 1 }));
    return { stage: st.stage, title: st.title, score: round(mean(scored)), steps: mine };
  });
  const overall = round(mean(stages.filter((s) => s.score !== null).map((s) => ({ value: s.score!, weight: 1 }))));
  return { overall, stages };
}
