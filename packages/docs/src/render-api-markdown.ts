/**
 * The API reference as Markdown (`reference.html.md`, and the heart of `llms-full.txt`): what
 * the reference page shows of each operation, from the spec's summary, for readers that are
 * programs: the operation, its authentication, its rate-limit bucket and headers, every status
 * with its message and body, its code samples, and links to the spec files.
 */
import { cell, code, fencedBlock, table } from './markdown.ts';
import { describeRateLimit } from './rate-limit-wording.ts';
import { referenceLinkTo } from './reference-links.ts';
import { sitePages } from './site-paths.ts';
import {
  messageOf,
  type Operation,
  type OperationResponse,
  type SpecDocument,
} from './spec-summary.ts';

/** The spec files a reader (or an agent) can fetch, with what each one is. */
export function specFilesMarkdown(): string {
  return [
    `- [${sitePages.specYaml}](${sitePages.specYaml}): the OpenAPI 3.1 document, bundled into one file`,
    `- [${sitePages.specJson}](${sitePages.specJson}): the same document as JSON`,
  ].join('\n');
}

function exampleName(example: OperationResponse['examples'][number]): string {
  return example.summary ? `${example.name} (${example.summary})` : example.name;
}

/** One row per (status, example): the status and its exact message on the same line. */
export function responsesTable(operation: Operation): string {
  const rows = operation.responses.flatMap((response) =>
    response.examples.length === 0
      ? [[response.status, '', '']]
      : response.examples.map((example) => [
          response.status,
          cell(exampleName(example)),
          messageOf(example) ? code(messageOf(example)) : '',
        ]),
  );
  return table(['HTTP', 'example', 'message'], rows);
}

/** Auth, rate limit and idempotency of an operation, as a list. */
export function operationFactsMarkdown(operation: Operation): string {
  const facts: string[] = [];
  if (operation.security.length > 0) {
    facts.push(`- **Auth:** ${operation.security.map(code).join(' or ')}`);
  }
  if (operation.rateLimit) {
    facts.push(
      `- **Rate limit:** ${code(operation.rateLimit.bucket)} bucket: ${describeRateLimit(operation.rateLimit)}`,
    );
  }
  if (operation.idempotent !== undefined) {
    facts.push(`- **Idempotent:** ${operation.idempotent ? 'yes' : 'no'}`);
  }
  return facts.join('\n');
}

function parametersMarkdown(operation: Operation): string {
  if (operation.parameters.length === 0) return 'None.';
  return table(
    ['name', 'in', 'required', 'type', 'description', 'example'],
    operation.parameters.map((parameter) => [
      code(parameter.name),
      parameter.in,
      parameter.required ? 'yes' : 'no',
      cell(parameter.type),
      cell(parameter.description),
      parameter.example === undefined ? '' : code(String(parameter.example)),
    ]),
  );
}

/** Each response header once, with the statuses that send it. */
function responseHeadersMarkdown(operation: Operation): string {
  const headers = new Map<string, { description: string; statuses: string[] }>();
  for (const response of operation.responses) {
    for (const header of response.headers) {
      const entry = headers.get(header.name) ?? { description: header.description, statuses: [] };
      entry.statuses.push(response.status);
      headers.set(header.name, entry);
    }
  }
  if (headers.size === 0) return 'None.';
  const every = operation.responses.length;
  return table(
    ['header', 'sent with', 'description'],
    [...headers].map(([name, { description, statuses }]) => [
      code(name),
      statuses.length === every ? 'every response' : statuses.join(', '),
      cell(description),
    ]),
  );
}

function responseBodiesMarkdown(operation: Operation): string {
  return operation.responses
    .flatMap((response) => [
      `#### ${response.status}\n\n${response.description.trim()}`,
      ...response.examples.map(
        (example) =>
          `${exampleName(example)}:\n\n${fencedBlock(JSON.stringify(example.value, null, 2), 'json')}`,
      ),
    ])
    .join('\n\n');
}

function codeSamplesMarkdown(operation: Operation): string {
  if (operation.codeSamples.length === 0) return 'None.';
  return operation.codeSamples
    .map(
      (sample) =>
        `#### ${sample.label}\n\n${fencedBlock(sample.source, sample.lang.toLowerCase())}`,
    )
    .join('\n\n');
}

function operationMarkdown(operation: Operation): string {
  return [
    `## ${operation.summary}: ${code(`${operation.method.toUpperCase()} ${operation.path}`)}`,
    `operationId ${code(operation.operationId)}; in the rendered reference: [${referenceLinkTo(operation)}](${referenceLinkTo(operation)}).`,
    operationFactsMarkdown(operation),
    operation.description,
    `### Parameters\n\n${parametersMarkdown(operation)}`,
    `### Responses\n\nEvery status the operation answers, each example with its exact message:\n\n${responsesTable(operation)}`,
    `### Response headers\n\n${responseHeadersMarkdown(operation)}`,
    `### Response bodies\n\n${responseBodiesMarkdown(operation)}`,
    `### Code samples\n\n${codeSamplesMarkdown(operation)}`,
  ]
    .filter((part) => part !== '')
    .join('\n\n');
}

function securitySchemesMarkdown(spec: SpecDocument): string {
  return table(
    ['scheme', 'sent as', 'description'],
    spec.securitySchemes.map((scheme) => [
      code(scheme.name),
      scheme.sentAs,
      cell(scheme.description),
    ]),
  );
}

export function renderApiMarkdown(spec: SpecDocument): string {
  return `${[
    `# ${spec.title} API reference (v${spec.version})`,
    `> ${spec.summary}`,
    `Production server: ${code(spec.serverUrl)}. The OpenAPI description this page is built from:\n\n${specFilesMarkdown()}`,
    spec.description,
    `## Security schemes\n\n${securitySchemesMarkdown(spec)}`,
    ...spec.operations.map(operationMarkdown),
  ]
    .filter((part) => part !== '')
    .join('\n\n')}\n`;
}
