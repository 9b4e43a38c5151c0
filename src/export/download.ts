/**
 * Saving an export as a file: a temporary object URL on an `<a download>` link. Nothing is
 * written into the page's markup and no script is evaluated, so it works under a strict
 * Content-Security-Policy.
 */

/** A file name from a roadmap title: "Product Roadmap 2025" + "timeline" + "svg" → "product-roadmap-2025-timeline.svg". */
export function exportFileName(title: string, view: string, extension: string): string {
  const slug = `${title} ${view}`
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/, '');
  return `${slug || 'roadmap'}.${extension}`;
}

/** Offer `data` (an SVG text or a PNG blob) to the user as a download named `filename`. */
export function downloadFile(data: Blob | string, filename: string): void {
  const blob = typeof data === 'string' ? new Blob([data], { type: 'image/svg+xml;charset=utf-8' }) : data;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  link.hidden = true;
  document.body.appendChild(link);
  try {
    link.click();
  } finally {
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 30_000);
  }
}
