import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import type { Parameter } from '@ryzeapi/openapi/document';
import { afterAll, describe, expect, it } from 'vitest';
import {
  GENERATED_TOOLS_FILE,
  renderToolsModule,
  specOperations,
  toolDefinitions,
  toolName,
} from '../scripts/tool-definitions.ts';
import { sdkMethods } from '../src/sdk-methods.ts';
import {
  bundledSpec,
  LEAVE_PATH_ITEM,
  leaveGroupOperation,
  objectAt,
} from './support/bundled-spec.ts';

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL('..', import.meta.url));
const spec = bundledSpec();
const leaveOperation = leaveGroupOperation();
const boundIds = Object.keys(sdkMethods);
const committed = readFileSync(GENERATED_TOOLS_FILE, 'utf8');

/** The spec with one more operation, `GET /api/group/list/{instance}` (`listGroups`). */
function specWithNewOperation() {
  const copy = structuredClone(spec);
  objectAt(copy, '#/paths')['/api/group/list/{instance}'] = {
    parameters: objectAt(spec, LEAVE_PATH_ITEM).parameters,
    get: { operationId: 'listGroups', summary: 'List Groups', responses: {} },
  };
  return copy;
}

/** The build's first step, `tsx scripts/generate-tools.ts --check`, with more arguments. */
function checkCommand(...args: string[]) {
  const command = ['--import', 'tsx', 'scripts/generate-tools.ts', '--check', ...args];
  return run(process.execPath, command, { cwd: packageDir });
}

const temp = mkdtempSync(join(tmpdir(), 'ryzeapi-mcp-spec-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));
function writeSpec(name: string, document: unknown): string {
  const file = join(temp, name);
  writeFileSync(file, JSON.stringify(document));
  return file;
}

describe('the generated tools', () => {
  it('src/generated/tools.ts is what the generator makes from the bundled spec', () => {
    const fresh = renderToolsModule(toolDefinitions(specOperations(), boundIds));
    expect(
      committed === fresh,
      'src/generated/tools.ts differs from a fresh generation from the spec: run `pnpm --filter @ryzeapi/mcp generate` and commit the result',
    ).toBe(true);
  });

  it('differ when the spec changes, so the comparison above can fail', () => {
    const changed = structuredClone(spec);
    objectAt(changed, `${LEAVE_PATH_ITEM}/delete`).summary = 'Leave a group';
    const operations = specOperations(writeSpec('changed.json', changed));
    expect(renderToolsModule(toolDefinitions(operations, boundIds))).not.toBe(committed);
  });

  it('give leave_group the spec’s parameters, examples, body schema and hints', () => {
    const [tool] = toolDefinitions(specOperations(), boundIds);
    const [instance, identifier] = ['instance', 'identifier'].map((name) => {
      const parameter = leaveOperation.parameters.find((candidate) => candidate.name === name);
      if (!parameter) throw new Error(`leaveGroup has no ${name} parameter`);
      return parameter;
    }) as [Parameter, Parameter];
    expect(tool?.name).toBe('leave_group');
    expect(tool?.title).toBe(leaveOperation.summary);
    expect(tool?.description.startsWith(leaveOperation.description?.trim() ?? '')).toBe(true);
    expect(tool?.description).toContain(
      '| 404  | `Group not found or you are not a member of this group` |',
    );
    expect(tool?.inputSchema).toEqual({
      type: 'object',
      properties: {
        instance: {
          ...instance.schema,
          description: String(instance.node.description).trim(),
          examples: [instance.example],
        },
        identifier: {
          ...identifier.schema,
          description: String(identifier.node.description).trim(),
          examples: identifier.examples.map((example) => example.value),
        },
      },
      required: ['instance', 'identifier'],
      additionalProperties: false,
    });
    expect(tool?.inputSchema.properties).toMatchObject({
      identifier: {
        title: 'GroupIdentifier',
        examples: ['120363406289005073@g.us', 'ABC123XYZ', 'https://chat.whatsapp.com/ABC123XYZ'],
      },
    });
    expect(tool?.outputSchema).toEqual(
      leaveOperation.responses.find((response) => response.status === '200')?.content[0]?.schema,
    );
    expect(tool?.annotations).toEqual({
      title: 'Leave Group',
      readOnlyHint: false,
      destructiveHint: true,
      idempotentHint: leaveOperation.idempotent,
      openWorldHint: true,
    });
  });

  it('take idempotentHint from x-idempotent', () => {
    const changed = structuredClone(spec);
    objectAt(changed, `${LEAVE_PATH_ITEM}/delete`)['x-idempotent'] = false;
    const [tool] = toolDefinitions(
      specOperations(writeSpec('not-idempotent.json', changed)),
      boundIds,
    );
    expect(tool?.annotations.idempotentHint).toBe(false);
  });

  it.each([
    { given: 'leaveGroup', want: 'leave_group' },
    { given: 'listGroups', want: 'list_groups' },
    { given: 'resetInviteLink', want: 'reset_invite_link' },
    { given: 'updateGroupV2', want: 'update_group_v2' },
  ])('name the tool of $given $want', ({ given, want }) => {
    expect(toolName(given)).toBe(want);
  });
});

describe('a new operation in the spec', () => {
  const operations = specOperations(writeSpec('new-operation.json', specWithNewOperation()));

  it('becomes a tool once it has an SDK method', () => {
    const tools = toolDefinitions(operations, [...boundIds, 'listGroups']);
    expect(tools.map((tool) => tool.name)).toEqual(['leave_group', 'list_groups']);
    expect(tools[1]?.annotations).toEqual({
      title: 'List Groups',
      readOnlyHint: true,
      openWorldHint: true,
    });
  });

  it('without an SDK method stops the generator with what to do', () => {
    expect(() => toolDefinitions(operations, boundIds)).toThrow(
      'GET /api/group/list/{instance} (operationId listGroups) has no SDK method: add it to @ryzeapi/sdk, then bind it in packages/mcp/src/sdk-methods.ts',
    );
  });

  it('without an SDK method fails the build', async () => {
    const newSpec = writeSpec('build-new-operation.json', specWithNewOperation());
    const failure = await checkCommand('--spec', newSpec).then(
      () => undefined,
      (error: { code: number; stderr: string }) => error,
    );
    expect(failure?.code).toBe(1);
    expect(failure?.stderr).toContain('(operationId listGroups) has no SDK method');
    // The same command on the bundled spec passes: what fails above is the new operation.
    await checkCommand();
  });

  it('is refused when an SDK method binds no operation of the spec', () => {
    expect(() => toolDefinitions(specOperations(), [...boundIds, 'joinGroup'])).toThrow(
      'binds joinGroup, which is no operationId of the spec',
    );
  });

  it('is refused when it takes a header parameter, which a tool cannot pass on', () => {
    const changed = specWithNewOperation();
    objectAt(changed, '#/paths/~1api~1group~1list~1{instance}/get').parameters = [
      { name: 'X-Trace', in: 'header', schema: { type: 'string' } },
    ];
    const withHeader = specOperations(writeSpec('header.json', changed));
    expect(() => toolDefinitions(withHeader, [...boundIds, 'listGroups'])).toThrow(
      'GET /api/group/list/{instance}: the header parameter X-Trace cannot be a tool argument',
    );
  });
});
