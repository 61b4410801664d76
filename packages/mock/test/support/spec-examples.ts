import { readFileSync } from 'node:fs';
import { bundledSpecPath } from './the-package.ts';

type Json = Record<string, unknown>;

const bundledSpec = JSON.parse(readFileSync(bundledSpecPath, 'utf8')) as Json;

/** The value of a named example of the spec's components, e.g. `exampleValue('LeftGroup')`. */
export function exampleValue(name: string): unknown {
  const examples = (bundledSpec.components as Json).examples as Record<string, { value: unknown }>;
  const example = examples[name];
  if (!example) throw new Error(`The bundled spec has no example component named ${name}`);
  return example.value;
}

/** A copy of the bundled spec, changed by `edit`, as JSON text. */
export function editedSpec(edit: (document: Json) => void): string {
  const copy = structuredClone(bundledSpec);
  edit(copy);
  return JSON.stringify(copy);
}
