import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { escapeHtml } from '../src/html.ts';
import { distDir, sdkFolders, sitePages } from '../src/site-paths.ts';

/** The example files of an SDK, listed from its folder. */
function exampleFiles(folder: string, extension: string): string[] {
  return readdirSync(join(folder, 'examples'), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith(extension))
    .map((file) => join(folder, 'examples', file));
}

describe.each([
  { name: 'Python', page: sitePages.pythonSdkReadme, folder: sdkFolders.python, extension: '.py' },
  { name: 'Go', page: sitePages.goSdkReadme, folder: sdkFolders.go, extension: '.go' },
])('the $name SDK page', ({ page, folder, extension }) => {
  const html = readFileSync(join(distDir, page), 'utf8');
  const markdown = readFileSync(join(distDir, `${page}.md`), 'utf8');
  const examples = exampleFiles(folder, extension);

  test('shows its README', () => {
    const readme = readFileSync(join(folder, 'README.md'), 'utf8');
    const heading = readme.split('\n')[0]?.replace(/^# /, '') ?? '';
    expect(html).toContain(`>${escapeHtml(heading)}</h1>`);
    expect(markdown.startsWith(`# ${heading}\n`)).toBe(true);
  });

  test('shows every example file in full, and links its examples folder to them', () => {
    expect(examples.length).toBeGreaterThan(0);
    for (const file of examples) {
      const source = readFileSync(file, 'utf8').replace(/\n$/, '');
      // marked turns leading tabs into four spaces, in these blocks as in the README's own Go.
      const shown = source.replace(
        /^( *)(\t+)/gm,
        (_, spaces, tabs) => spaces + '    '.repeat(tabs.length),
      );
      expect(html, file).toContain(escapeHtml(shown));
      expect(markdown, file).toContain(source);
    }
    expect(html).toContain(`<a href="${page}#example-files">`);
    expect(html).toContain('<h2 id="example-files">Example files</h2>');
  });
});
