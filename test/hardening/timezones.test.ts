/**
 * Time zones: the same roadmap, laid out and rendered in browser contexts set to different zones
 * (a few hours either side of UTC, a half-hour zone, the first zone to see each day and zones
 * whose daylight-saving changes fall on the roadmap's dates), gives the same layout, the same bar
 * positions and the same text, and its dates are the dates written: no date moves by a day.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

const ZONES = ['UTC', 'America/Los_Angeles', 'Asia/Kolkata', 'Pacific/Kiritimati', 'Australia/Lord_Howe', 'America/St_Johns', 'Pacific/Pago_Pago'];

interface Report {
  failure?: string;
  zone: string;
  offsets: number[];
  diagnostics: string[];
  layout: unknown;
  summary: { bars: Array<{ id: string; start?: string; end?: string; x0: string; lastDay: string }>; milestones: Array<{ id: string; date: string; x: string }>; today?: string };
  imported: unknown;
  importedSummary: unknown;
  rendered: { bars: unknown[]; milestones: unknown[]; ticks: unknown[]; table?: string; card?: string; visibleRange?: unknown };
}

const reports = new Map<string, Report>();

describe('time zones', function () {
  this.timeout(120_000);

  before(async () => {
    for (const zone of ZONES) {
      const { report, errors } = await executeServerCommand<{ report?: Report; errors: string[] }, unknown>('hardening-open-page', { url: '/test/hardening/tz/page.html', timezoneId: zone });
      expect(errors, `${zone}: page errors`).to.deep.equal([]);
      expect(report?.failure, `${zone}: page failure`).to.equal(undefined);
      reports.set(zone, report!);
    }
  });

  it('each page really ran in its zone', () => {
    // (Chromium's ICU still names Kolkata by its old name.)
    const aliases: Record<string, string> = { 'Asia/Calcutta': 'Asia/Kolkata' };
    for (const zone of ZONES) expect(aliases[reports.get(zone)!.zone] ?? reports.get(zone)!.zone).to.equal(zone);
    const offsets = ZONES.map((z) => reports.get(z)!.offsets.join('/'));
    expect(new Set(offsets).size, offsets.join(' ')).to.equal(ZONES.length);
    // Daylight saving: Los Angeles, Lord Howe and St John's change offset between January and July.
    for (const zone of ['America/Los_Angeles', 'Australia/Lord_Howe', 'America/St_Johns']) {
      const [jan, jul] = reports.get(zone)!.offsets;
      expect(jan, zone).to.not.equal(jul);
    }
  });

  it('dates are the dates written (the golden, in dates rather than pixels)', () => {
    const utc = reports.get('UTC')!;
    const bars = Object.fromEntries(utc.summary.bars.map((b) => [b.id, [b.start, b.end, b.x0, b.lastDay]]));
    expect(bars['us-dst']).to.deep.equal(['2026-03-08', '2026-03-08', '2026-03-08', '2026-03-08']);
    expect(bars['us-dst-end']).to.deep.equal(['2026-10-31', '2026-11-01', '2026-10-31', '2026-11-01']);
    expect(bars['eu-dst']).to.deep.equal(['2026-03-28', '2026-03-30', '2026-03-28', '2026-03-30']);
    expect(bars['eu-dst-end']).to.deep.equal(['2026-10-25', '2026-10-25', '2026-10-25', '2026-10-25']);
    expect(bars['lord-howe']).to.deep.equal(['2026-04-05', '2026-10-04', '2026-04-05', '2026-10-04']);
    expect(bars['year-edge']).to.deep.equal(['2025-12-31', '2026-01-01', '2025-12-31', '2026-01-01']);
    expect(bars['leap-free']).to.deep.equal(['2026-02-28', '2026-03-01', '2026-02-28', '2026-03-01']);
    expect(bars['month']!.slice(1)).to.deep.equal(['2026-03-31', bars['month']![2], '2026-03-31']);
    expect(bars['quarter']).to.deep.equal(['2026-01-01', '2026-03-31', '2026-01-01', '2026-03-31']);
    expect(bars['half']).to.deep.equal(['2026-07-01', '2026-12-31', '2026-07-01', '2026-12-31']);
    const milestones = Object.fromEntries(utc.summary.milestones.map((m) => [m.id, m.x]));
    expect(milestones).to.deep.equal({ 'm-us': '2026-03-08', 'm-eu': '2026-03-29', 'm-back': '2026-11-01', 'm-new-year': '2027-01-01' });
    expect(utc.summary.today).to.equal('2026-03-08');
  });

  for (const zone of ZONES.slice(1)) {
    it(`${zone}: the same layout, bar positions, text and import as UTC`, () => {
      const utc = reports.get('UTC')!;
      const here = reports.get(zone)!;
      expect(here.diagnostics).to.deep.equal(utc.diagnostics);
      expect(here.summary, 'dates of bars and milestones').to.deep.equal(utc.summary);
      expect(here.layout, 'layoutTimeline output').to.deep.equal(utc.layout);
      expect(here.importedSummary, 'the Markdown roadmap’s dates').to.deep.equal(utc.importedSummary);
      expect(here.imported, 'the imported model').to.deep.equal(utc.imported);
      expect(here.rendered.bars, 'rendered bars').to.deep.equal(utc.rendered.bars);
      expect(here.rendered.milestones, 'rendered milestones').to.deep.equal(utc.rendered.milestones);
      expect(here.rendered.ticks, 'axis labels').to.deep.equal(utc.rendered.ticks);
      expect(here.rendered.table, 'the data table').to.equal(utc.rendered.table);
      expect(here.rendered.visibleRange).to.deep.equal(utc.rendered.visibleRange);
      expect(here.rendered.card, 'the card (schedule as resolved, due dates)').to.equal(utc.rendered.card);
    });
  }

  it('the rendered timeline drew every dated bar', () => {
    const utc = reports.get('UTC')!;
    expect(utc.rendered.bars.length).to.be.at.least(10);
    expect(utc.rendered.milestones.length).to.equal(4);
    expect(utc.rendered.card).to.include('Initiative us-dst');
  });
});
