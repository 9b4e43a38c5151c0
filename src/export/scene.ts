/**
 * A small drawing model for exports: groups, rectangles, lines, paths and text with plain
 * colours, no CSS. One drawing becomes a standalone SVG document (`sceneToSvg`, pure: every text
 * and attribute value is escaped, so roadmap text stays text), SVG elements for the print view
 * (`sceneToElement`, through `createElementNS`/`setAttribute`/`textContent`, never markup), or
 * pixels on a canvas (`drawScene`), which needs no image loading and so works under any
 * Content-Security-Policy.
 */
import { formatColor, parseColor } from './colors.js';
import { DEFAULT_PALETTE } from './palette.js';

/** A left-to-right gradient over a rectangle's box. */
export interface HorizontalGradient {
  stops: ReadonlyArray<{ offset: number; color: string; opacity?: number }>;
}

export interface Stroke {
  stroke?: string;
  strokeWidth?: number;
  /** Dash and gap lengths, px. */
  dash?: readonly number[];
  opacity?: number;
}

export interface GroupNode {
  type: 'g';
  /** Translation of the children, px. */
  x?: number;
  y?: number;
  /** Becomes `data-id` / `data-kind` (marks that stand for an entity) and a `<title>` tooltip. */
  id?: string;
  kind?: string;
  title?: string;
  children: SceneNode[];
}

export interface RectNode extends Stroke {
  type: 'rect';
  x: number;
  y: number;
  width: number;
  height: number;
  rx?: number;
  fill?: string | HorizontalGradient;
}

