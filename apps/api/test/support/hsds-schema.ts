import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/** The HSDS 3.0 object schemas (see fixtures/hsds-schema/README.md), draft 2020-12 as the HSDS OpenAPI declares. */
const SCHEMA_DIR = join(__dirname, '../fixtures/hsds-schema');

// Strict: an unknown keyword in our own schema files is a mistake of ours, not something to skip.
const ajv = new Ajv2020({ strict: true, allErrors: true });
addFormats(ajv);
for (const file of readdirSync(SCHEMA_DIR).filter((name) => name.endsWith('.json'))) {
  ajv.addSchema(JSON.parse(readFileSync(join(SCHEMA_DIR, file), 'utf8')));
}

/** What an HSDS API answer is validated as: one object, or a Page of them. */
export type HsdsShape =
  | 'service'
  | 'organization'
  | 'service_at_location'
  | 'taxonomy'
  | 'taxonomy_term'
  | 'api_meta'
  | 'page:service'
  | 'page:organization'
  | 'page:service_at_location'
  | 'page:taxonomy'
  | 'page:taxonomy_term';

const validators = new Map<HsdsShape, ValidateFunction>();

function validator(shape: HsdsShape): ValidateFunction {
  let validate = validators.get(shape);
  if (!validate) {
    const [kind, item] = shape.split(':');
    validate =
      kind === 'page'
        ? ajv.compile({
            type: 'object',
            allOf: [{ $ref: 'page.json' }],
            // Waymark always answers every field of the Page, so all are required here.
            required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'],
            properties: { contents: { type: 'array', items: { $ref: `${item}.json` } } },
          })
        : ajv.getSchema(`${shape}.json`);
    if (!validate) throw new Error(`no HSDS schema for ${shape}`);
    validators.set(shape, validate);
  }
  return validate;
}

/** The problems of an answer against its HSDS schema, as readable lines; none when it is valid. */
export function hsdsProblems(shape: HsdsShape, value: unknown): string[] {
  const validate = validator(shape);
  if (validate(value)) return [];
  return (validate.errors ?? []).map((error: ErrorObject) => `${shape}${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
}
