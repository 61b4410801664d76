import { describeGeneratedFolder } from '@ryzeapi/codegen/drift-tests';
import { describe, expect, it } from 'vitest';
import { generatedFolder } from '../scripts/generate.ts';

describeGeneratedFolder('internal/generated', generatedFolder, {
  models: 'models.go',
  operations: 'operations.go',
});

describe('internal/generated', () => {
  it('carries the header Go tools recognise as generated code', async () => {
    for (const [name, source] of await generatedFolder.generate()) {
      expect(source, name).toMatch(/^\/\/ Code generated .* DO NOT EDIT\.$/m);
    }
  });
});
