/**
 * Every Storybook story passes axe, in light, dark and forced colours.
 *
 * Each file in story-files.ts (which .storybook/main.ts keeps complete) is imported, every named
 * export but `default` is a story (CSF: `includeStories` / `excludeStories` honoured), and each
 * story is rendered as Storybook renders it (compose.ts: the project annotations of
 * .storybook/annotations.ts, meta and story args, parameters, globals, loaders, beforeEach,
 * decorators, render, play), with the fixtures Storybook serves under `/fixtures/` (staticDirs) and
 * the JSON / `?inline` imports Vite resolves (vite-imports.ts). When the elements have settled
 * (every `updateComplete`, no fetch in flight, no finite animation running, no loading state
 * except the stories' never-answering `src`), axe-core runs over the canvas the way Storybook's
 * a11y addon does (`region` off, the story's `parameters.a11y` applied) and must find nothing.
 *
 * Each story is rendered once and audited in three modes, emulated through the browser
 * (Playwright `emulateMedia`):
 * - light (`prefers-color-scheme: light`): every axe rule, `color-contrast` included;
 * - dark (`prefers-color-scheme: dark`; the preview's colour-scheme decorator lets stories follow
 *   the OS, so the elements draw their `light-dark()` dark values on a dark canvas): the colour
 *   rules, `color-contrast` and `link-in-text-block`, unless no text changed colour (stories that
 *   pin their own scheme);
 * - forced-colors (`forced-colors: active`, Windows contrast themes): the colour rules inside
 *   `forced-color-adjust: none` subtrees, the only places that keep author colours.
 * The DOM, layout and ARIA do not change between modes, so the structural rules run once.
 *
 * axe-core is the copy that @open-wc/testing's chai-a11y-axe (`expect(el).to.be.accessible()`,
 * used by src/components/*\/*.test.ts) and @storybook/addon-a11y load (4.14.x). It is called
 * directly here to apply Storybook's a11y configuration and to name the story in a failure.
 */
import { expect } from '@open-wc/testing';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import type { AxeResults, ElementContext, NodeResult, Result, RunOptions, Spec } from 'axe-core';
import { staticDirs } from '../../.storybook/static-dirs.js';
import { composeStories, type ComposedStory, type ProjectAnnotations } from './compose.js';
import { STORY_FILES } from './story-files.js';
import { mapViteImports } from './vite-imports.js';

// ── the page Storybook's preview would be ───────────────────────────────────────────────────

/** Storybook serves each `staticDirs` entry (relative to .storybook/) at its `to` path; the test server serves the repository root. */
const staticRoutes = staticDirs.map(({ from, to }) => ({
  to: to.endsWith('/') ? to : `${to}/`,
  from: new URL(from.endsWith('/') ? from : `${from}/`, new URL('/.storybook/', location.origin)).pathname,
}));

/** Fetches the page started and that have not finished: a story has not settled while one is in flight. */
let inFlight = 0;
const pageFetch = window.fetch.bind(window);
window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
  const raw = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
  const url = new URL(raw, location.href);
  const route = url.origin === location.origin ? staticRoutes.find((r) => url.pathname.startsWith(r.to)) : undefined;
  if (route) {
    url.pathname = route.from + url.pathname.slice(route.to.length);
    input = input instanceof Request ? new Request(url, input) : url.href;
  }
  inFlight++;
  try {
    return await pageFetch(input, init);
  } finally {
    inFlight--;
  }
};

// Loaded after the fetch hook above, so that story-data.ts's never-answering `src` sits in front
// of it: a request held open on purpose is never counted as in flight.
const storyUrls = STORY_FILES.map((f) => `/stories/${f}`);
await mapViteImports([...storyUrls, '/.storybook/annotations.ts'], ['/stories/', '/.storybook/']);
const project = (await import('../../.storybook/annotations.js')).default as ProjectAnnotations;
const { PENDING_SRC } = await import('../../stories/support/story-data.js');
const files = await Promise.all(
  STORY_FILES.map(async (file) => ({ file, stories: composeStories((await import(`../../stories/${file}`)) as Record<string, unknown>, project) })),
);

// ── settling ─────────────────────────────────────────────────────────────────────────────────

interface Reactive extends HTMLElement {
  updateComplete: Promise<unknown>;
  isUpdatePending: boolean;
}

/** Every element under `root`, through shadow roots. */
function deepElements(root: Element | ShadowRoot, out: Element[] = []): Element[] {
  for (const el of root.querySelectorAll('*')) {
    out.push(el);
    if (el.shadowRoot) deepElements(el.shadowRoot, out);
  }
  return out;
}

