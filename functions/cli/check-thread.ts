// Worker thread entry for `plancheck check`: one plan (a file's bytes, or a
// folder's Markdown files) per message, checked under the pool's heap and time
// limits, so a hostile plan ends as one `plancheck:` line and exit 2 instead of
// a V8 heap dump or a hang.
import { parentPort } from 'node:worker_threads';
import { checkDocument, checkPlan, type CheckOptions } from '../core/check/check-plan.ts';
import type { CheckResult } from '../core/check/result.ts';
import { isPlanInputError } from '../core/errors.ts';
import { parseMarkdownFolder } from '../core/parsers/index.ts';
import { listRules } from '../core/rules/catalog.ts';
import { findConfig } from '../core/rules/config.ts';
import { flushCodeCache } from '../service/code-cache-flush.ts';
import { folderSha256 } from '../service/folder-plan.ts';

export interface CliCheckRequest {
  /** The check's options but its config, which the thread finds (--config, or plancheck.config.json beside the plan): the rule set then loads once, here. */
  options: Omit<CheckOptions, 'config'> & { configPath?: string };
  /** A file: its bytes and name. */
  file?: { bytes: Uint8Array; filename: string };
  /** A folder of Markdown files read as one plan; its hash covers the files in this order. */
  parts?: { name: string; bytes: Uint8Array }[];
  /** Also write the file (a DOCX) back with the findings as Word comments dated so (ISO 8601), under the same limits. */
  docxComments?: { date: string };
}

export type CliCheckReply =
  | { ok: true; result: CheckResult; docx?: Uint8Array }
  | { ok: false; planInput: true; error: { code: string; message: string } }
  | { ok: false; planInput: false; error: { name: string; message: string; stack?: string } };

async function check(req: CliCheckRequest): Promise<CheckResult> {
  const { configPath, ...rest } = req.options;
  const ruleIds = new Set(listRules().map((r) => r.id));
  const options: CheckOptions = { ...rest, config: findConfig(configPath, rest.source, ruleIds) };
  if (req.parts) {
    const result = await checkDocument(parseMarkdownFolder(req.parts), options);
    result.document.sha256 = folderSha256(req.parts);
    return result;
  }
  return checkPlan({ bytes: req.file!.bytes, filename: req.file!.filename, ...options });
}

parentPort!.on('message', async (msg: CliCheckRequest & { id: number }) => {
  let reply: CliCheckReply;
  try {
    const result = await check(msg);
    reply = { ok: true, result };
    if (msg.docxComments && msg.file) {
      const { renderDocxComments } = await import('../core/report/docx-comments.ts');
      reply.docx = (await renderDocxComments(msg.file.bytes, result, { date: msg.docxComments.date, filename: msg.file.filename })).bytes;
    }
  } catch (e) {
    const err = e as Error;
    reply = isPlanInputError(e)
      ? { ok: false, planInput: true, error: { code: e.code, message: e.message } }
      : { ok: false, planInput: false, error: { name: err?.name ?? 'Error', message: err?.message ?? String(e), stack: err?.stack } };
  }
  // Before the reply: the CLI terminates this thread once it has its answer.
  flushCodeCache();
  parentPort!.postMessage({ id: msg.id, ...reply });
});

// Load the checker before saying ready: the time limit is the plan's, not the start-up's.
listRules();
parentPort!.postMessage({ ready: true });
