import { fileURLToPath } from 'node:url';
import {
  type GeneratedFolder,
  regenerateWhenRun,
  type SpecOverride,
} from '@ryzeapi/codegen/generated-folder';
import { modelsFromSpec } from '@ryzeapi/codegen/models';
import { type OperationTable, operationTable } from '@ryzeapi/codegen/operation-table';

/** The component schemas the runtime parses bodies with. */
const MODEL_SCHEMAS = ['LeaveGroupResponse', 'ErrorEnvelope'];

const header = (what: string) => `# generated — do not edit.
# ${what}
# Regenerate with \`pnpm generate\` after changing the spec.
`;

/** The generated modules; the drift test compares them with a fresh generation. */
export const generatedFolder: GeneratedFolder = {
  dir: fileURLToPath(new URL('../src/ryzeapi/_generated/', import.meta.url)),
  generate: generateFiles,
};

async function generateFiles(spec: SpecOverride = {}): Promise<Map<string, string>> {
  const models = await modelsFromSpec({
    lang: 'python',
    schemas: MODEL_SCHEMAS,
    rendererOptions: { 'python-version': '3.7' },
    ...(spec.bundled && { spec: spec.bundled }),
  });
  const leaveGroup = await operationTable('leaveGroup', spec.dereferenced);
  return new Map([
    [
      '__init__.py',
      header(
        'Modules generated from the bundled spec (@ryzeapi/openapi): models and operation tables.',
      ),
    ],
    [
      'models.py',
      `${header(`quicktype output (dataclasses with from_dict/to_dict) for the spec's ${MODEL_SCHEMAS.join(' and ')} schemas.`)}\n${models}`,
    ],
    ['leave_group.py', renderOperation(leaveGroup)],
  ]);
}

/** The operation table as a Python module of constants. */
function renderOperation(table: OperationTable): string {
  const names = (place: string) =>
    table.parameters.filter((parameter) => parameter.in === place).map(({ name }) => name);
  const constants: [string, string, unknown][] = [
    ['OPERATION_ID', 'str', table.operationId],
    ['METHOD', 'str', table.method],
    ['PATH', 'str', table.path],
    ['PATH_PARAMETERS', 'Tuple[str, ...]', names('path')],
    ['QUERY_PARAMETERS', 'Tuple[str, ...]', names('query')],
    [
      'REQUIRED_PARAMETERS',
      'Tuple[str, ...]',
      table.parameters.filter(({ required }) => required).map(({ name }) => name),
    ],
    ['STATUSES', 'Tuple[int, ...]', table.responses.map(({ status }) => status)],
    [
      'DOCUMENTED_MESSAGES',
      'Mapping[int, Tuple[str, ...]]',
      Object.fromEntries(table.responses.map(({ status, messages }) => [status, messages])),
    ],
    ['RATE_LIMIT_HEADERS', 'Tuple[str, ...]', table.rateLimitHeaders],
  ];
  return `${header(`The ${table.operationId} operation (${table.method} ${table.path}) as the spec documents it.`)}
from typing import Mapping, Tuple

${constants.map(([name, type, value]) => `${name}: ${type} = ${pythonLiteral(value)}`).join('\n')}
`;
}

/** A Python literal for a JSON value: arrays become tuples, objects dicts with integer keys when numeric. */
function pythonLiteral(value: unknown): string {
  if (Array.isArray(value)) {
    return value.length === 1
      ? `(${pythonLiteral(value[0])},)`
      : `(${value.map(pythonLiteral).join(', ')})`;
  }
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).map(
      ([key, item]) =>
        `    ${/^\d+$/.test(key) ? key : JSON.stringify(key)}: ${pythonLiteral(item)},`,
    );
    return `{\n${entries.join('\n')}\n}`;
  }
  return JSON.stringify(value);
}

await regenerateWhenRun(import.meta.url, generatedFolder);