const isReactive = (el: Element): el is Reactive => 'updateComplete' in el && 'isUpdatePending' in el;
const frame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Finite animations still running under `root` (`elements` are its deep elements): a spinner's
 * infinite one does not count, as in Storybook's waitForAnimations.
 */
function runningAnimations(root: Element, elements: Element[]): Animation[] {
  return root
    .getAnimations({ subtree: true })
    .concat(elements.flatMap((el) => el.shadowRoot?.getAnimations() ?? []))
    .filter((a) => {
      if (a.playState !== 'running') return false;
      const timing = a.effect?.getComputedTiming();
      return timing ? Number.isFinite(timing.endTime) : false;
    });
}

/** Hosts among `elements` showing a loading state that is not the stories' deliberately pending `src`. */
function unexpectedLoading(elements: Element[]): Element[] {
  return elements
    .filter((el) => el.getAttribute('data-state') === 'loading')
    .map((el) => (el.getRootNode() as ShadowRoot).host)
    .filter((host) => {
      const src = host?.getAttribute('src') ?? host?.closest('roadmap-provider')?.getAttribute('src') ?? '';
      return !src.includes(PENDING_SRC);
    });
}

/** Waits until nothing under `root` is updating, fetching, loading or animating, `calmFrames` frames in a row. */
async function settle(root: HTMLElement, calmFrames = 2, timeout = 8000): Promise<void> {
  const start = performance.now();
  let calm = 0;
  let why = '';
  let reactive = deepElements(root).filter(isReactive);
  while (performance.now() - start < timeout) {
    await Promise.all(reactive.map((el) => el.updateComplete));
    await frame();
    const elements = deepElements(root);
    const now = elements.filter(isReactive);
    const pending = now.filter((el) => el.isUpdatePending).length;
    const loading = unexpectedLoading(elements).length;
    const animations = runningAnimations(root, elements).length;
    const busy = inFlight > 0 || pending > 0 || loading > 0 || animations > 0 || now.length !== reactive.length;
    why = `${inFlight} fetches in flight, ${pending} updates pending, ${loading} elements loading, ${animations} animations running`;
    reactive = now;
    calm = busy ? 0 : calm + 1;
    if (calm >= calmFrames) return;
  }
  throw new Error(`did not settle within ${timeout} ms: ${why}`);
}

// ── axe, as Storybook's a11y addon runs it ──────────────────────────────────────────────────

type Axe = typeof import('axe-core');

async function loadAxe(): Promise<Axe> {
  const w = window as unknown as { axe?: Axe };
  if (!w.axe) await import('axe-core');
  if (!w.axe) throw new Error('axe-core did not load');
  return w.axe;
}

interface A11yParameters {
  test?: 'off' | 'todo' | 'error';
  disable?: boolean;
  config?: Spec;
  options?: RunOptions;
  context?: { include?: unknown; exclude?: unknown };
}

/**
 * The addon's run: `region` off (a story is not a page), the story's `parameters.a11y` config,
 * options and context (an `include` replaces the canvas, an `exclude` is added). `only` runs a few
 * rules, `include` overrides what is audited (forced colours).
 */
async function audit(canvas: HTMLElement, a11y: A11yParameters, only?: string[], include?: Element[]): Promise<Result[]> {
  const axe = await loadAxe();
  axe.reset();
  axe.configure({ ...a11y.config, rules: [{ id: 'region', enabled: false }, ...(a11y.config?.rules ?? [])] });
  const exclude = a11y.context?.exclude;
  const context = { include: include ?? a11y.context?.include ?? [canvas], ...(exclude ? { exclude } : {}) } as ElementContext;
  const options: RunOptions = { ...a11y.options, resultTypes: ['violations'], ...(only ? { runOnly: { type: 'rule', values: only } } : {}), ...(include ? { elementRef: true } : {}) };
  const results: AxeResults = await axe.run(context, options);
  return results.violations;
}

/** The composed parent: the parent element, or the host of a shadow root. */
const parentOf = (el: Element): Element | null => el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host ?? null);

const isTransparent = (colour: string) => colour === 'transparent' || /^rgba\(.*,\s*0\)$/.test(colour);

/**
 * What text contrast depends on, for every element under `root` that holds text itself: its text
 * colour and opacity, and the background of the nearest ancestor that has one. When none of it
 * changes from one mode to the next, neither can a contrast result; a story that pins its own
 * colour scheme (Guides/Theming) then needs no second colour audit.
 */
