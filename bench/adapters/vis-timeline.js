let timeline;
window.adapter = {
  prepare(data) {
    const groups = data.groups.map((g) => ({ id: g.id, content: g.name }));
    const items = data.tasks.map((t) => ({ id: t.id, group: t.group, content: t.name, start: t.start, end: t.end }));
    for (const m of data.milestones) items.push({ id: m.id, group: 0, content: m.name, start: m.date, type: 'point' });
    return { groups, items };
  },
  render(container, { groups, items }) {
    return new Promise((resolve) => {
      timeline = new window.vis.Timeline(container, items, groups, {
        height: '800px',
        onInitialDrawComplete: () => {
          timeline.setWindow('2026-01-01', '2028-01-01', { animation: false });
          resolve();
        },
      });
    });
  },
  async zoomIn() { timeline.setWindow('2026-07-01', '2026-10-01', { animation: false }); },
  async zoomOut() { timeline.setWindow('2026-01-01', '2028-01-01', { animation: false }); },
  async panRight() { timeline.setWindow('2026-07-19', '2026-10-19', { animation: false }); },
  async panLeft() { timeline.setWindow('2026-07-01', '2026-10-01', { animation: false }); },
};
