import { isJsonObject, type JsonObject, operationsOf } from '@ryzeapi/openapi/document';

/** A placeholder: the mock checks that a token is sent, not what it is. */
const ANY_TOKEN = 'any-value';

/**
 * A ready-to-paste curl command for the spec's first operation, with every path and required
 * query parameter filled in from the spec's own examples, percent-encoded.
 */
export function exampleCurl(document: JsonObject, baseUrl: string): string | undefined {
  const [operation] = operationsOf(document);
  if (!operation) return undefined;
  let url = baseUrl + operation.path;
  const query = new URLSearchParams();
  for (const parameter of operation.parameters) {
    const value = String(parameter.example ?? 'example');
    if (parameter.in === 'path')
      url = url.replace(`{${parameter.name}}`, encodeURIComponent(value));
    if (parameter.in === 'query' && parameter.required) query.set(parameter.name, value);
  }
  const search = query.size > 0 ? `?${query}` : '';
  const tokenHeaders = securityHeaderNames(document).map((name) => ` -H '${name}: ${ANY_TOKEN}'`);
  return `curl -i -X ${operation.method.toUpperCase()} '${url}${search}'${tokenHeaders.join('')}`;
}

function securityHeaderNames(document: JsonObject): string[] {
  const components = isJsonObject(document.components) ? document.components : {};
  const schemes = Object.values(
    isJsonObject(components.securitySchemes) ? components.securitySchemes : {},
  ).filter(isJsonObject);
  const names = schemes.filter((s) => s.type === 'apiKey' && s.in === 'header').map((s) => s.name);
  return [...new Set(names)].filter((name): name is string => typeof name === 'string').slice(0, 1);
}
