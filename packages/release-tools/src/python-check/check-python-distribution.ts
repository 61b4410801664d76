/**
 * What a published Python distribution must hold: complete core metadata with the README as its
 * description, the license, `py.typed` for type checkers, and no tests, caches or credentials.
 */
import type { CheckResult } from '../pack-check/check-result.ts';
import { scanSecrets } from '../pack-check/scan-secrets.ts';
import type { PythonDistribution } from './python-distribution.ts';

/** Each required field, by its names (the first found counts), with why it is needed. */
const REQUIRED_FIELDS: [names: string[], why: string][] = [
  [['Name'], 'the distribution name users install'],
  [['Version'], 'the release version'],
  [['Summary'], 'the one-line description shown by PyPI and pip'],
  [
    ['License-Expression', 'License'],
    'an SPDX identifier such as MIT (project.license in pyproject.toml)',
  ],
  [['Requires-Python'], 'the Python versions supported (project.requires-python)'],
  [['Requires-Dist'], 'the runtime dependencies (project.dependencies)'],
  [['Project-URL'], 'where the source and the issues are (project.urls)'],
];

const TEST_FILE =
  /(^|\/)(tests?|test-output|__pycache__)\/|(^|\/)(conftest|test_[^/]*)\.py$|\.pyc$/;

export interface PythonReport {
  name: string;
  version: string;
  tarball: PythonDistribution;
  checks: CheckResult[];
  passed: boolean;
}

export function checkPythonDistribution(distribution: PythonDistribution): PythonReport {
  const checks = [checkMetadata(distribution), checkFiles(distribution), scanSecrets(distribution)];
  return {
    name: `${String(distribution.manifest.name)} (${distribution.kind})`,
    version: String(distribution.manifest.version),
    tarball: distribution,
    checks,
    passed: checks.every((check) => check.problems.length === 0),
  };
}

function checkMetadata({ metadata, description }: PythonDistribution): CheckResult {
  const problems = REQUIRED_FIELDS.filter(
    ([names]) => !names.some((name) => metadata[name]?.[0]),
  ).map(([names, why]) => `${names.join(' or ')} is missing: ${why}`);
  if (new TextEncoder().encode(description).byteLength < 200) {
    problems.push(
      'the description (the README) is under 200 bytes: say what the package is and how to use it (project.readme)',
    );
  }
  return { check: 'core metadata', problems };
}

function checkFiles({ kind, files }: PythonDistribution): CheckResult {
  const paths = files.map((file) => file.path);
  const problems = paths
    .filter((path) => TEST_FILE.test(path))
    .map((path) => `${path} is a test, a test output or a cache: keep it out of the distribution`);
  if (!paths.some((path) => /^(src\/)?[^/]+\/py\.typed$/.test(path))) {
    problems.push("no <package>/py.typed: type checkers will ignore the package's annotations");
  }
  const license = kind === 'wheel' ? /\.dist-info\/(licenses\/)?LICENSE$/ : /^LICENSE$/;
  if (!paths.some((path) => license.test(path))) {
    problems.push('no LICENSE: add the license text and name it in pyproject.toml');
  }
  return { check: 'only intended files, py.typed and LICENSE', problems };
}
