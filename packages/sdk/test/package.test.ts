import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const packageDir = new URL('..', import.meta.url).pathname;

/** Runs a tool from the package's node_modules/.bin in the package directory. */
function tool(name: string, ...args: string[]) {
  return run(`node_modules/.bin/${name}`, args, { cwd: packageDir, encoding: 'utf8' });
}

// These check the built dist/ (turbo builds it before the tests). The tarball itself (files,
// metadata, publint, attw, exports for ESM and CJS) is checked by @ryzeapi/release-tools'
// pack check, which runs for every published package.
describe('the published package', () => {
  it('stays within its size-limit budget, and the README gives the measured figures', async () => {
    // size-limit exits non-zero when over budget: its JSON report is on stdout either way.
    const { stdout } = await tool('size-limit', '--json').catch((error) => error);
    const entries = JSON.parse(stdout) as { name: string; size: number; sizeLimit?: number }[];
    for (const { name, size, sizeLimit } of entries) {
      if (sizeLimit !== undefined) {
        expect(size, `${name} is ${size} B, over its budget`).toBeLessThanOrEqual(sizeLimit);
      }
    }
    const readme = await readFile(new URL('../README.md', import.meta.url), 'utf8');
    const section = readme.split('\n## ').find((part) => part.startsWith('Bundle size')) ?? '';
    for (const { size } of entries) {
      const figure = `${(size / 1000).toFixed(2)} kB`;
      expect(
        section,
        `README.md's "Bundle size" should say ${figure}: run \`pnpm size\` and update it`,
      ).toContain(figure);
    }
  });

  it('measures createRyzeClient without pacing and leaveMany by leaving out the modules that hold them', async () => {
    // .size-limit.js swaps these files for stubs of these exports: renamed or moved, they would
    // be counted in the figure meant to leave them out, without a word.
    const config = await import(new URL('../.size-limit.js', import.meta.url).href);
    const core = config.default.find((entry: { modifyEsbuildConfig?: unknown }) =>
      Boolean(entry.modifyEsbuildConfig),
    );
    const filters: RegExp[] = [];
    for (const plugin of core.modifyEsbuildConfig({ plugins: [] }).plugins) {
      plugin.setup({ onLoad: ({ filter }: { filter: RegExp }) => filters.push(filter) });
    }
    for (const [file, exported] of [
      ['pacing.ts', /export function createPacer\(/],
      ['leave-many.ts', /export async function leaveMany\(/],
    ] as const) {
      const path = new URL(`../src/${file}`, import.meta.url);
      expect(
        filters.filter((filter) => filter.test(path.pathname)),
        file,
      ).toHaveLength(1);
      expect(await readFile(path, 'utf8')).toMatch(exported);
    }
  });
});

describe('the built code', () => {
  const read = (path: string) => readFile(new URL(`../${path}`, import.meta.url), 'utf8');

  it('carries the version of package.json in its User-Agent, replaced at build time', async () => {
    const { version } = JSON.parse(await read('package.json'));
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = await read(file);
      expect(code).toContain(`@ryzeapi/sdk/${version}`);
      expect(code).not.toContain('__SDK_VERSION__');
    }
  });

  it('works from ESM and from CJS', async () => {
    const fetch = async () => Response.json({ success: true, message: 'ok', groupJid: '1@g.us' });
    const esm = await import(new URL('../dist/index.js', import.meta.url).href);
    const cjs = createRequire(import.meta.url)('../dist/index.cjs');
    for (const sdk of [esm, cjs]) {
      const client = sdk.createRyzeClient({ token: 't', fetch });
      await expect(client.groups.leave('i', { identifier: 'ABC123XYZ' })).resolves.toMatchObject({
        groupJid: '1@g.us',
      });
      expect(() => sdk.parseGroupIdentifier(' ')).toThrow(sdk.InvalidInputError);
    }
  });

  it('imports nothing but openapi-fetch: no Node built-in, so it runs wherever fetch exists', async () => {
    // Both formats import openapi-fetch, never carry its code: its caret range is what users load.
    for (const file of ['dist/index.js', 'dist/index.cjs']) {
      const code = await read(file);
      const imports = [...code.matchAll(/(?:from\s*|require\(|import\()\s*["']([^"']+)["']/g)].map(
        (m) => m[1],
      );
      expect(imports, file).toEqual(['openapi-fetch']);
      expect(code, file).not.toContain('function createClient');
    }
    // Environment variables are read through `globalThis.process?.env`, undefined in a browser.
    expect(await read('dist/index.js')).not.toMatch(
      /(?<!globalThis\.)\b(process|Buffer|__dirname|require)\b/,
    );
    for (const file of await readdir(new URL('../src', import.meta.url), { recursive: true })) {
      if (!file.endsWith('.ts')) continue;
      expect(await read(`src/${file}`), file).not.toMatch(
        /from ['"](node:|fs|path|http|crypto|util|buffer)/,
      );
    }
  });
});
