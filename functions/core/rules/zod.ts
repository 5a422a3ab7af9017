// zod, loaded on first use. A bundle loads the rule files its build validated
// without their schemas (ruleset-version.ts), so a check never needs zod
// there; loading it and building the schemas anyway cost every cold check
// thread ~50–65 ms (zod's module alone ~35 ms). The schemas are built by
// functions (schemas()), and zod is required when the first one is. In a
// bundle the require is esbuild's, to the same ES module build of zod the
// rest imports (infra/lambda-bundle.ts zodRequiredAsModule).
import { createRequire } from 'node:module';
import type * as Zod from 'zod';

const require = createRequire(import.meta.url);
let loaded: typeof Zod.z | null = null;

/** zod's `z`, loaded by the first call. */
export function zod(): typeof Zod.z {
  loaded ??= (require('zod') as typeof Zod).z;
  return loaded;
}

/** A value built by its first use, once. */
export function lazily<T>(build: () => T): () => T {
  let value: { v: T } | null = null;
  return () => (value ??= { v: build() }).v;
}
