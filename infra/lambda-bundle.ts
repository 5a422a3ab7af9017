// One esbuild recipe for the Lambda bundles, used by the CDK assets and by
// bench/bundle.bench.ts, so the bench measures what gets deployed.
//
// Why not NodejsFunction: the core loads natural and mammoth internals
// through `createRequire(import.meta.url)`, which esbuild cannot follow, and
// NodejsFunction takes no esbuild plugins. So we run the local esbuild
// ourselves with a plugin that turns those requires back into plain ones
// esbuild bundles, and copy any native package the runtime needs beside the
// bundle (none since the Chinese segmenter left with the TF-IDF guide match).
//
// pdf.js goes with the worker only: there it is bundled as chunks loaded on the
// first PDF (the PDF plugin imports its reader dynamically), and the Chinese
// CMaps are copied to pdfjs/cmaps/. The API function carries no PDF reader
// (its app answers a PDF 202 and the worker checks it): 1.7 MB of pdf.js and
// 0.55 MB of CMaps stay out of its package.
import { build, type BuildOptions, type BuildResult, type Plugin } from 'esbuild';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { computeCheckerBuild } from '../functions/core/check/checker-build.ts';
import { precompiledDefine } from './precompile.ts';

export const repoRoot = fileURLToPath(new URL('../', import.meta.url));

/** Native packages the runtime cannot get from esbuild: external, copied into node_modules/. */
export const nativePackages: readonly string[] = [];

/** The handler entries, relative to the repo root. */
export const entries = {
  api: 'functions/api/lambda.ts',
  worker: 'functions/worker/lambda.ts',
} as const;

/**
 * The check thread both handlers run checks in (functions/service/check-pool.ts):
 * bundled beside index.mjs as check-thread.mjs, where threadEntry looks in a bundle.
 */
export const checkThreadEntry = 'functions/service/check-thread.ts';

/** Entries bundled without pdf.js and its CMaps: their app sends PDFs to the worker (lambda-app.ts, pdfReader 'worker'). */
export const withoutPdfReader: ReadonlySet<string> = new Set([entries.api]);

// The core finds rules/ and package.json at '../../../' from its own module
// (functions/core/<dir>/x.ts). In one bundle every module shares the bundle's
// import.meta.url, so we give them a URL three folders below the bundle root:
// '../../../rules/' then lands on <bundle>/rules/.
export const MODULE_URL_ID = '__plancheckModuleUrl';
export const banner = [
  "import { createRequire as __plancheckCreateRequire } from 'node:module';",
  // esbuild's require shim for external CommonJS packages looks for a global `require`.
  'const require = __plancheckCreateRequire(import.meta.url);',
  `const ${MODULE_URL_ID} = new URL('./functions/core/bundle/index.mjs', import.meta.url).href;`,
].join('\n');

/** Turns `const require = createRequire(import.meta.url)` into the free `require` esbuild follows. */
export const bundleCreateRequire: Plugin = {
  name: 'bundle-create-require',
  setup(b) {
    b.onLoad({ filter: /[\\/]functions[\\/].*\.ts$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('createRequire(import.meta.url)')) return undefined;
      const contents = source.replace(/const require\s*=\s*createRequire\(import\.meta\.url\);?/g, '');
      return { contents, loader: 'ts' };
    });
  },
};

/**
 * Package export conditions: node's own (esbuild adds node and import/require).
 * Not esbuild's default, which adds `module`: with it mammoth's
 * require('underscore') gets underscore's ES modules wrapped in getters
 * (__toCommonJS), and every _.flatten in mammoth's reader goes through one:
 * ~150 ms more on a 200k-character DOCX than node's own require of the CJS build.
 */
export const NODE_CONDITIONS: string[] = [];

/**
 * pdf.js requires @napi-rs/canvas at import (for DOMMatrix, ImageData, Path2D,
 * which text extraction never uses). A bundle ships no canvas, so pdf.js would
 * print three "Warning: Cannot load/polyfill" lines to stderr on every first
 * PDF. It gets stand-ins instead, as load-pdfjs.ts stubs DOMMatrix. The build
 * fails if pdf.js no longer has that require (then look again).
 */
export const pdfjsWithoutCanvas: Plugin = {
  name: 'pdfjs-without-canvas',
  setup(b) {
    b.onLoad({ filter: /[\\/]pdfjs-dist[\\/]legacy[\\/]build[\\/]pdf\.mjs$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      const require = 'canvas = require("@napi-rs/canvas");';
      if (!source.includes(require)) throw new Error(`pdf.js no longer requires @napi-rs/canvas as expected (${args.path})`);
      return { contents: source.replace(require, 'canvas = { ImageData: class ImageData {}, Path2D: class Path2D {} };'), loader: 'js' };
    });
  },
};

