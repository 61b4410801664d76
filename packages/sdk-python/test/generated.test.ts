import { readBundledSpec, resolveObject } from '@ryzeapi/openapi/document';
import { describe, expect, it } from 'vitest';
import { driftedFiles, generateFiles } from '../scripts/generate.ts';

type SpecOverride = NonNullable<Parameters<typeof generateFiles>[0]>;

describe('src/ryzeapi/_generated', () => {
  it('is what the generator makes from the bundled spec', async () => {
    expect(
      await driftedFiles(await generateFiles()),
      'these generated files differ from a fresh generation from the spec: run `pnpm generate` and commit the result',
    ).toEqual([]);
  });

  it('is reported as drifted when a schema changes', async () => {
    const bundled = readBundledSpec('openapi.json');
    const properties = '#/components/schemas/LeaveGroupResponse/properties';
    resolveObject(bundled, { $ref: properties }, properties).leftAt = { type: 'string' };
    expect(
      await driftedFiles(await generateFiles({ bundled: bundled as SpecOverride['bundled'] })),
    ).toEqual(['models.py']);
  });

  it('is reported as drifted when a documented message changes', async () => {
    const dereferenced = readBundledSpec('openapi.dereferenced.json');
    const error =
      '#/paths/~1api~1group~1leave~1{instance}/delete/responses/404/content/application~1json/examples/notMember/value/error';
    resolveObject(dereferenced, { $ref: error }, error).message = 'Gone';
    expect(
      await driftedFiles(
        await generateFiles({ dereferenced: dereferenced as SpecOverride['dereferenced'] }),
      ),
    ).toEqual(['leave_group.py']);
  });
});
