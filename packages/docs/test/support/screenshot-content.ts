import type { BrowserContext } from 'playwright-core';

export interface ScreenshotContent {
  /** How many different colours the image has: a blank page has one, a rendered page hundreds. */
  colours: number;
  /** Share of pixels that differ from the most common (background) colour. */
  inkShare: number;
}

/** Below either figure a screenshot counts as blank: a rendered page has hundreds of colours. */
const MIN_COLOURS = 100;
const MIN_INK_SHARE = 0.05;

export function looksBlank(content: ScreenshotContent): boolean {
  return content.colours <= MIN_COLOURS || content.inkShare <= MIN_INK_SHARE;
}

/**
 * Measures how much a PNG screenshot actually shows, by decoding it in a blank page of the
 * same browser: the test then fails on a page that rendered nothing, not only on exceptions.
 */
export async function measureScreenshot(
  context: BrowserContext,
  png: Buffer,
): Promise<ScreenshotContent> {
  const page = await context.newPage();
  try {
    return await page.evaluate(
      async (dataUrl) => {
        const image = new Image();
        image.src = dataUrl;
        await image.decode();
        const canvas = document.createElement('canvas');
        canvas.width = image.naturalWidth;
        canvas.height = image.naturalHeight;
        const drawing = canvas.getContext('2d');
        if (!drawing) throw new Error('No 2D canvas in this browser');
        drawing.drawImage(image, 0, 0);
        const pixels = new Uint32Array(
          drawing.getImageData(0, 0, canvas.width, canvas.height).data.buffer,
        );
        const counts = new Map<number, number>();
        for (const pixel of pixels) counts.set(pixel, (counts.get(pixel) ?? 0) + 1);
        const background = Math.max(...counts.values());
        return { colours: counts.size, inkShare: 1 - background / pixels.length };
      },
      `data:image/png;base64,${png.toString('base64')}`,
    );
  } finally {
    await page.close();
  }
}
