import {
  FetchingJSONSchemaStore,
  InputData,
  JSONSchemaInput,
  type LanguageName,
  quicktype,
} from 'quicktype-core';
import { loadBundledSpec, type OpenApiDocument } from './bundled-spec.ts';

/** What to generate: the spec's component schemas to turn into types, in which language. */
export interface ModelsRequest {
  /** quicktype's language name: `'python'`, `'go'`… */
  lang: LanguageName;
  /** Names under `components.schemas`; each becomes a top-level type of the same name. */
  schemas: string[];
  /** quicktype's options for that language (`{ 'python-version': '3.7' }`, `{ package: 'ryzeapi' }`). */
  rendererOptions?: Record<string, string>;
  /** The document to read; the bundled spec when omitted (tests pass a broken one). */
  spec?: OpenApiDocument;
}

/**
 * The source text quicktype generates for the named component schemas. Each is handed to
 * quicktype as a JSON Schema whose root is a `$ref` into the spec's own `components`, so
 * references between components resolve as in the spec and shared ones are generated once.
 */
export async function modelsFromSpec(request: ModelsRequest): Promise<string> {
  const spec = request.spec ?? (await loadBundledSpec(false));
  const components = { schemas: spec.components.schemas };
  const input = new JSONSchemaInput(new FetchingJSONSchemaStore());
  for (const name of request.schemas) {
    if (!(name in components.schemas)) {
      throw new Error(
        `The spec has no schema ${JSON.stringify(name)} under components.schemas (it has ${Object.keys(components.schemas).join(', ')})`,
      );
    }
    const schema = { components, $ref: `#/components/schemas/${name}` };
    await input.addSource({ name, schema: JSON.stringify(schema) });
  }
  const inputData = new InputData();
  inputData.addInput(input);
  const { lines } = await quicktype({
    inputData,
    lang: request.lang,
    rendererOptions: request.rendererOptions ?? {},
  });
  return `${lines.join('\n').trimEnd()}\n`;
}
