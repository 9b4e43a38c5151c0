let gantt;
window.adapter = {
  prepare(data) {
    return data.tasks.map((t) => ({ id: t.id, name: t.name, start: t.start, end: t.end, progress: Math.round(t.progress * 100), dependencies: t.deps.join(',') }));
  },
  async render(container, tasks) {
    container.style.height = '800px';
    gantt = new window.Gantt(container, tasks, { view_mode: 'Month', container_height: 800 });
  },
  async zoomIn() { gantt.change_view_mode('Week'); },
  async zoomOut() { gantt.change_view_mode('Month'); },
  // Pan: its chart scrolls natively.
  async panRight() { gantt.$container.scrollLeft += 288; },
  async panLeft() { gantt.$container.scrollLeft -= 288; },
};
