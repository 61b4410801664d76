import { isDeepStrictEqual } from 'node:util';
import { type JsonObject, type ResponseExample, responseExamples } from '@ryzeapi/openapi/document';
import type { Exchange } from '@ryzeapi/test-support/recording-proxy';

/** Which of the spec's (status, example) pairs a run exercised, and which it did not. */
export interface ContractCoverage {
  /** Every pair the spec lists, by id (`leaveGroup 404 notMember`). */
  expected: string[];
  /** The pairs whose check passed on an answer the server really gave. */
  exercised: string[];
  /** The pairs the run never exercised: a dropped pair, a failed check, an answer never given. */
  missing: string[];
  /** `Contract coverage: N/M (status, example) pairs of the spec (P%)`, with what is missing. */
  summary: string;
}

/**
 * The coverage figure, counted against a list made apart from the tests: the pairs are listed
 * straight from the spec by its reader (not from the list the tests were generated from), and a
 * pair counts only when its check passed (`passedIds`) and the server was seen answering it on the
 * wire (`exchanges`, from a recording proxy): the operation's method and path, the status, the
 * example asked for in `Prefer`, and the example's body.
 */
export function contractCoverage(
  document: JsonObject,
  exchanges: readonly Exchange[],
  passedIds: ReadonlySet<string>,
): ContractCoverage {
  const pairs = responseExamples(document);
  const exercised = pairs
    .filter((pair) => passedIds.has(pair.id) && exchanges.some((x) => answers(x, pair)))
    .map((pair) => pair.id);
  const missing = pairs.map((pair) => pair.id).filter((id) => !exercised.includes(id));
  const percent = pairs.length === 0 ? 0 : Math.floor((100 * exercised.length) / pairs.length);
  return {
    expected: pairs.map((pair) => pair.id),
    exercised,
    missing,
    summary:
      `Contract coverage: ${exercised.length}/${pairs.length} (status, example) pairs of the spec ` +
      `(${percent}%)${missing.length ? `; not exercised: ${missing.join(', ')}` : ''}`,
  };
}

/** Whether `exchange` is the server answering `pair`. */
function answers(exchange: Exchange, pair: ResponseExample): boolean {
  const { operation } = pair;
  return (
    exchange.method === operation.method.toUpperCase() &&
    pathTemplate(operation.path).test(new URL(exchange.url, 'http://recorded').pathname) &&
    String(exchange.status) === pair.status &&
    preferredExample(exchange) === pair.exampleName &&
    (pair.value === undefined || isDeepStrictEqual(parsedBody(exchange), pair.value))
  );
}

/** `/api/group/leave/{instance}` → a pattern for any value of each parameter (after a base path). */
function pathTemplate(path: string): RegExp {
  const segments = path
    .split(/\{[^}]+\}/)
    .map((literal) => literal.replace(/[.*+?^$()|[\]\\]/g, '\\$&'));
  return new RegExp(`${segments.join('[^/]+')}$`);
}

function preferredExample(exchange: Exchange): string | undefined {
  const prefer = exchange.requestHeaders.prefer;
  return /example=([^,\s]+)/.exec(String(prefer ?? ''))?.[1];
}

function parsedBody(exchange: Exchange): unknown {
  try {
    return JSON.parse(exchange.responseBody);
  } catch {
    return undefined;
  }
}
