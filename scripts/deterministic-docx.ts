// The docx package stamps the current time into docProps/core.xml and the zip:
// both are rewritten with a fixed date so a regenerated fixture has identical bytes.
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';

const FIXED_DATE = '2024-01-01T00:00:00Z';

export function deterministic(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) {
    files['docProps/core.xml'] = strToU8(
      strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/g, `$1${FIXED_DATE}$2`),
    );
  }
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  const ordered: Record<string, [Uint8Array, { mtime: Date; level: 6 }]> = {};
  for (const name of names) ordered[name] = [files[name]!, { mtime: new Date(FIXED_DATE), level: 6 }];
  return zipSync(ordered);
}
