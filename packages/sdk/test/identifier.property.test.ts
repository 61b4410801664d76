import { readBundledSpec, resolvePointer } from '@ryzeapi/openapi/document';
import { Ajv2020 } from 'ajv/dist/2020.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRyzeClient, InvalidInputError, parseGroupIdentifier } from '../src/index.ts';
import { fakeFetch, json, LEFT } from './fake-fetch.ts';

// The GroupIdentifier schema of the published spec, fully dereferenced.
const spec = readBundledSpec('openapi.dereferenced.json');
const acceptsIdentifier = new Ajv2020({ strict: false }).compile(
  resolvePointer(spec, '#/components/schemas/GroupIdentifier') as object,
);

const CODE_CHARS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const code = fc.string({ unit: fc.constantFrom(...CODE_CHARS), minLength: 1, maxLength: 70 });
/** Links built from the forms met in the wild, with arbitrary codes and suffixes. */
const link = fc
  .tuple(
    fc.constantFrom('', 'http://', 'https://', 'HTTPS://'),
    fc.constantFrom('', 'www.'),
    fc.constantFrom('chat.whatsapp.com/', 'CHAT.WhatsApp.com/'),
    fc.constantFrom('', 'invite/'),
    code,
    fc.constantFrom('', '/'),
    fc.oneof(
      fc.constant(''),
      fc.string().map((s) => `?${s}`),
      fc.string().map((s) => `#${s}`),
    ),
  )
  .map((parts) => parts.join(''));
const jid = fc
  .tuple(
    fc.stringMatching(/^\d{1,70}$/),
    fc.option(fc.stringMatching(/^\d{1,12}$/)),
    fc.constantFrom('@g.us', '@G.US', '@g.uss', '@s.whatsapp.net'),
  )
  .map(([digits, suffix, domain]) => `${digits}${suffix === null ? '' : `-${suffix}`}${domain}`);
/** Anything: unicode, near-misses of the three forms, and the three forms padded with whitespace. */
const anyIdentifier = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.string({
    unit: fc.constantFrom(...CODE_CHARS, '@', '.', '/', ':', '?', '#', '-', ' ', '\n', '%'),
  }),
  link,
  jid,
  code,
  fc
    .tuple(fc.constantFrom(' ', '\t', '\n', ''), fc.oneof(link, jid, code))
    .map(([pad, id]) => pad + id + pad),
);

/** Calls `fn`; returns what it returned, or the error it threw (anything else is a bug). */
function outcomeOf<T>(fn: () => T): { value: T } | { error: unknown } {
  try {
    return { value: fn() };
  } catch (error) {
    return { error };
  }
}

describe('parseGroupIdentifier, for arbitrary strings', () => {
  it("returns an identifier the spec's GroupIdentifier schema accepts, or throws InvalidInputError", () => {
    fc.assert(
      fc.property(anyIdentifier, (input) => {
        const outcome = outcomeOf(() => parseGroupIdentifier(input));
        if ('error' in outcome) {
          expect(outcome.error).toBeInstanceOf(InvalidInputError);
          return;
        }
        expect(
          acceptsIdentifier(outcome.value.identifier),
          JSON.stringify(acceptsIdentifier.errors),
        ).toBe(true);
        if (outcome.value.kind !== 'jid') {
          expect(outcome.value.identifier).toMatch(
            /^(https:\/\/chat\.whatsapp\.com\/)?[A-Za-z0-9]{1,64}$/,
          );
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('is idempotent: parsing a normalized identifier gives it back', () => {
    fc.assert(
      fc.property(fc.oneof(link, jid, code), (input) => {
        const outcome = outcomeOf(() => parseGroupIdentifier(input));
        if ('value' in outcome) {
          expect(parseGroupIdentifier(outcome.value.identifier)).toEqual(outcome.value);
        }
      }),
    );
  });
});

describe('groups.leave, for arbitrary instances and identifiers', () => {
  it('sends to exactly /api/group/leave/<one segment>, or refuses with InvalidInputError before sending', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary' }),
          fc.constantFrom('.', '..', '', '/', '%2e', '..%2f', 'a/..', '\\', 'a\uD800'),
        ),
        anyIdentifier,
        async (instance, identifier) => {
          const fetch = fakeFetch(json(200, LEFT));
          const client = createRyzeClient({ token: 't', fetch });
          const outcome = await client.groups.leave(instance, { identifier: identifier }).then(
            () => undefined,
            (error: unknown) => error,
          );
          if (outcome !== undefined) {
            expect(outcome).toBeInstanceOf(InvalidInputError);
            expect(fetch.requests).toHaveLength(0);
            return;
          }
          expect(fetch.requests).toHaveLength(1);
          const url = new URL(fetch.requests[0]?.url ?? '');
          const segment = url.pathname.match(/^\/api\/group\/leave\/([^/]+)$/)?.[1];
          expect(segment, url.pathname).toBeDefined();
          expect(decodeURIComponent(segment ?? '')).toBe(instance);
          expect(url.origin).toBe('https://ryzeapi.cloud');
          expect([...url.searchParams]).toEqual([
            ['identifier', parseGroupIdentifier(identifier).identifier],
          ]);
        },
      ),
      { numRuns: 1_000 },
    );
  });
});
