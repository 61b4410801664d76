/**
 * What a published package must say about itself: a README and a LICENSE in the tarball, and
 * the package.json fields that registries, users and bundlers read.
 */
import type { CheckResult } from './check-result.ts';
import type { Tarball } from './tarball.ts';

const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies'];

export function checkMetadata(tarball: Tarball): CheckResult[] {
  return [
    checkDocuments(tarball),
    checkFields(tarball.manifest),
    checkDependencyRanges(tarball.manifest),
  ];
}

function checkDocuments(tarball: Tarball): CheckResult {
  const problems: string[] = [];
  const readme = tarball.files.find((f) => /^readme(\.md)?$/i.test(f.path));
  if (readme === undefined)
    problems.push('no README.md: add one that says what the package is and how to use it');
  else if (readme.size < 200)
    problems.push(
      `README.md is only ${readme.size} bytes: say what the package is and how to use it`,
    );
  const license = tarball.files.find((f) => /^licen[cs]e(\.md|\.txt)?$/i.test(f.path));
  if (license === undefined)
    problems.push('no LICENSE file: add the license text (MIT, "RyzeAPI")');
  else {
    const declared = tarball.manifest.license;
    const text = new TextDecoder().decode(license.data);
    if (declared === 'MIT' && !text.startsWith('MIT License')) {
      problems.push(`"license" is MIT but ${license.path} does not start with "MIT License"`);
    }
  }
  return { check: 'README and LICENSE', problems };
}

function checkFields(manifest: Record<string, unknown>): CheckResult {
  const problems: string[] = [];
  const missing = (field: string, why: string) => problems.push(`"${field}" is missing: ${why}`);
  if (typeof manifest.license !== 'string') missing('license', 'an SPDX identifier such as "MIT"');
  if (typeof manifest.description !== 'string') missing('description', 'shown by npm search');
  const repository = manifest.repository as
    | { url?: unknown; directory?: unknown }
    | string
    | undefined;
  if (repository === undefined)
    missing('repository', '{ "type": "git", "url": "git+https://…", "directory": "<folder>" }');
  else if (typeof repository === 'object' && typeof repository.directory !== 'string') {
    problems.push('"repository.directory" is missing: name the package\'s folder in the monorepo');
  }
  if (typeof manifest.homepage !== 'string')
    missing('homepage', "the package's README or docs URL");
  if (manifest.bugs === undefined)
    missing('bugs', 'where users report problems: { "url": "…/issues" }');
  const engines = manifest.engines as { node?: unknown } | undefined;
  if (typeof engines?.node !== 'string')
    missing('engines.node', 'the Node.js versions supported, e.g. ">=20.19"');
  if (manifest.sideEffects === undefined) {
    missing(
      'sideEffects',
      'false (or the list of files with side effects) so bundlers can tree-shake',
    );
  }
  const name = String(manifest.name);
  const access = (manifest.publishConfig as { access?: unknown } | undefined)?.access;
  if (name.startsWith('@') && access !== 'public') {
    problems.push(
      `"publishConfig.access" is ${JSON.stringify(access)}: a scoped package needs "public" to be published for everyone`,
    );
  }
  return { check: 'package.json metadata', problems };
}

function checkDependencyRanges(manifest: Record<string, unknown>): CheckResult {
  const problems: string[] = [];
  for (const field of DEPENDENCY_FIELDS) {
    for (const [dep, range] of Object.entries(
      (manifest[field] as Record<string, string> | undefined) ?? {},
    )) {
      if (/^(workspace|link|file|portal):/.test(range)) {
        problems.push(
          `${field}.${dep} is "${range}": users cannot install a local range; pack with pnpm, which rewrites workspace: ranges`,
        );
      }
    }
  }
  return { check: 'dependency ranges', problems };
}
