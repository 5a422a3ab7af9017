// The guide's three stages and eight steps (clause 5.1), by their profile names.
import type { Localized, StageId, StepId } from '../check/result.ts';

export const STEPS: { id: StepId; stage: StageId; title: Localized }[] = [
  { id: 'assessment-strategy', stage: 1, title: { zh: '现状评估与需求分析、战略规划', en: 'Assessment and strategy' } },
  { id: 'overall-architecture', stage: 2, title: { zh: '总体架构设计', en: 'Overall architecture' } },
  { id: 'core-business-architecture', stage: 2, title: { zh: '核心业务架构设计', en: 'Core business architecture' } },
  { id: 'digital-economy', stage: 2, title: { zh: '数字经济产业发展规划', en: 'Digital economy' } },
  { id: 'data-governance', stage: 2, title: { zh: '数据治理体系专项规划', en: 'Data governance' } },
  { id: 'operations', stage: 2, title: { zh: '运营体系设计', en: 'Operations' } },
  { id: 'support-system', stage: 2, title: { zh: '支撑体系设计', en: 'Support system' } },
  { id: 'implementation', stage: 3, title: { zh: '实施路径规划', en: 'Implementation path' } },
];

export const STAGES: { stage: StageId; title: Localized }[] = [
  { stage: 1, title: { zh: '需求和战略分析', en: 'Needs and strategy analysis' } },
  { stage: 2, title: { zh: '架构和支撑体系规划', en: 'Architecture and support system' } },
  { stage: 3, title: { zh: '实施路径规划', en: 'Implementation path' } },
];

export const STEP_IDS = STEPS.map((s) => s.id) as [StepId, ...StepId[]];

export function stageOf(step: StepId): StageId {
  return STEPS.find((s) => s.id === step)!.stage;
}
