import mermaid from '/node_modules/mermaid/dist/mermaid.esm.min.mjs';
mermaid.initialize({ startOnLoad: false, maxTextSize: 100_000_000, gantt: { useWidth: 1440 } });
let text, box, n = 0;
const build = (tasks, tick) => text.replace('tickInterval 1month', `tickInterval ${tick}`);
window.adapter = {
  prepare(data) {
    const lines = ['gantt', 'dateFormat YYYY-MM-DD', 'axisFormat %b %Y', 'tickInterval 1month'];
    for (const g of data.groups) {
      lines.push(`section ${g.name.replace(/[:#;]/g, ' ')}`);
      for (const t of data.tasks) if (t.group === g.id) lines.push(`${t.name.replace(/[:#;]/g, ' ')} :${t.id}, ${t.start}, ${t.end}`);
      if (g.id === 0) for (const m of data.milestones) lines.push(`${m.name} :milestone, ${m.id}, ${m.date}, 0d`);
    }
    text = lines.join('\n');
    return text;
  },
  async render(container, source) {
    box = container;
    const { svg } = await mermaid.render(`g${n++}`, source);
    container.innerHTML = svg;
  },
  async zoomIn() { const { svg } = await mermaid.render(`g${n++}`, build(null, '1week')); box.innerHTML = svg; },
  async zoomOut() { const { svg } = await mermaid.render(`g${n++}`, build(null, '1month')); box.innerHTML = svg; },
};
