// The CheckResult as is: the documented contract (docs/report-schema.json).
import type { CheckResult } from '../check/result.ts';

export function renderJson(result: CheckResult): string {
  return JSON.stringify(result, null, 2) + '\n';
}
