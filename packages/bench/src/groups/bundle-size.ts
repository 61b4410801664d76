import { fileURLToPath } from 'node:url';
import esbuildPlugin from '@size-limit/esbuild';
import filePlugin from '@size-limit/file';
import sizeLimit from 'size-limit';
import type { GroupResult } from '../group-result.ts';
import { ratio } from '../stats.ts';
import { figure, formatBytes, formatRatio, tableOf } from '../table.ts';

/** What a user's code imports, measured by size-limit as a bundle of that import alone. */
interface ImportCheck {
  name: string;
  /** The package whose ESM entry is imported, resolved as a bundler resolves it. */
  specifier: string;
  /** The import clause, as size-limit's `import` option takes it. */
  clause: string;
}

const CHECKS: readonly ImportCheck[] = [
  { name: 'openapi-fetch (bare)', specifier: 'openapi-fetch', clause: 'createClient' },
  {
    name: '@ryzeapi/sdk: createRyzeClient',
    specifier: '@ryzeapi/sdk',
    clause: '{ createRyzeClient }',
  },
  { name: '@ryzeapi/sdk: every export', specifier: '@ryzeapi/sdk', clause: '*' },
  { name: 'ky (the general-purpose peer)', specifier: 'ky', clause: 'ky' },
];

/** The goal for `createRyzeClient` with `leave`, min+brotli, in bytes. */
const CREATE_CLIENT_GOAL_BYTES = 5500;

/** size-limit's figure (esbuild bundle, minified, brotli; or minified only) for one import. */
async function measure(check: ImportCheck, brotli: boolean): Promise<number> {
  const entry = fileURLToPath(import.meta.resolve(check.specifier));
  const [result] = (await sizeLimit([esbuildPlugin, filePlugin], {
    checks: [{ name: check.name, files: [entry], import: { [entry]: check.clause }, brotli }],
  })) as { size: number }[];
  if (result === undefined) throw new Error(`size-limit returned no figure for ${check.name}.`);
  return result.size;
}

/**
 * The SDK's weight in a user's bundle next to bare openapi-fetch, measured the same way by
 * size-limit: a bundle made by esbuild of one import, minified and tree-shaken.
 */
export async function bundleSize(): Promise<GroupResult> {
  const figures = [];
  for (const check of CHECKS) {
    figures.push({
      ...check,
      brotliBytes: await measure(check, true),
      minifiedBytes: await measure(check, false),
    });
  }
  const baseline = figures[0] as (typeof figures)[number];
  const client = figures.find((bundle) => bundle.clause === '{ createRyzeClient }');
  const clientBytes = client?.brotliBytes ?? Number.NaN;
  const verdict = `createRyzeClient, min+brotli: ${formatBytes(clientBytes)} (pacing and leaveMany included, as every client has them); goal ≤ ${formatBytes(CREATE_CLIENT_GOAL_BYTES)}: ${clientBytes <= CREATE_CLIENT_GOAL_BYTES ? 'met' : 'MISSED'}. Without pacing and leaveMany, see \`pnpm --filter @ryzeapi/sdk size\`.`;
  return {
    id: 'bundle-size',
    title: 'Bundle size, as size-limit measures a user bundle (esbuild, minified)',
    tables: [
      {
        caption: 'each row is a bundle of one import from the package’s ESM entry',
        table: tableOf(figures, [
          { title: 'import', cell: (bundle) => bundle.name },
          {
            title: 'import clause',
            cell: (bundle) =>
              `import ${bundle.clause === '*' ? '* as all' : bundle.clause} from '${bundle.specifier}'`,
          },
          figure('brotli', (bundle) => formatBytes(bundle.brotliBytes)),
          figure('minified', (bundle) => formatBytes(bundle.minifiedBytes)),
          figure('brotli vs openapi-fetch', (bundle) =>
            formatRatio(ratio(bundle.brotliBytes, baseline.brotliBytes)),
          ),
        ]),
      },
    ],
    notes: [verdict, 'The SDK bundles openapi-fetch, so its figure includes the baseline.'],
    figures,
  };
}
