// The built CLI and local server (dist/), made by `npm run build` and by
// `npm ci` / `npm pack` through the `prepare` script. Same recipe as the Lambda
// bundles (infra/lambda-bundle.ts): esbuild, the createRequire plugin, every
// module sharing a URL three folders below the bundle root so rules/,
// package.json and pdfjs/cmaps/ are found beside the bundle, the checker build
// hash defined at bundle time. Differences:
// - every runtime dependency is bundled, the AWS SDK too (`plancheck batch
//   s3://…`): the package installs with no dependencies at all, offline;
// - several entries share chunks: the CLI, the two worker-thread entries
//   (functions/service/worker-pool.ts threadEntry finds them at the root), and
//   the local server;
// - the version is defined too, so `plancheck --version` reads no file;
// - so is the version of the rules the build validated, which the bundle then
//   loads without their schemas (functions/core/rules/ruleset-version.ts).
// Commands, parsers and pdf.js stay dynamic imports: chunks loaded on first use.
import { build, type BuildResult } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { computeCheckerBuild } from '../functions/core/check/checker-build.ts';
import { copyRuntimeFiles, esmBundleOptions, MODULE_URL_ID, repoRoot, validatedRulesetVersion } from './lambda-bundle.ts';

/** The built entries (dist/<name>.mjs) and their sources. */
export const cliEntries = {
  plancheck: 'functions/cli/bin.ts',
  'check-worker': 'functions/batch/check-worker.ts',
  'check-thread': 'functions/service/check-thread.ts',
  'cli-check-thread': 'functions/cli/check-thread.ts',
  server: 'functions/local/start.ts',
} as const;

export const distDir = join(repoRoot, 'dist');

export async function bundleCli(outDir = distDir, options: { minify?: boolean } = {}): Promise<BuildResult<{ metafile: true }>> {
  // Old chunks have other hashes: start clean so the package carries only this build.
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const result = await build({
    ...esmBundleOptions,
    entryPoints: Object.fromEntries(Object.entries(cliEntries).map(([name, src]) => [name, join(repoRoot, src)])),
    outdir: outDir,
    minify: options.minify ?? true,
    define: {
      'import.meta.url': MODULE_URL_ID,
      __PLANCHECK_BUILD__: JSON.stringify(computeCheckerBuild(repoRoot)),
      __PLANCHECK_VERSION__: JSON.stringify(pkg.version),
      __PLANCHECK_BUNDLE__: 'true',
      __PLANCHECK_RULES_VALIDATED__: JSON.stringify(await validatedRulesetVersion()),
    },
  });
  copyRuntimeFiles(outDir);
  emitReportTypes(outDir);
  return result as BuildResult<{ metafile: true }>;
}

/**
 * The report's TypeScript types (CheckResult and the document model it quotes)
 * as declarations in dist/types/, the package's `plancheck/report` export: a
 * tool that reads the JSON report can type it. Types only: the package has no
 * JavaScript API, its interface is the CLI and the report schema.
 */
export function emitReportTypes(outDir: string): void {
  const tsc = join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  const r = spawnSync(
    process.execPath,
    [tsc, '--declaration', '--emitDeclarationOnly', '--noEmit', 'false', '--outDir', join(outDir, 'types'), '--rootDir', join(repoRoot, 'functions', 'core'),
      '--module', 'nodenext', '--target', 'es2022', '--strict', '--skipLibCheck', '--allowImportingTsExtensions', '--types', 'node',
      join(repoRoot, 'functions', 'core', 'check', 'result.ts')],
    { encoding: 'utf8' },
  );
  if (r.status !== 0) throw new Error(`declarations of the report types: ${r.stdout}${r.stderr}`);
}
