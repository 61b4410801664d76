import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { copyOfSources, edit, lint, removeCopies } from './spec-copy.ts';

/*
 * The house rules live in redocly.yaml and nowhere else. Each rule it configures is proved here:
 * a copy of the sources broken the way a careless edit would break that rule, then the real
 * `redocly lint` on the copy, which must fail and name the rule.
 */
const PATH_FILE = 'paths/api_group_leave_{instance}.yaml';

interface Mutation {
  /** The rule's key in redocly.yaml's `rules`. */
  rule: string;
  breaks: string;
  /** [file, text, replacement]: the first occurrence of the text is replaced. */
  edits: [string, string, string][];
}

const mutations: Mutation[] = [
  {
    rule: 'rule/operation-has-tag',
    breaks: 'an operation without tags',
    edits: [[PATH_FILE, '  tags:\n    - Groups\n', '']],
  },
  {
    rule: 'rule/operation-has-code-samples',
    breaks: 'an operation without code samples',
    edits: [[PATH_FILE, '  x-codeSamples:', '  x-codeSamplesRemoved:']],
  },
  {
    rule: 'rule/error-response-uses-envelope',
    breaks: 'a 4XX response whose body is not the error envelope',
    edits: [
      [
        PATH_FILE,
        '$ref: ../components/schemas/ErrorEnvelope.yaml\n          examples:\n            notAllowed:',
        'type: object\n          examples:\n            notAllowed:',
      ],
    ],
  },
  {
    rule: 'rule/error-response-has-body',
    breaks: 'a 5XX response without a body',
    edits: [['components/responses/ServiceUnavailable.yaml', '\ncontent:\n', '\nx-content:\n']],
  },
  {
    rule: 'rule/response-has-examples',
    breaks: 'a response body without named examples',
    edits: [
      [
        PATH_FILE,
        '          examples:\n            left:',
        '          x-examples:\n            left:',
      ],
    ],
  },
  {
    rule: 'rule/response-has-headers',
    breaks: 'a response without headers',
    edits: [[PATH_FILE, '      headers:\n', '      x-headers:\n']],
  },
  {
    rule: 'rule/response-has-rate-limit-headers',
    breaks: 'a response without one of the rate-limit headers',
    edits: [
      [
        'components/responses/TooManyRequests.yaml',
        '  X-RateLimit-Reset:\n    $ref: ../headers/X-RateLimit-Reset.yaml\n',
        '',
      ],
    ],
  },
  {
    rule: 'rule/rate-limit-limit-header-is-shared',
    breaks: 'a rate-limit header written inline instead of the shared component',
    edits: [
      [
        PATH_FILE,
        '$ref: ../components/headers/X-RateLimit-Limit.yaml',
        'description: Requests per window.\n          schema:\n            type: integer',
      ],
    ],
  },
  {
    rule: 'rule/rate-limit-remaining-header-is-shared',
    breaks: 'a rate-limit header pointing at another header component',
    edits: [
      [
        PATH_FILE,
        '$ref: ../components/headers/X-RateLimit-Remaining.yaml',
        '$ref: ../components/headers/X-RateLimit-Limit.yaml',
      ],
    ],
  },
  {
    rule: 'rule/rate-limit-reset-header-is-shared',
    breaks: 'a shared response pointing its reset header at another component',
    edits: [
      [
        'components/responses/TooManyRequests.yaml',
        '$ref: ../headers/X-RateLimit-Reset.yaml',
        '$ref: ../headers/X-RateLimit-Remaining.yaml',
      ],
    ],
  },
  {
    rule: 'no-invalid-media-type-examples',
    breaks: 'a response example with a property its schema refuses',
    edits: [
      [
        'components/examples/GroupNotFoundOrNotMember.yaml',
        'message: Group not found',
        'code: 404\n    message: Group not found',
      ],
    ],
  },
  {
    rule: 'no-invalid-parameter-examples',
    breaks: 'a parameter example that is no group identifier',
    edits: [
      ['components/parameters/GroupIdentifier.yaml', 'value: ABC123XYZ', 'value: not a group'],
    ],
  },
  {
    rule: 'no-invalid-schema-examples',
    breaks: 'a schema example its own pattern refuses',
    edits: [
      [
        'components/schemas/GroupJid.yaml',
        '- 5511999999999-1623281429@g.us',
        '- 5511999999999@s.whatsapp.net',
      ],
    ],
  },
  {
    rule: 'no-unused-components',
    breaks: 'a component nothing refers to',
    edits: [
      [
        'openapi.yaml',
        'components:\n  securitySchemes:\n',
        'components:\n  schemas:\n    Unused:\n      type: string\n  securitySchemes:\n',
      ],
    ],
  },
  {
    rule: 'operation-operationId',
    breaks: 'an operation without operationId',
    edits: [[PATH_FILE, '  operationId: leaveGroup\n', '']],
  },
  {
    rule: 'operation-tag-defined',
    breaks: 'an operation tagged with a tag the document does not declare',
    edits: [[PATH_FILE, '    - Groups\n', '    - Chats\n']],
  },
  {
    rule: 'operation-4xx-response',
    breaks: 'an operation without any 4XX response',
    edits: ['400', '401', '403', '404', '429'].map((status) => [
      PATH_FILE,
      `    "${status}":`,
      `    "3${status.slice(1)}":`,
    ]),
  },
];

afterEach(removeCopies);

describe('the house rules, in redocly.yaml, fail the real lint on a broken copy', () => {
  it('the untouched copy lints clean (so each failure below comes from its edit)', () => {
    const result = lint(copyOfSources());
    expect(result.output).toMatch(/Your API description is valid/);
    expect(result.status).toBe(0);
  });

  it('every rule redocly.yaml configures has a mutation below', () => {
    const config = parse(readFileSync(join(import.meta.dirname, '..', 'redocly.yaml'), 'utf8'));
    expect(mutations.map((mutation) => mutation.rule).sort()).toEqual(
      Object.keys(config.rules).sort(),
    );
  });

  it.each(
    mutations.map(
      (mutation) => [`${mutation.rule} fails on ${mutation.breaks}`, mutation] as const,
    ),
  )('%s', (_, { rule, breaks, edits }) => {
    const copy = copyOfSources();
    for (const [file, from, to] of edits) edit(copy, file, from, to);
    const result = lint(copy);
    expect(result.status, `${breaks} passed the lint`).not.toBe(0);
    expect(result.output).toContain(` ${rule} `);
  });
});
