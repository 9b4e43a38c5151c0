// The demo dashboard: the five seed roadmaps (or your own Markdown) in every view, linked.
import '../src/index.js';
import { parseRoadmapMarkdown } from '../src/importer/index.js';
import type { RoadmapProvider } from '../src/components/roadmap-provider/roadmap-provider.component.js';
import type { Diagnostic } from '../src/model/schema.js';
import { encodeShareHash } from '../src/embed/share.js';
import { downloadFile, exportFileName } from '../src/export/download.js';

const provider = document.getElementById('provider') as RoadmapProvider;
const seed = document.getElementById('seed') as HTMLSelectElement;
const theme = document.getElementById('theme') as HTMLSelectElement;
const editorPanel = document.getElementById('editor-panel') as HTMLElement;
const markdown = document.getElementById('markdown') as HTMLTextAreaElement;
const editorDiagnostics = document.getElementById('editor-diagnostics') as HTMLOListElement;
const editButton = document.getElementById('edit') as HTMLButtonElement;
const groupBy = document.getElementById('group-by') as HTMLSelectElement;
const timeline = document.querySelector('roadmap-timeline') as HTMLElement;
const diagnosticsList = document.getElementById('diagnostics') as HTMLOListElement;
const diagSummary = document.getElementById('diag-summary') as HTMLElement;
const title = document.getElementById('title') as HTMLElement;
const subtitle = document.getElementById('subtitle') as HTMLElement;

function renderDiagnostics(list: HTMLOListElement, diagnostics: readonly Diagnostic[]): void {
  list.replaceChildren(
    ...diagnostics.slice(0, 200).map((d) => {
      const li = document.createElement('li');
      li.dataset.severity = d.severity;
      const code = document.createElement('code');
      code.textContent = d.code;
      // The importer's messages already begin with their line.
      const where = /^line \d+/.test(d.message) ? '' : d.source?.line ? `line ${d.source.line}: ` : d.path ? `${d.path}: ` : '';
      li.append(`${where}`, code, ` ${d.message}`);
      return li;
    }),
  );
}

// The sample last shown: the editor starts from its Markdown source.
let lastSample = '004';

async function showSeed(name: string): Promise<void> {
  editorPanel.hidden = name !== 'editor';
  editButton.hidden = name === 'editor';
  if (name === 'editor') {
    if (!markdown.value) markdown.value = await (await fetch(`/fixtures/seeds/${lastSample}.md`)).text();
    updateFromEditor();
    markdown.focus({ preventScroll: true });
  } else {
    lastSample = name;
    provider.roadmap = undefined;
    provider.src = `/fixtures/seeds/${name}.json`;
  }
  const params = new URLSearchParams(location.hash.slice(1));
  params.set('roadmap', name);
  history.replaceState(null, '', `#${params}`);
}

let timer: number | undefined;
function updateFromEditor(): void {
  const result = parseRoadmapMarkdown(markdown.value, { file: 'editor.md' });
  renderDiagnostics(editorDiagnostics, result.diagnostics.filter((d) => d.severity !== 'info'));
  provider.removeAttribute('src');
  provider.src = undefined;
  provider.roadmap = result.roadmap;
}
markdown.addEventListener('input', () => {
  clearTimeout(timer);
  timer = window.setTimeout(updateFromEditor, 250);
});

provider.addEventListener('roadmap-load', (e) => {
  const { roadmap, diagnostics } = e.detail;
  title.textContent = roadmap.meta.title;
  const counts = `${roadmap.initiatives.length} initiatives · ${roadmap.milestones.length} milestones · ${roadmap.risks.length} risks · ${roadmap.metrics.length} metrics`;
  subtitle.textContent = roadmap.meta.asOf?.start ? `${counts} · as of ${roadmap.meta.asOf.start}` : counts;
  // A roadmap imported from Markdown carries the importer's findings; validation adds its own.
  const all = [...(roadmap.diagnostics ?? []), ...diagnostics];
  const notable = all.filter((d) => d.severity !== 'info');
  diagSummary.textContent = `Import diagnostics (${notable.length} warnings or errors, ${all.length} in all)`;
  renderDiagnostics(diagnosticsList, all);
  // Start with something selected, so the card and the linked highlights show what they do.
  if (!provider.selection && !new URLSearchParams(location.hash.slice(1)).get('select')) {
    const first = roadmap.initiatives.find((i) => (i.checklist?.length ?? 0) > 0) ?? roadmap.initiatives[0];
    if (first) provider.selection = { kind: 'initiative', id: first.id };
  }
});

