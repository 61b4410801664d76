import type { IncomingHttpHeaders } from 'node:http';
import { OpenAPIBackend, type Operation } from 'openapi-backend';
import type { OpenApiDocument } from './bundled-spec.ts';
import { type CredentialReader, credentialReader, schemeReader } from './credentials.ts';
import { errorEnvelope } from './messages.ts';
import { validationMessage } from './validation-message.ts';

/** What the spec makes of a request, before the service's own rules. */
export type Route =
  | { kind: 'missingToken' }
  | { kind: 'refused'; token: string; status: number; body: unknown }
  | { kind: 'leaveGroup'; token: string; instance: string; identifier: string };

export interface ApiRequest {
  method: string;
  /** The path and query string, as received: `/api/group/leave/my-instance?identifier=…`. */
  url: string;
  headers: IncomingHttpHeaders;
}

/** Routes kept per method and path; cleared when full, since paths carry instance names. */
const ROUTE_CACHE_SIZE = 1_000;

/**
 * Routes and validates requests with openapi-backend from the bundled spec: paths, methods,
 * parameters and the security schemes all come from the document. Requests it refuses get the
 * service's envelope and status, never the validator's own format.
 *
 * The router's and the validator's own methods are called directly rather than through
 * `handleRequest`, which parses each request twice and settles a promise per security scheme:
 * this halves the sandbox's time per request (see the `sandbox` benchmark).
 */
export async function createApiRouter(document: OpenApiDocument) {
  const tokenOf: CredentialReader = credentialReader(document);
  const schemes = new Map(
    Object.entries(document.components.securitySchemes).map(([name, scheme]) => [
      name,
      schemeReader(scheme),
    ]),
  );
  const api = new OpenAPIBackend({
    definition: document as never,
    // The document was checked by Redocly when it was bundled; openapi-backend's own check
    // rejects OpenAPI 3.1-only fields such as info.summary.
    quick: true,
    validate: true,
  });
  await api.init();

  const routes = new Map<string, Operation | 404 | 405>();
  function match(method: string, path: string): Operation | 404 | 405 {
    const key = `${method} ${path}`;
    let route = routes.get(key);
    if (route === undefined) {
      try {
        route = api.router.matchOperation({ method, path, headers: {} }, true);
      } catch (error) {
        route = (error as Error).message.startsWith('405') ? 405 : 404;
      }
      if (routes.size >= ROUTE_CACHE_SIZE) routes.clear();
      routes.set(key, route);
    }
    return route;
  }

  /** Whether the headers satisfy one of the operation's security requirements. */
  function authorized(operation: Operation, headers: IncomingHttpHeaders): boolean {
    return (operation.security ?? []).some((requirement) =>
      Object.keys(requirement).every((name) => Boolean(schemes.get(name)?.(headers))),
    );
  }

  return (request: ApiRequest): Route => {
    const queryAt = request.url.indexOf('?');
    const path = queryAt === -1 ? request.url : request.url.slice(0, queryAt);
    const query = queryAt === -1 ? '' : request.url.slice(queryAt + 1);
    const method = request.method;
    const token = tokenOf(request.headers);
    const operation = match(method, path);
    if (typeof operation === 'number') {
      if (token === undefined) return { kind: 'missingToken' };
      const message = operation === 405 ? 'Method not allowed' : 'Not found';
      return { kind: 'refused', token, status: operation, body: errorEnvelope(message) };
    }
    if (token === undefined || !authorized(operation, request.headers)) {
      return { kind: 'missingToken' };
    }
    const parsed = api.router.parseRequest(
      { method, path, query, headers: request.headers as Record<string, string | string[]> },
      operation as never,
    );
    const validation = api.validator.validateRequest(parsed, operation as never);
    if (validation.errors && validation.errors.length > 0) {
      const message = validationMessage(validation.errors, parsed.query as Record<string, unknown>);
      return { kind: 'refused', token, status: 400, body: errorEnvelope(message) };
    }
    if (operation.operationId !== 'leaveGroup') {
      const message = `Not implemented by the sandbox: ${operation.operationId}`;
      return { kind: 'refused', token, status: 501, body: errorEnvelope(message) };
    }
    return {
      kind: 'leaveGroup',
      token,
      instance: String((parsed.params as Record<string, string>).instance),
      identifier: String((parsed.query as Record<string, string>).identifier),
    };
  };
}
