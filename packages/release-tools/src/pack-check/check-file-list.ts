/**
 * Only the intended files: everything in the tarball is named by package.json's "files" (or
 * is one of the files npm always adds), and nothing is a test, a source map nobody asked for, or
 * a file that typically holds credentials.
 */
import type { CheckResult } from './check-result.ts';
import type { Tarball } from './tarball.ts';

/** Files npm and pnpm add whatever "files" says. */
const ALWAYS_PACKED =
  /^(package\.json|readme(\.[a-z]+)?|licen[cs]e(\.[a-z]+)?|changelog(\.[a-z]+)?)$/i;

const TEST_FILE =
  /(^|\/)(__tests__|tests?|test-output|coverage|__snapshots__)\/|\.(test|spec|bench)\.[cm]?[jt]sx?$|(^|\/)(vitest|jest)\.config\./;
const CREDENTIAL_FILE =
  /(^|\/)(\.env(\..*)?|\.npmrc|\.netrc|id_(rsa|ed25519|ecdsa)(\.pub)?|.*\.(pem|key|p12|pfx))$/i;
const DEV_ONLY_FILE =
  /(^|\/)(tsconfig(\..*)?\.json|\.turbo\/.*|biome\.json|\.gitignore|tsdown\.config\..*)$/;

export function checkFileList(tarball: Tarball): CheckResult {
  const problems: string[] = [];
  const patterns = tarball.manifest.files;
  if (!Array.isArray(patterns)) {
    problems.push(
      'package.json has no "files" list: without it every file in the folder is published',
    );
  }
  const matchers = (Array.isArray(patterns) ? patterns : []).map((p) => globToRegExp(String(p)));
  const mapsIntended = (Array.isArray(patterns) ? patterns : []).some((p) =>
    String(p).endsWith('.map'),
  );
  for (const { path } of tarball.files) {
    if (CREDENTIAL_FILE.test(path))
      problems.push(`${path} looks like a credentials file: never publish it`);
    if (TEST_FILE.test(path))
      problems.push(`${path} is a test or test output: keep tests out of "files"`);
    if (DEV_ONLY_FILE.test(path))
      problems.push(`${path} is development configuration: keep it out of "files"`);
    if (path.endsWith('.map') && !mapsIntended) {
      problems.push(
        `${path} is a source map, and "files" does not ask for maps: turn them off in the build, or list "*.map" in "files" if they are meant to ship`,
      );
    }
    if (
      Array.isArray(patterns) &&
      !ALWAYS_PACKED.test(path) &&
      !matchers.some((m) => m.test(path))
    ) {
      problems.push(`${path} is not named by "files" (${patterns.join(', ')})`);
    }
  }
  return { check: 'only intended files', problems };
}

/** A "files" entry as npm reads it: a path (a folder means all under it) with * and ** globs. */
export function globToRegExp(pattern: string): RegExp {
  const clean = pattern.replace(/^\.\//, '').replace(/\/$/, '');
  let source = '';
  for (let i = 0; i < clean.length; i++) {
    const char = clean[i] as string;
    if (char === '*' && clean[i + 1] === '*') {
      source += '.*';
      i += clean[i + 2] === '/' ? 2 : 1;
    } else if (char === '*') source += '[^/]*';
    else if (char === '?') source += '[^/]';
    else source += char.replace(/[.+^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}(/.*)?$`);
}
