/** Reads a QR code as a phone would: from the pixels on screen, decoded by jsQR. */
import jsQR from 'jsqr';
import type { Locator, Page } from 'playwright-core';

/** The text of the QR code `code` shows, decoded from its screenshot in `on` (any page with a canvas); undefined if none is read. */
export async function readQrCode(code: Locator, on: Page): Promise<string | undefined> {
  const png = (await code.screenshot()).toString('base64');
  const pixels = await on.evaluate(async (data) => {
    const image = new Image();
    image.src = `data:image/png;base64,${data}`;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.width;
    canvas.height = image.height;
    const context = canvas.getContext('2d')!;
    context.drawImage(image, 0, 0);
    return {
      width: image.width,
      height: image.height,
      data: [...context.getImageData(0, 0, image.width, image.height).data],
    };
  }, png);
  return jsQR(Uint8ClampedArray.from(pixels.data), pixels.width, pixels.height)?.data;
}
