// The bare-D3 limit: one data join, N <rect> + N <text>, one row each, every bar in the DOM.
const d3 = window.d3;
let x, rects, texts;
const W = 1440, ROW = 20;
window.adapter = {
  prepare(data) {
    return data.tasks.map((t) => ({ name: t.name, start: new Date(t.start), end: new Date(t.end) }));
  },
  async render(container, tasks) {
    x = d3.scaleTime().domain([new Date('2026-01-01'), new Date('2028-01-01')]).range([0, W]);
    const svg = d3.select(container).append('svg').attr('width', W).attr('height', tasks.length * ROW);
    const g = svg.selectAll('g').data(tasks).join('g').attr('transform', (_, i) => `translate(0,${i * ROW})`);
    rects = g.append('rect').attr('x', (d) => x(d.start)).attr('width', (d) => Math.max(1, x(d.end) - x(d.start))).attr('height', ROW - 4).attr('fill', '#4e79a7');
    texts = g.append('text').attr('x', (d) => x(d.start) + 4).attr('y', ROW - 8).attr('font-size', 11).text((d) => d.name);
  },
  async zoomIn() { rezoom([new Date('2026-07-01'), new Date('2026-10-01')]); },
  async zoomOut() { rezoom([new Date('2026-01-01'), new Date('2028-01-01')]); },
  async panRight() { rezoom([new Date('2026-07-19'), new Date('2026-10-19')]); },
  async panLeft() { rezoom([new Date('2026-07-01'), new Date('2026-10-01')]); },
};
function rezoom(domain) {
  x.domain(domain);
  rects.attr('x', (d) => x(d.start)).attr('width', (d) => Math.max(1, x(d.end) - x(d.start)));
  texts.attr('x', (d) => x(d.start) + 4);
}
