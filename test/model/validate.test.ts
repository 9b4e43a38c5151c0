import { expect } from '@open-wc/testing';
import { checkRoadmap, validateRoadmap } from '../../src/model/validate.js';
import { parseTimeText } from '../../src/model/time.js';
import type { Roadmap } from '../../src/model/schema.js';

const minimal = () => ({ schemaVersion: '1.0', meta: { title: 'T' } });
const codes = (input: unknown) => validateRoadmap(input).diagnostics.map((d) => d.code);

describe('validateRoadmap', () => {
  it('fills every collection of a minimal document', () => {
    const { roadmap, diagnostics } = validateRoadmap(minimal());
    expect(diagnostics).to.deep.equal([]);
    expect(roadmap!.initiatives).to.deep.equal([]);
    expect(roadmap!.risks).to.deep.equal([]);
    expect(roadmap!.sections).to.deep.equal([]);
  });

  it('never throws and says what the input was', () => {
    for (const input of [undefined, null, 42, 'text', [], true, () => 1, Symbol('x')]) {
      const result = validateRoadmap(input);
      expect(result.roadmap).to.equal(undefined);
      expect(result.diagnostics[0]!.code).to.equal('input.not-object');
      expect(result.diagnostics[0]!.message).to.match(/JSON object/);
    }
  });

  it('drops a bad entity, keeps the rest and names the path', () => {
    const doc = { ...minimal(), initiatives: [{ id: 'a', title: 'A' }, { id: 'b' }, { id: 'c', title: 'C', status: 'wip' }] };
    const { roadmap, diagnostics } = validateRoadmap(doc);
    expect(roadmap!.initiatives.map((i) => i.id)).to.deep.equal(['a', 'c']);
    expect(roadmap!.initiatives[1]!.status).to.equal(undefined);
    expect(diagnostics.map((d) => d.path)).to.deep.equal(['initiatives[1].title', 'initiatives[2].status']);
    expect(diagnostics[0]!.message).to.equal('initiatives[1].title: is required');
  });

  it('reads time written as text and warns on text that is not time', () => {
    const doc = { ...minimal(), milestones: [{ id: 'm', title: 'GA', date: '2025-11-07' }, { id: 'n', title: 'Beta', date: 'when ready' }] };
    const { roadmap, diagnostics } = validateRoadmap(doc);
    expect(roadmap!.milestones[0]!.date).to.deep.include({ kind: 'absolute', precision: 'day', start: '2025-11-07' });
    expect(roadmap!.milestones[1]!.date).to.deep.equal({ raw: 'when ready', kind: 'unknown' });
    expect(diagnostics).to.have.length(1);
    expect(diagnostics[0]).to.deep.include({ severity: 'warning', code: 'time.unparsed', path: 'milestones[1].date' });
  });

  it('without a reader of time text, says it needs one and checks nothing further; with it, gives what validateRoadmap gives', () => {
    const doc = { ...minimal(), initiatives: [{ id: 'a', title: 'A', themeIds: ['nowhere'], schedule: { start: 'H1 2026' } }] };
    expect(checkRoadmap(doc, {}, undefined)).to.deep.equal({ diagnostics: [], needsTimeText: true });
    expect(checkRoadmap(doc, { inPlace: true }, undefined)).to.deep.equal({ diagnostics: [], needsTimeText: true });
    expect(doc.initiatives[0]!.themeIds).to.deep.equal(['nowhere']);
    expect(checkRoadmap(doc, {}, parseTimeText)).to.deep.equal(validateRoadmap(doc));
    // Objects only: no reader needed, the same result.
    const objects = { ...minimal(), milestones: [{ id: 'm', title: 'GA', date: { raw: 'Nov 7', kind: 'absolute', precision: 'day', start: '2025-11-07', end: '2025-11-07' } }] };
    expect(checkRoadmap(objects, {}, undefined)).to.deep.equal(validateRoadmap(objects));
    // A failed read leaves no reader behind for the next check.
    expect(checkRoadmap(doc, {}, undefined).needsTimeText).to.equal(true);
  });

  it('rejects duplicate ids across collections, keeping the first', () => {
    const doc = { ...minimal(), initiatives: [{ id: 'x', title: 'A' }], risks: [{ id: 'x', title: 'R' }] };
    const { roadmap, diagnostics } = validateRoadmap(doc);
    expect(roadmap!.risks).to.deep.equal([]);
    expect(diagnostics[0]).to.deep.include({ code: 'model.duplicate-id', path: 'risks[0].id' });
  });

  it('drops links to ids that do not exist and turns dangling refs into unresolved text', () => {
    const doc = {
      ...minimal(),
      initiatives: [{ id: 'a', title: 'A', themeIds: ['nope'], schedule: { periodIds: ['q9'] } }],
      dependencies: [{ id: 'd', from: { id: 'a', text: 'A', resolution: 'exact' }, to: { id: 'ghost', text: 'Ghost', resolution: 'exact' } }],
    };
    const { roadmap, diagnostics } = validateRoadmap(doc);
    expect(roadmap!.initiatives[0]!.themeIds).to.deep.equal([]);
    expect(roadmap!.initiatives[0]!.schedule!.periodIds).to.deep.equal([]);
    expect(roadmap!.dependencies[0]!.to).to.deep.equal({ text: 'Ghost', resolution: 'unresolved' });
    expect(diagnostics.filter((d) => d.code === 'model.missing-reference')).to.have.length(3);
  });

  it('reports dependency cycles without looping', () => {
    const n = 2000;
    const initiatives = Array.from({ length: n }, (_, i) => ({ id: `i${i}`, title: `I${i}` }));
    const dependencies = initiatives.map((x, i) => ({ id: `d${i}`, from: { id: x.id, text: x.title, resolution: 'exact' }, to: { id: `i${(i + 1) % n}`, text: 'next', resolution: 'exact' } }));
    const { diagnostics } = validateRoadmap({ ...minimal(), initiatives, dependencies });
    const cycles = diagnostics.filter((d) => d.code === 'model.dependency-cycle');
    expect(cycles).to.have.length(1);
    expect(cycles[0]!.message).to.match(/^dependencies form a cycle: i0 → i1 → /);
  });

  it('survives hostile input: cycles, __proto__, 10 MB strings, getters that throw, deep nesting', () => {
    const cyclic: Record<string, unknown> = { ...minimal() };
    cyclic.meta = { title: 'T', source: { line: 1 } };
    (cyclic.meta as Record<string, unknown>).self = cyclic;
    expect(codes(cyclic)).to.include('schema.unknown-property');

    const ext: Record<string, unknown> = { a: 1 };
    ext.loop = ext;
    const withExt = { ...minimal(), initiatives: [{ id: 'a', title: 'A', extensions: { 'x-acme': ext } }] };
    expect(codes(withExt)).to.include('schema.cycle');

    const proto = JSON.parse('{"schemaVersion":"1.0","meta":{"title":"T"},"__proto__":{"polluted":1},"initiatives":[{"id":"a","title":"A","extensions":{"__proto__":{"polluted":2}}}]}');
    const result = validateRoadmap(proto);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(result.roadmap!.initiatives[0]!.extensions).to.have.own.property('__proto__');
    expect(Object.getPrototypeOf(result.roadmap!.initiatives[0]!.extensions)).to.equal(Object.prototype);

    const huge = 'x'.repeat(10_000_000);
    const big = validateRoadmap({ ...minimal(), initiatives: [{ id: 'a', title: huge }, { id: 'b', title: 'fine' }] });
    expect(big.roadmap!.initiatives.map((i) => i.id)).to.deep.equal(['b']);
    expect(big.diagnostics[0]).to.deep.include({ code: 'schema.too-long' });
    expect(big.diagnostics[0]!.message.length).to.be.below(200);

    const trap = { schemaVersion: '1.0', get meta(): never { throw new Error('boom'); } };
    expect(validateRoadmap(trap).diagnostics[0]).to.deep.include({ code: 'input.unreadable' });

    let deep: Record<string, unknown> = { v: 1 };
    for (let i = 0; i < 500; i++) deep = { d: deep };
    expect(codes({ ...minimal(), initiatives: [{ id: 'a', title: 'A', extensions: { deep } }] })).to.include('schema.too-deep');
  });

  it('caps repeated diagnostics and summarises the rest', () => {
    const initiatives = Array.from({ length: 500 }, (_, i) => ({ id: `i${i}`, title: `I${i}`, status: 'wip' }));
    const { diagnostics, roadmap } = validateRoadmap({ ...minimal(), initiatives });
    expect(roadmap!.initiatives).to.have.length(500);
    expect(diagnostics).to.have.length(51);
    expect(diagnostics[50]!.message).to.equal('…and 450 more schema.enum diagnostics');
  });

  it('does not change its input', () => {
    const doc = { ...minimal(), initiatives: [{ id: 'a', title: 'A', themeIds: ['nope'] }] };
    const before = JSON.stringify(doc);
    validateRoadmap(doc);
    expect(JSON.stringify(doc)).to.equal(before);
  });

  it('in place, shares what needs no change and gives what a copy gives', async () => {
    // A document in the model's own key order (an imported seed), and one with every kind of fix.
    const seed = await (await fetch('/test/fixtures/seeds/003.json')).json();
    const messy = {
      ...minimal(),
      initiatives: [
        { title: 'Out of order', id: 'a', themeIds: ['nope'] },
        { id: 'b', title: 'B', status: 'wip', extra: 1 },
        { id: 'c', title: 'C', schedule: { start: 'Q1 2025', end: undefined } },
        { id: 'a', title: 'Duplicate' },
        { id: 'd' },
      ],
      dependencies: [{ id: 'x', from: { id: 'a', text: 'a', resolution: 'exact' }, to: { id: 'ghost', text: 'g', resolution: 'exact' } }],
    };
    for (const doc of [seed, messy]) {
      const copied = validateRoadmap(structuredClone(doc));
      const input = structuredClone(doc);
      const inPlace = validateRoadmap(input, { inPlace: true });
      expect(JSON.stringify(inPlace)).to.equal(JSON.stringify(copied));
    }
    const input = structuredClone(seed);
    const { roadmap } = validateRoadmap(input, { inPlace: true });
    // What comes out unchanged is the input's own object (without inPlace, never).
    expect(roadmap!.initiatives[0]).to.equal(input.initiatives[0]);
    expect(roadmap!.meta).to.equal(input.meta);
    const copy = validateRoadmap(input).roadmap!;
    expect(copy.initiatives[0]).not.to.equal(input.initiatives[0]);
    expect(copy.meta).not.to.equal(input.meta);
    // An object that changes (a default filled in, a key out of order) is a copy.
    const doc = { ...minimal(), initiatives: [{ title: 'T', id: 'a' }, { id: 'b', title: 'B', schedule: { start: '2025-01-01' } }] };
    const checked = validateRoadmap(doc, { inPlace: true }).roadmap!;
    expect(checked.initiatives[0]).not.to.equal(doc.initiatives[0]);
    expect(Object.keys(checked.initiatives[0]!)[0]).to.equal('id');
    expect(checked.initiatives[1]!.schedule).not.to.equal(doc.initiatives[1]!.schedule);
    expect(checked.initiatives[1]!.schedule!.start!.start).to.equal('2025-01-01');
    // Nothing unchecked shows through a kept object: one that inherits properties is copied.
    const sneaky = Object.assign(Object.create({ status: 'blocked', description: 42 }), { id: 's', title: 'S' });
    const kept = validateRoadmap({ ...minimal(), initiatives: [sneaky] }, { inPlace: true }).roadmap!.initiatives[0]!;
    expect(kept).not.to.equal(sneaky);
    expect(kept.status).to.equal(undefined);
    expect(kept.description).to.equal(undefined);
  });

  it('returns a roadmap usable as the Roadmap type', () => {
    const r: Roadmap | undefined = validateRoadmap(minimal()).roadmap;
    expect(r!.schemaVersion).to.equal('1.0');
  });
});
