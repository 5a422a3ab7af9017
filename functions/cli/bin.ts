// The built CLI's entry (dist/plancheck.mjs, see scripts/build.ts): bin/plancheck.js imports it.
import { runCli } from './main.ts';

runCli();
