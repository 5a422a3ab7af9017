// Debian's headless LibreOffice for the Word-with-comments tests: installed on a
// fresh machine by scripts/install-libreoffice.sh (like Chromium for the page),
// run with a profile of its own so parallel test files never share its lock.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SaxesParser } from 'saxes';

export const SOFFICE = '/usr/bin/soffice';

export function ensureLibreOffice(): void {
  if (existsSync(SOFFICE)) return;
  execFileSync('sh', [join(import.meta.dirname, '../../scripts/install-libreoffice.sh')], { stdio: 'inherit', timeout: 600_000 });
}

/** Converts files with `soffice --convert-to <to>` into outDir (one start of LibreOffice for all). */
export function convertWithLibreOffice(files: string[], to: string, outDir: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'plancheck-lo-profile-'));
  try {
    execFileSync(SOFFICE, [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--nologo', '--convert-to', to, '--outdir', outDir, ...files], {
      stdio: 'pipe',
      timeout: 300_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

export interface OdfAnnotation {
  creator: string;
  initials: string;
  date: string;
  /** The comment's paragraphs as text. */
  paragraphs: string[];
  /** The document text the comment's range covers (empty for a comment at a point). */
  anchored: string;
}

/**
 * The annotations of a flat ODT (.fodt) as LibreOffice wrote them, in document
 * order, each with the text its range covers (office:annotation …
 * office:annotation-end of the same name), and the body text outside them.
 */
export function readFodtAnnotations(path: string): { annotations: OdfAnnotation[]; bodyText: string } {
  const parser = new SaxesParser();
  const annotations: OdfAnnotation[] = [];
  const open = new Map<string, OdfAnnotation>();
  let inBody = false;
  let current: OdfAnnotation | null = null;
  let field: 'creator' | 'initials' | 'date' | 'p' | null = null;
  let bodyText = '';
  parser.on('opentag', (tag) => {
    if (tag.name === 'office:body') inBody = true;
    if (!inBody) return;
    if (tag.name === 'office:annotation') {
      current = { creator: '', initials: '', date: '', paragraphs: [], anchored: '' };
      annotations.push(current);
      const name = tag.attributes['office:name'];
      if (typeof name === 'string') open.set(name, current);
    } else if (tag.name === 'office:annotation-end') {
      open.delete(String(tag.attributes['office:name']));
    } else if (current) {
      if (tag.name === 'dc:creator') field = 'creator';
      else if (tag.name === 'meta:creator-initials') field = 'initials';
      else if (tag.name === 'dc:date') field = 'date';
      else if (tag.name === 'text:p') {
        field = 'p';
        current.paragraphs.push('');
      }
    } else if (tag.name === 'text:p' || tag.name === 'text:h') {
      bodyText += '\n';
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'office:annotation') current = null;
    if (tag.name === 'dc:creator' || tag.name === 'meta:creator-initials' || tag.name === 'dc:date' || tag.name === 'text:p') field = null;
  });
  parser.on('text', (text) => {
    if (!inBody) return;
    const c = current as OdfAnnotation | null;
    if (c) {
      if (field === 'p') c.paragraphs[c.paragraphs.length - 1] += text;
      else if (field) c[field] += text;
      return;
    }
    bodyText += text;
    for (const a of open.values()) a.anchored += text;
  });
  parser.write(readFileSync(path, 'utf8')).close();
  return { annotations, bodyText };
}
