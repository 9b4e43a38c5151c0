import { expect, fixture, html } from '@open-wc/testing';
import { parseInline, plainInline, renderInline, safeHref } from '../../src/templates/inline-markdown.js';

async function rendered(text: string): Promise<HTMLElement> {
  return fixture(html`<p>${renderInline(text)}</p>`);
}

describe('parseInline', () => {
  it('reads bold, emphasis, code and links', () => {
    expect(parseInline('**Kubernetes Support**: Create *Helm* charts `helm install` [docs](https://example.com/a_(b))')).to.deep.equal([
      { type: 'strong', children: [{ type: 'text', text: 'Kubernetes Support' }] },
      { type: 'text', text: ': Create ' },
      { type: 'em', children: [{ type: 'text', text: 'Helm' }] },
      { type: 'text', text: ' charts ' },
      { type: 'code', text: 'helm install' },
      { type: 'text', text: ' ' },
      { type: 'link', href: 'https://example.com/a_(b)', external: true, children: [{ type: 'text', text: 'docs' }] },
    ]);
  });

  it('leaves snake_case, lone stars and unmatched markup as text', () => {
    expect(plainInline('Link `event_id` to external_tracing_systems')).to.equal('Link event_id to external_tracing_systems');
    expect(parseInline('2 * 3 * 4 and a_b_c')).to.deep.equal([{ type: 'text', text: '2 * 3 * 4 and a_b_c' }]);
    expect(parseInline('**not closed and [not a link]')).to.deep.equal([{ type: 'text', text: '**not closed and [not a link]' }]);
    expect(parseInline('\\*escaped\\*')).to.deep.equal([{ type: 'text', text: '*escaped*' }]);
  });

  it('nests emphasis inside bold and formatting inside link text', () => {
    expect(parseInline('**bold *em* bold**')).to.deep.equal([
      { type: 'strong', children: [{ type: 'text', text: 'bold ' }, { type: 'em', children: [{ type: 'text', text: 'em' }] }, { type: 'text', text: ' bold' }] },
    ]);
    expect(parseInline('[**SR-2024-001**](#sr)')).to.deep.equal([{ type: 'link', href: '#sr', external: false, children: [{ type: 'strong', children: [{ type: 'text', text: 'SR-2024-001' }] }] }]);
  });
});

describe('safeHref', () => {
  it('keeps http, https, mailto, relative paths and anchors', () => {
    expect(safeHref('https://example.com')).to.deep.equal({ href: 'https://example.com', external: true });
    expect(safeHref('http://example.com')?.external).to.equal(true);
    expect(safeHref('mailto:pm@example.com')).to.deep.equal({ href: 'mailto:pm@example.com', external: false });
    expect(safeHref('#objectives')).to.deep.equal({ href: '#objectives', external: false });
    expect(safeHref('/docs/roadmap')).to.deep.equal({ href: '/docs/roadmap', external: false });
    expect(safeHref('../roadmap.md')).to.deep.equal({ href: '../roadmap.md', external: false });
  });

  it('refuses every other scheme, however it is disguised', () => {
    for (const bad of ['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox', 'file:///etc/passwd', 'javascript\u0000:x', '']) {
      expect(safeHref(bad), JSON.stringify(bad)).to.equal(undefined);
    }
  });
});

describe('renderInline', () => {
  it('renders formatting as elements and safe links with rel noopener', async () => {
    const p = await rendered('**bold** *em* `code` [site](https://example.com) [anchor](#x)');
    expect(p.querySelector('strong')!.textContent).to.equal('bold');
    expect(p.querySelector('em')!.textContent).to.equal('em');
    expect(p.querySelector('code')!.textContent).to.equal('code');
    const [site, anchor] = [...p.querySelectorAll('a')];
    expect(site!.getAttribute('href')).to.equal('https://example.com');
    expect(site!.getAttribute('rel')).to.equal('noopener noreferrer');
    expect(site!.getAttribute('target')).to.equal('_blank');
    expect(anchor!.getAttribute('href')).to.equal('#x');
    expect(anchor!.hasAttribute('target')).to.equal(false);
  });

  it('shows a javascript: link as the text the author wrote, with no anchor', async () => {
    const p = await rendered('[click me](javascript:alert(document.cookie))');
    expect(p.querySelector('a')).to.equal(null);
    expect(p.textContent).to.equal('[click me](javascript:alert(document.cookie))');
  });

  it('shows HTML as text: no element is created and no handler runs', async () => {
    const w = window as unknown as { __pwned?: boolean };
    delete w.__pwned;
    const p = await rendered('<img src=x onerror="window.__pwned=true"> <script>window.__pwned=true</script> <b>bold?</b>');
    await new Promise((r) => requestAnimationFrame(r));
    expect(p.querySelector('img, script, b')).to.equal(null);
    expect(p.textContent).to.contain('<img src=x onerror="window.__pwned=true">');
    expect(w.__pwned).to.equal(undefined);
  });

  it('renders link text only when links are off', async () => {
    const p = await fixture<HTMLElement>(html`<p>${renderInline('see [docs](https://example.com)', { links: false })}</p>`);
    expect(p.querySelector('a')).to.equal(null);
    expect(p.textContent).to.equal('see docs');
  });

  it('keeps deeply nested or very long input safe and fast enough', async () => {
    const deep = '**'.repeat(50) + 'x' + '**'.repeat(50);
    expect(plainInline(deep)).to.contain('x');
    const long = '*a '.repeat(2000);
    expect(plainInline(long).length).to.be.greaterThan(1000);
  });
});
