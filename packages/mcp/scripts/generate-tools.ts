/**
 * Generates src/generated/tools.ts from the bundled spec. With `--check` (the build) it writes
 * nothing and fails when an operation has no SDK method, or when the committed file differs from
 * a fresh generation. `--spec FILE` reads another dereferenced bundle.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { sdkMethods } from '../src/sdk-methods.ts';
import {
  GENERATED_TOOLS_FILE,
  renderToolsModule,
  specOperations,
  toolDefinitions,
} from './tool-definitions.ts';

const { values } = parseArgs({
  options: { check: { type: 'boolean', default: false }, spec: { type: 'string' } },
});
const file = fileURLToPath(GENERATED_TOOLS_FILE);

try {
  const operations = specOperations(values.spec);
  const fresh = renderToolsModule(toolDefinitions(operations, Object.keys(sdkMethods)));
  if (!values.check) {
    await writeFile(file, fresh);
    console.log(`Wrote ${file}`);
  } else if ((await readFile(file, 'utf8').catch(() => '')) !== fresh) {
    throw new Error(
      `${file} differs from a fresh generation from the spec: run \`pnpm --filter @ryzeapi/mcp generate\` and commit the result`,
    );
  }
} catch (error) {
  console.error((error as Error).message);
  process.exitCode = 1;
}