/**
 * zod's classic API re-exports every locale (`z.locales`, 258 KB minified) and
 * registers English itself; nothing of ours picks another locale. Bundles get
 * English only. The build fails if the locale index no longer looks as it did.
 */
export const zodEnglishOnly: Plugin = {
  name: 'zod-english-only',
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => {
      const source = readFileSync(args.path, 'utf8');
      if (!source.includes('export { default as en } from "./en.js";')) throw new Error(`zod's locale index changed (${args.path}): look again at zodEnglishOnly`);
      return { contents: 'export { default as en } from "./en.js";\n', loader: 'js', resolveDir: dirname(args.path) };
    });
  },
};

/**
 * functions/core/rules/zod.ts requires zod on first use (a bundle's validated
 * rules never need it). esbuild would resolve that require to zod's CommonJS
 * build, a second copy beside the ES modules the API's schemas import: it gets
 * the ES module build, which esbuild then evaluates when first required.
 */
export const zodRequiredAsModule: Plugin = {
  name: 'zod-required-as-module',
  setup(b) {
    b.onResolve({ filter: /^zod$/ }, (args) => (args.kind === 'require-call' ? b.resolve('zod', { kind: 'import-statement', resolveDir: args.resolveDir }) : undefined));
  },
};

/**
 * For a bundle without pdf.js: the PDF reader module (which imports pdf.js)
 * is replaced by one that refuses with a message saying where PDFs are read.
 * The app never gets there (it answers a PDF 202 for the worker); a job run
 * in the API function itself, without a queue, would.
 */
export const noPdfReader: Plugin = {
  name: 'no-pdf-reader',
  setup(b) {
    b.onLoad({ filter: /[\\/]functions[\\/]core[\\/]parsers[\\/]pdf[\\/]read-pdf\.ts$/ }, (args) => ({
      contents: [
        "import { PlanInputError } from '../../errors.ts';",
        'export async function readPdf(): Promise<never> {',
        "  throw new PlanInputError('unsupported-type', 'this function carries no PDF reader: PDFs are checked by the worker (set PLANCHECK_QUEUE_URL so they reach it)');",
        '}',
      ].join('\n'),
      loader: 'ts',
      resolveDir: dirname(args.path),
    }));
  },
};

/**
 * Loads rules/ as strictly as a checkout does (every schema, every fact, part
 * and concept a rule names, the vocabulary, the profiles) and returns the
 * version of the files it validated. A bundle is defined with it and loads the
 * same files without running the schemas again (functions/core/rules/ruleset-version.ts);
 * a rule set that does not load fails the build.
 */
export async function validatedRulesetVersion(): Promise<string> {
  const { listRules, getRulesetVersion } = await import('../functions/core/rules/catalog.ts');
  const { shippedProfiles } = await import('../functions/core/rules/profiles.ts');
  const { vocabulary } = await import('../functions/core/match/vocabulary.ts');
  vocabulary();
  shippedProfiles();
  listRules();
  return getRulesetVersion();
}

export interface BundleOptions {
  entry: string; // absolute path or relative to the repo root
  outDir: string;
  minify?: boolean;
  metafile?: boolean;
  /** Bundle pdf.js and ship its CMaps (default: unless the entry is one of withoutPdfReader). */
  pdf?: boolean;
}

/**
 * What every bundle of ours shares (the Lambda ones and the CLI's): ESM for Node 20,
 * dynamic imports as chunks loaded when first reached (the API entry imports its app
 * lazily, so the AWS SDK and module bodies stay out of the cold import), chunks in the
 * bundle root so the banner's module URL holds for every file.
 */
export const esmBundleOptions = {
  splitting: true,
  chunkNames: '[name]-[hash]',
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  conditions: NODE_CONDITIONS,
  target: 'node20',
  format: 'esm',
  sourcemap: false,
  metafile: true,
  logLevel: 'silent',
  legalComments: 'none',
  banner: { js: banner },
  plugins: [bundleCreateRequire, zodRequiredAsModule, pdfjsWithoutCanvas, zodEnglishOnly],
} satisfies BuildOptions;

