/**
 * PNG files from drawings. A scene is painted straight onto a canvas (no image is loaded, so a
 * strict Content-Security-Policy does not get in the way); an SVG document (the HTML views' export)
 * is decoded as an image from a `data:` URL, which needs `img-src data:` where a policy is set.
 */
import { drawScene, type Scene } from './scene.js';

/** Largest canvas side and area that every current browser accepts. */
const MAX_SIDE = 16_384;
const MAX_AREA = 16_777_216;

/** The pixel ratio to render at: `wanted`, lowered until the canvas fits the browsers' limits. */
export function rasterScale(width: number, height: number, wanted = 2): number {
  const w = Math.max(1, width);
  const h = Math.max(1, height);
  return Math.min(wanted, MAX_SIDE / w, MAX_SIDE / h, Math.sqrt(MAX_AREA / (w * h)));
}

function canvasFor(width: number, height: number, scale: number): { canvas: HTMLCanvasElement; ctx: CanvasRenderingContext2D } {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('this browser cannot draw on a canvas');
  ctx.scale(canvas.width / width, canvas.height / height);
  return { canvas, ctx };
}

function toPngBlob(canvas: HTMLCanvasElement): Promise<Blob> {
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('the picture is too large to encode as PNG'))), 'image/png'));
}

/** A scene as a PNG, at `scale` pixels per CSS pixel (lowered for very large drawings). */
export async function sceneToPng(scene: Scene, scale = 2): Promise<Blob> {
  const { canvas, ctx } = canvasFor(scene.width, scene.height, rasterScale(scene.width, scene.height, scale));
  drawScene(ctx, scene);
  return toPngBlob(canvas);
}

/** An SVG document (which may hold HTML in a `foreignObject`) as a PNG of `width` × `height` CSS pixels. */
export async function svgToPng(svg: string, width: number, height: number, options: { scale?: number; background?: string } = {}): Promise<Blob> {
  const image = new Image();
  image.decoding = 'async';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  try {
    await image.decode();
  } catch {
    throw new Error('the drawing could not be turned into an image (a Content-Security-Policy without img-src data: forbids it)');
  }
  const { canvas, ctx } = canvasFor(width, height, rasterScale(width, height, options.scale ?? 2));
  if (options.background) {
    ctx.fillStyle = options.background;
    ctx.fillRect(0, 0, width, height);
  }
  ctx.drawImage(image, 0, 0, width, height);
  return toPngBlob(canvas);
}
