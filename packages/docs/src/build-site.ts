/**
 * Builds the docs site into dist/: the reference page (Redocly), the landing page, the package
 * READMEs as pages, and the bundled spec to download.
 */

import { existsSync, realpathSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { renderLanding } from './render-landing.ts';
import { renderReadme } from './render-readme.ts';
import { renderReference } from './render-reference.ts';
import { REDOC_CDN_IMAGES } from './self-contained-page.ts';
import { bundledSpec, distDir, packageDir, sitePages } from './site-paths.ts';
import { readBundledSpec } from './spec-summary.ts';

const assetsDir = join(packageDir, 'src', 'assets');

/** The READMEs the site publishes, read from the workspace packages this one depends on. */
const readmes = [
  {
    page: sitePages.sdkReadme,
    packageName: '@ryzeapi/sdk',
    title: 'TypeScript SDK (@ryzeapi/sdk)',
    description: 'The TypeScript client for the RyzeAPI group endpoints.',
  },
  {
    page: sitePages.mockReadme,
    packageName: '@ryzeapi/mock',
    title: 'Mock server (@ryzeapi/mock)',
    description: 'A Prism mock of the RyzeAPI group endpoints, for local development and tests.',
  },
  {
    page: sitePages.sandboxReadme,
    packageName: '@ryzeapi/sandbox',
    title: 'Sandbox (@ryzeapi/sandbox)',
    description:
      'A stateful sandbox of the RyzeAPI group endpoints: memberships, rate limits, tokens and faults, for tests.',
  },
  {
    page: sitePages.mcpReadme,
    packageName: '@ryzeapi/mcp',
    title: 'MCP server (@ryzeapi/mcp)',
    description: 'A Model Context Protocol server whose tools are the RyzeAPI group endpoints.',
  },
].map((readme) => {
  // The workspace link leads to the package's own folder, where its relative links resolve.
  const file = join(
    realpathSync(join(packageDir, 'node_modules', readme.packageName)),
    'README.md',
  );
  if (!existsSync(file)) {
    throw new Error(
      `Missing ${file}: the docs site publishes the README of ${readme.packageName}.`,
    );
  }
  return { ...readme, file };
});

const spec = readBundledSpec();
await rm(distDir, { recursive: true, force: true });
await mkdir(join(distDir, 'assets'), { recursive: true });

await copyFile(bundledSpec.yaml, join(distDir, sitePages.specYaml));
await copyFile(bundledSpec.json, join(distDir, sitePages.specJson));
const assets = [
  sitePages.stylesheet,
  sitePages.referenceTheme,
  sitePages.favicon,
  ...REDOC_CDN_IMAGES.map((image) => image.local),
];
for (const asset of assets) {
  await copyFile(join(assetsDir, asset.replace(/^assets\//, '')), join(distDir, asset));
}

await renderReference(spec, join(distDir, sitePages.reference));
await writeFile(join(distDir, sitePages.landing), renderLanding(spec));

// README links into the repository that the site can answer: the READMEs, and the spec's folder.
const pagesByFile = new Map([
  ...readmes.map((readme) => [readme.file, readme.page] as const),
  [
    realpathSync(join(packageDir, 'node_modules', '@ryzeapi', 'openapi')),
    sitePages.reference,
  ] as const,
]);
for (const readme of readmes) {
  const markdown = await readFile(readme.file, 'utf8');
  await writeFile(join(distDir, readme.page), renderReadme({ ...readme, markdown, pagesByFile }));
}

for (const page of Object.values(sitePages)) {
  const { size } = await stat(join(distDir, page));
  console.log(`${page.padEnd(24)} ${(size / 1024).toFixed(1).padStart(8)} KiB`);
}
