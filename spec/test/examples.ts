import { Ajv2020, type ErrorObject } from 'ajv/dist/2020.js';
import { HTTP_METHODS, type JsonObject, type OpenApiDocument } from './bundled-document.ts';

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
export function examplesOf(document: OpenApiDocument): ExampleCase[] {
  const cases: ExampleCase[] = [];
  const collect = (where: string, node: JsonObject | undefined) => {
    if (!node || typeof node.schema !== 'object') return;
    const schema = node.schema as JsonObject;
    if ('example' in node) cases.push({ where: `${where} example`, schema, value: node.example });
    for (const [name, example] of Object.entries(
      (node.examples ?? {}) as Record<string, JsonObject>,
    )) {
      cases.push({ where: `${where} examples.${name}`, schema, value: example.value });
    }
  };

  for (const [path, item] of Object.entries(document.paths)) {
    const shared = (item.parameters ?? []) as unknown as JsonObject[];
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!operation) continue;
      const at = `${method.toUpperCase()} ${path}`;
      const parameters = [...shared, ...((operation.parameters ?? []) as JsonObject[])];
      for (const parameter of parameters) collect(`${at} parameter ${parameter.name}`, parameter);
      for (const [status, response] of Object.entries(
        operation.responses as Record<string, JsonObject>,
      )) {
        for (const [type, media] of Object.entries(
          (response.content ?? {}) as Record<string, JsonObject>,
        )) {
          collect(`${at} ${status} ${type}`, media);
        }
        for (const [name, header] of Object.entries(
          (response.headers ?? {}) as Record<string, JsonObject>,
        )) {
          collect(`${at} ${status} header ${name}`, header);
        }
      }
    }
  }
  for (const [name, schema] of Object.entries(document.components.schemas ?? {})) {
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
