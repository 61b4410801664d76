import { describe, expect, it } from 'vitest';
import { modelsFromSpec } from '../src/models.ts';

const SPEC = {
  paths: {},
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['name', 'owner'],
        properties: { name: { type: 'string' }, owner: { $ref: '#/components/schemas/Owner' } },
      },
      Owner: { type: 'object', required: ['id'], properties: { id: { type: 'integer' } } },
    },
  },
};

describe('modelsFromSpec', () => {
  it('generates the named schemas with the ones they reference', async () => {
    const python = await modelsFromSpec({ lang: 'python', schemas: ['Thing'], spec: SPEC });
    expect(python).toMatch(/^class Thing:$/m);
    expect(python).toMatch(/^class Owner:$/m);
    expect(python).toContain('owner: Owner');
  });

  it('refuses a schema the spec does not have, naming those it has', async () => {
    await expect(modelsFromSpec({ lang: 'go', schemas: ['Thingy'], spec: SPEC })).rejects.toThrow(
      'The spec has no schema "Thingy" under components.schemas (it has Thing, Owner)',
    );
  });
});
