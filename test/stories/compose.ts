/**
 * A small story composer that renders a CSF 3 story the way Storybook 10's web-components
 * renderer does, for tests that run in Web Test Runner (where Storybook's own `composeStories`
 * cannot load: its preview API pulls in CommonJS packages the test server does not convert).
 *
 * What it follows from Storybook (storybook/internal/preview-api `prepareStory`, csf utilities and
 * @storybook/web-components `render` / `renderToCanvas`):
 * - story ids and names: `toId(title, storyNameFromExport(exportName))`, `name` when given;
 * - which exports are stories: every named export, filtered by `includeStories` / `excludeStories`;
 * - parameters: project, then meta, then story, merged deeply (plain objects merge, the rest replace);
 * - args: project, meta and story `args` merged, then `argTypes[name].mapping` applied;
 * - globals: the project's `initialGlobals`, then meta and story `globals`;
 * - loaders: project, meta, story (each level in parallel), results merged into `context.loaded`;
 * - `beforeEach`: project, meta, story, cleanups run in reverse when the story is torn down;
 * - render: `story.render ?? meta.render ?? project.render ??` the renderer's default, which creates
 *   `meta.component` and sets every arg as a property;
 * - decorators: story, then meta, then project, the first one innermost; a decorator's `story()`
 *   may pass a partial context update;
 * - the result goes into the canvas like `renderToCanvas`: a lit template into `div#root-inner`, a
 *   string as HTML, a node as the only child;
 * - `play`, after rendering, with `canvasElement`.
 * Not supported: Storybook hooks (`useArgs` and friends), `mount` in play, `storybook/test`.
 */
import { nothing, render as litRender } from 'lit';
import { isTemplateResult } from 'lit/directive-helpers.js';

type Args = Record<string, unknown>;
type Fn = (...args: never[]) => unknown;

export interface StoryContext {
  id: string;
  name: string;
  title: string;
  kind: string;
  story: string;
  componentId: string;
  component?: string;
  tags: string[];
  args: Args;
  initialArgs: Args;
  argTypes: Record<string, ArgType>;
  globals: Args;
  parameters: Record<string, unknown>;
  loaded: Record<string, unknown>;
  viewMode: 'story';
  abortSignal: AbortSignal;
  canvasElement: HTMLElement;
}

interface ArgType {
  mapping?: Record<string, unknown>;
  [key: string]: unknown;
}

type Decorator = (story: (update?: Partial<StoryContext>) => unknown, context: StoryContext) => unknown;
type Loader = (context: StoryContext) => unknown;
type BeforeEach = (context: StoryContext) => unknown;

/** Annotations any level (project, meta, story) may carry. Loose on purpose: stories are checked by their own types. */
export interface Annotations {
  args?: Args;
  argTypes?: Record<string, ArgType>;
  parameters?: Record<string, unknown>;
  decorators?: Fn | Fn[];
  loaders?: Fn | Fn[];
  beforeEach?: Fn | Fn[];
  render?: Fn;
  play?: Fn;
  tags?: string[];
  globals?: Args;
}
export interface ProjectAnnotations extends Annotations {
  initialGlobals?: Args;
  globalTypes?: Record<string, unknown>;
}
export interface MetaAnnotations extends Annotations {
  title?: string;
  id?: string;
  component?: string;
  includeStories?: string[] | RegExp;
  excludeStories?: string[] | RegExp;
}
interface StoryAnnotations extends Annotations {
  name?: string;
  storyName?: string;
}

// ── csf utilities, as in storybook/internal/csf ─────────────────────────────────────────────

function toStartCaseStr(str: string): string {
  return str
    .replace(/_/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\./g, ' ')
    .replace(/([^\n])([A-Z])([a-z])/g, (_, a: string, b: string, c: string) => `${a} ${b}${c}`)
    .replace(/([a-z])([A-Z])/g, (_, a: string, b: string) => `${a} ${b}`)
    .replace(/([a-z])([0-9])/gi, (_, a: string, b: string) => `${a} ${b}`)
    .replace(/([0-9])([a-z])/gi, (_, a: string, b: string) => `${a} ${b}`)
    .replace(/(\s|^)(\w)/g, (_, a: string, b: string) => `${a}${b.toUpperCase()}`)
    .replace(/ +/g, ' ')
    .trim();
}

