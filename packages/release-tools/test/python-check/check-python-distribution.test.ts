import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildPythonDistributions } from '../../src/python-check/build-python-distributions.ts';
import { checkPythonDistribution } from '../../src/python-check/check-python-distribution.ts';
import { readPythonDistribution } from '../../src/python-check/python-distribution.ts';
import { findRepoRoot } from '../../src/repo-root.ts';

const PYPROJECT = `[build-system]
requires = ["hatchling"]
build-backend = "hatchling.build"

[project]
name = "fixture-answer"
version = "1.0.0"
description = "A fixture distribution for the release checks."
readme = "README.md"
license = "MIT"
requires-python = ">=3.9"
dependencies = ["httpx>=0.23"]

[project.urls]
Repository = "https://example.invalid/fixture"

[tool.hatch.build.targets.wheel]
packages = ["src/fixture_answer"]
`;

const README = `# fixture-answer

A fixture distribution for the release checks: it exports \`answer\`, typed, and is built offline
with the installed hatchling like the repository's own Python SDK.

\`\`\`python
from fixture_answer import answer
\`\`\`
`;

let roots: string[] = [];
afterEach(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
  roots = [];
});

/** Builds a fixture project, correct unless `change` breaks it; returns each distribution's failed checks. */
function failedChecks(change: (files: Map<string, string>) => void = () => {}) {
  const root = mkdtempSync(join(tmpdir(), 'python-fixture-'));
  roots.push(root);
  const files = new Map([
    ['pyproject.toml', PYPROJECT],
    ['README.md', README],
    ['LICENSE', 'MIT License\n\nCopyright (c) RyzeAPI\n'],
    ['src/fixture_answer/__init__.py', 'answer: int = 42\n'],
    ['src/fixture_answer/py.typed', ''],
  ]);
  change(files);
  for (const [path, text] of files) {
    mkdirSync(dirname(join(root, 'project', path)), { recursive: true });
    writeFileSync(join(root, 'project', path), text);
  }
  return failedChecksOf(join(root, 'project'), root);
}

/** Builds a project's distributions into `destination`; returns each one's failed checks. */
function failedChecksOf(project: string, destination: string) {
  return buildPythonDistributions(project, destination).map((path) => {
    const report = checkPythonDistribution(readPythonDistribution(path));
    return {
      name: report.name,
      files: report.tarball.files.map((file) => file.path),
      failed: Object.fromEntries(
        report.checks.filter((c) => c.problems.length > 0).map((c) => [c.check, c.problems]),
      ),
    };
  });
}

describe('the Python distribution checks', () => {
  it('pass a complete wheel and sdist', () => {
    expect(failedChecks().map(({ name, failed }) => ({ name, failed }))).toEqual([
      { name: 'fixture-answer (wheel)', failed: {} },
      { name: 'fixture-answer (sdist)', failed: {} },
    ]);
  });

  it("pass the repository's Python SDK, whose wheel holds the package and not its tests", () => {
    const root = mkdtempSync(join(tmpdir(), 'python-sdk-'));
    roots.push(root);
    const [wheel, sdist] = failedChecksOf(join(findRepoRoot(), 'packages/sdk-python'), root);
    expect([wheel?.failed, sdist?.failed]).toEqual([{}, {}]);
    expect(wheel?.files).toContain('ryzeapi/py.typed');
    expect(wheel?.files).toContain('ryzeapi/_generated/models.py');
  });

  it('fail one without py.typed, LICENSE, README or license, or with tests inside, naming each', () => {
    const results = failedChecks((files) => {
      files.delete('src/fixture_answer/py.typed');
      files.delete('LICENSE');
      files.set('README.md', '# short\n');
      files.set('pyproject.toml', PYPROJECT.replace('license = "MIT"\n', ''));
      files.set('src/fixture_answer/tests/test_answer.py', 'def test_answer():\n    pass\n');
    });
    const wheel = results.find(({ name }) => name.endsWith('(wheel)'));
    expect(wheel?.failed).toEqual({
      'core metadata': [
        'License-Expression or License is missing: an SPDX identifier such as MIT (project.license in pyproject.toml)',
        'the description (the README) is under 200 bytes: say what the package is and how to use it (project.readme)',
      ],
      'only intended files, py.typed and LICENSE': [
        'fixture_answer/tests/test_answer.py is a test, a test output or a cache: keep it out of the distribution',
        "no <package>/py.typed: type checkers will ignore the package's annotations",
        'no LICENSE: add the license text and name it in pyproject.toml',
      ],
    });
  });
});
