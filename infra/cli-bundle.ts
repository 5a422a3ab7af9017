// The built CLI and local server (dist/), made by `npm run build` and by
// `npm ci` / `npm pack` through the `prepare` script. Same recipe as the Lambda
// bundles (infra/lambda-bundle.ts): esbuild, the createRequire plugin, every
// module sharing a URL three folders below the bundle root so rules/,
// package.json and pdfjs/cmaps/ are found beside the bundle, the checker build
// hash defined at bundle time. Differences:
// - every runtime dependency is bundled, the AWS SDK too (`plancheck batch
//   s3://…`): the package installs with no dependencies at all, offline;
// - several entries share chunks: the CLI, the worker-thread entries
//   (functions/service/worker-pool.ts threadEntry finds them at the root), and
//   the local server;
// - CommonJS (.cjs), so that the chunks load through a V8 code cache on Node 20
//   (functions/cli/code-cache.ts; Node 20 caches no compiled ES module), and a
//   one-plan `plancheck check` does not compile the same megabytes in its main
//   thread and its check thread at every call. esbuild splits only ES modules:
//   the build is split as ES modules, then each file turned into CommonJS;
// - the version is defined too, so `plancheck --version` reads no file;
// - so is the version of the rules the build validated, which the bundle then
//   loads without their schemas (functions/core/rules/ruleset-version.ts).
// Commands, parsers and pdf.js stay dynamic imports: chunks loaded on first use.
import { build, transform, type BuildResult, type Metafile } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { computeCheckerBuild } from '../functions/core/check/checker-build.ts';
import { precompiledDefine } from './precompile.ts';
import { copyRuntimeFiles, esmBundleOptions, MODULE_URL_ID, repoRoot, validatedRulesetVersion } from './lambda-bundle.ts';

/** The built entries (dist/<name>.cjs) and their sources. */
export const cliEntries = {
  plancheck: 'functions/cli/bin.ts',
  'check-worker': 'functions/batch/check-worker.ts',
  'check-thread': 'functions/service/check-thread.ts',
  'cli-check-thread': 'functions/cli/check-thread.ts',
  server: 'functions/local/start.ts',
} as const;

/** What the CLI's entries load first (dist/code-cache.cjs): built alone, so it requires no chunk before the cache is in place. */
export const codeCacheEntry = 'functions/cli/code-cache.ts';

export const distDir = join(repoRoot, 'dist');

export async function bundleCli(outDir = distDir, options: { minify?: boolean } = {}): Promise<BuildResult<{ metafile: true }>> {
  // Old chunks have other hashes: start clean so the package carries only this build.
  if (existsSync(outDir)) rmSync(outDir, { recursive: true, force: true });
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { version: string };
  const minify = options.minify ?? true;
  const cli = await build({
    ...esmBundleOptions,
    entryPoints: Object.fromEntries(Object.entries(cliEntries).map(([name, src]) => [name, join(repoRoot, src)])),
    outdir: outDir,
    minify,
    // ES modules that import each other as .cjs files, turned into CommonJS below (writeCommonJs).
    outExtension: { '.js': '.cjs' },
    banner: {},
    write: false,
    define: {
      'import.meta.url': MODULE_URL_ID,
      __PLANCHECK_BUILD__: JSON.stringify(computeCheckerBuild(repoRoot)),
      __PLANCHECK_VERSION__: JSON.stringify(pkg.version),
      __PLANCHECK_BUNDLE__: 'true',
      __PLANCHECK_RULES_VALIDATED__: JSON.stringify(await validatedRulesetVersion()),
      __PLANCHECK_PRECOMPILED__: await precompiledDefine(join(repoRoot, 'rules')),
      __PLANCHECK_THREAD_EXT__: JSON.stringify('.cjs'),
    },
  });
  const installer = await build({
    entryPoints: { 'code-cache': join(repoRoot, codeCacheEntry) },
    outdir: outDir,
    outExtension: { '.js': '.cjs' },
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    minify,
    metafile: true,
    logLevel: 'silent',
    legalComments: 'none',
  });
  await writeCommonJs(cli.outputFiles, cli.metafile, outDir, minify);
  copyRuntimeFiles(outDir);
  emitReportTypes(outDir);
  const metafile: Metafile = {
    inputs: { ...cli.metafile.inputs, ...installer.metafile.inputs },
    outputs: { ...cli.metafile.outputs, ...installer.metafile.outputs },
  };
  return { ...cli, metafile } as BuildResult<{ metafile: true }>;
}

/**
 * Each file of the split build as CommonJS: import and export become
 * require and module.exports, import() a require on first use. Every file
 * opens as the ES module banner did (strict, as ES modules are; the module URL
 * the core resolves rules/ from); an entry first installs the code cache for
 * the chunks it requires, under a name for this build's chunks (V8 checks a
 * cache against the source's length only).
 */
async function writeCommonJs(files: { path: string; text: string }[], metafile: Metafile, outDir: string, minify: boolean): Promise<void> {
  const entries = new Set(Object.entries(metafile.outputs).filter(([, o]) => o.entryPoint).map(([path]) => basename(path)));
  const common: Array<[string, string]> = [];
  for (const f of files) {
    if (!f.path.endsWith('.cjs')) throw new Error(`the build wrote ${f.path}, not a .cjs file`);
    const code = (await transform(f.text, { format: 'cjs', loader: 'js', platform: 'node', target: 'node20', supported: { 'dynamic-import': false }, minify, legalComments: 'none', logLevel: 'silent' })).code;
    common.push([basename(f.path), code]);
  }
  const chunks = common.filter(([name]) => !entries.has(name)).sort(([a], [b]) => (a < b ? -1 : 1));
  const hash = createHash('sha256');
  for (const [name, code] of chunks) hash.update(`${name}\0${code}\0`);
  const build = hash.digest('hex').slice(0, 16);
  const moduleUrl = `const ${MODULE_URL_ID}=require("node:url").pathToFileURL(__dirname+"/functions/core/bundle/index.mjs").href;`;
  mkdirSync(outDir, { recursive: true });
  for (const [name, code] of common) {
    const install = entries.has(name) ? `require("./code-cache.cjs").installCodeCache(__dirname,${JSON.stringify(build)});` : '';
    writeFileSync(join(outDir, name), `"use strict";${install}${moduleUrl}\n${code}`);
  }
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
