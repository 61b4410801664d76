import {
  type Operation,
  operationsOf,
  readBundledSpec,
  readOpenApiDocument,
} from '@ryzeapi/openapi/document';
import type { JsonSchema, ToolDefinition } from '../src/tool-definition.ts';

/** Where the generated tools are committed; the drift test compares this file to a fresh run. */
export const GENERATED_TOOLS_FILE = new URL('../src/generated/tools.ts', import.meta.url);

const HEADER = `// generated — do not edit.
// The MCP tools of @ryzeapi/openapi's bundled spec: one per operation, each bound to its SDK
// method in src/sdk-methods.ts. Regenerate with \`pnpm generate\` after changing the spec.

import type { ToolDefinition } from '../tool-definition.ts';

`;

/**
 * The operations the tools are made of: those of the dereferenced bundle of `@ryzeapi/openapi`
 * (a tool's schemas must stand alone, every `$ref` inlined), or of another one at `specFile`.
 */
export function specOperations(specFile?: string): Operation[] {
  return operationsOf(
    specFile === undefined
      ? readBundledSpec('openapi.dereferenced.json')
      : readOpenApiDocument(specFile),
  );
}

/** `leaveGroup` → `leave_group`. */
export function toolName(operationId: string): string {
  return operationId.replace(/([a-z\d])([A-Z])/g, '$1_$2').toLowerCase();
}

/**
 * One tool per operation of the spec. Every operation must have an SDK method (its operationId
 * among `sdkMethodIds`), and every SDK method an operation: a tool that cannot be called, or a
 * binding to nothing, stops the build here rather than reaching an agent.
 */
export function toolDefinitions(
  operations: Operation[],
  sdkMethodIds: readonly string[],
): ToolDefinition[] {
  const problems: string[] = [];
  for (const operation of operations) {
    if (!sdkMethodIds.includes(operation.operationId)) {
      problems.push(
        `${operation.method.toUpperCase()} ${operation.path} (operationId ${operation.operationId}) has no SDK method: add it to @ryzeapi/sdk, then bind it in packages/mcp/src/sdk-methods.ts so that its tool can call it`,
      );
    }
  }
  for (const id of sdkMethodIds) {
    if (!operations.some((operation) => operation.operationId === id)) {
      problems.push(
        `packages/mcp/src/sdk-methods.ts binds ${id}, which is no operationId of the spec: remove the binding or fix its name`,
      );
    }
  }
  if (problems.length > 0)
    throw new Error(`Cannot generate the MCP tools:\n- ${problems.join('\n- ')}`);
  return operations.map(toolDefinition);
}

function toolDefinition(operation: Operation): ToolDefinition {
  const { where } = operation;
  if (operation.node.requestBody !== undefined) {
    throw new Error(
      `${where} has a request body, which the MCP tool generator does not map yet: teach scripts/tool-definitions.ts to add it to the input schema`,
    );
  }
  const title = operation.summary?.trim() || operation.operationId;
  const readOnly = operation.method === 'get' || operation.method === 'head';
  return {
    name: toolName(operation.operationId),
    operationId: operation.operationId,
    operation: where,
    title,
    description: [operation.description?.trim() || title, responsesTable(operation)]
      .filter(Boolean)
      .join('\n\n'),
    inputSchema: inputSchema(operation),
    outputSchema: outputSchema(operation),
    annotations: {
      title,
      readOnlyHint: readOnly,
      ...(readOnly ? {} : { destructiveHint: operation.method === 'delete' }),
      ...(operation.idempotent === undefined ? {} : { idempotentHint: operation.idempotent }),
      openWorldHint: true,
    },
  };
}

/** The parameters as one object: each one's schema, with the parameter's description and examples. */
function inputSchema(operation: Operation): JsonSchema {
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  for (const parameter of operation.parameters) {
    const { name, node } = parameter;
    if (parameter.in !== 'path' && parameter.in !== 'query') {
      throw new Error(
        `${operation.where}: the ${parameter.in} parameter ${name} cannot be a tool argument (only path and query parameters are): let the SDK send it`,
      );
    }
    if (properties[name] !== undefined) {
      throw new Error(
        `${operation.where}: two parameters are named ${name}; a tool needs distinct names`,
      );
    }
    const schema = parameter.schema ?? {};
    const examples =
      parameter.examples.length > 0
        ? parameter.examples.map((example) => example.value)
        : schema.examples;
    properties[name] = {
      ...schema,
      ...(typeof node.description === 'string' ? { description: node.description.trim() } : {}),
      ...(examples === undefined ? {} : { examples }),
    };
    if (parameter.required) required.push(name);
  }
  return { type: 'object', properties, required, additionalProperties: false };
}

/** The 200 response's JSON body schema: the tool's structured content. */
function outputSchema(operation: Operation): JsonSchema | undefined {
  return operation.responses
    .find((response) => response.status === '200')
    ?.content.find((media) => media.type === 'application/json')?.schema;
}

/**
 * Every status of the operation with the messages of its examples: the operation's description
 * points to "the responses below", which an MCP host does not otherwise show.
 */
function responsesTable(operation: Operation): string {
  const rows = operation.responses.flatMap((response) =>
    (response.content.find((media) => media.type === 'application/json')?.examples ?? []).map(
      (example) => {
        const value = example.value as { message?: unknown; error?: { message?: unknown } };
        return `| ${response.status} | \`${String(value?.error?.message ?? value?.message ?? '')}\` |`;
      },
    ),
  );
  if (rows.length === 0) return '';
  return ['**Responses**', '', '| HTTP | Message |', '| ---- | ------- |', ...rows].join('\n');
}

/** The committed module: the header, then the definitions as data. */
export function renderToolsModule(definitions: ToolDefinition[]): string {
  return `${HEADER}export const toolDefinitions: readonly ToolDefinition[] = ${JSON.stringify(definitions, null, 2)};\n`;
}
