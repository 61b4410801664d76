import { readBundledSpec } from '@ryzeapi/openapi/document';

/** The parts of an OpenAPI document the generators read. */
export type OpenApiDocument = {
  paths: Record<string, Record<string, unknown>>;
  components: { schemas: Record<string, unknown> };
};

/**
 * The bundled spec (`@ryzeapi/openapi`), `dereferenced` with every `$ref` inlined or as bundled
 * (references between components kept, which quicktype resolves and names itself).
 */
export async function loadBundledSpec(dereferenced: boolean): Promise<OpenApiDocument> {
  return readBundledSpec(
    dereferenced ? 'openapi.dereferenced.json' : 'openapi.json',
  ) as OpenApiDocument;
}
