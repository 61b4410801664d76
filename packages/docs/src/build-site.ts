/**
 * Builds the docs site into dist/: the reference page (Redocly), the landing page, the package
 * READMEs as pages, the bundled spec to download, and for agents a Markdown copy of every page
 * with llms.txt and llms-full.txt.
 */

import { existsSync, realpathSync } from 'node:fs';
import { copyFile, mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EXAMPLE_FILES_ANCHOR, exampleFilesMarkdown, readExampleFiles } from './example-files.ts';
import { readmeMarkdownCopy } from './readme-markdown.ts';
import { renderApiMarkdown } from './render-api-markdown.ts';
import { renderLanding } from './render-landing.ts';
import { renderLandingMarkdown } from './render-landing-markdown.ts';
import { markdownPagesOf, renderLlmsFull, renderLlmsIndex } from './render-llms.ts';
import { renderReadme } from './render-readme.ts';
import { renderReference } from './render-reference.ts';
import {
  renderTryIt,
  renderTryItMarkdown,
  SWAGGER_UI_FILES,
  tryItSettings,
} from './render-try-it.ts';
import { REDOC_CDN_IMAGES } from './self-contained-page.ts';
import { bundledSpec, distDir, markdownCopyOf, packageDir, sitePages } from './site-paths.ts';
import { siteReadmes } from './site-readmes.ts';
import { readBundledSpec } from './spec-summary.ts';

const assetsDir = join(packageDir, 'src', 'assets');

/** The README of each page of `siteReadmes`, with the folder its relative links start from. */
const readmes = siteReadmes.map((readme) => {
  // A workspace link leads to the package's own folder, where its relative links resolve.
  const folder =
    'packageName' in readme.source
      ? realpathSync(join(packageDir, 'node_modules', readme.source.packageName))
      : realpathSync(readme.source.folder);
  const file = join(folder, 'README.md');
  if (!existsSync(file)) {
    throw new Error(
      `Missing ${file}: the docs site publishes the README of ${readme.installName}.`,
    );
  }
  const examples = readme.examplesDir ? readExampleFiles(folder, readme.examplesDir) : [];
  if (readme.examplesDir && examples.length === 0) {
    throw new Error(
      `No example in ${join(folder, readme.examplesDir)}: the ${readme.name} page shows them.`,
    );
  }
  return { ...readme, folder, file, examples };
});

const spec = readBundledSpec();
await rm(distDir, { recursive: true, force: true });
await mkdir(join(distDir, 'assets'), { recursive: true });

await copyFile(bundledSpec.yaml, join(distDir, sitePages.specYaml));
await copyFile(bundledSpec.json, join(distDir, sitePages.specJson));
await copyFile(bundledSpec.dereferencedJson, join(distDir, sitePages.specDereferencedJson));
const assets = [
  sitePages.stylesheet,
  sitePages.referenceTheme,
  sitePages.favicon,
  sitePages.tryItConsole,
  sitePages.tryItTheme,
  ...REDOC_CDN_IMAGES.map((image) => image.local),
];
for (const asset of assets) {
  await copyFile(join(assetsDir, asset.replace(/^assets\//, '')), join(distDir, asset));
}

await mkdir(join(distDir, 'assets', 'swagger-ui'));
for (const file of SWAGGER_UI_FILES) await copyFile(file.source, join(distDir, file.page));

await renderReference(spec, join(distDir, sitePages.reference));
const tryIt = tryItSettings();
await writeFile(join(distDir, sitePages.tryIt), renderTryIt(tryIt));
await writeFile(join(distDir, sitePages.landing), renderLanding(spec));

// README links into the repository that the site can answer: the READMEs, their examples'
// folders (shown on the page), and the spec's folder.
const pagesByFile = new Map([
  ...readmes.map((readme) => [readme.file, readme.page] as const),
  ...readmes.flatMap((readme) =>
    readme.examplesDir
      ? [
          [
            join(readme.folder, readme.examplesDir),
            `${readme.page}#${EXAMPLE_FILES_ANCHOR}`,
          ] as const,
        ]
      : [],
  ),
  [
    realpathSync(join(packageDir, 'node_modules', '@ryzeapi', 'openapi')),
    sitePages.reference,
  ] as const,
]);
const readmeMarkdown = new Map<string, string>();
for (const readme of readmes) {
  const readmeText = await readFile(readme.file, 'utf8');
  const markdown =
    readme.examples.length > 0
      ? `${readmeText.trimEnd()}\n\n${exampleFilesMarkdown(readme.examples)}`
      : readmeText;
  await writeFile(join(distDir, readme.page), renderReadme({ ...readme, markdown, pagesByFile }));
  readmeMarkdown.set(readme.page, readmeMarkdownCopy({ file: readme.file, markdown, pagesByFile }));
}

// For agents (llmstxt.org): each page's Markdown copy at its URL plus `.md`, and the indexes.
const markdownPages = markdownPagesOf({
  landing: renderLandingMarkdown(spec),
  reference: renderApiMarkdown(spec),
  tryIt: renderTryItMarkdown(tryIt),
  readmes: readmeMarkdown,
});
for (const { page, markdown } of markdownPages) {
  await writeFile(join(distDir, markdownCopyOf(page)), markdown);
}
await writeFile(join(distDir, sitePages.llmsIndex), renderLlmsIndex(spec, markdownPages));
await writeFile(join(distDir, sitePages.llmsFull), renderLlmsFull(spec, markdownPages));

for (const page of Object.values(sitePages)) {
  const { size } = await stat(join(distDir, page));
  console.log(`${page.padEnd(24)} ${(size / 1024).toFixed(1).padStart(8)} KiB`);
}
