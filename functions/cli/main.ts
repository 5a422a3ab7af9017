// `plancheck <command> [args]`.
//
// Command contract: functions/cli/commands/<name>.ts exports
//   run(argv: string[]): Promise<number>
// where argv is everything after the command name and the number is the exit
// code: 0 no error-severity rule fails, 1 one does, 2 bad input or usage (one
// line on stderr — use reportInputError / withInputErrors from ./usage-error.ts).
// Commands load lazily so `plancheck outline` never pays for the rule engine.
import { readFileSync } from 'node:fs';
import { reportInputError, UsageError } from './usage-error.ts';

type Command = { run(argv: string[]): Promise<number> };

const commands: Record<string, { summary: string; load: () => Promise<Command> }> = {
  check: { summary: 'check plans against the guide and write a report', load: () => import('./commands/check.ts') as Promise<Command> },
  outline: { summary: 'print the section tree a plan reads into', load: () => import('./commands/outline.ts') },
  rules: { summary: 'list the rules and profiles', load: () => import('./commands/rules.ts') as Promise<Command> },
  batch: { summary: 'check a folder or list of plans', load: () => import('./commands/batch.ts') as Promise<Command> },
  diff: { summary: 'what changed between two versions of a plan (plans or JSON reports)', load: () => import('./commands/diff.ts') as Promise<Command> },
};

function help(): string {
  const width = Math.max(...Object.keys(commands).map((n) => n.length));
  return [
    'plancheck — checks city digital-transformation plans against T/SZS 4042-2021',
    '',
    'usage: plancheck <command> [options]',
    '',
    'commands:',
    ...Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`),
    '',
    'plancheck <command> --help for the options of a command',
    'exit codes: 0 ok, 1 an error-severity rule fails (diff: a new one), 2 bad input or usage',
    '',
  ].join('\n');
}

// The built CLI gets the version at bundle time (scripts/build.ts): --version reads no file.
declare const __PLANCHECK_VERSION__: string | undefined;

function version(): string {
  if (typeof __PLANCHECK_VERSION__ === 'string') return __PLANCHECK_VERSION__;
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    process.stdout.write(help());
    return name === undefined ? 2 : 0;
  }
  if (name === '--version' || name === '-v') {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) return reportInputError(new UsageError(`unknown command '${name}' (commands: ${Object.keys(commands).join(', ')})`));
  let loaded: Command;
  try {
    loaded = await command.load();
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_MODULE_NOT_FOUND') {
      return reportInputError(new UsageError(`command '${name}' is not available in this build`));
    }
    throw error;
  }
  return loaded.run(rest);
}

/** Runs the CLI in this process: the bin's entry (functions/cli/bin.ts) and `tsx functions/cli/main.ts`. */
export function runCli(argv: string[] = process.argv.slice(2)): void {
  // `plancheck outline plan.md | head`: a closed pipe is the reader's choice, not an error.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    throw error;
  });
  main(argv).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      process.stderr.write(`plancheck: internal error: ${(error as Error)?.stack ?? String(error)}\n`);
      process.exitCode = 3;
    },
  );
}

// In a bundle import.meta.url is not this file's, so the built CLI enters through bin.ts.
const invokedDirectly = process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href;
if (invokedDirectly) runCli();
