import type { CheckResult, Lang } from '../check/result.ts';

export interface ReportOptions {
  /** Language of the UI labels (Markdown, HTML, JUnit); defaults to the result's own lang. */
  lang?: Lang;
  /** Evidence quotes shown per finding (Markdown, HTML, JUnit); default 3. */
  maxEvidence?: number;
  /** SARIF: absolute base URL the rule pages rules/<id>.md live under (e.g. a repository's blob URL); gives each rule a helpUri. */
  helpBaseUri?: string;
  /** Markdown: the base's result (plancheck check --base): new findings first, then still open and resolved, the rest folded. */
  base?: CheckResult;
}
