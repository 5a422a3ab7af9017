// Builds dist/ (the CLI, the thread entries and the local server) from the
// sources before the tests, so the tests that run the bin or the server run
// the code of this checkout, never a stale build. Usable as a vitest globalSetup.
import { bundleCli } from '../../infra/cli-bundle.ts';

export default async function setup(): Promise<void> {
  await bundleCli();
}