function textColours(root: Element): string {
  const out: string[] = [];
  for (const el of deepElements(root)) {
    if (!el.checkVisibility() || ![...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim())) continue;
    const style = getComputedStyle(el);
    let bg = '';
    for (let a: Element | null = el; a && !bg; a = parentOf(a)) {
      const s = getComputedStyle(a);
      if (!isTransparent(s.backgroundColor) || s.backgroundImage !== 'none') bg = `${s.backgroundColor} ${s.backgroundImage}`;
    }
    out.push(`${style.color}|${style.getPropertyValue('-webkit-text-fill-color')}|${style.opacity}|${bg}`);
  }
  return out.join('\n');
}

/**
 * The roots of the `forced-color-adjust: none` subtrees under `root` that hold text: the only
 * places where a page in forced colours still paints its own colours (the property is inherited),
 * and the colour rules only look at text.
 */
function forcedColourIslands(root: Element): Element[] {
  const none = (el: Element | null) => el !== null && getComputedStyle(el).forcedColorAdjust === 'none';
  return deepElements(root).filter((el) => none(el) && !none(parentOf(el)) && Boolean(el.textContent?.trim()));
}

/**
 * Under forced colours Chromium paints text in the forced colour, but still reports the author's
 * colour as the computed `-webkit-text-fill-color`, which axe takes for the text colour; its
 * backgrounds, on the other hand, are the forced ones (checked against a Playwright screenshot).
 * Outside `forced-color-adjust: none` the system palette sets both, so forced colours are audited
 * inside those subtrees only, and a contrast result is kept only where what axe measured is what
 * is painted.
 */
function measuredAsPainted(node: NodeResult): boolean {
  const el = node.element;
  if (!el) return true;
  const style = getComputedStyle(el);
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  return !fill || fill === style.color;
}

function forcedColoursViolations(violations: Result[]): Result[] {
  return violations
    .map((v) => (v.id === 'color-contrast' ? { ...v, nodes: v.nodes.filter(measuredAsPainted) } : v))
    .filter((v) => v.nodes.length > 0);
}

const target = (t: unknown): string => (Array.isArray(t) ? t.map(target).join(' >>> ') : String(t));

function describeViolations(id: string, mode: string, violations: Result[]): string {
  const lines = [`${id} [${mode}]: ${violations.map((v) => v.id).join(', ')}`];
  for (const v of violations) {
    lines.push(`  ${v.id} (${v.impact}, ${v.nodes.length} node${v.nodes.length === 1 ? '' : 's'}): ${v.help}`);
    for (const node of v.nodes.slice(0, 4)) {
      lines.push(`    ${target(node.target)}`);
      if (node.failureSummary) lines.push(`      ${node.failureSummary.replace(/\s*\n\s*/g, ' ').slice(0, 300)}`);
    }
    if (v.nodes.length > 4) lines.push(`    …and ${v.nodes.length - 4} more`);
  }
  return lines.join('\n');
}

// ── the canvas ───────────────────────────────────────────────────────────────────────────────

/** `#storybook-root` in a body laid out as Storybook's `layout` parameter says (padded by default). */
function createCanvas(layout: unknown): HTMLElement {
  const body = document.body;
  body.style.margin = '0';
  body.style.padding = layout === 'fullscreen' ? '0' : '1rem';
  body.style.display = layout === 'centered' ? 'flex' : '';
  body.style.justifyContent = layout === 'centered' ? 'center' : '';
  body.style.alignItems = layout === 'centered' ? 'center' : '';
  body.style.minHeight = layout === 'centered' ? '100vh' : '';
  body.style.boxSizing = 'border-box';
  const canvas = document.createElement('div');
  canvas.id = 'storybook-root';
  body.append(canvas);
  return canvas;
}

/** A colour scheme / forced-colours setting, and which axe rules run under it. */
interface Mode {
  mode: 'light' | 'dark' | 'forced-colors';
  media: { colorScheme: 'light' | 'dark'; forcedColors: 'none' | 'active' };
  query: string;
  /** Rules to run, or undefined for every rule. */
  rules?: string[];
}

/**
 * Light runs every axe rule. Dark and forced colours change colours only (the DOM, layout and ARIA
 * are the same, and no element reads the colour scheme from script), so they run the rules that
 * look at colour: contrast, and links told apart from text by colour alone. Forced colours audits
 * the `forced-color-adjust: none` subtrees (see measuredAsPainted).
 */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];
const MODES: Mode[] = [
  { mode: 'light', media: { colorScheme: 'light', forcedColors: 'none' }, query: '(prefers-color-scheme: light) and (forced-colors: none)' },
  { mode: 'dark', media: { colorScheme: 'dark', forcedColors: 'none' }, query: '(prefers-color-scheme: dark) and (forced-colors: none)', rules: COLOUR_RULES },
  { mode: 'forced-colors', media: { colorScheme: 'light', forcedColors: 'active' }, query: '(forced-colors: active)', rules: COLOUR_RULES },
];