export interface LineNode extends Stroke {
  type: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

export interface PathNode extends Stroke {
  type: 'path';
  /** SVG path data (M, L, H, V, Z with absolute or relative coordinates). */
  d: string;
  fill?: string;
}

export interface TextNode {
  type: 'text';
  x: number;
  /** Vertical middle of the text. */
  y: number;
  text: string;
  size: number;
  fill: string;
  weight?: number;
  anchor?: 'start' | 'middle' | 'end';
  opacity?: number;
}

export type SceneNode = GroupNode | RectNode | LineNode | PathNode | TextNode;

/** A whole drawing. */
export interface Scene {
  width: number;
  height: number;
  /** Opaque background, or none. */
  background?: string;
  fontFamily: string;
  /** Document title (`<title>`), also the accessible name. */
  title: string;
  children: SceneNode[];
}

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Escape text for XML content and attribute values. */
export function escapeXml(text: string): string {
  return withoutXmlInvalid(text).replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&apos;'));
}

/** Characters XML 1.0 forbids even escaped (most C0 controls, U+FFFE/U+FFFF, lone surrogates). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The text without characters that would make an SVG file unreadable (roadmap text may hold them). */
export function withoutXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/** Numbers with at most two decimals. */
function num(n: number): string {
  return String(Math.round(n * 100) / 100);
}

// One intermediate form for both outputs: tag, attributes (already strings) and text or children.
interface Spec {
  tag: string;
  attrs: Array<[string, string]>;
  text?: string;
  children?: Spec[];
}

function strokeAttrs(n: Stroke, out: Array<[string, string]>): void {
  if (n.stroke) out.push(['stroke', n.stroke]);
  if (n.stroke && n.strokeWidth !== undefined) out.push(['stroke-width', num(n.strokeWidth)]);
  if (n.dash?.length) out.push(['stroke-dasharray', n.dash.map(num).join(' ')]);
  if (n.opacity !== undefined && n.opacity < 1) out.push(['opacity', num(n.opacity)]);
}

function toSpecs(nodes: readonly SceneNode[], gradients: Map<string, { id: string; g: HorizontalGradient }>, fontFamily: string, idPrefix: string): Spec[] {
  return nodes.map((n): Spec => {
    switch (n.type) {
      case 'g': {
        const attrs: Array<[string, string]> = [];
        if (n.x || n.y) attrs.push(['transform', `translate(${num(n.x ?? 0)},${num(n.y ?? 0)})`]);
        if (n.id !== undefined) attrs.push(['data-id', n.id]);
        if (n.kind !== undefined) attrs.push(['data-kind', n.kind]);
        const children = toSpecs(n.children, gradients, fontFamily, idPrefix);
        if (n.title) children.unshift({ tag: 'title', attrs: [], text: n.title });
        return { tag: 'g', attrs, children };
      }
      case 'rect': {
        const attrs: Array<[string, string]> = [['x', num(n.x)], ['y', num(n.y)], ['width', num(Math.max(0, n.width))], ['height', num(Math.max(0, n.height))]];
        if (n.rx) attrs.push(['rx', num(n.rx)]);
        if (typeof n.fill === 'object') {
          const key = JSON.stringify(n.fill.stops);
          let entry = gradients.get(key);
          if (!entry) gradients.set(key, (entry = { id: `${idPrefix}gradient-${gradients.size + 1}`, g: n.fill }));
          attrs.push(['fill', `url(#${entry.id})`]);
        } else attrs.push(['fill', n.fill ?? 'none']);
        strokeAttrs(n, attrs);
        return { tag: 'rect', attrs };
      }
      case 'line': {
        const attrs: Array<[string, string]> = [['x1', num(n.x1)], ['y1', num(n.y1)], ['x2', num(n.x2)], ['y2', num(n.y2)]];
        strokeAttrs(n, attrs);
        return { tag: 'line', attrs };
      }
      case 'path': {
        const attrs: Array<[string, string]> = [['d', n.d], ['fill', n.fill ?? 'none']];
        strokeAttrs(n, attrs);
        return { tag: 'path', attrs };
      }
      case 'text': {
        // Every text states its whole font (family, size, weight, style): a file opened on its own,
        // or an SVG pasted into a page whose CSS sets fonts, has nothing sensible to inherit.
        const attrs: Array<[string, string]> = [
          ['x', num(n.x)],
          ['y', num(n.y)],
          ['dy', '0.35em'],
          ['font-family', fontFamily],
          ['font-size', num(n.size)],
          ['font-weight', String(n.weight ?? 400)],
          ['font-style', 'normal'],
          ['fill', n.fill],
        ];
        if (n.anchor && n.anchor !== 'start') attrs.push(['text-anchor', n.anchor]);
        if (n.opacity !== undefined && n.opacity < 1) attrs.push(['opacity', num(n.opacity)]);
        return { tag: 'text', attrs, text: n.text };
      }
    }
  });
}

function rootSpec(scene: Scene, idPrefix = ''): Spec {
  const gradients = new Map<string, { id: string; g: HorizontalGradient }>();
  const body = toSpecs(scene.children, gradients, scene.fontFamily, idPrefix);
  const children: Spec[] = [{ tag: 'title', attrs: [], text: scene.title }];
  if (gradients.size) {
    children.push({
      tag: 'defs',
      attrs: [],
      children: [...gradients.values()].map(({ id, g }) => ({
        tag: 'linearGradient',
        attrs: [['id', id]],
        children: g.stops.map((s) => {
          const attrs: Array<[string, string]> = [['offset', num(s.offset)], ['stop-color', s.color]];
          if (s.opacity !== undefined && s.opacity < 1) attrs.push(['stop-opacity', num(s.opacity)]);
          return { tag: 'stop', attrs };
        }),
      })),
    });
  }
  if (scene.background) children.push({ tag: 'rect', attrs: [['width', '100%'], ['height', '100%'], ['fill', scene.background]] });
  children.push(...body);
  return {
    tag: 'svg',
    attrs: [
      ['xmlns', SVG_NS],
      ['width', num(scene.width)],
      ['height', num(scene.height)],
      ['viewBox', `0 0 ${num(scene.width)} ${num(scene.height)}`],
      ['font-family', scene.fontFamily],
      ['role', 'img'],
      ['aria-label', scene.title],
    ],
    children,
  };
}

function specToString(spec: Spec, out: string[]): void {
  out.push('<', spec.tag);
  for (const [k, v] of spec.attrs) out.push(' ', k, '="', escapeXml(v), '"');
  if (spec.text === undefined && !spec.children?.length) {
    out.push('/>');
    return;
  }
  out.push('>');
  if (spec.text !== undefined) out.push(escapeXml(spec.text));
  for (const c of spec.children ?? []) specToString(c, out);
  out.push('</', spec.tag, '>');
}

/** The drawing as a standalone SVG document (with an XML declaration). */
export function sceneToSvg(scene: Scene): string {
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  specToString(rootSpec(scene), out);
  out.push('\n');
  return out.join('');
}

let elementCount = 0;

/**
 * The drawing as an `<svg>` element of `doc`, built node by node. Its ids (gradients) are unique
 * in the page, so that several drawings side by side (the print view's lanes) each paint with
 * their own gradients: `url(#…)` resolves in the whole document or shadow root.
 */
export function sceneToElement(scene: Scene, doc: Document): SVGSVGElement {
  const build = (spec: Spec): Element => {
    const el = doc.createElementNS(SVG_NS, spec.tag);
    for (const [k, v] of spec.attrs) if (k !== 'xmlns') el.setAttribute(k, v);
    if (spec.text !== undefined) el.textContent = spec.text;
    for (const c of spec.children ?? []) el.appendChild(build(c));
    return el;
  };
  return build(rootSpec(scene, `roadmap-export-${++elementCount}-`)) as SVGSVGElement;
}

/** Paint the drawing on a 2D context (already scaled for the pixel ratio). */
export function drawScene(ctx: CanvasRenderingContext2D, scene: Scene): void {
  ctx.save();
  if (scene.background) {
    ctx.fillStyle = scene.background;
    ctx.fillRect(0, 0, scene.width, scene.height);
  }
  // A font string the canvas rejects is ignored silently (text would come out at 10px): check it once.
  const family = canvasFontFamily(ctx, scene.fontFamily);
  const stroke = (n: Stroke, path?: Path2D) => {
    if (!n.stroke) return;
    ctx.strokeStyle = n.stroke;
    ctx.lineWidth = n.strokeWidth ?? 1;
    ctx.setLineDash(n.dash ? [...n.dash] : []);
    if (path) ctx.stroke(path);
    else ctx.stroke();
  };
  const paint = (nodes: readonly SceneNode[]) => {
    for (const n of nodes) {
      ctx.save();
      if (n.type !== 'g' && n.opacity !== undefined) ctx.globalAlpha *= n.opacity;
      switch (n.type) {
        case 'g':
          ctx.translate(n.x ?? 0, n.y ?? 0);
          paint(n.children);
          break;
        case 'rect': {
          ctx.beginPath();
          if (n.rx) ctx.roundRect(n.x, n.y, Math.max(0, n.width), Math.max(0, n.height), n.rx);
          else ctx.rect(n.x, n.y, Math.max(0, n.width), Math.max(0, n.height));
          if (typeof n.fill === 'object') {
            const g = ctx.createLinearGradient(n.x, 0, n.x + n.width, 0);
            for (const s of n.fill.stops) g.addColorStop(Math.max(0, Math.min(1, s.offset)), withAlpha(s.color, s.opacity ?? 1));
            ctx.fillStyle = g;
            ctx.fill();
          } else if (n.fill && n.fill !== 'none') {
            ctx.fillStyle = n.fill;
            ctx.fill();
          }
          stroke(n);
          break;
        }
        case 'line':
          ctx.beginPath();
          ctx.moveTo(n.x1, n.y1);
          ctx.lineTo(n.x2, n.y2);
          stroke(n);
          break;
        case 'path': {
          const p = new Path2D(n.d);
          if (n.fill && n.fill !== 'none') {
            ctx.fillStyle = n.fill;
            ctx.fill(p);
          }
          stroke(n, p);
          break;
        }
        case 'text':
          ctx.font = `${n.weight ?? 400} ${n.size}px ${family}`;
          ctx.fillStyle = n.fill;
          ctx.textAlign = n.anchor === 'middle' ? 'center' : n.anchor === 'end' ? 'right' : 'left';
          ctx.textBaseline = 'alphabetic';
          ctx.fillText(n.text, n.x, n.y + 0.35 * n.size);
          break;
      }
      ctx.restore();
    }
  };
  paint(scene.children);
  ctx.restore();
}

/** `family` if the canvas accepts it in a font shorthand, else the default stack. */
function canvasFontFamily(ctx: CanvasRenderingContext2D, family: string): string {
  const before = ctx.font;
  const probe = `400 12px ${family}`;
  ctx.font = '10px serif';
  ctx.font = probe;
  const ok = ctx.font !== '10px serif';
  ctx.font = before;
  return ok ? family : DEFAULT_PALETTE.fontFamily;
}

/** A canvas colour with an extra opacity. */
function withAlpha(color: string, opacity: number): string {
  const c = opacity < 1 ? parseColor(color) : undefined;
  return c ? formatColor({ ...c, a: c.a * opacity }) : color;
}
