import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** A complete HTTP answer, fixed ahead of time: what the fake fetch and the local servers send. */
export interface CannedResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface ExampleObject {
  value: unknown;
}
interface HeaderObject {
  example?: unknown;
  schema?: { example?: unknown };
}
interface ResponseObject {
  headers?: Record<string, HeaderObject>;
  content?: Record<string, { examples?: Record<string, ExampleObject> }>;
}
interface DereferencedDocument {
  paths: Record<string, Record<string, { responses?: Record<string, ResponseObject> }>>;
}

const LEAVE_PATH = '/api/group/leave/{instance}';

/**
 * The response the spec documents for Leave Group with `status` and the named example: the
 * example body and the example values of its headers, read from the bundled spec so that the
 * benchmarks follow the document rather than a copy of it.
 */
export function leaveGroupExample(status: number, exampleName: string): CannedResponse {
  const specPath = createRequire(import.meta.url).resolve(
    '@ryzeapi/openapi/openapi.dereferenced.json',
  );
  const document = JSON.parse(readFileSync(specPath, 'utf8')) as DereferencedDocument;
  const response = document.paths[LEAVE_PATH]?.delete?.responses?.[String(status)];
  const example = response?.content?.['application/json']?.examples?.[exampleName];
  if (!response || !example) {
    throw new Error(
      `The spec at ${specPath} has no ${status} example "${exampleName}" for DELETE ${LEAVE_PATH}; ` +
        'rebuild it with `pnpm --filter @ryzeapi/openapi build` or pick an example it has.',
    );
  }
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  for (const [name, header] of Object.entries(response.headers ?? {})) {
    const value = header.example ?? header.schema?.example;
    if (value !== undefined) headers[name.toLowerCase()] = String(value);
  }
  return { status, headers, body: JSON.stringify(example.value) };
}

export const leftGroup = (): CannedResponse => leaveGroupExample(200, 'left');
export const notMember = (): CannedResponse => leaveGroupExample(404, 'notMember');
