// First module of the strict page: records every CSP / Trusted Types violation from the start.
export interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
  line: number;
  /** The element it happened on, as `host > tag.class` (shadow hosts included). */
  where: string;
}
export const violations: Violation[] = [];
document.addEventListener('securitypolicyviolation', (e) => {
  violations.push({ directive: e.violatedDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile, line: e.lineNumber, where: describe(e) });
});

function describe(e: Event): string {
  const path = e.composedPath().filter((n): n is Element => n instanceof Element);
  const node = path[0];
  const host = path.find((n) => n.localName.includes('-'));
  if (!node) return '';
  const cls = node.getAttribute('class')?.trim().split(/\s+/).join('.') ?? '';
  return `${host && host !== node ? `${host.localName} > ` : ''}${node.localName}${cls ? `.${cls}` : ''}`;
}
