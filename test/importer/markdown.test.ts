import { expect } from '@open-wc/testing';
import { parseRoadmapMarkdown, type ImportResult } from '../../src/importer/index.js';
import { validateRoadmap } from '../../src/model/validate.js';

const load = async (name: string): Promise<ImportResult> => {
  const text = await (await fetch(`/test/fixtures/markdown/${name}`)).text();
  const result = parseRoadmapMarkdown(text, { file: name });
  expect(result.coverage.unaccounted, `${name}: unaccounted lines`).to.deep.equal([]);
  expect(validateRoadmap(result.roadmap).diagnostics.filter((d) => d.severity === 'error')).to.deep.equal([]);
  return result;
};

describe('importer: other roadmap styles', () => {
  it('now / next / later: ordinal horizons, status emoji, issue numbers, owners, priorities, nested bullets', async () => {
    const { roadmap: r } = await load('now-next-later.md');
    expect(r.meta.updated).to.include({ start: '2025-03-03' });
    expect(r.periods.map((p) => [p.id, p.kind, p.time.kind, p.time.ordinal])).to.deep.equal([['now', 'horizon', 'ordinal', 1], ['next', 'horizon', 'ordinal', 2], ['later', 'horizon', 'ordinal', 3]]);
    const [checkout, pay, address] = r.initiatives;
    expect(checkout).to.include({ title: 'One-page checkout', status: 'done' });
    expect(checkout!.owner).to.include({ text: 'maria' });
    expect(checkout!.externalRefIds).to.deep.equal(['issue-412']);
    expect(pay).to.include({ title: 'Apple Pay and Google Pay', status: 'in-progress' });
    expect(pay!.priority).to.include({ key: 'P0', rank: 0 });
    expect(address!.checklist!.map((c) => c.text)).to.deep.equal(['Google Places provider', 'Fallback to manual entry']);
    expect(r.externalRefs.map((e) => [e.key, e.kind])).to.deep.equal([['#412', 'issue'], ['#430', 'issue']]);
    expect(r.initiatives.filter((i) => i.schedule?.periodIds?.[0] === 'later')).to.have.length(2);
  });

  it('a release table becomes dated milestones with status', async () => {
    const { roadmap: r } = await load('release-table.md');
    expect(r.milestones.map((m) => [m.title, m.version, m.date.start, m.status, m.description])).to.deep.equal([
      ['v2.3.0', '2.3.0', '2025-04-15', 'done', 'Dark mode, CSV export'],
      ['v2.4.0', '2.4.0', '2025-06-01', 'in-progress', 'SSO, audit log'],
      ['v3.0.0', '3.0.0', '2025-09-30', 'planned', 'New editor'],
    ]);
    expect(r.statements).to.deep.include({ id: 'focus', kind: 'focus', label: 'Focus', text: 'Stability before features', source: { line: 13, raw: '- **Focus**: Stability before features' } });
  });

  it('half-years: H1/H2 periods, owners with teams, status words, priority, a written dependency', async () => {
    const { roadmap: r } = await load('half-years.md');
    expect(r.meta.coverage).to.include({ precision: 'year', start: '2026-01-01' });
    expect(r.periods.map((p) => [p.id, p.kind, p.time.start, p.time.end])).to.deep.equal([['h1-2026', 'half', '2026-01-01', '2026-06-30'], ['h2-2026', 'half', '2026-07-01', '2026-12-31']]);
    const [lake, metrics, rt] = r.initiatives;
    expect(lake!.owner).to.deep.equal({ text: 'Priya Raman', personId: 'priya-raman', teamId: 'data' });
    expect(lake).to.include({ status: 'in-progress', statusLabel: 'In Progress' });
    expect(lake!.schedule!.target).to.include({ start: '2026-05-01', precision: 'month' });
    expect(metrics!.priority).to.include({ key: 'High', rank: 1 });
    expect(rt).to.include({ status: 'at-risk' });
    expect(r.dependencies.map((d) => [d.from.id, d.to.id, d.to.resolution])).to.deep.equal([['real-time-ingestion', 'lakehouse-migration', 'exact']]);
  });

  it('YAML front matter fills meta; unknown keys are kept in a hidden section', async () => {
    const { roadmap: r, coverage } = await load('front-matter.md');
    expect(r.meta.title).to.equal('Mobile App Roadmap');
    expect(r.meta.authors).to.deep.equal([{ text: 'Ana Ruiz', personId: 'ana-ruiz', role: 'Head of Mobile' }]);
    expect(r.meta).to.include({ version: '3.2' });
    expect(r.meta.date).to.include({ start: '2025-02-10' });
    expect(r.sections[0]).to.include({ title: 'Front matter', hidden: true });
    expect(r.sections[0]!.blocks[0]!.markdown).to.equal('tags: [mobile, ios, android]\naudience: internal');
    expect(coverage.structural).to.equal(2);
    expect(r.initiatives.map((i) => [i.title, i.schedule!.periodIds![0]])).to.deep.equal([['Offline mode for lists', 'q2-2025'], ['Widget for iOS home screen', 'q2-2025'], ['Tablet layouts', 'q3-2025']]);
  });

  it('HTML inside Markdown: tags dropped from text, blocks kept verbatim, never interpreted', async () => {
    const { roadmap: r } = await load('html-inside.md');
    expect(r.meta.title).to.equal('Search Roadmap draft');
    expect(r.initiatives.map((i) => i.title)).to.deep.equal(['Typo tolerance for product names', 'Synonyms management UI']);
    const kept = r.sections.flatMap((s) => s.blocks).filter((b) => b.type === 'html');
    expect(kept.map((b) => b.markdown)).to.include('<details>\n<summary>Background</summary>');
    expect(r.risks[0]).to.include({ title: 'Index rebuild time', description: 'Full reindex takes 9 hours' });
    expect(r.risks[0]!.mitigations!.map((m) => m.text)).to.deep.equal(['Blue/green indices']);
  });

  it('CRLF line ends give the same lines and columns as LF', async () => {
    const crlf = await load('crlf.md');
    const text = await (await fetch('/test/fixtures/markdown/crlf.md')).text();
    expect(text).to.include('\r\n');
    const lf = parseRoadmapMarkdown(text.replace(/\r\n/g, '\n'), { file: 'crlf.md' });
    expect(crlf.roadmap).to.deep.equal(lf.roadmap);
    expect(crlf.coverage.lines).to.equal(16);
    const availability = crlf.roadmap.metrics.find((m) => m.name === 'Availability')!;
    expect(availability.source).to.deep.equal({ line: 15, raw: '- **Availability**: 99.95%' });
    expect(crlf.roadmap.initiatives[0]).to.include({ title: 'Service Mesh', ordinal: 1 });
  });

  it('nested lists: sub-items are kept under their parent, with done flags and progress', async () => {
    const { roadmap: r } = await load('nested-lists.md');
    const collab = r.initiatives[0]!;
    expect(collab.checklist!.map((c) => [c.text, c.done, c.group])).to.deep.equal([
      ['Presence indicators', true, undefined], ['Shared cursors', false, undefined], ['Cursor labels', false, 'Shared cursors'], ['Follow mode', false, 'Shared cursors'], ['Comments', false, undefined],
    ]);
    expect(collab.progress).to.deep.equal({ value: 0.2, source: 'checklist' });
    expect(collab.status).to.equal('in-progress');
    expect(collab.acceptanceCriteria![0]!.target).to.include({ comparator: 'lt', value: 100, unit: 'ms' });
  });

  it('an initiative table: owner, quarter, emoji status and priority columns', async () => {
    const { roadmap: r } = await load('status-table.md');
    expect(r.initiatives.map((i) => [i.title, i.owner?.text, i.schedule?.target?.raw, i.status, i.priority?.key])).to.deep.equal([
      ['Salesforce sync', 'Dana Lee', 'Q1 2025', 'done', 'P0'], ['HubSpot connector', 'Omar Haddad', 'Q2 2025', 'in-progress', 'P1'], ['Zendesk app', 'Dana Lee', 'Q3 2025', 'blocked', 'P2'],
    ]);
    expect(r.people.map((p) => p.name)).to.deep.equal(['Dana Lee', 'Omar Haddad']);
  });

  it('issue links (#123, KEY-88, URLs) become external references and links, not title text', async () => {
    const { roadmap: r } = await load('issue-links.md');
    expect(r.initiatives.map((i) => i.title)).to.deep.equal(['Shell completions', 'Config profiles', 'Plugin API']);
    expect(r.initiatives[0]!.links).to.deep.equal([{ href: 'https://github.com/acme/cli/issues/123', text: '#123', rel: 'ticket', source: { line: 5, raw: '- Shell completions ([#123](https://github.com/acme/cli/issues/123))' } }]);
    expect(r.externalRefs.map((e) => e.key)).to.deep.equal(['#123', 'CLI-88']);
    expect(r.dependencies.map((d) => [d.from.id, d.to.id])).to.deep.equal([['plugin-api', 'config-profiles']]);
  });

  it('a risk register and a metrics table: ratings, owners, mitigations, current values', async () => {
    const { roadmap: r } = await load('risk-register.md');
    expect(r.risks.map((x) => [x.title, x.inherent?.likelihood?.level, x.inherent?.impact?.level, x.owner?.text, x.mitigations?.[0]?.text])).to.deep.equal([
      ['PSP outage', 3, 4, 'Ravi Shah', 'Second provider'], ['PCI audit findings', 2, 5, 'Ines Moreau', 'Pre-audit in Q2'],
    ]);
    expect(r.metrics.map((m) => [m.name, m.target?.comparator, m.target?.value, m.current?.value])).to.deep.equal([['Checkout conversion', 'gt', 3.5, 3.1], ['Payment failures', 'lt', 0.5, 0.9]]);
  });

  it('never guesses silently: an unparsed date and an unknown name are diagnostics with lines', () => {
    const { diagnostics } = parseRoadmapMarkdown('# R\n\n## Q1 2025\n\n### 1. Thing\n**Target:** sometime soonish\n\n## Dependencies\n\n- Thing depends on Mystery box\n');
    expect(diagnostics.find((d) => d.code === 'date.unparsed')).to.deep.include({ severity: 'warning', source: { line: 6 } });
    expect(diagnostics.find((d) => d.code === 'ref.unresolved')).to.deep.include({ severity: 'warning', source: { line: 10 } });
  });
});
