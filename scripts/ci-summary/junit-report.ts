import { XMLParser } from 'fast-xml-parser';
import type { Tally } from './tally.ts';

type XmlNode = Record<string, unknown>;

const parser = new XMLParser({
  ignoreAttributes: false,
  // Every element as a list, so that one test case and many read the same way.
  isArray: () => true,
});

/**
 * Counts the test cases of a JUnit XML report (pytest's `--junitxml`): every `<testcase>`, at any
 * depth of `<testsuites>`/`<testsuite>`, is failed when it holds a `<failure>` or an `<error>`,
 * skipped when it holds a `<skipped>`, else passed. The suites' own totals are not trusted.
 */
export function tallyJunitReport(text: string): Tally {
  const root = parser.parse(text) as XmlNode;
  if (!('testsuites' in root) && !('testsuite' in root)) {
    throw new Error('not a JUnit XML report: its root is neither <testsuites> nor <testsuite>');
  }
  const tally: Tally = { passed: 0, failed: 0, skipped: 0 };
  for (const testCase of elementsNamed(root, 'testcase')) {
    if ('failure' in testCase || 'error' in testCase) tally.failed += 1;
    else if ('skipped' in testCase) tally.skipped += 1;
    else tally.passed += 1;
  }
  return tally;
}

function elementsNamed(node: XmlNode, name: string): XmlNode[] {
  return Object.entries(node).flatMap(([key, value]) => {
    if (key.startsWith('@_') || !Array.isArray(value)) return [];
    const children = value.filter(
      (child): child is XmlNode => typeof child === 'object' && child !== null,
    );
    return key === name ? children : children.flatMap((child) => elementsNamed(child, name));
  });
}
