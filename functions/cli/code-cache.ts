// A V8 code cache for the built CLI on Node 20, which caches no compiled code
// between processes (module.enableCompileCache is Node 22.1+, and caches no ES
// module on 20). Every `plancheck` process, and its check thread, would
// otherwise parse and compile the same megabytes of JavaScript again: a
// Markdown check spent ~10–15% of its CPU there.
//
// dist/ (the CLI, its threads, the local server) is built as CommonJS
// (dist/*.cjs, infra/cli-bundle.ts) so its chunks can be compiled here, by
// vm.Script with the bytecode V8 serialized for them in an earlier process:
// each entry file calls installCodeCache() before it requires its first chunk,
// in the main thread and in every check thread.
// The bytecode is written once a chunk has run (after a check, or at exit), so
// it holds the functions that run compiled, not only the top level.
//
// A cache can only cost speed, never a result: a file that is missing, cut
// short, fails its checksum or is refused by V8 (another Node, other flags) is
// compiled from source and written again; a folder that cannot be written
// leaves the CLI as it was without a cache. V8 checks only the source's length,
// not its text, so the folder is keyed by a hash of every chunk as built.
// This file is an entry of its own, loaded before any chunk: node built-ins only.
import { lstatSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import Module, { createRequire } from 'node:module';
import { homedir, tmpdir } from 'node:os';
import { basename, dirname, isAbsolute, join } from 'node:path';
import { constants, Script } from 'node:vm';

/** Where installCodeCache() leaves its flush, for code that runs in a chunk (functions/service/code-cache-flush.ts). */
export const CODE_CACHE_KEY = Symbol.for('plancheck.codeCache');

// A cache file: this header, the SHA-256 of the bytecode, the bytecode. V8's own
// checks of a cache (its version, flags, the source's length) do not include a
// checksum of the bytecode in a release build.
const MAGIC = Buffer.from('PLNCHK1\n');
const HEADER = MAGIC.length + 32;

// A chunk smaller than this compiles in well under a millisecond: reading and
// checking a cache file would cost more (and `plancheck --version`, which loads
// only small chunks, would load node:crypto for nothing).
const MIN_CACHED_LENGTH = 16 * 1024;

// What Node's CommonJS loader wraps a module in; the same, so the chunk sees the same scope.
const WRAPPER = ['(function (exports, require, module, __filename, __dirname) { ', '\n});'] as const;

interface Pending {
  script: Script;
  file: string;
}

interface CompilingModule {
  exports: unknown;
}

type Compile = (this: CompilingModule, content: string, filename: string, ...rest: unknown[]) => unknown;

/**
 * The cache's folder: $PLANCHECK_CACHE_DIR, else $XDG_CACHE_HOME/plancheck or
 * ~/.cache/plancheck; if that cannot be made, <tmp>/plancheck-<uid>, used only
 * if it is this user's and no one else can write it. Under it one folder per
 * build, Node (V8) version and architecture; a new one removes the others.
 */
function cacheFolder(build: string): string | null {
  const folder = `code-${build}-v8-${process.versions.v8}-${process.arch}`;
  const explicit = process.env.PLANCHECK_CACHE_DIR;
  const xdg = process.env.XDG_CACHE_HOME;
  // Each root as a function: homedir() can throw (no HOME and no passwd entry), and that is only no cache there.
  const roots: Array<{ root: () => string; shared: boolean }> = explicit
    ? [{ root: () => explicit, shared: false }]
    : [
        { root: () => join(xdg && isAbsolute(xdg) ? xdg : join(homedir(), '.cache'), 'plancheck'), shared: false },
        { root: () => join(tmpdir(), `plancheck-${process.getuid?.() ?? 'user'}`), shared: true },
      ];
  for (const { root: rootOf, shared } of roots) {
    try {
      const root = rootOf();
      mkdirSync(root, { recursive: true, mode: 0o700 });
      if (shared && !ownedAndPrivate(root)) continue;
      const dir = join(root, folder);
      if (mkdirSync(dir, { recursive: true, mode: 0o700 }) !== undefined) pruneOthers(root, folder);
      return dir;
    } catch {
      // Not writable here: the next root, or no cache.
    }
  }
  return null;
}

/** A folder in a shared place (the temp folder) is trusted only if it is this user's alone: bytecode is code. */
function ownedAndPrivate(dir: string): boolean {
  const st = lstatSync(dir);
  return st.isDirectory() && (process.getuid === undefined || st.uid === process.getuid()) && (st.mode & 0o022) === 0;
}

/** Another build's (or Node's) bytecode is never read again once this one runs. */
function pruneOthers(root: string, keep: string): void {
  for (const name of readdirSync(root)) {
    if (name.startsWith('code-') && name !== keep) rmSync(join(root, name), { recursive: true, force: true });
  }
}

// node:crypto is required on first use: a process that reads no cache file does not load it.
function sha256(data: Uint8Array): Buffer {
  return (require('node:crypto') as typeof import('node:crypto')).createHash('sha256').update(data).digest();
}

/** The bytecode in a cache file, or undefined if there is none or it is not whole. */
function readCache(file: string): Buffer | undefined {
  let raw: Buffer;
  try {
    raw = readFileSync(file);
  } catch {
    return undefined;
  }
  if (raw.length <= HEADER || !raw.subarray(0, MAGIC.length).equals(MAGIC)) return undefined;
  const data = raw.subarray(HEADER);
  return sha256(data).equals(raw.subarray(MAGIC.length, HEADER)) ? data : undefined;
}

function writeCache(file: string, data: Buffer): void {
  // Written aside and renamed: a process reading it meanwhile sees the old file or the new, never half of one.
  const part = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.part`;
  try {
    writeFileSync(part, Buffer.concat([MAGIC, sha256(data), data]), { mode: 0o600 });
    renameSync(part, file);
  } catch {
    rmSync(part, { force: true });
  }
}

/**
 * Compiles every chunk beside the entry (`distDir`/*.cjs) through the cache
 * from now on, in this thread. `build` names the chunks' contents (the build
 * writes it into each entry). Once per thread; PLANCHECK_CODE_CACHE=0 turns it off.
 */
export function installCodeCache(distDir: string, build: string): void {
  const g = globalThis as { [CODE_CACHE_KEY]?: { flush(): void } };
  if (g[CODE_CACHE_KEY] || process.env.PLANCHECK_CODE_CACHE === '0') return;
  let dir: string | null | undefined;
  const pending: Pending[] = [];
  const proto = Module.prototype as unknown as { _compile: Compile };
  const compile = proto._compile;
  proto._compile = function (content, filename, ...rest) {
    if (content.length < MIN_CACHED_LENGTH || dirname(filename) !== distDir || !filename.endsWith('.cjs')) return compile.call(this, content, filename, ...rest);
    if (dir === undefined) dir = cacheFolder(build);
    const file = dir === null ? null : join(dir, `${basename(filename)}.v8`);
    const cachedData = file === null ? undefined : readCache(file);
    const script = new Script(WRAPPER[0] + content + WRAPPER[1], {
      filename,
      cachedData,
      // The first line's columns as the chunk has them, without the wrapper, in stack traces.
      columnOffset: -WRAPPER[0].length,
      // (Node < 20.12 has no such constant: a chunk's import() would then fail, and ours import nothing that way.)
      ...(constants?.USE_MAIN_CONTEXT_DEFAULT_LOADER ? { importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER } : {}),
    });
    if (file !== null && (cachedData === undefined || script.cachedDataRejected)) pending.push({ script, file });
    const wrapped = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapped.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  const flush = () => {
    for (const { script, file } of pending.splice(0)) {
      try {
        writeCache(file, script.createCachedData());
      } catch {
        // Left uncached: compiled from source next time, as now.
      }
    }
  };
  g[CODE_CACHE_KEY] = { flush };
  // A check thread is terminated, not exited: it flushes after each check (code-cache-flush.ts).
  process.once('exit', flush);
}
