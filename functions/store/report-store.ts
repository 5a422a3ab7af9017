// ReportStore: uploads, reports and status records on an ObjectStore, laid out
// as in layout.ts. Content-addressed, so the same plan is stored once; an
// existing upload is never overwritten, a complete report set only when the
// rule set changed.
import type { CheckResult, Lang } from '../core/check/result.ts';
import { getJson, type ObjectStore } from './object-store.ts';
import { reportKey, statusKey, uploadKey } from './layout.ts';

export type CheckState = 'queued' | 'running' | 'done' | 'failed';

export interface CheckStatus {
  id: string;
  status: CheckState;
  sha256: string;
  profile: string;
  lang: Lang;
  upload: string;
  filename?: string;
  updatedAt: string;
  error?: { code: string; message: string };
  /** format → location, when done. */
  reports?: Record<string, string>;
}

/** What the worker needs to know about an upload, carried as S3 object metadata (ASCII only, so URI-encoded). */
export interface UploadInfo {
  filename?: string;
  profile?: string;
  lang?: Lang;
  mediaType?: string;
}

/** What storing needs of a CheckResult: its plan hash and versions. */
export interface ReportHead {
  document: { sha256: string | null };
  checker: { version: string; rulesetVersion: string; build: string };
}

export interface RenderedReport {
  format: string;
  ext: string;
  mediaType: string;
  body: string;
}

const meta = {
  checker: 'checker-version',
  ruleset: 'ruleset-version',
  // The checker build that wrote the report: a stored report is reused only by the same build.
  build: 'checker-build',
  filename: 'filename',
  profile: 'profile',
  lang: 'lang',
};

export class ReportStore {
  constructor(readonly objects: ObjectStore) {}

  /** Stores the plan unless the same content is already there; says which. */
  async saveUpload(bytes: Buffer, sha256: string, ext: string, info: UploadInfo): Promise<{ key: string; created: boolean }> {
    const key = uploadKey(sha256, ext);
    if (await this.objects.head(key)) return { key, created: false };
    const metadata: Record<string, string> = {};
    if (info.filename) metadata[meta.filename] = encodeURIComponent(info.filename);
    if (info.profile) metadata[meta.profile] = info.profile;
    if (info.lang) metadata[meta.lang] = info.lang;
    await this.objects.put(key, bytes, { contentType: info.mediaType ?? 'application/octet-stream', metadata });
    return { key, created: true };
  }

  async getUpload(key: string): Promise<{ bytes: Buffer; info: UploadInfo } | null> {
    const obj = await this.objects.get(key);
    if (!obj) return null;
    return { bytes: obj.body, info: infoOf(obj.metadata, obj.contentType) };
  }

  /** An upload's metadata without its body (HEAD); null when it is not there. */
  async getUploadInfo(key: string): Promise<UploadInfo | null> {
    const head = await this.objects.head(key);
    return head ? infoOf(head.metadata, head.contentType) : null;
  }

  /** Whether a complete report set exists for this rule-set version: one HEAD, no body. */
  async hasResult(sha256: string, profile: string, lang: Lang, build: string): Promise<boolean> {
    const head = await this.objects.head(reportKey(sha256, profile, lang, 'json'));
    return head?.metadata[meta.build] === build;
  }

  /** The stored JSON report of a check, when one exists for this rule-set version. */
  async findResult(sha256: string, profile: string, lang: Lang, build: string): Promise<CheckResult | null> {
    const json = await this.findResultJson(sha256, profile, lang, build);
    return json === null ? null : (JSON.parse(json) as CheckResult);
  }

  /** The same as its text, unparsed: one GET (the metadata comes with the body), for the reuse path. */
  async findResultJson(sha256: string, profile: string, lang: Lang, build: string): Promise<string | null> {
    const obj = await this.objects.get(reportKey(sha256, profile, lang, 'json'));
    if (!obj || obj.metadata[meta.build] !== build) return null;
    return obj.body.toString('utf8');
  }

  /**
   * Writes every format; JSON last, so a JSON report means the set is complete.
   * Callers write only when findResult found no complete set for this rule set,
   * so nothing here is worth a HEAD first: what is there is a torn set or an
   * older rule set's, both to be replaced. Returns format → location.
   */
  async saveReports(result: ReportHead, profile: string, lang: Lang, reports: RenderedReport[]): Promise<Record<string, string>> {
    const sha = result.document.sha256;
    if (!sha) throw new Error('a stored report needs the plan sha256');
    const metadata = { [meta.checker]: result.checker.version, [meta.ruleset]: result.checker.rulesetVersion, [meta.build]: result.checker.build };
    const save = (r: RenderedReport) =>
      this.objects.put(reportKey(sha, profile, lang, r.ext), Buffer.from(r.body, 'utf8'), { contentType: r.mediaType, metadata });
    // The others side by side (each is a round trip), then JSON.
    await Promise.all(reports.filter((r) => r.format !== 'json').map(save));
    for (const r of reports.filter((r) => r.format === 'json')) await save(r);
    return Object.fromEntries(reports.map((r) => [r.format, this.objects.location(reportKey(sha, profile, lang, r.ext))]));
  }

  async getReport(sha256: string, profile: string, lang: Lang, ext: string): Promise<{ body: Buffer; contentType?: string } | null> {
    const obj = await this.objects.get(reportKey(sha256, profile, lang, ext));
    return obj ? { body: obj.body, contentType: obj.contentType } : null;
  }

  async getStatus(id: string): Promise<CheckStatus | null> {
    return getJson<CheckStatus>(this.objects, statusKey(id));
  }

  async putStatus(status: CheckStatus): Promise<void> {
    await this.objects.put(statusKey(status.id), Buffer.from(JSON.stringify(status, null, 2)), {
      contentType: 'application/json',
    });
  }
}

function infoOf(m: Record<string, string>, contentType: string | undefined): UploadInfo {
  const lang = m[meta.lang];
  return {
    filename: m[meta.filename] ? safeDecode(m[meta.filename]) : undefined,
    profile: m[meta.profile] || undefined,
    lang: lang === 'zh' || lang === 'en' ? lang : undefined,
    mediaType: contentType,
  };
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}
