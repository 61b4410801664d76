import type { IncomingHttpHeaders } from 'node:http';
import type { OpenApiDocument, SecurityScheme } from './bundled-spec.ts';

export type CredentialReader = (headers: IncomingHttpHeaders) => string | undefined;

/**
 * Reads a request's token where the spec's security schemes put it (the `token` header, or
 * `Authorization: Bearer`), in the order of the spec's `security` list. An empty value is no
 * token: the service answers it `Missing token in header` too.
 */
export function credentialReader(document: OpenApiDocument): CredentialReader {
  const names = (document.security ?? []).flatMap((requirement) => Object.keys(requirement));
  const schemes = names.map((name) => schemeReader(document.components.securitySchemes[name]));
  return (headers) => {
    for (const read of schemes) {
      const token = read(headers);
      if (token) return token;
    }
    return undefined;
  };
}

/** Reads one scheme's credential; schemes the sandbox does not imitate read nothing. */
export function schemeReader(scheme: SecurityScheme | undefined): CredentialReader {
  if (scheme?.type === 'apiKey' && scheme.in === 'header') {
    const name = scheme.name.toLowerCase();
    return (headers) => single(headers[name])?.trim();
  }
  if (scheme?.type === 'http' && scheme.scheme.toLowerCase() === 'bearer') {
    return (headers) => /^Bearer\s+(\S+)\s*$/i.exec(single(headers.authorization) ?? '')?.[1];
  }
  return () => undefined;
}

function single(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