/**
 * Violations known and not fixed yet, each with its fix. They are expected rather than ignored:
 * the test fails when one of them no longer occurs, so the entry goes with the fix. None today.
 */
const KNOWN_ISSUES: Record<string, readonly { mode: Mode['mode']; rule: string; fix: string }[]> = {};

let current: Mode | undefined;
async function emulate(mode: Mode): Promise<void> {
  if (current === mode) return;
  await emulateMedia(mode.media);
  current = mode;
  expect(matchMedia(mode.query).matches, `emulating ${mode.mode}`).to.equal(true);
}

const timings: { id: string; ms: number }[] = [];

/** Renders the story once, then audits it in each mode in turn; throws one error listing every mode's violations. */
async function renderAndAudit(story: ComposedStory): Promise<void> {
  const start = performance.now();
  await emulate(MODES[0]!);
  const canvas = createCanvas(story.parameters['layout']);
  const a11y = (story.parameters['a11y'] ?? {}) as A11yParameters;
  let teardown: (() => Promise<void>) | undefined;
  const failures: string[] = [];
  try {
    teardown = await story.mount(canvas);
    await settle(canvas);
    expect(deepElements(canvas).some((el) => el.localName.includes('-')), `${story.id} rendered no custom element`).to.equal(true);
    const lightColours = textColours(canvas);
    for (const mode of MODES) {
      if (mode !== MODES[0]) {
        await emulate(mode);
        await settle(canvas, 1);
      }
      const forced = mode.media.forcedColors === 'active';
      const islands = forced ? forcedColourIslands(canvas) : undefined;
      // Colours as in light: light's full run has already judged them.
      const same = mode !== MODES[0] && !forced && textColours(canvas) === lightColours;
      let violations = same || islands?.length === 0 ? [] : await audit(canvas, a11y, mode.rules, islands);
      if (forced) violations = forcedColoursViolations(violations);
      const known = KNOWN_ISSUES[story.id]?.filter((k) => k.mode === mode.mode) ?? [];
      const unexpected = violations.filter((v) => !known.some((k) => k.rule === v.id));
      if (unexpected.length) failures.push(describeViolations(story.id, mode.mode, unexpected));
      for (const k of known) {
        if (!violations.some((v) => v.id === k.rule)) failures.push(`${story.id} [${mode.mode}]: the known ${k.rule} violation is gone: remove it from KNOWN_ISSUES (${k.fix})`);
      }
    }
  } finally {
    await teardown?.();
    canvas.remove();
    document.documentElement.style.colorScheme = '';
    timings.push({ id: story.id, ms: performance.now() - start });
  }
  if (failures.length) throw new Error(failures.join('\n'));
}

// ── the tests ────────────────────────────────────────────────────────────────────────────────

describe('Storybook stories', () => {
  before(async () => {
    // A desktop-sized canvas, as in the Storybook UI; the Narrow stories set their own widths.
    await setViewport({ width: 1280, height: 900 });
  });
  after(async () => {
    await emulateMedia({ colorScheme: 'light', forcedColors: 'none' });
  });

  describe('story files', () => {
    for (const { file, stories } of files) {
      it(`${file} exports at least one story`, () => {
        expect(stories.length, `${file}: no story exports`).to.be.greaterThan(0);
      });
    }
    it('gives every story its own id', () => {
      const ids = files.flatMap((f) => f.stories.map((s) => s.id));
      expect(ids.length).to.equal(new Set(ids).size);
    });
  });

  describe(`axe in ${MODES.map((m) => m.mode).join(', ')}`, function () {
    // Generous, for a shared CPU: a story that hangs fails in settle() after 8 s anyway.
    this.timeout(120000);
    after(() => {
      const slowest = [...timings].sort((x, y) => y.ms - x.ms).slice(0, 5);
      console.log(`stories-axe: ${timings.length} stories in ${(timings.reduce((t, x) => t + x.ms, 0) / 1000).toFixed(1)} s; slowest ${slowest.map((x) => `${x.id} ${(x.ms / 1000).toFixed(1)} s`).join(', ')}`);
    });
    for (const { file, stories } of files) {
      describe(file, () => {
        for (const story of stories) {
          const a11y = (story.parameters['a11y'] ?? {}) as A11yParameters;
          const off = a11y.disable === true || a11y.test === 'off' || a11y.test === 'todo';
          (off ? it.skip : it)(story.id, async () => {
            await renderAndAudit(story);
          });
        }
      });
    }
  });
});
