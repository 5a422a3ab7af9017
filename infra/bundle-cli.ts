// `tsx infra/bundle-cli.ts <entry> <outDir>`: CDK's local bundling hook is
// synchronous and esbuild plugins need the async API, so CDK runs this in a
// child process.
import { bundleLambda } from './lambda-bundle.ts';

const [entry, outDir] = process.argv.slice(2);
if (!entry || !outDir) {
  console.error('usage: bundle-cli.ts <entry> <outDir>');
  process.exit(2);
}
try {
  await bundleLambda({ entry, outDir });
} catch (err) {
  console.error(err instanceof Error ? err.message : String(err));
  process.exit(1);
}
