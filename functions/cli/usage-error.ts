// Turning bad input into the CLI's answer: "plancheck: <message>" on ONE
// stderr line and exit code 2. Every command reuses this.
import { isPlanInputError } from '../core/errors.ts';

/** Wrong arguments: the message is shown as is, exit 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}

/** One line, whatever the message holds. */
export function oneLine(message: string): string {
  return message.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

/** Writes "plancheck: <message>" for expected failures and returns 2; rethrows anything else (a bug). */
export function reportInputError(error: unknown, stderr: NodeJS.WritableStream = process.stderr): number {
  if (isPlanInputError(error) || error instanceof UsageError || isParseArgsError(error)) {
    stderr.write(`plancheck: ${oneLine((error as Error).message)}\n`);
    return 2;
  }
  throw error;
}

/** node:util parseArgs throws TypeErrors with ERR_PARSE_ARGS_* codes for unknown options and the like. */
function isParseArgsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS_');
}

/** Runs a command body: expected failures become exit 2 with one stderr line. */
export async function withInputErrors(body: () => Promise<number>): Promise<number> {
  try {
    return await body();
  } catch (error) {
    return reportInputError(error);
  }
}
