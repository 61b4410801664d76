import { expect, test } from 'vitest';
import { redocOptions } from '../src/redoc-options.ts';
import { sitePages } from '../src/site-paths.ts';
import { readBundledSpec } from '../src/spec-summary.ts';

const spec = readBundledSpec();

test('offers every code sample label of the spec in the switcher, in order', () => {
  const labels = spec.operations.flatMap((operation) =>
    operation.codeSamples.map((sample) => sample.label),
  );
  expect(labels.length).toBeGreaterThan(0);
  expect(redocOptions(spec).codeSamples.languages.map((language) => language.label)).toEqual([
    ...new Set(labels),
  ]);
});

test('offers the spec files served beside the page as downloads', () => {
  expect(redocOptions(spec).downloadUrls.map((download) => download.url)).toEqual([
    sitePages.specYaml,
    sitePages.specJson,
  ]);
});
