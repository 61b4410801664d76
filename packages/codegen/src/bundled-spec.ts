import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

/** The parts of an OpenAPI document the generators read. */
export interface OpenApiDocument {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
}

const require = createRequire(import.meta.url);

/**
 * The bundled spec (`@ryzeapi/openapi`), `dereferenced` with every `$ref` inlined or as bundled
 * (references between components kept, which quicktype resolves and names itself).
 */
export async function loadBundledSpec(dereferenced: boolean): Promise<OpenApiDocument> {
  const file = dereferenced ? 'openapi.dereferenced.json' : 'openapi.json';
  return JSON.parse(await readFile(require.resolve(`@ryzeapi/openapi/${file}`), 'utf8'));
}
