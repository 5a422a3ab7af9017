// One error type for input the checker cannot take. Adapters map `code` to
// their own language: the CLI exits 2 with `message` on one line, the HTTP API
// answers `status` with `{ error: { code, message } }`.

export type PlanInputErrorCode =
  | 'empty' // no bytes, or no text after decoding
  | 'unsupported-type' // neither DOCX, PDF nor Markdown/text
  | 'type-mismatch' // extension says one thing, bytes another
  | 'corrupt-docx' // not a readable zip / missing word/document.xml / bad XML
  | 'docx-encrypted' // a password-protected Word file (an encrypted OLE container)
  | 'legacy-doc' // a Word 97–2003 .doc (OLE compound file)
  | 'corrupt-pdf' // a PDF pdf.js cannot open: truncated, damaged cross-reference, bad structure
  | 'not-a-pdf' // named or sent as PDF, but the bytes are no PDF
  | 'pdf-encrypted' // a PDF that needs a password to open
  | 'pdf-no-text' // a PDF without a text layer (an image scan)
  | 'too-large' // over the configured byte limit
  | 'zip-bomb' // a DOCX whose parts expand past the uncompressed cap
  | 'invalid-encoding' // Markdown that is not valid UTF-8 (or UTF-16 with BOM)
  | 'too-complex' // over a structural limit (headings, nesting, line length)
  | 'not-found' // CLI: no such file
  | 'invalid-config' // a .plancheck.json or option the checker cannot take (unknown key, profile, rule id)
  | 'invalid-report'; // a JSON file given as a report (plancheck diff, check --base) that is no plancheck report

const httpStatus: Record<PlanInputErrorCode, number> = {
  empty: 422,
  'unsupported-type': 415,
  'type-mismatch': 415,
  'corrupt-docx': 422,
  'docx-encrypted': 422,
  'legacy-doc': 415,
  'corrupt-pdf': 422,
  'not-a-pdf': 422,
  'pdf-encrypted': 422,
  'pdf-no-text': 422,
  'too-large': 413,
  'zip-bomb': 413,
  'invalid-encoding': 422,
  'too-complex': 422,
  'not-found': 404,
  'invalid-config': 422,
  'invalid-report': 422,
};

export class PlanInputError extends Error {
  readonly code: PlanInputErrorCode;
  constructor(code: PlanInputErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PlanInputError';
    this.code = code;
  }
  get status(): number {
    return httpStatus[this.code];
  }
}

export function isPlanInputError(error: unknown): error is PlanInputError {
  return error instanceof PlanInputError;
}

/**
 * Failures a plan's shape causes rather than a bug: a stack overflow (nesting
 * deeper than a reader recurses), an invalid string or array length (text
 * that expands past what a string can hold). They are bad input, `too-complex`
 * (CLI exit 2, HTTP 422), not internal errors.
 */
const shapeFailure = /Maximum call stack size exceeded|Invalid string length|Invalid array length|Array buffer allocation failed|Invalid typed array length/i;

export function isInputShapeFailure(error: unknown): boolean {
  return error instanceof RangeError && shapeFailure.test(error.message);
}

/** The error as the adapters should see it: a shape failure becomes PlanInputError('too-complex'); anything else is returned as is. */
export function asInputError(error: unknown, name = 'the plan'): unknown {
  if (!isInputShapeFailure(error)) return error;
  const what = /call stack/i.test((error as Error).message) ? 'nests its parts too deeply to read' : 'expands to more text than can be read';
  return new PlanInputError('too-complex', `${name} ${what} (${(error as Error).message})`, { cause: error });
}
