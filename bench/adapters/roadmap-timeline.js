// <roadmap-timeline> from its own self-contained minified bundle (Lit and D3 parts inside).
import '/bench/dist/roadmap-timeline.min.js';
import { toRoadmap } from '/bench/generate.mjs';
import { validateRoadmap } from '/bench/dist/model.min.js';

let el;
let source;
window.adapter = {
  prepare(data) {
    source = data;
    return toRoadmap(data);
  },
  async render(container, roadmap) {
    el = document.createElement('roadmap-timeline');
    el.style.height = '800px';
    el.setAttribute('as-of', '2026-09-15');
    el.roadmap = roadmap;
    container.append(el);
    await el.updateComplete;
  },
  /** For the report, after the timed render: the model's validation alone (its own bundle, first call). */
  validationMs() {
    const copy = toRoadmap(source);
    const t = performance.now();
    validateRoadmap(copy);
    return performance.now() - t;
  },
  async zoomIn() {
    await show('2026-07-01', '2026-09-30');
  },
  async zoomOut() {
    await show('2026-01-01', '2027-12-31');
  },
  /** Pan steps at the zoomed-in quarter: 18 days (a fifth of the width) later and back. */
  async panRight() {
    await show('2026-07-19', '2026-10-18');
  },
  async panLeft() {
    await show('2026-07-01', '2026-09-30');
  },
};

/** Show the days from `start` to `end` and wait for the element to draw them. */
async function show(start, end) {
  el.showRange(start, end);
  await el.updateComplete;
}
