// The embed page: one roadmap view from the URL alone, for iframes and Notion embed blocks.
//   embed.html?src=<url of .json or .md>&view=timeline
//   embed.html#md=<deflated base64url Markdown>&view=dashboard&theme=dark
// Options (query or hash): view=timeline|risks|metrics|card|dashboard, theme=light|dark,
// as-of=YYYY-MM-DD, group-by=…, id=<initiative id for the card>.
import '../src/index.js';
import { decodeShareHash } from '../src/embed/share.js';
import { loadFromText } from '../src/controllers/load-roadmap.js';
import type { RoadmapProvider } from '../src/components/roadmap-provider/roadmap-provider.component.js';

const root = document.getElementById('root')!;
const query = new URLSearchParams(location.search);
const hash = new URLSearchParams(location.hash.slice(1));
const option = (name: string) => hash.get(name) ?? query.get(name) ?? undefined;

const VIEWS = ['timeline', 'risks', 'metrics', 'card', 'dashboard'] as const;
type View = (typeof VIEWS)[number];

function problem(title: string, message: string): void {
  const box = document.createElement('div');
  box.className = 'problem';
  box.setAttribute('role', 'alert');
  const h = document.createElement('h1');
  h.textContent = title;
  const p = document.createElement('p');
  p.textContent = message;
  box.append(h, p);
  root.replaceChildren(box);
  reportHeight();
}

function element(tag: string, attrs: Record<string, string | undefined>): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) if (v) el.setAttribute(k, v);
  return el;
}

function views(view: View): HTMLElement[] {
  const groupBy = option('group-by');
  const timeline = () => element('roadmap-timeline', { 'group-by': groupBy });
  const card = () => element('initiative-card', { 'initiative-id': option('id'), variant: 'full' });
  const risks = () => element('risk-matrix', { size: option('size') });
  const metrics = () => element('metric-scorecard', { 'group-by': view === 'metrics' ? groupBy : 'group' });
  switch (view) {
    case 'timeline':
      return [timeline()];
    case 'card':
      return [card()];
    case 'risks':
      return [risks()];
    case 'metrics':
      return [metrics()];
    case 'dashboard': {
      const grid = document.createElement('div');
      grid.className = 'grid';
      grid.append(card(), risks());
      return [timeline(), grid, metrics()];
    }
  }
}

/** Tell an embedding page how tall the content is (hosts that listen can size the iframe). */
function reportHeight(): void {
  if (window.parent === window) return;
  window.parent.postMessage({ type: 'roadmap-elements:height', height: document.documentElement.scrollHeight }, '*');
}
new ResizeObserver(reportHeight).observe(document.body);

async function main(): Promise<void> {
  const theme = option('theme');
  if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
  const view = (option('view') ?? 'timeline') as View;
  if (!VIEWS.includes(view)) return problem('Unknown view', `"${view}" is not a view; use one of ${VIEWS.join(', ')}.`);

  const provider = element('roadmap-provider', { 'as-of': option('as-of') }) as RoadmapProvider;
  let shared;
  try {
    shared = await decodeShareHash(location.hash);
  } catch (error) {
    return problem('This roadmap link cannot be read', `${(error as Error).message}.`);
  }
  const src = query.get('src') ?? hash.get('src');
  if (shared) {
    // Parsed here rather than through a child <script>, which Trusted Types pages forbid writing.
    const outcome = await loadFromText(shared.text, { format: shared.format === 'md' ? 'markdown' : 'json' });
    if (!outcome.roadmap) return problem('This roadmap link cannot be shown', `${outcome.error ?? 'It is not a roadmap.'} ${outcome.diagnostics[0]?.message ?? ''}`);
    provider.roadmap = outcome.roadmap;
  } else if (src) {
    provider.src = src;
  } else {
    return problem('No roadmap given', 'Add ?src=<address of a .json or .md roadmap> to this page’s address, or open a share link.');
  }
  provider.append(...views(view));
  root.replaceChildren(provider);
  document.title = 'Roadmap';
  provider.addEventListener('roadmap-load', (e) => {
    document.title = e.detail.roadmap.meta.title;
    requestAnimationFrame(reportHeight);
  });
  provider.addEventListener('roadmap-error', () => requestAnimationFrame(reportHeight));
}

void main();
