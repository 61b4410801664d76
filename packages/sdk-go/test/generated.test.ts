import { readBundledSpec, resolveObject } from '@ryzeapi/openapi/document';
import { describe, expect, it } from 'vitest';
import { driftedFiles, generateGoFiles, readCommittedFiles } from '../scripts/generate.ts';

type SpecOverride = NonNullable<Parameters<typeof generateGoFiles>[0]>;

describe('internal/generated', () => {
  it('is what the generator makes from the bundled spec', async () => {
    expect(
      driftedFiles(await readCommittedFiles(), await generateGoFiles()),
      'these generated files differ from a fresh generation from the spec: run `pnpm generate` and commit the result',
    ).toEqual([]);
  });

  it('is reported as drifted when a schema changes', async () => {
    const bundled = readBundledSpec('openapi.json');
    const properties = '#/components/schemas/LeaveGroupResponse/properties';
    resolveObject(bundled, { $ref: properties }, properties).leftAt = { type: 'string' };
    const fresh = await generateGoFiles({ bundled: bundled as SpecOverride['bundled'] });
    expect(driftedFiles(await readCommittedFiles(), fresh)).toEqual(['models.go']);
    expect(fresh.get('models.go')).toMatch(/LeftAt +\*string `json:"leftAt,omitempty"`/);
  });

  it('is reported as drifted when a documented message changes', async () => {
    const dereferenced = readBundledSpec('openapi.dereferenced.json');
    const error =
      '#/paths/~1api~1group~1leave~1{instance}/delete/responses/404/content/application~1json/examples/notMember/value/error';
    resolveObject(dereferenced, { $ref: error }, error).message = 'Gone';
    const fresh = await generateGoFiles({
      dereferenced: dereferenced as SpecOverride['dereferenced'],
    });
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
