import { createContext } from '@lit/context';
import type { Diagnostic, Roadmap } from '../model/schema.js';
import type { Selection } from '../model/selectors.js';

/** Where a roadmap is in its loading. */
export type LoadStatus = 'idle' | 'loading' | 'ready' | 'error';

/** What `<roadmap-provider>` shares with the views inside it. Immutable: each change is a new object. */
export interface RoadmapContextValue {
  readonly roadmap?: Roadmap;
  readonly diagnostics: readonly Diagnostic[];
  readonly selection?: Selection;
  readonly status: LoadStatus;
  /** A readable summary of what went wrong, when `status` is `error`. */
  readonly error?: string;
  /** Date that relative time counts from, and "today" (from the provider's `as-of`). */
  readonly asOf?: string;
}

/**
 * The context key. `Symbol.for` makes two copies of the library on one page (a bundle and an
 * npm build) share it, so their providers and views still connect.
 */
export const roadmapContext = createContext<RoadmapContextValue>(Symbol.for('roadmap-elements:roadmap'));
