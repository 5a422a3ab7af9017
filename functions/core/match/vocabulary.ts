// Shared word lists live in rules/vocabulary.json, not in code.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const rulesDir = fileURLToPath(new URL('../../../rules/', import.meta.url));
export const vocabularyPath = `${rulesDir}vocabulary.json`;

export interface Vocabulary {
  segmenterWords: string[];
  goalCues: string[];
  stageCues: string[];
  visionCues: string[];
  periodCues: string[];
  projectCues: string[];
  projectFields: Record<string, { zh: string; en: string; cues: string[] }>;
  indicatorHeaderCues: { name: string[]; baseline: string[]; target: string[]; attribute: string[] };
  planGenreCues: string[];
  nonPlanGenreCues: string[];
  /** Bylines and reporting phrases of a news report (本报讯, 记者): a report about a plan, not the plan. */
  newsGenreCues: string[];
  topicCues: string[];
}

let cached: Vocabulary | null = null;
export function vocabulary(): Vocabulary {
  cached ??= JSON.parse(readFileSync(vocabularyPath, 'utf8')) as Vocabulary;
  return cached;
}
