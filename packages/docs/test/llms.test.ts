import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundledSpec, distDir, sitePages } from '../src/site-paths.ts';
import { type RunningStaticServer, startStaticServer } from '../src/static-server.ts';
import {
  documentedResponses,
  layoutProblems,
  linkTargets,
  pagesWithoutMarkdownCopy,
  undocumentedResponses,
  unresolvedLinks,
} from './support/llms-checks.ts';

const read = (page: string) => readFileSync(`${distDir}/${page}`, 'utf8');
const llmsIndex = read(sitePages.llmsIndex);
const llmsFull = read(sitePages.llmsFull);
const htmlPages = readdirSync(distDir).filter((file) => file.endsWith('.html'));
const responses = documentedResponses(bundledSpec.dereferencedJson);

describe('llms.txt', () => {
  test('follows the llmstxt.org layout', () => {
    expect(layoutProblems(llmsIndex)).toEqual([]);
  });

  test('links to every page of the site, each link a file of the built site', () => {
    expect(unresolvedLinks(llmsIndex, distDir)).toEqual([]);
    const targets = linkTargets(llmsIndex);
    for (const page of htmlPages) expect(targets).toContain(`${page}.md`);
    expect(targets).toEqual(
      expect.arrayContaining([sitePages.specYaml, sitePages.specJson, sitePages.llmsFull]),
    );
  });

  test('fails the link check on a link to a file the site does not have', () => {
    const broken = `${llmsIndex}- [Ghost](ghost.html.md): a page nobody built\n`;
    expect(unresolvedLinks(broken, distDir)).toEqual(['ghost.html.md: no such file']);
    expect(unresolvedLinks('- [Out](../package.json)', distDir)).toEqual([
      '../package.json: outside the site',
    ]);
    expect(unresolvedLinks('- [Far](https://example.com/x.md)', distDir)).toEqual([
      'https://example.com/x.md: not a file of the site',
    ]);
  });

  test('fails the layout check on an item that is not a link', () => {
    expect(layoutProblems(`${llmsIndex}- just words\n`)).toEqual([
      'not a "- [name](url): note" item: - just words',
    ]);
  });
});

describe('Markdown copies', () => {
  test('every HTML page has one at its name plus .md', () => {
    const namedPages = Object.values(sitePages).filter((page) => page.endsWith('.html'));
    expect(htmlPages).toEqual(expect.arrayContaining(namedPages));
    expect(pagesWithoutMarkdownCopy(htmlPages, distDir)).toEqual([]);
    expect(pagesWithoutMarkdownCopy(['ghost.html'], distDir)).toEqual(['ghost.html']);
  });

  test('every link of every copy is a file of the built site or another site', () => {
    for (const page of htmlPages) {
      const internal = unresolvedLinks(read(`${page}.md`), distDir).filter(
        (problem) => !problem.endsWith('not a file of the site'),
      );
      expect(internal, `${page}.md`).toEqual([]);
    }
  });
});

describe('llms-full.txt', () => {
  test('documents every status of the spec with each of its messages', () => {
    expect(responses.length).toBeGreaterThan(0);
    expect(responses.filter((response) => response.message === undefined)).toEqual([]);
    expect(undocumentedResponses(llmsFull, responses)).toEqual([]);
  });

  test('fails the check when a status or a message is missing', () => {
    const rateLimited = responses.find((response) => response.status === '429');
    expect(rateLimited).toBeDefined();
    const withoutRow = llmsFull
      .split('\n')
      .filter((line) => !line.startsWith('| 429 |'))
      .join('\n');
    expect(undocumentedResponses(withoutRow, responses)).toEqual([rateLimited]);
    const otherMessage = llmsFull.replaceAll('`Invalid token`', '`Token invalid`');
    expect(undocumentedResponses(otherMessage, responses)).toEqual([
      { status: '401', message: 'Invalid token' },
    ]);
  });

  test('holds every Markdown copy, the authentication, the bucket and its headers', () => {
    for (const page of htmlPages) expect(llmsFull).toContain(read(`${page}.md`).trim());
    for (const text of [
      '`token` header',
      'Authorization: Bearer <token>',
      '`Global` bucket: 100 requests per minute per token',
      '`X-RateLimit-Limit`',
      '`X-RateLimit-Remaining`',
      '`X-RateLimit-Reset`',
      '[openapi.yaml](openapi.yaml)',
    ]) {
      expect(llmsFull).toContain(text);
    }
  });
});

describe('served', () => {
  let server: RunningStaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root: distDir, host: '127.0.0.1', port: 0 });
  });
  afterAll(() => server?.close());

  test('llms.txt, llms-full.txt and every link of llms.txt answer 200 with a text type', async () => {
    for (const target of [sitePages.llmsIndex, sitePages.llmsFull, ...linkTargets(llmsIndex)]) {
      const response = await fetch(new URL(target, server.url));
      await response.body?.cancel();
      expect(response.status, target).toBe(200);
      expect(response.headers.get('content-type'), target).toMatch(
        /^(text\/(plain|markdown)|application\/(json|yaml)); charset=utf-8$/,
      );
    }
  });
});
