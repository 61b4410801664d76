import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { type JsonObject, type NamedExample, operationsOf } from '../src/document/index.ts';

export interface ExampleCase {
  where: string;
  schema: JsonObject;
  value: unknown;
}

/**
 * Every example of a dereferenced document next to the schema it illustrates: parameter,
 * media-type and header examples (`example` and each named `examples` entry), and the
 * `examples` arrays of the schema components themselves.
 */
export function examplesOf(document: JsonObject): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const collect = (where: string, schema: JsonObject | undefined, examples: NamedExample[]) => {
    if (!schema) return;
    for (const { name, value } of examples) {
      cases.push({
        where: `${where} ${name === undefined ? 'example' : `examples.${name}`}`,
        schema,
        value,
      });
    }
  };
  for (const operation of operationsOf(document)) {
    for (const parameter of operation.parameters) {
      collect(
        `${operation.where} parameter ${parameter.name}`,
        parameter.schema,
        parameter.examples,
      );
    }
    for (const response of operation.responses) {
      const at = `${operation.where} ${response.status}`;
      for (const media of response.content)
        collect(`${at} ${media.type}`, media.schema, media.examples);
      for (const header of response.headers)
        collect(`${at} header ${header.name}`, header.schema, header.examples);
    }
  }
  const schemas = ((document.components as JsonObject | undefined)?.schemas ?? {}) as Record<
    string,
    JsonObject
  >;
  for (const [name, schema] of Object.entries(schemas)) {
    for (const [index, value] of ((schema.examples ?? []) as unknown[]).entries()) {
      cases.push({ where: `schema ${name} examples[${index}]`, schema, value });
    }
  }
  return cases;
}

const ajv = new Ajv2020({ strict: true, allErrors: true });

/** Validates with a JSON Schema 2020-12 validator, as OpenAPI 3.1 schemas are. */
export function schemaErrors(schema: JsonObject, value: unknown): ErrorObject[] {
  const validate = ajv.compile(schema);
  return validate(value) ? [] : (validate.errors ?? []);
}
