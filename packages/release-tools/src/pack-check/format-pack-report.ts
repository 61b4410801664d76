import { basename } from 'node:path';
import type { PackageReport } from './check-package.ts';

export function formatSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} kB`;
  return `${(bytes / 1_000_000).toFixed(2)} MB`;
}

/** One package's tarball: its files with their sizes, then each check. */
export function formatPackReport(report: PackageReport): string {
  const { tarball } = report;
  const unpacked = tarball.files.reduce((sum, f) => sum + f.size, 0);
  const width = Math.max(...tarball.files.map((f) => f.path.length));
  const lines = [
    `${report.passed ? '✓' : '✗'} ${report.name}@${report.version}  ${basename(tarball.path)}`,
    `  ${tarball.files.length} files, ${formatSize(tarball.packedSize)} packed, ${formatSize(unpacked)} unpacked`,
    ...tarball.files.map((f) => `    ${f.path.padEnd(width)}  ${formatSize(f.size).padStart(9)}`),
  ];
  for (const check of report.checks) {
    lines.push(`  ${check.problems.length === 0 ? 'ok  ' : 'FAIL'} ${check.check}`);
    for (const problem of check.problems) lines.push(`         - ${problem}`);
  }
  return lines.join('\n');
}
