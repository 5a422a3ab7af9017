// ajv validators for the project's JSON Schema and the vendored SARIF schema.
import { readFileSync } from 'node:fs';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';

const root = new URL('../../', import.meta.url);

export function checkResultValidator() {
  const ajv = new Ajv2020({ allErrors: true, strict: true });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  return ajv.compile(JSON.parse(readFileSync(new URL('docs/report-schema.json', root), 'utf8')));
}

/**
 * The SARIF schema is draft-04; ajv 8 speaks draft-06+ and the only draft-04
 * constructs it uses are `id` and the `$schema` URI, so those are rewritten.
 */
export function sarifValidator() {
  const schema = JSON.parse(readFileSync(new URL('test/schemas/sarif-2.1.0-rtm.5.json', root), 'utf8'));
  schema.$id = schema.id;
  delete schema.id;
  delete schema.$schema;
  // unicodeRegExp off: the schema's own language pattern is not valid under the u flag.
  const ajv = new Ajv({ allErrors: true, strict: false, unicodeRegExp: false });
  (addFormats as unknown as (a: unknown) => void)(ajv);
  return ajv.compile(schema);
}
