import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** PEP 503's normalized project name: runs of `-`, `_`, `.` become one `-`, lower case. */
export function normalizeProjectName(name: string): string {
  return name.replace(/[-_.]+/g, '-').toLowerCase();
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * Lays out distributions as a static PEP 503 "simple" index under `indexDir`: `index.html`
 * naming each project, `<project>/index.html` linking each file with its sha256 (pip checks
 * it), the files beside it. pip installs from it with `--index-url file://<indexDir>`, as from
 * PyPI's `/simple/`. Returns the index's `file://` URL.
 */
export function writePythonIndex(
  indexDir: string,
  projects: { name: string; files: string[] }[],
): string {
  mkdirSync(indexDir, { recursive: true });
  const links = (items: { href: string; text: string }[]) =>
    `<!DOCTYPE html>\n<html><body>\n${items
      .map(({ href, text }) => `<a href="${escapeHtml(href)}">${escapeHtml(text)}</a><br>`)
      .join('\n')}\n</body></html>\n`;
  for (const project of projects) {
    const projectDir = join(indexDir, normalizeProjectName(project.name));
    mkdirSync(projectDir, { recursive: true });
    const files = project.files.map((file) => {
      copyFileSync(file, join(projectDir, basename(file)));
      const sha256 = createHash('sha256').update(readFileSync(file)).digest('hex');
      return { href: `${basename(file)}#sha256=${sha256}`, text: basename(file) };
    });
    writeFileSync(join(projectDir, 'index.html'), links(files));
  }
  const names = projects.map(({ name }) => normalizeProjectName(name));
  writeFileSync(
    join(indexDir, 'index.html'),
    links(names.map((n) => ({ href: `${n}/`, text: n }))),
  );
  return `file://${indexDir}`;
}
