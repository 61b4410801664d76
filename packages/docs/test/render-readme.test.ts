import { describe, expect, test } from 'vitest';
import { renderReadme } from '../src/render-readme.ts';

function render(markdown: string): string {
  return renderReadme({
    file: '/repo/packages/mock/README.md',
    markdown,
    title: 'Mock',
    description: 'The mock',
    pagesByFile: new Map([['/repo/packages/sdk/README.md', 'sdk.html']]),
  });
}

describe('renderReadme', () => {
  test.each([
    {
      given: '[Prism](https://github.com/stoplightio/prism)',
      want: '<a href="https://github.com/stoplightio/prism">Prism</a>',
    },
    { given: '[options](#run-it)', want: '<a href="#run-it">options</a>' },
    { given: '[the SDK](../sdk/README.md#errors)', want: '<a href="sdk.html#errors">the SDK</a>' },
    { given: '[source](src/start-mock.ts)', want: '<span class="repository-link">source</span>' },
    {
      given: '![npm version](https://img.shields.io/npm/v/x.svg)',
      want: '<span class="image-alt">npm version</span>',
    },
  ])('$given', ({ given, want }) => {
    expect(render(given)).toContain(want);
  });

  test("gives headings GitHub's anchors, numbered when repeated", () => {
    const page = render('## Use it\n\n### Errors\n\n## Errors');
    expect(page).toContain('<h2 id="use-it">Use it</h2>');
    expect(page).toContain('<h3 id="errors">Errors</h3>');
    expect(page).toContain('<h2 id="errors-1">Errors</h2>');
  });

  test('makes code blocks focusable and escapes them', () => {
    expect(render('```sh\necho "<b>"\n```')).toContain(
      '<pre tabindex="0"><code class="language-sh">echo &quot;&lt;b&gt;&quot;</code></pre>',
    );
  });

  test('wraps the README in the site frame', () => {
    const page = render('# @ryzeapi/mock');
    expect(page).toContain('<html lang="en">');
    expect(page).toContain('<title>Mock</title>');
    expect(page).toContain('<h1 id="ryzeapimock">@ryzeapi/mock</h1>');
  });
});
