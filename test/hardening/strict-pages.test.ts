import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

interface PageResult {
  report?: {
    failure?: string;
    violations: Array<{ directive: string; blocked: string; sample: string; source: string; line: number; where: string }>;
    trustedTypesEnforced: boolean;
    inlineStyleBlocked: boolean;
    exported: Record<string, string>;
    htmlPng: string;
    rendered: Record<string, number | number[]>;
  };
  console: Array<{ type: string; text: string }>;
  errors: string[];
}

describe('strict pages: CSP and Trusted Types', function () {
  this.timeout(60_000);

  it("renders all five elements, and exports every view, under default-src 'self', style-src 'self' and Trusted Types with zero violations", async () => {
    const { report, console, errors } = await executeServerCommand<PageResult, unknown>('hardening-open-page', { url: '/test/hardening/csp/strict.html' });
    expect(errors, 'page errors').to.deep.equal([]);
    expect(report, 'the page reported').to.exist;
    expect(report!.failure, 'page script failure').to.equal(undefined);
    expect(report!.violations, 'securitypolicyviolation events').to.deep.equal([]);
    const marker = console.findIndex((m) => m.text === 'hardening: probes follow');
    expect(marker, 'the probe marker on the console').to.be.at.least(0);
    const beforeProbes = console.slice(0, marker);
    const refused = beforeProbes.filter((m) => /Content Security Policy|Trusted Type|Refused to/i.test(m.text));
    expect(refused, 'CSP messages on the console').to.deep.equal([]);
    // The policy is in force (so zero violations means something).
    expect(report!.trustedTypesEnforced, 'Trusted Types enforced').to.equal(true);
    expect(report!.inlineStyleBlocked, 'inline style attributes blocked').to.equal(true);
    // And everything drew, with its geometry applied.
    const r = report!.rendered;
    expect(r['bars']).to.be.above(0);
    expect(r['markdownBars']).to.be.above(0);
    expect(r['headerHeight']).to.be.above(20);
    expect((r['lanes'] as number[]).every((h) => h > 0)).to.equal(true);
    expect(r['cards']).to.equal(2);
    expect(r['risks']).to.be.above(0);
    expect(r['metrics']).to.be.above(0);
    expect(r['errorBox']).to.equal(1);
    expect(r['idle']).to.equal(1);
    // The export ran under the same policy, for every view that has one.
    expect(report!.exported).to.have.all.keys('timeline', 'card', 'risks', 'metrics');
    expect(report!.exported['timeline'], 'timeline').to.match(/^svg ok \d+, png image\/png [1-9]\d*$/);
    for (const view of ['card', 'risks', 'metrics']) expect(report!.exported[view], view).to.match(/^svg ok \d+$/);
    // The other views' PNG needs img-src data: (README); here it is refused with a reason, not a hang.
    expect(report!.htmlPng).to.match(/img-src data:/);
  });
});
