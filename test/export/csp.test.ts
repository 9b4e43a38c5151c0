// Export under a Content-Security-Policy that forbids data: and blob: images: the views whose PNG
// goes through an SVG image reject with a readable message (and do not hang); drawings painted
// straight on a canvas and every SVG export still work. The policy is set by a <meta> element
// added before anything is loaded as an image (this file runs in a page of its own).
import { expect } from '@open-wc/testing';
import { ExportError, sceneToPng, svgToPng } from '../../src/export/raster.js';
import { DEFAULT_PALETTE } from '../../src/export/palette.js';
import type { Scene } from '../../src/export/scene.js';

const meta = document.createElement('meta');
meta.httpEquiv = 'Content-Security-Policy';
meta.content = "img-src 'self'";
document.head.append(meta);

const violations: string[] = [];
document.addEventListener('securitypolicyviolation', (e) => violations.push(e.blockedURI));

const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="red"/></svg>';

describe('export under a strict img-src', () => {
  it('svgToPng rejects with an ExportError naming img-src data: / blob:, within the timeout', async () => {
    const started = performance.now();
    let error: unknown;
    try {
      await svgToPng(svg, 40, 20, { timeout: 3000 });
    } catch (e) {
      error = e;
    }
    expect(error).to.be.instanceOf(ExportError);
    const message = (error as Error).message;
    expect(message).to.include('Content-Security-Policy');
    expect(message).to.include('data:');
    expect(message).to.include('blob:');
    expect(performance.now() - started).to.be.below(3000);
    // Both ways were tried and blocked by the policy (not a hang, not a decoding bug).
    expect(violations.some((v) => v.startsWith('data'))).to.equal(true);
    expect(violations.some((v) => v.startsWith('blob'))).to.equal(true);
  });

  it('a scene (the timeline) still becomes a PNG: it is painted on a canvas, no image is loaded', async () => {
    const scene: Scene = { width: 40, height: 20, background: '#fff', fontFamily: DEFAULT_PALETTE.fontFamily, title: 't', children: [{ type: 'text', x: 2, y: 10, text: 'ok', size: 12, fill: '#000' }] };
    const blob = await sceneToPng(scene);
    expect(blob.type).to.equal('image/png');
  });
});
