import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { type JsonObject, operationsOf } from '../src/document/index.ts';

export interface ExampleCase {
  where: string;
  schema: JsonObject;
  value: unknown;
}

/**
 * Every response header example of a document next to the header's schema. Redocly's lint checks
 * the examples of parameters, media types and schemas (no-invalid-*-examples in redocly.yaml) but
 * has no rule for header examples, so these are checked here.
 */
export function headerExamplesOf(document: JsonObject): ExampleCase[] {
  return operationsOf(document).flatMap((operation) =>
    operation.responses.flatMap((response) =>
      response.headers.flatMap((header) =>
        header.schema === undefined
          ? []
          : header.examples.map(({ name, value }) => ({
              where: `${operation.where} ${response.status} header ${header.name} ${name === undefined ? 'example' : `examples.${name}`}`,
              schema: header.schema as JsonObject,
              value,
            })),
      ),
    ),
  );
}

const ajv = new Ajv2020({ strict: true, allErrors: true });

/** Validates with a JSON Schema 2020-12 validator, as OpenAPI 3.1 schemas are. */
export function schemaErrors(schema: JsonObject, value: unknown): ErrorObject[] {
  const validate = ajv.compile(schema);
  return validate(value) ? [] : (validate.errors ?? []);
}