export const storyNameFromExport = (key: string): string => toStartCaseStr(key);

export function sanitize(string: string): string {
  return string
    .toLowerCase()
    .replace(/[ ’–—―′¿'`~!@#$%^&*()_|+\-=?;:'",.<>{}[\]\\/]/gi, '-')
    .replace(/-+/g, '-')
    .replace(/^-+/, '')
    .replace(/-+$/, '');
}

export const toId = (kind: string, name: string): string => `${sanitize(kind)}--${sanitize(name)}`;

function matches(key: string, pattern: string[] | RegExp): boolean {
  return Array.isArray(pattern) ? pattern.includes(key) : pattern.test(key);
}

export function isExportStory(key: string, meta: MetaAnnotations): boolean {
  return key !== '__esModule' && (!meta.includeStories || matches(key, meta.includeStories)) && (!meta.excludeStories || !matches(key, meta.excludeStories));
}

// ── merging ──────────────────────────────────────────────────────────────────────────────────

const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && Object.getPrototypeOf(v) === Object.prototype;

/** Storybook's `combineParameters`: plain objects merge deeply, anything else replaces, undefined is skipped. */
export function combineParameters(...levels: (Record<string, unknown> | undefined)[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const level of levels) {
    if (!level) continue;
    for (const [key, value] of Object.entries(level)) {
      if (value === undefined) continue;
      const prev = out[key];
      out[key] = isPlainObject(value) && isPlainObject(prev) ? combineParameters(prev, value) : isPlainObject(value) ? combineParameters(value) : value;
    }
  }
  return out;
}

const list = <T>(x: T | T[] | undefined): T[] => (x === undefined ? [] : Array.isArray(x) ? x : [x]);

// ── composing ────────────────────────────────────────────────────────────────────────────────

export interface ComposedStory {
  id: string;
  exportName: string;
  name: string;
  title: string;
  parameters: Record<string, unknown>;
  tags: string[];
  /** Renders the story into `canvas` (loaders, beforeEach, decorators, render, play). Returns the teardown. */
  mount(canvas: HTMLElement): Promise<() => Promise<void>>;
}

function defaultRender(args: Args, context: StoryContext): HTMLElement {
  if (!context.component) throw new Error(`Unable to render story ${context.id} as the component annotation is missing from the default export`);
  const element = document.createElement(context.component);
  for (const [key, value] of Object.entries(args)) (element as unknown as Args)[key] = value;
  return element;
}

/** Puts what a story returned into the canvas, as @storybook/web-components' renderToCanvas does. */
function renderToCanvas(element: unknown, canvas: HTMLElement, id: string): void {
  if (isTemplateResult(element)) {
    if (!canvas.querySelector('[id="root-inner"]')) canvas.innerHTML = '<div id="root-inner"></div>';
    litRender(element, canvas.querySelector<HTMLElement>('[id="root-inner"]')!);
  } else if (typeof element === 'string') {
    canvas.innerHTML = element;
  } else if (element instanceof Node) {
    canvas.innerHTML = '';
    canvas.appendChild(element);
  } else {
    throw new Error(`Expecting an HTML snippet or DOM node from the story ${id}; got ${String(element)}`);
  }
}

/** The stories of one CSF module, in export order. */
export function composeStories(module: Record<string, unknown>, project: ProjectAnnotations): ComposedStory[] {
  const meta = (module['default'] ?? {}) as MetaAnnotations;
  if (!meta.title) throw new Error('The default export has no title (automatic titles are not supported here)');
  const title = meta.title;
  const componentId = sanitize(meta.id ?? title);
  return Object.keys(module)
    .filter((key) => key !== 'default' && isExportStory(key, meta))
    .map((exportName) => composeStory(module[exportName], exportName, meta, title, componentId, project));
}

export function composeStory(
  exported: unknown,
  exportName: string,
  meta: MetaAnnotations,
  title: string,
  componentId: string,
  project: ProjectAnnotations,
): ComposedStory {
  // CSF 2 (a function, with annotations as its properties) or CSF 3 (an object).
  const story: StoryAnnotations = typeof exported === 'function' ? { ...(exported as StoryAnnotations), render: exported as Fn } : ((exported ?? {}) as StoryAnnotations);
  const name = story.name ?? story.storyName ?? storyNameFromExport(exportName);
  const id = `${componentId}--${sanitize(storyNameFromExport(exportName))}`;
  const parameters = combineParameters(project.parameters, meta.parameters, story.parameters);
  // combineTags: a later level's `!tag` removes the tag.
  const tags = [...[...(project.tags ?? []), ...(meta.tags ?? []), ...(story.tags ?? [])].reduce((set, tag) => (tag.startsWith('!') ? set.delete(tag.slice(1)) : set.add(tag), set), new Set<string>())];
  const argTypes = { ...project.argTypes, ...meta.argTypes, ...story.argTypes } as Record<string, ArgType>;
  const initialArgs: Args = { ...project.args, ...meta.args, ...story.args };
  const args: Args = Object.fromEntries(
    Object.entries(initialArgs).map(([key, value]) => {
      const mapping = argTypes[key]?.mapping;
      return [key, mapping && typeof value === 'string' && value in mapping ? mapping[value] : value];
    }),
  );
  const globals: Args = { ...project.initialGlobals, ...project.globals, ...meta.globals, ...story.globals };
  const renderFn = (story.render ?? meta.render ?? project.render ?? defaultRender) as (args: Args, context: StoryContext) => unknown;
  const decorators = [...list(story.decorators), ...list(meta.decorators), ...list(project.decorators)] as Decorator[];
  const loaderLevels = [list(project.loaders), list(meta.loaders), list(story.loaders)] as Loader[][];
  const beforeEachHooks = [...list(project.beforeEach), ...list(meta.beforeEach), ...list(story.beforeEach)] as BeforeEach[];
  const play = story.play as ((context: StoryContext) => unknown) | undefined;

  const mount = async (canvas: HTMLElement) => {
    const abort = new AbortController();
    const context: StoryContext = {
      id,
      name,
      title,
      kind: title,
      story: name,
      componentId,
      ...(meta.component ? { component: meta.component } : {}),
      tags,
      args,
      initialArgs,
      argTypes,
      globals,
      parameters,
      loaded: {},
      viewMode: 'story',
      abortSignal: abort.signal,
      canvasElement: canvas,
    };
    for (const level of loaderLevels) {
      const results = await Promise.all(level.map((loader) => loader(context)));
      for (const r of results) if (r && typeof r === 'object') Object.assign(context.loaded, r);
    }
    const cleanups: (() => unknown)[] = [];
    for (const hook of beforeEachHooks) {
      const cleanup = await hook(context);
      if (typeof cleanup === 'function') cleanups.push(cleanup as () => unknown);
    }
    // Storybook's defaultDecorateStory: one context store, updated by each decorator's story(update).
    let current = context;
    const bind = (fn: (c: StoryContext) => unknown) => (update?: Partial<StoryContext>) => {
      current = { ...current, ...(update ?? {}) };
      return fn(current);
    };
    const decorated = decorators.reduce<(c: StoryContext) => unknown>(
      (inner, decorator) => (c) => decorator(bind(inner), c),
      (c) => renderFn(c.args, c),
    );
    current = context;
    renderToCanvas(decorated(context), canvas, id);
    if (play) await play(context);
    return async () => {
      abort.abort();
      for (const cleanup of cleanups.reverse()) await cleanup();
      const inner = canvas.querySelector<HTMLElement>('[id="root-inner"]');
      if (inner) litRender(nothing, inner);
      canvas.innerHTML = '';
    };
  };

  return { id, exportName, name, title, parameters, tags, mount };
}
