// Where things live in the bucket (below PLANCHECK_PREFIX):
//   uploads/<sha256>.<ext>                          the plan, stored once per content
//   reports/<sha256>/<profile>/<lang>/report.<ext>  every report format of one check
//   checks/<id>.json                                 the status record of one check
import { createHash } from 'node:crypto';
import type { Lang } from '../core/check/result.ts';

export const uploadPrefix = 'uploads/';

export function uploadKey(sha256: string, ext: string): string {
  return `${uploadPrefix}${sha256}.${ext}`;
}

/** The sha256 and extension of an upload key, or null for any other key. */
export function parseUploadKey(key: string): { sha256: string; ext: string } | null {
  const m = /^uploads\/([0-9a-f]{64})\.([a-z0-9]+)$/.exec(key);
  return m ? { sha256: m[1], ext: m[2] } : null;
}

export function reportKey(sha256: string, profile: string, lang: Lang, ext: string): string {
  return `reports/${sha256}/${profile}/${lang}/report.${ext}`;
}

export function statusKey(id: string): string {
  return `checks/${id}.json`;
}

/** A check is one plan under one profile and language: the same inputs give the same id. */
export function checkId(sha256: string, profile: string, lang: Lang): string {
  return createHash('sha256').update(`${sha256}\n${profile}\n${lang}`).digest('hex').slice(0, 32);
}

export const checkIdPattern = /^[0-9a-f]{32}$/;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