provider.addEventListener('roadmap-select', (e) => {
  const params = new URLSearchParams(location.hash.slice(1));
  if (e.detail.kind && e.detail.id) params.set('select', `${e.detail.kind}:${e.detail.id}`);
  else params.delete('select');
  history.replaceState(null, '', `#${params}`);
});

theme.addEventListener('change', () => {
  if (theme.value) document.documentElement.dataset.theme = theme.value;
  else delete document.documentElement.dataset.theme;
});

const initial = new URLSearchParams(location.hash.slice(1));
const wanted = initial.get('roadmap') ?? '001';
if ([...seed.options].some((o) => o.value === wanted)) seed.value = wanted;
seed.addEventListener('change', () => void showSeed(seed.value));
editButton.addEventListener('click', () => {
  markdown.value = '';
  seed.value = 'editor';
  void showSeed('editor');
});
const wantedGroup = initial.get('lanes');
if (wantedGroup && [...groupBy.options].some((o) => o.value === wantedGroup)) groupBy.value = wantedGroup;
timeline.setAttribute('group-by', groupBy.value);
groupBy.addEventListener('change', () => {
  timeline.setAttribute('group-by', groupBy.value);
  const params = new URLSearchParams(location.hash.slice(1));
  params.set('lanes', groupBy.value);
  history.replaceState(null, '', `#${params}`);
});
void showSeed(seed.value);
const select = initial.get('select');
if (select) {
  const [kind, ...rest] = select.split(':');
  provider.addEventListener('roadmap-load', () => (provider.selection = { kind: kind as 'initiative', id: rest.join(':') }), { once: true });
}

// "Copy share link": an embed-page address that carries the roadmap (Markdown in the hash for
// your own text; the file's address for a sample), ready for a Notion embed block or an iframe.
const shareButton = document.getElementById('share') as HTMLButtonElement;
const shareStatus = document.getElementById('share-status') as HTMLElement;
shareButton.addEventListener('click', async () => {
  const embed = new URL('embed.html', location.href);
  const params = new URLSearchParams({ view: 'dashboard' });
  if (theme.value) params.set('theme', theme.value);
  if (seed.value === 'editor') embed.hash = `${await encodeShareHash(markdown.value, 'md')}&${params}`;
  else embed.search = `?src=${encodeURIComponent(new URL(`/fixtures/seeds/${seed.value}.json`, location.href).href)}&${params}`;
  try {
    await navigator.clipboard.writeText(embed.href);
    shareStatus.textContent = 'Link copied';
  } catch {
    window.prompt('Copy this link', embed.href);
    shareStatus.textContent = '';
  }
  setTimeout(() => (shareStatus.textContent = ''), 3000);
});

// Downloads: the whole timeline as SVG or PNG (every lane, not only what is on screen), and the
// card, risks and metrics as PNG; Print uses the views' print styles (the timeline lane by lane).
const VIEW_NAMES: Record<string, string> = { 'roadmap-timeline': 'timeline', 'initiative-card': 'card', 'risk-matrix': 'risks', 'metric-scorecard': 'metrics' };
document.addEventListener('click', async (event) => {
  const button = (event.target as Element).closest<HTMLButtonElement>('button[data-export]');
  if (!button) return;
  const tag = button.dataset.export!;
  const format = button.dataset.format === 'svg' ? 'svg' : 'png';
  const view = provider.querySelector(tag) as (HTMLElement & { toSVG(): Promise<string>; toPNG(): Promise<Blob> }) | null;
  if (!view) return;
  button.disabled = true;
  try {
    const data = format === 'svg' ? await view.toSVG() : await view.toPNG();
    downloadFile(data, exportFileName(provider.loadedRoadmap?.meta.title ?? 'roadmap', VIEW_NAMES[tag] ?? tag, format));
  } catch (error) {
    shareStatus.textContent = `Download failed: ${(error as Error).message}`;
    setTimeout(() => (shareStatus.textContent = ''), 5000);
  } finally {
    button.disabled = false;
  }
});
document.getElementById('print')!.addEventListener('click', () => window.print());
