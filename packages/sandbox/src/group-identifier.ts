import { Ajv2020 } from 'ajv/dist/2020.js';
import { componentSchema, type OpenApiDocument } from './bundled-spec.ts';

/** How a request names a group: by JID, or by invite code (given alone or inside a link). */
export type GroupReference = { jid: string } | { inviteCode: string };

/**
 * Tells which of the spec's identifier forms a value is, using the spec's own schemas
 * (`GroupJid`, `InviteCode`, `InviteLink`), so a form the spec accepts is never refused here and
 * no form is parsed by a pattern of our own. The request was already validated against the
 * spec's `GroupIdentifier`; this only says which branch matched.
 */
export function groupIdentifierResolver(
  document: OpenApiDocument,
): (identifier: string) => GroupReference {
  const ajv = new Ajv2020({ strict: false });
  const isJid = ajv.compile(componentSchema(document, 'GroupJid'));
  const isCode = ajv.compile(componentSchema(document, 'InviteCode'));
  const isLink = ajv.compile(componentSchema(document, 'InviteLink'));
  return (identifier) => {
    if (isJid(identifier)) return { jid: identifier };
    if (isCode(identifier)) return { inviteCode: identifier };
    if (isLink(identifier)) return { inviteCode: codeOfLink(identifier) };
    throw new Error(`Not a group identifier the spec accepts: ${JSON.stringify(identifier)}`);
  };
}

/**
 * The invite code of a link: the last segment of its path, whatever comes before it (`invite/`)
 * or after it (a trailing slash, a `?mode=…` share suffix). URL parsing keeps the query apart.
 */
export function codeOfLink(link: string): string {
  const segments = new URL(link).pathname.split('/').filter((segment) => segment !== '');
  const code = segments.at(-1);
  if (code === undefined) throw new Error(`The link ${JSON.stringify(link)} has no invite code`);
  return code;
}
