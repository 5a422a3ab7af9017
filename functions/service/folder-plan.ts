// A folder of Markdown files checked as one plan: its content hash covers each
// file's name and bytes in name order, the same for `plancheck check <folder>`
// and a batch, so either reuses the other's record.
import { createHash } from 'node:crypto';

export interface PlanPart {
  name: string;
  bytes: Uint8Array;
}

/** Parts sorted by name (the order the hash is taken in). */
export function sortParts<T extends PlanPart>(parts: T[]): T[] {
  return [...parts].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function folderSha256(parts: PlanPart[]): string {
  const hash = createHash('sha256');
  for (const p of parts) hash.update(p.name).update(p.bytes);
  return hash.digest('hex');
}
