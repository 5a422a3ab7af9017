// `npm run build` (and `prepare`, so `npm ci` and `npm pack` build too): the
// CLI and the local server as JavaScript in dist/ (infra/cli-bundle.ts).
import { bundleCli, distDir } from '../infra/cli-bundle.ts';

const started = performance.now();
try {
  await bundleCli(distDir);
  console.log(`plancheck: built dist/ in ${Math.round(performance.now() - started)} ms`);
} catch (err) {
  console.error(`plancheck: build failed: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
}
