import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { redocOptions } from './redoc-options.ts';
import { makeSelfContained } from './self-contained-page.ts';
import { bundledSpec, packageDir } from './site-paths.ts';
import type { SpecDocument } from './spec-summary.ts';

const run = promisify(execFile);

const redoclyBin = join(packageDir, 'node_modules', '.bin', 'redocly');
const redoclyConfig = join(packageDir, 'redocly.yaml');
const template = join(packageDir, 'src', 'templates', 'reference.hbs');

/** Builds the self-contained reference page with Redocly CLI's `build-docs`. */
export async function renderReference(spec: SpecDocument, outputFile: string): Promise<void> {
  const workDir = await mkdtemp(join(tmpdir(), 'ryzeapi-docs-'));
  try {
    // Passed as a file: Redocly reads `--openapi` as JSON text or as a path to a JSON file.
    const optionsFile = join(workDir, 'redoc-options.json');
    await writeFile(optionsFile, JSON.stringify(redocOptions(spec)));
    const args = [
      'build-docs',
      bundledSpec.yaml,
      '--config',
      redoclyConfig,
      '--inlineBundle',
      '--openapi',
      optionsFile,
      '--template',
      template,
      '--title',
      `${spec.title} API reference`,
      `--templateOptions.description=${spec.summary}`,
      '--output',
      outputFile,
    ];
    try {
      await run(redoclyBin, args, {
        // Belt and braces beside redocly.yaml: no telemetry, no update check over the network.
        env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true' },
        maxBuffer: 16 * 1024 * 1024,
      });
    } catch (error) {
      const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
      throw new Error(
        `redocly build-docs failed for ${bundledSpec.yaml}:\n${stdout}\n${stderr}`.trimEnd(),
      );
    }
    const html = await readFile(outputFile, 'utf8');
    await writeFile(outputFile, makeSelfContained(html));
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}
