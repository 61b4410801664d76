import type { IncomingHttpHeaders } from 'node:http';
import { OpenAPIBackend } from 'openapi-backend';
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

/**
 * Routes and validates requests with openapi-backend from the bundled spec: paths, methods,
 * parameters and the security schemes all come from the document. Requests it refuses get the
 * service's envelope and status, never the validator's own format.
 */
export async function createApiRouter(document: OpenApiDocument) {
  const tokenOf: CredentialReader = credentialReader(document);
  const api = new OpenAPIBackend({
    definition: document as never,
    // The document was checked by Redocly when it was bundled; openapi-backend's own check
    // rejects OpenAPI 3.1-only fields such as info.summary.
    quick: true,
    validate: true,
    handlers: {
      unauthorizedHandler: (): Route => ({ kind: 'missingToken' }),
      validationFail: (c): Route => ({
        kind: 'refused',
        token: tokenOf(c.request.headers as IncomingHttpHeaders) as string,
        status: 400,
        body: errorEnvelope(
          validationMessage(c.validation.errors, c.request.query as Record<string, unknown>),
        ),
      }),
      notFound: (c): Route => refusedRoute(c.request.headers, 404, 'Not found'),
      methodNotAllowed: (c): Route => refusedRoute(c.request.headers, 405, 'Method not allowed'),
      leaveGroup: (c): Route => ({
        kind: 'leaveGroup',
        token: tokenOf(c.request.headers as IncomingHttpHeaders) as string,
        instance: String((c.request.params as Record<string, string>).instance),
        identifier: String((c.request.query as Record<string, string>).identifier),
      }),
    },
  });
  for (const [name, scheme] of Object.entries(document.components.securitySchemes)) {
    const read = schemeReader(scheme);
    api.registerSecurityHandler(name, (c) =>
      Boolean(read(c.request.headers as IncomingHttpHeaders)),
    );
  }
  await api.init();

  function refusedRoute(headers: unknown, status: number, message: string): Route {
    const token = tokenOf(headers as IncomingHttpHeaders);
    if (token === undefined) return { kind: 'missingToken' };
    return { kind: 'refused', token, status, body: errorEnvelope(message) };
  }

  return async (request: ApiRequest): Promise<Route> => {
    const queryAt = request.url.indexOf('?');
    return (await api.handleRequest({
      method: request.method,
      path: queryAt === -1 ? request.url : request.url.slice(0, queryAt),
      query: queryAt === -1 ? '' : request.url.slice(queryAt + 1),
      headers: request.headers as Record<string, string | string[]>,
    })) as Route;
  };
}
