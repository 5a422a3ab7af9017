// GET /v1/checks/{id}?format=docx: the stored upload (a DOCX) written back with
// the check's open findings as Word comments. Made on request from the upload
// and the stored JSON report, dated with the check, so the same check always
// gives the same file; nothing is stored.
import type { Context } from 'hono';
import type { CheckResult } from '../core/check/result.ts';
import { parseUploadKey } from '../store/layout.ts';
import type { CheckStatus, ReportStore } from '../store/report-store.ts';
import { ApiError } from './errors.ts';

const formatNames: Record<string, string> = { pdf: 'PDF', md: 'Markdown', txt: 'plain text' };

/** A file name for the download: the plan's, marked as commented; ASCII fallback plus RFC 5987 for the real one. */
function disposition(filename: string | undefined): string {
  const stem = (filename ?? 'plan').replace(/\.docx$/i, '').replace(/[\\/\r\n"]/g, '_') || 'plan';
  const name = `${stem}.plancheck.docx`;
  const ascii = name.replace(/[^\x20-\x7e]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`;
}

export async function docxWithComments(c: Context, store: ReportStore, status: CheckStatus): Promise<Response> {
  const ext = parseUploadKey(status.upload)?.ext;
  if (ext !== 'docx') {
    throw new ApiError(
      415,
      'not-docx',
      `check ${status.id} is of a ${formatNames[ext ?? ''] ?? ext ?? 'non-DOCX'} plan: Word with comments is made from a DOCX upload only (the other formats: json, md, html, sarif, junit)`,
    );
  }
  const [upload, report] = await Promise.all([store.getUpload(status.upload), store.getReport(status.sha256, status.profile, status.lang, 'json')]);
  if (!upload) throw new ApiError(404, 'not-found', `the upload of check ${status.id} is missing`);
  if (!report) throw new ApiError(404, 'not-found', `the json report of check ${status.id} is missing`);
  const result = JSON.parse(report.body.toString('utf8')) as CheckResult;
  // The DOCX reader and the comment writer (~0.3 MB of the bundle) load with the first download, not with the app.
  const { DOCX_MEDIA_TYPE, renderDocxComments } = await import('../core/report/docx-comments.ts');
  const { bytes } = await renderDocxComments(upload.bytes, result, { date: status.updatedAt, filename: status.filename ?? upload.info.filename });
  return c.body(bytes, 200, { 'content-type': DOCX_MEDIA_TYPE, 'content-disposition': disposition(status.filename ?? upload.info.filename) });
}
