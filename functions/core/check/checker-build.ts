// The checker's own version: a hash of everything that decides a result — the
// rules and vocabulary (rules/*.json) and the core's code (functions/core/).
// Stored reports are keyed by it, so a change in a fact, not only in a rule,
// retires the reports the old checker wrote. A bundle gets it at build time
// (infra/lambda-bundle.ts defines __PLANCHECK_BUILD__); from a checkout it is
// computed once from the files.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

declare const __PLANCHECK_BUILD__: string | undefined;

function files(dir: string, keep: (name: string) => boolean, out: string[] = []): string[] {
  for (const name of readdirSync(dir).sort()) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) files(p, keep, out);
    else if (keep(name)) out.push(p);
  }
  return out;
}

/** The build hash of the checkout at `root`: rules/*.json and functions/core/**\/*.ts, by path and content. */
export function computeCheckerBuild(root: string): string {
  const hash = createHash('sha256');
  const inputs = [...files(join(root, 'rules'), (n) => n.endsWith('.json')), ...files(join(root, 'functions', 'core'), (n) => n.endsWith('.ts'))];
  for (const f of inputs) {
    hash.update(relative(root, f).replaceAll('\\', '/'));
    hash.update('\0');
    hash.update(readFileSync(f));
  }
  return `sha256:${hash.digest('hex').slice(0, 16)}`;
}

let build: string | null = null;
export function checkerBuild(): string {
  if (build) return build;
  build = typeof __PLANCHECK_BUILD__ === 'string' ? __PLANCHECK_BUILD__ : computeCheckerBuild(fileURLToPath(new URL('../../../', import.meta.url)));
  return build;
}
