import type { OpenApiDocument } from './bundled-spec.ts';

interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

/** A placeholder: the mock checks that a token is sent, not what it is. */
const ANY_TOKEN = 'any-value';

/**
 * A ready-to-paste curl command for the spec's first operation, with every path and required
 * query parameter filled in from the spec's own examples, percent-encoded.
 */
export function exampleCurl(document: OpenApiDocument, baseUrl: string): string | undefined {
  for (const [path, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      if (method === 'parameters' || typeof operation !== 'object' || operation === null) continue;
      const parameters = [
        ...((item.parameters as Parameter[] | undefined) ?? []),
        ...(((operation as { parameters?: Parameter[] }).parameters as Parameter[] | undefined) ??
          []),
      ].map((parameter) => resolveRef(document, parameter));
      let url = baseUrl + path;
      const query = new URLSearchParams();
      for (const parameter of parameters) {
        const value = String(exampleOf(parameter));
        if (parameter.in === 'path')
          url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
        if (parameter.in === 'query' && parameter.required) query.set(parameter.name, value);
      }
      const search = query.size > 0 ? `?${query}` : '';
      const tokenHeaders = securityHeaderNames(document).map(
        (name) => ` -H '${name}: ${ANY_TOKEN}'`,
      );
      return `curl -i -X ${method.toUpperCase()} '${url}${search}'${tokenHeaders.join('')}`;
    }
  }
  return undefined;
}

function exampleOf(parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  return Object.values(parameter.examples ?? {})[0]?.value ?? 'example';
}

function securityHeaderNames(document: OpenApiDocument): string[] {
  const schemes = Object.values(document.components?.securitySchemes ?? {}) as {
    type?: string;
    in?: string;
    name?: string;
  }[];
  const names = schemes.filter((s) => s.type === 'apiKey' && s.in === 'header').map((s) => s.name);
  return [...new Set(names)].filter((name): name is string => typeof name === 'string').slice(0, 1);
}

function resolveRef<T>(document: OpenApiDocument, node: T): T {
  const ref = (node as { $ref?: unknown }).$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#/')) return node;
  const target = ref
    .slice(2)
    .split('/')
    .reduce<unknown>((at, key) => (at as Record<string, unknown> | undefined)?.[key], document);
  return resolveRef(document, target as T);
}
