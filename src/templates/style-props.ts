/**
 * `styleProps`: Lit's `styleMap`, but written through the CSSOM (`style.setProperty`) from the
 * first render on. `styleMap` writes its first value as a `style="…"` attribute string, which a
 * page with `style-src 'self'` (no `'unsafe-inline'`) refuses, so every bar, lane and cell would
 * lose its geometry there. CSSOM writes are not inline styles and pass any CSP.
 */
import { noChange } from 'lit';
import { Directive, directive, PartType, type AttributePart, type DirectiveParameters, type PartInfo } from 'lit/directive.js';

/** Property → value; camelCase names and custom properties (`--x`) both work; null/undefined removes. */
export type StyleProps = Readonly<Record<string, string | number | null | undefined>>;

const cssName = (name: string): string => (name.startsWith('--') || name.includes('-') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`));

class StylePropsDirective extends Directive {
  private readonly previous = new Set<string>();

  constructor(partInfo: PartInfo) {
    super(partInfo);
    if (partInfo.type !== PartType.ATTRIBUTE || partInfo.name !== 'style' || (partInfo.strings?.length ?? 0) > 2) {
      throw new Error('styleProps must be the whole value of a style attribute');
    }
  }

  render(_props: StyleProps): typeof noChange {
    return noChange;
  }

  override update(part: AttributePart, [props]: DirectiveParameters<this>): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.previous) {
      if (props[name] === null || props[name] === undefined) {
        style.removeProperty(cssName(name));
        this.previous.delete(name);
      }
    }
    for (const name of Object.keys(props)) {
      const value = props[name];
      if (value === null || value === undefined) continue;
      style.setProperty(cssName(name), String(value));
      this.previous.add(name);
    }
    return noChange;
  }
}

export const styleProps = directive(StylePropsDirective);
