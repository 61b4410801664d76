import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { driftedFiles, generateGoFiles, readCommittedFiles } from '../scripts/generate.ts';

const require = createRequire(import.meta.url);
const loadSpec = async (file: string) =>
  JSON.parse(await readFile(require.resolve(`@ryzeapi/openapi/${file}`), 'utf8'));

describe('internal/generated', () => {
  it('is what the generator makes from the bundled spec', async () => {
    expect(
      driftedFiles(await readCommittedFiles(), await generateGoFiles()),
      'these generated files differ from a fresh generation from the spec: run `pnpm generate` and commit the result',
    ).toEqual([]);
  });

  it('is reported as drifted when a schema changes', async () => {
    const bundled = await loadSpec('openapi.json');
    bundled.components.schemas.LeaveGroupResponse.properties.leftAt = { type: 'string' };
    const fresh = await generateGoFiles({ bundled });
    expect(driftedFiles(await readCommittedFiles(), fresh)).toEqual(['models.go']);
    expect(fresh.get('models.go')).toMatch(/LeftAt +\*string `json:"leftAt,omitempty"`/);
  });

  it('is reported as drifted when a documented message changes', async () => {
    const dereferenced = await loadSpec('openapi.dereferenced.json');
    const notFound = dereferenced.paths['/api/group/leave/{instance}'].delete.responses['404'];
    notFound.content['application/json'].examples.notMember.value.error.message = 'Gone';
    const fresh = await generateGoFiles({ dereferenced });
    expect(driftedFiles(await readCommittedFiles(), fresh)).toEqual(['operations.go']);
    expect(fresh.get('operations.go')).toContain(
      'Messages: []string{"Gone", "Instance not found"}',
    );
  });

  it('is reported as drifted when a file is added to the folder or missing from it', () => {
    const files = new Map([['models.go', 'package generated\n']]);
    const withStray = new Map([...files, ['notes.go', 'package generated\n']]);
    expect(driftedFiles(withStray, files)).toEqual(['notes.go']);
    expect(driftedFiles(files, withStray)).toEqual(['notes.go']);
  });

  it('carries the header Go tools recognise as generated code', async () => {
    for (const [name, source] of await generateGoFiles()) {
      expect(source, name).toMatch(/^\/\/ Code generated .* DO NOT EDIT\.$/m);
    }
  });
});
