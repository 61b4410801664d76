import { readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/** Where the generated types are committed; the drift test compares this file to a fresh run. */
export const GENERATED_TYPES_FILE = fileURLToPath(
  new URL('../src/generated/openapi.ts', import.meta.url),
);

const HEADER = `// generated — do not edit.
// openapi-typescript output for @ryzeapi/openapi's dist/openapi.yaml (the bundled spec).
// Regenerate with \`pnpm generate\` after changing the spec.

`;

/** The TypeScript types of the bundled spec, exactly as the committed file should hold them. */
export async function generateTypes(): Promise<string> {
  const specPath = createRequire(import.meta.url).resolve('@ryzeapi/openapi/openapi.yaml');
  const spec = await readFile(specPath, 'utf8');
  const ast = await openapiTS(spec);
  return HEADER + astToString(ast);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await writeFile(GENERATED_TYPES_FILE, await generateTypes());
  console.log(`Wrote ${GENERATED_TYPES_FILE}`);
}
