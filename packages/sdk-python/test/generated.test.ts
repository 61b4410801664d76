import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { driftedFiles, generateFiles } from '../scripts/generate.ts';

const require = createRequire(import.meta.url);
const loadSpec = async (file: string) =>
  JSON.parse(await readFile(require.resolve(`@ryzeapi/openapi/${file}`), 'utf8'));

describe('src/ryzeapi/_generated', () => {
  it('is what the generator makes from the bundled spec', async () => {
    expect(
      await driftedFiles(await generateFiles()),
      'these generated files differ from a fresh generation from the spec: run `pnpm generate` and commit the result',
    ).toEqual([]);
  });

  it('is reported as drifted when a schema changes', async () => {
    const bundled = await loadSpec('openapi.json');
    bundled.components.schemas.LeaveGroupResponse.properties.leftAt = { type: 'string' };
    expect(await driftedFiles(await generateFiles({ bundled }))).toEqual(['models.py']);
  });

  it('is reported as drifted when a documented message changes', async () => {
    const dereferenced = await loadSpec('openapi.dereferenced.json');
    const notFound = dereferenced.paths['/api/group/leave/{instance}'].delete.responses['404'];
    notFound.content['application/json'].examples.notMember.value.error.message = 'Gone';
    expect(await driftedFiles(await generateFiles({ dereferenced }))).toEqual(['leave_group.py']);
  });
});
