// The built CLI's entry (dist/plancheck.cjs, see infra/cli-bundle.ts): bin/plancheck.js requires it.
import { runCli } from './main.ts';

runCli();