export async function bundleLambda(opts: BundleOptions): Promise<BuildResult<{ metafile: true }>> {
  const entry = opts.entry.startsWith('/') ? opts.entry : join(repoRoot, opts.entry);
  const pdf = opts.pdf ?? ![...withoutPdfReader].some((e) => join(repoRoot, e) === entry);
  const isHandler = Object.values(entries).some((e) => join(repoRoot, e) === entry);
  mkdirSync(opts.outDir, { recursive: true });
  const result = await build({
    ...esmBundleOptions,
    plugins: pdf ? esmBundleOptions.plugins : [...esmBundleOptions.plugins, noPdfReader],
    // A handler's check thread is an entry of its own, sharing the handler's chunks.
    entryPoints: { index: entry, ...(isHandler ? { 'check-thread': join(repoRoot, checkThreadEntry) } : {}) },
    outdir: opts.outDir,
    minify: opts.minify ?? true,
    // The Lambda Node 20 runtime ships AWS SDK v3.
    external: ['@aws-sdk/*', '@smithy/*', ...nativePackages, ...nativePackages.map((p) => `${p}/*`)],
    define: { 'import.meta.url': MODULE_URL_ID, __PLANCHECK_BUILD__: JSON.stringify(computeCheckerBuild(repoRoot)), __PLANCHECK_BUNDLE__: 'true', __PLANCHECK_SDK_EXTERNAL__: 'true', __PLANCHECK_RULES_VALIDATED__: JSON.stringify(await validatedRulesetVersion()), __PLANCHECK_PRECOMPILED__: await precompiledDefine(join(repoRoot, 'rules')) },
  });
  copyRuntimeFiles(opts.outDir, { pdf });
  return result as BuildResult<{ metafile: true }>;
}

/**
 * The CMaps pdf.js needs for Chinese fonts that are not embedded (simplified: GB;
 * traditional: CNS, Big5, HK): 0.57 MB of the 1.7 MB set. Japanese and Korean
 * CMaps are left out; a PDF that needs one reads as text-less and is refused.
 */
export const CMAP_FILES = /^(?:.*GB.*|.*CNS.*|B5.*|ETen.*|ETHK.*|HK.*)\.bcmap$/;

/** Copies the Chinese CMaps to pdfjs/cmaps/, where functions/core/parsers/pdf-assets.ts looks in a bundle. */
export function copyPdfCMaps(outDir: string): void {
  const from = join(repoRoot, 'node_modules', 'pdfjs-dist', 'cmaps');
  const to = join(outDir, 'pdfjs', 'cmaps');
  mkdirSync(to, { recursive: true });
  for (const f of readdirSync(from)) if (CMAP_FILES.test(f)) cpSync(join(from, f), join(to, f));
}

/** Rules, the version, the CMaps (unless the bundle reads no PDF), and any native package, where the core looks for them at run time. */
export function copyRuntimeFiles(outDir: string, { pdf = true }: { pdf?: boolean } = {}): void {
  if (pdf) copyPdfCMaps(outDir);
  const rulesOut = join(outDir, 'rules');
  mkdirSync(rulesOut, { recursive: true });
  for (const f of readdirSync(join(repoRoot, 'rules'))) {
    if (f.endsWith('.json')) cpSync(join(repoRoot, 'rules', f), join(rulesOut, f));
  }
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  writeFileSync(join(outDir, 'package.json'), JSON.stringify({ name: pkg.name, version: pkg.version, type: 'module' }));
  for (const p of nativePackages) {
    const from = join(repoRoot, 'node_modules', p);
    if (!existsSync(from)) throw new Error(`native package ${p} is not installed: run npm install on linux-x64`);
    const to = join(outDir, 'node_modules', p);
    mkdirSync(dirname(to), { recursive: true });
    cpSync(from, to, { recursive: true, filter: (src) => !/[\\/](browser\.js|README\.md)$/.test(src) });
  }
}

/** The bundle's JavaScript files (index.mjs and its chunks) and their total size. */
export function bundleFiles(outDir: string): { files: string[]; bytes: number } {
  const files = readdirSync(outDir).filter((f) => f.endsWith('.mjs')).sort();
  return { files, bytes: files.reduce((n, f) => n + statSync(join(outDir, f)).size, 0) };
}

/** Bytes of the CMaps shipped beside a bundle. */
export function cmapBytes(outDir: string): number {
  const dir = join(outDir, 'pdfjs', 'cmaps');
  return existsSync(dir) ? readdirSync(dir).reduce((n, f) => n + statSync(join(dir, f)).size, 0) : 0;
}

/** The largest inputs of a bundle, for finding what bloats it. */
export function topInputs(metafile: { outputs: Record<string, { inputs: Record<string, { bytesInOutput: number }> }> }, n = 10): Array<{ path: string; bytes: number }> {
  const byPackage = new Map<string, number>();
  for (const out of Object.values(metafile.outputs)) {
    for (const [path, info] of Object.entries(out.inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
      const key = m ? m[1]! : path;
      byPackage.set(key, (byPackage.get(key) ?? 0) + info.bytesInOutput);
    }
  }
  return [...byPackage].map(([path, bytes]) => ({ path, bytes })).sort((a, b) => b.bytes - a.bytes).slice(0, n);
}
