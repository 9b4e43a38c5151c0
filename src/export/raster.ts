/**
 * PNG files from drawings, at 2 device pixels per CSS pixel unless asked otherwise (lowered only
 * when a very large drawing would exceed the browsers' canvas limits). A scene is painted
 * straight onto a canvas (no image is loaded, so a strict Content-Security-Policy does not get
 * in the way); an SVG document (the HTML views' export) is decoded as an image from a `data:`
 * URL, or else a `blob:` URL, which needs `img-src data:` or `img-src blob:` where a policy
 * restricts images. When neither loads, the promise rejects with an `ExportError` that says so.
 */
import { drawScene, type Scene } from './scene.js';

export interface CanvasLimits {
  side: number;
  area: number;
}

/** Largest canvas side and area that every current browser accepts (iOS Safari's area limit). */
export const SAFE_CANVAS: CanvasLimits = { side: 16_384, area: 16_777_216 };
/** What desktop Chromium, Firefox and Safari accept; tried first, `SAFE_CANVAS` if it fails. */
export const LARGE_CANVAS: CanvasLimits = { side: 16_384, area: 134_217_728 };

/** The default pixel ratio of PNG exports: crisp on high-density screens and when zoomed or printed. */
export const PNG_SCALE = 2;

/** The pixel ratio to render at: `wanted`, lowered until the canvas fits `limits`. */
export function rasterScale(width: number, height: number, wanted = PNG_SCALE, limits: CanvasLimits = SAFE_CANVAS): number {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  return Math.min(wanted, limits.side / w, limits.side / h, Math.sqrt(limits.area / (w * h)));
}

function canvasFor(width: number, height: number, scale: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new ExportError('PNG export failed: this browser cannot make a canvas of this size.');
  ctx.scale(canvas.width / width, canvas.height / height);
  return { canvas, ctx };
}

/** Paint at the largest ratio up to `wanted` the browser allows: desktop limits first, then the safe ones. */
async function paintPng(width: number, height: number, wanted: number, paint: (ctx: CanvasRenderingContext2D) => void): Promise<Blob> {
  const large = rasterScale(width, height, wanted, LARGE_CANVAS);
  const safe = rasterScale(width, height, wanted, SAFE_CANVAS);
  if (large > safe) {
    try {
      const { canvas, ctx } = canvasFor(width, height, large);
      paint(ctx);
      return await toPngBlob(canvas);
    } catch {
      // Too large for this browser (a mobile one): the safe size below.
    }
  }
  const { canvas, ctx } = canvasFor(width, height, safe);
  paint(ctx);
  return toPngBlob(canvas);
}

/** A failed export, with a message meant for a person (and for the console). */
export class ExportError extends Error {
  override name = 'ExportError';
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => {
    try {
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new ExportError('PNG export failed: the picture is too large for this browser to encode as PNG.'))), 'image/png');
    } catch (e) {
      // A canvas the browser considers tainted (some engines, for an SVG image holding HTML).
      reject(new ExportError(`PNG export failed: this browser does not allow reading back the drawn picture (${e instanceof Error ? e.message : String(e)}). Use the SVG export instead.`));
    }
  });
}

/** How long an SVG image may take to load before the export gives up, ms. */
export const IMAGE_TIMEOUT = 10_000;

/** Load `src` as an image; rejects on error or after `timeout` ms, never hangs. */
function loadImage(src: string, timeout: number): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    const timer = setTimeout(() => done(new Error('timed out')), timeout);
    const done = (error?: Error) => {
      clearTimeout(timer);
      image.onload = image.onerror = null;
      if (error) reject(error);
      else resolve(image);
    };
    image.onload = () => done();
    image.onerror = () => done(new Error('not loaded'));
    image.decoding = 'sync';
    image.src = src;
  });
}

/** A scene as a PNG, at `scale` pixels per CSS pixel (lowered only for drawings beyond the canvas limits). */
export async function sceneToPng(scene: Scene, scale = PNG_SCALE): Promise<Blob> {
  return paintPng(scene.width, scene.height, scale, (ctx) => drawScene(ctx, scene));
}

/** An SVG document (which may hold HTML in a `foreignObject`) as a PNG of `width` × `height` CSS pixels. */
export async function svgToPng(svg: string, width: number, height: number, options: { scale?: number; background?: string; timeout?: number } = {}): Promise<Blob> {
  const timeout = options.timeout ?? IMAGE_TIMEOUT;
  let image: HTMLImageElement;
  try {
    image = await loadImage(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`, timeout);
  } catch {
    // A policy may allow blob: images and not data: ones.
    const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml;charset=utf-8' }));
    try {
      image = await loadImage(url, timeout);
    } catch {
      throw new ExportError(
        'PNG export failed: the browser did not load the drawing as an image. On a page with a Content-Security-Policy, ' +
          "this view's PNG needs img-src data: (or img-src blob:) in the policy (default-src alone does not allow them); toSVG() needs neither.",
      );
    } finally {
      URL.revokeObjectURL(url);
    }
  }
  return paintPng(width, height, options.scale ?? PNG_SCALE, (ctx) => {
    if (options.background) {
      ctx.fillStyle = options.background;
      ctx.fillRect(0, 0, width, height);
    }
    ctx.drawImage(image, 0, 0, width, height);
  });
}
