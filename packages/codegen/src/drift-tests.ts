import { readBundledSpec, resolveObject } from '@ryzeapi/openapi/document';
import { describe, expect, it } from 'vitest';
import type { OpenApiDocument } from './bundled-spec.ts';
import { driftedFiles, type GeneratedFolder, readCommittedFiles } from './generated-folder.ts';

/** Which generated file each change of the spec must show in. */
export interface DriftExpectations {
  /** The file made from the `LeaveGroupResponse` schema. */
  models: string;
  /** The file holding `leaveGroup`'s documented error messages. */
  operations: string;
}

const NOT_MEMBER_ERROR =
  '#/paths/~1api~1group~1leave~1{instance}/delete/responses/404/content/application~1json/examples/notMember/value/error';

/**
 * The drift tests of a generated folder: it is what the generator makes from the bundled spec,
 * and a change to a schema or to a documented message is seen in the file it belongs to.
 */
export function describeGeneratedFolder(
  title: string,
  folder: GeneratedFolder,
  expected: DriftExpectations,
): void {
  const driftFrom = async (fresh: Map<string, string>) =>
    driftedFiles(await readCommittedFiles(folder.dir), fresh);

  describe(title, () => {
    it('is what the generator makes from the bundled spec', async () => {
      expect(
        await driftFrom(await folder.generate()),
        'these generated files differ from a fresh generation from the spec: run `pnpm generate` and commit the result',
      ).toEqual([]);
    });

    it('is reported as drifted when a schema changes', async () => {
      const bundled = readBundledSpec('openapi.json');
      const properties = '#/components/schemas/LeaveGroupResponse/properties';
      resolveObject(bundled, { $ref: properties }, properties).leftAt = { type: 'string' };
      const fresh = await folder.generate({ bundled: bundled as OpenApiDocument });
      expect(await driftFrom(fresh)).toEqual([expected.models]);
      expect(fresh.get(expected.models)).toContain('leftAt');
    });

    it('is reported as drifted when a documented message changes', async () => {
      const dereferenced = readBundledSpec('openapi.dereferenced.json');
      resolveObject(dereferenced, { $ref: NOT_MEMBER_ERROR }, NOT_MEMBER_ERROR).message = 'Gone';
      const fresh = await folder.generate({ dereferenced: dereferenced as OpenApiDocument });
      expect(await driftFrom(fresh)).toEqual([expected.operations]);
      expect(fresh.get(expected.operations)).toContain('"Gone"');
    });
  });
}
