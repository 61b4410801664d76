/** The repository's release facts that the gate and the dry run share. */

/** The package whose contents are the spec itself. */
export const SPEC_PACKAGE = '@ryzeapi/openapi';

/**
 * The packages generated from the spec (the mock and the sandbox serve a copy of it, the MCP
 * server makes its tools from it): a breaking spec change is a breaking change of each.
 */
export const GENERATED_FROM_SPEC = [
  '@ryzeapi/openapi',
  '@ryzeapi/sdk',
  '@ryzeapi/mock',
  '@ryzeapi/mcp',
  '@ryzeapi/sandbox',
];

/** The bundled spec as built now, relative to the repository root. */
export const BUNDLED_SPEC = 'spec/dist/openapi.json';

/** The bundled spec as last released, committed; `pnpm run version` updates it. */
export const SPEC_BASELINE = 'spec/baseline/openapi.json';
