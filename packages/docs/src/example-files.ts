import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative } from 'node:path';
import { fencedBlock } from './markdown.ts';

export interface ExampleFile {
  /** Relative to the package's folder, e.g. `examples/leave_group.py`. */
  path: string;
  language: string;
  source: string;
}

const LANGUAGES: Record<string, string> = {
  '.py': 'python',
  '.go': 'go',
  '.ts': 'typescript',
  '.js': 'javascript',
  '.sh': 'sh',
};

/** The anchor of the examples' section on a README page (GitHub's slug of its heading). */
export const EXAMPLE_FILES_ANCHOR = 'example-files';
const EXAMPLE_FILES_HEADING = 'Example files';

/** Every source file under `dir` (recursively, sorted), as a package's README points to them. */
export function readExampleFiles(packageDir: string, dir: string): ExampleFile[] {
  const root = join(packageDir, dir);
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && LANGUAGES[extname(entry.name)] !== undefined)
    .map((entry) => join(entry.parentPath, entry.name))
    .sort()
    .map((file) => ({
      path: relative(packageDir, file),
      language: LANGUAGES[extname(file)] as string,
      source: readFileSync(file, 'utf8'),
    }));
}

/** The section appended to a README's page: each example file with its source. */
export function exampleFilesMarkdown(files: readonly ExampleFile[]): string {
  const sections = files.map(
    (file) => `### \`${file.path}\`\n\n${fencedBlock(file.source, file.language)}`,
  );
  return `## ${EXAMPLE_FILES_HEADING}\n\nEach example of the package, in full, as its tests run it.\n\n${sections.join('\n\n')}\n`;
}
