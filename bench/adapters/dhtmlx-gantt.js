const gantt = window.gantt;
const yearMonth = [{ unit: 'year', step: 1, format: '%Y' }, { unit: 'month', step: 1, format: '%M' }];
const monthWeek = [{ unit: 'month', step: 1, format: '%F %Y' }, { unit: 'week', step: 1, format: 'W%W' }];
window.adapter = {
  prepare(data) {
    const fmt = (s) => s.split('-').reverse().join('-');
    const tasks = data.groups.map((g) => ({ id: `g${g.id}`, text: g.name, type: 'project', open: true }));
    for (const t of data.tasks) tasks.push({ id: t.id, text: t.name, start_date: fmt(t.start), end_date: fmt(t.end), parent: `g${t.group}`, progress: t.progress });
    for (const m of data.milestones) tasks.push({ id: m.id, text: m.name, start_date: fmt(m.date), type: 'milestone', duration: 0, parent: 'g0' });
    const links = data.tasks.flatMap((t) => t.deps.map((d) => ({ id: `${d}-${t.id}`, source: d, target: t.id, type: '0' })));
    return { data: tasks, links };
  },
  async render(container, prepared) {
    container.style.height = '800px';
    gantt.config.date_format = '%d-%m-%Y';
    gantt.config.scales = yearMonth;
    gantt.init(container);
    gantt.parse(prepared);
  },
  async zoomIn() { gantt.config.scales = monthWeek; gantt.render(); },
  async zoomOut() { gantt.config.scales = yearMonth; gantt.render(); },
  // Pan: its timeline scrolls natively (and renders the tasks scrolled into view).
  async panRight() { gantt.scrollTo(gantt.getScrollState().x + 288, null); },
  async panLeft() { gantt.scrollTo(gantt.getScrollState().x - 288, null); },
};
