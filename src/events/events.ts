/**
 * Events the elements fire. All bubble and cross shadow roots (`composed`); details hold ids
 * and plain data only. They are fired on user action or on load, never during rendering.
 */
import type { Diagnostic, Roadmap } from '../model/schema.js';
import type { EntityKind, Selection } from '../model/selectors.js';

const init = { bubbles: true, composed: true } as const;

/** `{kind, id}` of what was chosen, or `{kind: null, id: null}` to clear the selection. */
export type SelectDetail = Selection | { kind: null; id: null };

/** Fired when the user selects an entity (click, Enter or Space on a mark, a link in a card). */
export class RoadmapSelectEvent extends CustomEvent<SelectDetail> {
  static readonly eventName = 'roadmap-select';
  constructor(detail: SelectDetail) {
    super(RoadmapSelectEvent.eventName, { ...init, detail });
  }
}

export interface LoadDetail {
  roadmap: Roadmap;
  diagnostics: Diagnostic[];
  /** Where the roadmap came from. */
  origin: 'property' | 'src' | 'script';
  src?: string;
  format: 'json' | 'markdown' | 'object';
}

/** Fired when a roadmap has loaded and validated (possibly with warnings). */
export class RoadmapLoadEvent extends CustomEvent<LoadDetail> {
  static readonly eventName = 'roadmap-load';
  constructor(detail: LoadDetail) {
    super(RoadmapLoadEvent.eventName, { ...init, detail });
  }
}

export interface ErrorDetail {
  /** One readable sentence. */
  message: string;
  diagnostics: Diagnostic[];
  origin: 'property' | 'src' | 'script';
  src?: string;
  /** HTTP status when the fetch answered with one. */
  status?: number;
}

/** Fired when a roadmap could not be loaded or is not a roadmap at all. */
export class RoadmapErrorEvent extends CustomEvent<ErrorDetail> {
  static readonly eventName = 'roadmap-error';
  constructor(detail: ErrorDetail) {
    super(RoadmapErrorEvent.eventName, { ...init, detail });
  }
}

export interface RangeChangeDetail {
  /** First visible day. */
  start: string;
  /** Last visible day. */
  end: string;
  scale: 'month' | 'quarter' | 'half' | 'year';
}

/** Fired by the timeline when the visible range changes through zoom or pan. */
export class RoadmapRangeChangeEvent extends CustomEvent<RangeChangeDetail> {
  static readonly eventName = 'roadmap-range-change';
  constructor(detail: RangeChangeDetail) {
    super(RoadmapRangeChangeEvent.eventName, { ...init, detail });
  }
}

/** How a view changed; one member per view that has modes. */
export type ViewChangeDetail = {
  view: 'risk-matrix';
  /** Which ratings the matrix places: before treatment, after it, or both with arrows. */
  mode: 'inherent' | 'residual' | 'both';
};

/** Fired when the user switches how a view shows its data (the risk matrix's inherent / residual / both switch). */
export class RoadmapViewChangeEvent extends CustomEvent<ViewChangeDetail> {
  static readonly eventName = 'roadmap-view-change';
  constructor(detail: ViewChangeDetail) {
    super(RoadmapViewChangeEvent.eventName, { ...init, detail });
  }
}

declare global {
  interface HTMLElementEventMap {
    'roadmap-select': RoadmapSelectEvent;
    'roadmap-load': RoadmapLoadEvent;
    'roadmap-error': RoadmapErrorEvent;
    'roadmap-range-change': RoadmapRangeChangeEvent;
    'roadmap-view-change': RoadmapViewChangeEvent;
  }
}

export type { EntityKind };
