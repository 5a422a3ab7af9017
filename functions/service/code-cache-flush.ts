// A check thread of the built CLI writes the bytecode of the chunks it compiled
// without a cache (functions/cli/code-cache.ts) once a check has run them: the
// pool terminates threads, so no exit handler of theirs ever runs. Elsewhere
// (the server, a Lambda, a checkout run by tsx) nothing installed a cache and
// this does nothing.
const CODE_CACHE_KEY = Symbol.for('plancheck.codeCache');

export function flushCodeCache(): void {
  (globalThis as { [CODE_CACHE_KEY]?: { flush(): void } })[CODE_CACHE_KEY]?.flush();
}
