// Every DOCX under a folder, for tests that run a reader over all the fixture Word files.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function docxFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) docxFiles(p, out);
    else if (name.endsWith('.docx')) out.push(p);
  }
  return out;
}
