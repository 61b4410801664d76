import { describe, expect, test } from 'vitest';
import { makeSelfContained, REDOC_CDN_IMAGES } from '../src/self-contained-page.ts';

/** A page shaped like Redoc's output: the logo URLs live inside the inlined bundle. */
const bundle = REDOC_CDN_IMAGES.map(({ url }) => `src:\`${url}\``).join(',');
const redocPage = `<html><head><style>a{}</style></head><body><div id="redoc"></div><script type="module">${bundle}</script></body></html>`;

describe('makeSelfContained', () => {
  test('points the CDN images at the local copies', () => {
    const page = makeSelfContained(redocPage);
    for (const { url, local } of REDOC_CDN_IMAGES) {
      expect(page).not.toContain(url);
      expect(page).toContain(`src:\`${local}\``);
    }
  });

  test.each([
    {
      given: 'one image URL gone',
      html: redocPage.replace(REDOC_CDN_IMAGES[0].url, 'x'),
      error: 'found 0',
    },
    { given: 'one image URL twice', html: redocPage + REDOC_CDN_IMAGES[1].url, error: 'found 2' },
  ])('fails when the renderer changed: $given', ({ html, error }) => {
    expect(() => makeSelfContained(html)).toThrow(error);
  });

  test.each([
    '<script src="https://cdn.redocly.com/redoc/v3/bundles/redoc.standalone.js"></script>',
    '<link rel="modulepreload" href="https://cdn.redocly.com/redoc.js">',
    '<img alt="" src="//example.com/logo.png">',
  ])('refuses markup that loads from another host: %s', (markup) => {
    expect(() => makeSelfContained(redocPage.replace('<body>', `<body>${markup}`))).toThrow(
      'would load from another host',
    );
  });

  test('accepts links to other hosts, which load nothing until followed', () => {
    const page = redocPage.replace(
      '<body>',
      '<body><a href="https://redocly.com/redoc/">Redoc</a>',
    );
    expect(makeSelfContained(page)).toContain('https://redocly.com/redoc/');
  });
});
