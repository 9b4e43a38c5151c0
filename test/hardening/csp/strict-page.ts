// The strict page: every element (and the export, when there is one) rendered and exercised
// under `default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for
// 'script'; trusted-types lit-html roadmap-elements`. Reports to the test through
// window.__hardening (read by the `hardening-open-page` command).
import { violations } from './listen.js';
import '../../../src/index.js';
import type { RoadmapProvider } from '../../../src/components/roadmap-provider/roadmap-provider.component.js';
import type { RoadmapTimeline } from '../../../src/components/roadmap-timeline/roadmap-timeline.component.js';

declare global {
  interface Window {
    __hardening?: { done: boolean; [key: string]: unknown };
  }
}

const root = document.getElementById('root')!;
const json = async (path: string): Promise<unknown> => (await fetch(path)).json();
const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
const make = <T extends HTMLElement>(tag: string, attrs: Record<string, string> = {}, props: Record<string, unknown> = {}): T => {
  const el = document.createElement(tag) as T;
  for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, v);
  Object.assign(el, props);
  return el;
};
const settle = async (els: Element[]) => {
  for (let i = 0; i < 3; i++) {
    await Promise.all(els.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
    await frame();
  }
};
const allIn = (el: Element, selector: string): Element[] => [...(el.shadowRoot?.querySelectorAll(selector) ?? [])];

async function main(): Promise<Record<string, unknown>> {
  const [complete, rich, rated, actuals] = await Promise.all(['/test/fixtures/model/complete.json', '/test/fixtures/card/rich.json', '/test/fixtures/risks/rated.json', '/test/fixtures/metrics/actuals.json'].map(json));

  // A provider with all four views.
  const provider = make<RoadmapProvider>('roadmap-provider', { 'as-of': '2026-02-15' }, { roadmap: complete });
  const timeline = make<RoadmapTimeline>('roadmap-timeline');
  const card = make('initiative-card', { 'initiative-id': 'cache' });
  provider.append(timeline, card, make('risk-matrix'), make('metric-scorecard'));
  // Standalone views on richer fixtures, one loading Markdown through the lazily imported importer.
  const richCard = make('initiative-card', { 'initiative-id': 'nexus-2000', 'collapse-after': '1' }, { roadmap: rich });
  const matrix = make('risk-matrix', { size: '5' }, { roadmap: rated });
  const scorecard = make('metric-scorecard', {}, { roadmap: actuals });
  const markdown = make('roadmap-timeline', { src: '/test/fixtures/seeds/000.md' });
  // Error and empty states.
  const broken = make('roadmap-provider', {}, { roadmap: { schemaVersion: '1.0', meta: { title: 7 } } });
  const idle = make('metric-scorecard');
  const els = [provider, ...provider.children, richCard, matrix, scorecard, markdown, broken, idle];
  root.append(provider, richCard, matrix, scorecard, markdown, broken, idle);
  await new Promise<void>((resolve) => {
    if ((markdown as RoadmapTimeline).layout) resolve();
    markdown.addEventListener('roadmap-load', () => resolve(), { once: true });
    markdown.addEventListener('roadmap-error', () => resolve(), { once: true });
  });
  await settle(els);

  // Exercise what changes styles and DOM after the first render: hover and focus tooltips,
  // selection, zoom, lane folding, "show all", the risk tooltip.
  const bar = timeline.shadowRoot!.querySelector<SVGGElement>('[part~="bar"]');
  bar?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  await settle(els);
  bar?.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
  timeline.zoomIn();
  await settle(els);
  timeline.shadowRoot!.querySelector<HTMLButtonElement>('[part~="lane-label"]')?.click();
  richCard.shadowRoot!.querySelector<HTMLButtonElement>('[part~="more"]')?.click();
  const risk = matrix.shadowRoot!.querySelector<HTMLElement>('[part~="risk"]');
  risk?.dispatchEvent(new PointerEvent('pointerover', { bubbles: true, composed: true }));
  risk?.focus();
  risk?.click();
  scorecard.shadowRoot!.querySelector<HTMLElement>('[part~="metric"]')?.click();
  await settle(els);

  // The export: every view as SVG, and the timeline (painted straight on a canvas) as PNG. The
  // other views' PNG decodes an SVG image from a data: URL, which needs `img-src data:` (README).
  const exported: Record<string, string> = {};
  for (const [name, el] of [['timeline', timeline], ['card', richCard], ['risks', matrix], ['metrics', scorecard]] as const) {
    const view = el as unknown as { toSVG?: () => Promise<string>; toPNG?: () => Promise<Blob> };
    if (!view.toSVG) continue;
    try {
      const svg = await view.toSVG();
      const png = name === 'timeline' && view.toPNG ? await view.toPNG() : undefined;
      exported[name] = `svg ${svg.startsWith('<svg') || svg.startsWith('<?xml') ? 'ok' : 'bad'} ${svg.length}${png ? `, png ${png.type} ${png.size}` : ''}`;
    } catch (error) {
      exported[name] = `failed: ${String((error as Error)?.message ?? error).slice(0, 200)}`;
    }
  }

  const seen = violations.slice();
  // Probes, after the count: the policy is really enforced on this page.
  console.info('hardening: probes follow');
  let trustedTypesEnforced = false;
  try {
    document.createElement('div').innerHTML = '<b>x</b>';
  } catch {
    trustedTypesEnforced = true;
  }
  // Past the count: an HTML view's PNG is refused with a readable reason (it needs img-src data:).
  let htmlPng = 'not tried';
  try {
    const blob = await (scorecard as unknown as { toPNG?: () => Promise<Blob> }).toPNG?.();
    htmlPng = blob ? `made ${blob.size}` : 'no toPNG';
  } catch (error) {
    htmlPng = String((error as Error)?.message ?? error);
  }
  const probe = document.createElement('div');
  probe.setAttribute('style', 'width: 123px');
  document.body.append(probe);
  const inlineStyleBlocked = probe.getBoundingClientRect().width !== 123;
  probe.remove();

  const header = timeline.shadowRoot!.querySelector<HTMLElement>('[part~="header"]');
  return {
    violations: seen,
    trustedTypesEnforced,
    inlineStyleBlocked,
    exported,
    htmlPng,
    rendered: {
      bars: allIn(timeline, '[part~="bar"]').length,
      markdownBars: allIn(markdown, '[part~="bar"]').length,
      headerHeight: header?.getBoundingClientRect().height ?? 0,
      lanes: allIn(timeline, '[part~="lane"]').map((l) => Math.round(l.getBoundingClientRect().height)),
      cards: allIn(card, '[part~="card"]').length + allIn(richCard, '[part~="card"]').length,
      risks: allIn(matrix, '[part~="risk"]').length,
      metrics: allIn(scorecard, '[part~="metric"]').length,
      errorBox: allIn(broken, '[part~="error"]').length,
      idle: allIn(idle, '[part~="empty"]').length,
    },
  };
}

main().then(
  (report) => (window.__hardening = { done: true, ...report }),
  (error) => (window.__hardening = { done: true, failure: String(error?.stack ?? error) }),
);
