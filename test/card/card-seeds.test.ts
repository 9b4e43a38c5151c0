import { expect } from '@open-wc/testing';
import { describeInitiative } from '../../src/layout/card.js';
import type { Roadmap } from '../../src/model/schema.js';
import { validateRoadmap } from '../../src/model/validate.js';

/** The five real roadmaps, imported (they may be refined; these tests ask only what the model holds). */
const SEEDS = ['000', '001', '002', '003', '004'];

async function seed(name: string): Promise<Roadmap | undefined> {
  const response = await fetch(`/test/fixtures/seeds/${name}.json`);
  if (!response.ok) return undefined;
  return validateRoadmap(await response.json()).roadmap;
}

describe('describeInitiative on the seeds: every field the model holds reaches the card', () => {
  for (const name of SEEDS) {
    it(`seed ${name}`, async function () {
      const roadmap = await seed(name);
      if (!roadmap) this.skip();
      const missing: string[] = [];
      const need = (id: string, what: string, ok: boolean) => ok || missing.push(`${id}: ${what}`);
      for (const i of roadmap!.initiatives) {
        const c = describeInitiative(roadmap!, i.id, { locale: 'en-GB' })!;
        need(i.id, 'title', c.title === i.title);
        if (i.key) need(i.id, 'key', c.key === i.key);
        if (i.category) need(i.id, 'category', c.category === i.category);
        if (i.objective) need(i.id, 'objective', c.objective === i.objective);
        if (i.description) need(i.id, 'description', c.description === i.description);
        if (i.owner) need(i.id, 'owner', c.owner?.text === i.owner.text);
        if (i.teamIds?.length) need(i.id, 'teams', c.teams.length >= i.teamIds.length);
        if (i.themeIds?.length) need(i.id, 'themes', c.themes.length === i.themeIds.length);
        if (i.goalIds?.length) need(i.id, 'goals', c.goals.length === i.goalIds.length);
        if (i.status) need(i.id, 'status', c.status === i.status);
        if (i.priority) need(i.id, 'priority', c.priority?.key === i.priority.key);
        if (i.schedule?.periodIds?.length) need(i.id, 'period', c.schedule.written.some((l) => l.label.startsWith('Period')));
        for (const edge of ['start', 'end', 'target'] as const) {
          const spec = i.schedule?.[edge];
          if (spec?.raw) need(i.id, edge, c.schedule.written.some((l) => spec.raw.includes(l.text)));
        }
        need(i.id, 'checklist', c.checklistCount === (i.checklist?.length ?? 0) && c.checklist.flatMap((g) => g.items).length === c.checklistCount);
        need(i.id, 'criteria', c.criteria.length === (i.acceptanceCriteria?.length ?? 0));
        need(i.id, 'lists', JSON.stringify(c.lists.map((l) => l.items.length)) === JSON.stringify((i.lists ?? []).map((l) => l.items.length)));
        need(i.id, 'fields', c.fields.length === (i.fields?.length ?? 0));
        need(i.id, 'notes', c.notes.length === (i.notes?.length ?? 0));
        need(i.id, 'links', c.links.length === (i.links?.length ?? 0));
        need(i.id, 'tags', c.tags.length === (i.tags?.length ?? 0));
        for (const mid of i.metricIds ?? []) need(i.id, `metric ${mid}`, c.metrics.some((m) => m.id === mid));
        for (const did of i.dependencyIds ?? []) need(i.id, `dependency ${did}`, c.dependencies.some((d) => d.id === did));
        for (const xid of i.externalRefIds ?? []) {
          need(i.id, `external ${xid}`, c.externalRefs.some((e) => e.id === xid) || c.dependencies.some((d) => d.other.id === xid));
        }
        for (const r of roadmap!.risks.filter((r) => r.affects?.some((a) => a.id === i.id))) need(i.id, `risk ${r.id}`, c.risks.some((x) => x.id === r.id));
        if (i.source) need(i.id, 'source', c.source?.line === i.source.line);
        need(i.id, 'resolved schedule in words', c.schedule.resolvedText.length > 0);
      }
      expect(missing).to.deep.equal([]);
    });
  }

  it('seed 000 QS-300: the security review shows once as a dependency, pending approval from David Kim', async function () {
    const roadmap = await seed('000');
    if (!roadmap) this.skip();
    const c = describeInitiative(roadmap!, 'qs-300', { locale: 'en-GB' })!;
    const review = c.dependencies.find((d) => d.other.key === 'SR-2024-001');
    expect(review?.relation).to.equal('Needs approval');
    expect(review?.other.note).to.contain('pending approval');
    expect(c.externalRefs.map((e) => e.key)).to.not.include('SR-2024-001');
    expect(c.fields.map((f) => f.value).join(' ')).to.contain('SR-2024-001');
  });
});
