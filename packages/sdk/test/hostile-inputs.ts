import identifierTable from '../../contract-tests/tables/identifier-normalization.json' with {
  type: 'json',
};

/** An input of the shared table: `given`, or `given` repeated `repeat` times. */
function input({ given, repeat }: { given: unknown; repeat?: number }): unknown {
  return repeat === undefined ? given : (given as string).repeat(repeat);
}

/** Inputs every SDK accepts, with what they normalize to (the table the three SDKs share). */
export const ACCEPTED_IDENTIFIERS = identifierTable.accepted;

/** Inputs that must be refused before any request, each with why: the shared table, and
 * `undefined`, which only JavaScript can pass. */
export const HOSTILE_IDENTIFIERS: [string, unknown][] = [
  ...identifierTable.rejected.map((entry): [string, unknown] => [entry.why, input(entry)]),
  ['undefined (from JavaScript)', undefined],
];

/** Instance names that must never produce a request, each with why. */
export const HOSTILE_INSTANCES: [string, unknown][] = [
  ['empty', ''],
  ['blank', '   '],
  ['"." (the current directory)', '.'],
  ['".." (the parent directory)', '..'],
  ['a slash', 'a/b'],
  ['a leading slash', '/my-instance'],
  ['a trailing slash', 'my-instance/'],
  ['a traversal', '../../api/instance/delete'],
  ['a lone slash', '/'],
  ['a backslash', 'a\\b'],
  ['a backslash traversal', '..\\..'],
  ['a lone surrogate (not encodable)', 'a\uD800b'],
  ['undefined (from JavaScript)', undefined],
  ['a number (from JavaScript)', 42],
];
