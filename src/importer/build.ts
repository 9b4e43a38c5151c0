/**
 * Walk the heading outline and build the model: each heading gets a role (period, initiative,
 * goals, metrics, risks, …) from its words and place, and a builder for that role consumes its
 * blocks. What no builder takes is kept in `sections`.
 */
import type { List, Paragraph, Table } from 'mdast';
import type { Initiative, Milestone, Period, Section, Statement, Theme } from '../model/schema.js';
import { Claim, type ImportContext, slugify } from './context.js';
import { type Block, endLine, type Outline, itemMarkdown, itemOwnEnd, nestedLists, paragraphLines, plain, readLabel, readTable, slice, startLine } from './markdown.js';
import { readMeta } from './meta.js';
import {
  buildAllocations, buildCadences, buildDependencySentence, buildGoals, buildMetrics, buildNotes, buildPriorities, buildRisks, buildTable, buildThemes, riskFromInitiative,
} from './sections.js';
import {
  type BodyHooks, type Scope, addChecklist, applyField, makeItem, readInitiativeBody, readMilestoneBullet, splitIcon, splitStatusEmoji, statusFromWords,
} from './work.js';

export type Role =
  | 'toc' | 'summary' | 'conclusion' | 'statement' | 'current-state' | 'themes' | 'goals' | 'metrics' | 'risks' | 'dependencies' | 'priorities'
  | 'resources' | 'cadence' | 'notes' | 'releases' | 'status-group' | 'category' | 'container' | 'product' | 'period' | 'initiative' | 'unknown';

const ROLE_PATTERNS: Array<[RegExp, Role]> = [
  [/^(?:table of contents|contents|toc|index)$/i, 'toc'],
  [/^(?:executive summary|summary|overview|tl;?dr|introduction|intro|background|context|about(?: this (?:roadmap|document))?)$/i, 'summary'],
  [/^(?:conclusion|conclusions|closing(?: thoughts)?|final thoughts|wrap[- ]up)$/i, 'conclusion'],
  [/^(?:mission|vision|mission (?:and|&) vision|purpose|north star|strategy|product vision|principles)$/i, 'statement'],
  [/^(?:current state|where we are|status quo|today|current status)\b/i, 'current-state'],
  [/^(?:year[- ]end goals?|success metrics|metrics|kpis?|key metrics|key results|success criteria|measures of success|measuring success|okr metrics|.+ metrics|targets)$/i, 'metrics'],
  [/^(?:strategic themes?|themes?|investment themes?|focus areas|pillars|strategic pillars)(?: for \d{4})?$/i, 'themes'],
  [/^(?:strategic goals?|goals?|objectives?|okrs?|key objectives|(?:\d{4}|business|product|company|annual) (?:goals|objectives)|goals (?:and|&) objectives)$/i, 'goals'],
  [/\brisks?\b|\brisk register\b/i, 'risks'],
  [/\bdependenc(?:y|ies)\b/i, 'dependencies'],
  [/^(?:prioriti[sz]ation(?: framework)?|priorities|business priorities|priority (?:framework|matrix|levels)|moscow)$/i, 'priorities'],
  [/^(?:resource(?:s| allocation| requirements| plan)?|resourcing|staffing|headcount|budget(?: allocation)?|team allocation|capacity(?: plan)?|investment)$/i, 'resources'],
  [/^(?:communication(?: plan)?|communications|(?:review|update|meeting|planning|release)? ?cadences?|reviews?(?: (?:and|&) updates?)?(?: cadence| process| schedule)?|review and update cadence|meetings|rituals|stakeholder updates)$/i, 'cadence'],
  [/^(?:notes?|remarks|appendix|faq|open questions|out of scope|non-goals|glossary|references)$/i, 'notes'],
  [/^(?:releases?|milestones?|release (?:plan|schedule|timeline)|key dates|release train)$/i, 'releases'],
  [/^(?:(?:major|key|core|main|other|top|planned|upcoming|strategic) )?(?:initiatives|features|epics|projects|workstreams|deliverables|work items|bets|capabilities)$/i, 'category'],
  [/^(?:(?:quarterly|product|release|delivery|technical|high[- ]level|detailed) )?(?:roadmap|timeline|plan|schedule|roadmap details|horizons)$/i, 'container'],
];

/** Where a heading names time: "Q1 2025 (January - March)", "Horizon 1: … (Next 3 Months)", "Now". */
export function readPeriodHeading(ctx: ImportContext, textInput: string): { period: Omit<Period, 'id' | 'order'>; timeText: string } | undefined {
  const { icon, rest: text } = splitIcon(textInput);
  const withIcon = <T extends object>(p: T) => (icon ? { ...p, icon } : p);
  let m = /^(Q[1-4]\s*['’]?\s*(?:FY\s*)?\d{2,4}|(?:FY\s*)?\d{4}\s*[-/ ]?\s*Q[1-4]|[12]H\s*\d{2,4}|H[12]\s*(?:FY\s*)?\d{2,4}|\d{4}\s*[- ]?\s*H[12]|FY\s*\d{2,4}|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}(?:\s*[-–—]\s*(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4})?|\d{4})(\s*\([^()]*\))?(?:\s*(?::|[-–—]|\|)\s*(.*))?$/i.exec(text);
  if (m) {
    let timeText = m[1]!;
    let name = m[3]?.trim() || undefined;
    const paren = m[2]?.trim();
    let spec = ctx.time(paren ? `${timeText} ${paren}` : timeText);
    // The time without the parenthesis (read once: reading a time has no side effects).
    const bare = paren && spec && !spec.focus ? ctx.time(timeText) : undefined;
    if (paren && spec && !spec.focus && spec.start === bare?.start && spec.end === bare?.end && !/^\((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i.test(paren)) {
      // "(MVP)" is part of the name, not of the time.
      name = name ? `${name} ${paren}` : paren.replace(/^\(|\)$/g, '');
      spec = bare;
    } else if (paren) timeText = `${timeText} ${paren}`;
    if (!spec) return undefined;
    const kind: Period['kind'] = spec.precision === 'quarter' ? 'quarter' : spec.precision === 'half' ? 'half' : spec.precision === 'year' ? 'year' : spec.precision === 'month' ? 'month' : 'custom';
    const shortLabel = m[1]!.trim();
    return { period: withIcon({ label: text, shortLabel, ...(name ? { name } : {}), kind, time: { ...spec, raw: timeText } }), timeText };
  }
  m = /^(horizon|phase|stage|wave|milestone|sprint)\s*(\d+)\s*(?::|[-–—])?\s*(.*?)\s*(?:\(([^()]*)\))?$/i.exec(text);
  if (m && /^(horizon|phase|stage|wave)$/i.test(m[1]!)) {
    const n = Number(m[2]);
    const rel = m[4] ? ctx.time(m[4]) : undefined;
    const time = rel ? { ...rel, ordinal: n } : { raw: `${m[1]} ${m[2]}`, kind: 'ordinal' as const, ordinal: n };
    const name = m[3]?.trim();
    return { period: withIcon({ label: text, shortLabel: `${m[1]} ${m[2]}`, ...(name ? { name } : {}), kind: 'horizon', time }), timeText: m[4] ?? `${m[1]} ${m[2]}` };
  }
  m = /^(now|next|later|soon|future|someday|backlog|up next|this quarter|next quarter)\b\s*(?:(?::|[-–—])\s*(.*?))?\s*(?:\(([^()]*)\))?$/i.exec(text);
  if (m) {
    const word = m[1]!.toLowerCase();
    const ordinal = /^(now|this quarter)$/.test(word) ? 1 : /^(next|soon|up next|next quarter)$/.test(word) ? 2 : 3;
    const rel = m[3] ? ctx.time(m[3]) : /quarter/.test(word) ? ctx.time(word) : undefined;
    const time = rel && rel.kind === 'relative' ? { ...rel, ordinal } : { raw: m[1]!, kind: 'ordinal' as const, ordinal };
    const name = m[2]?.trim();
    return { period: withIcon({ label: text, shortLabel: m[1]!, ...(name ? { name } : {}), kind: 'horizon', time }), timeText: m[3] ?? m[1]! };
  }
  const whole = /^(.*?)\s*\(([^()]+)\)$/.exec(text);
  const rel = ctx.time(text) ?? (whole ? ctx.time(whole[2]!) : undefined);
  if (rel && rel.kind === 'relative') {
    return { period: withIcon({ label: text, shortLabel: whole ? whole[2]! : text, ...(whole && whole[1] ? { name: whole[1] } : {}), kind: 'horizon', time: rel }), timeText: whole ? whole[2]! : text };
  }
  return undefined;
}

export class Builder {
  private periodOrder = 0;
  private readonly sectionsById = new Map<Outline, Section>();
  /** Milestones by version, the first of each. */
  private readonly milestonesByVersion = new Map<string, Milestone>();
  /** Synthetic initiatives holding status-grouped items, one per period. */
  private readonly statusHolders = new Map<string, Initiative>();
  /** The period `classify` read from the heading it last called a period, for `period` to use. */
  private periodRead?: { section: Outline; read: NonNullable<ReturnType<typeof readPeriodHeading>> };
  readonly hooks: BodyHooks;

  constructor(readonly ctx: ImportContext) {
    this.hooks = {
      dependency: (init, text, line, type) => buildDependencySentence(ctx, text, line, { from: init, ...(type ? { type } : {}) }),
      risk: (init, text, line) => riskFromInitiative(ctx, init, text, line),
      preserve: (block) => this.preserveBlock(undefined, block),
    };
  }

  // ───── entry ─────

  build(tree: Outline): void {
    const ctx = this.ctx;
    const h1s = tree.children.filter((c) => c.depth === 1);
    const titleSection = tree.children[0]?.depth === 1 ? tree.children[0] : h1s.length === 1 && tree.blocks.every((b) => b.type === 'html' || b.type === 'thematicBreak' || b.type === 'paragraph' || b.type === 'list') ? undefined : undefined;
    this.readBlocksAsMeta(tree, { periodOnly: false });
    if (titleSection) {
      this.readTitle(titleSection);
      this.readBlocksAsMeta(titleSection, { periodOnly: false });
      for (const child of titleSection.children) this.walk(child, {});
      for (const other of tree.children.slice(1)) this.walk(other, {});
    } else {
      for (const child of tree.children) this.walk(child, {});
    }
  }

  private readTitle(section: Outline): void {
    const ctx = this.ctx;
    const { rest } = splitIcon(section.text);
    ctx.roadmap.meta.title = rest || section.text || ctx.roadmap.meta.title;
    ctx.roadmap.meta.source = { ...(ctx.file ? { file: ctx.file } : {}), line: 1, endLine: Math.max(1, ctx.lines.length) };
    ctx.claim(section.line, section.line, Claim.Mapped);
    const ofProduct = /^(.*?\broadmap)\s*[:–—-]\s*(.+)$/i.exec(rest) ?? /^(.+?)\s+(?:product\s+)?roadmap$/i.exec(rest);
    const time = /^(Q[1-4]\s*\d{4}|H[12]\s*\d{4}|\d{4})\b/i.exec(rest) ?? /\b(Q[1-4]\s*\d{4}|H[12]\s*\d{4}|(?:FY\s*)?\d{4})$/i.exec(rest.replace(/\s*\(.*\)$/, ''));
    if (time) {
      const spec = ctx.time(time[1]!);
      if (spec?.start) {
        ctx.roadmap.meta.coverage = spec;
        ctx.documentYear = Number(spec.start.slice(0, 4));
      }
    }
    if (ofProduct && !time) {
      const name = (/roadmap$/i.test(ofProduct[1]!) && ofProduct[2] ? ofProduct[2] : ofProduct[1]!).trim();
      if (name && !/^(?:the|our|product|company|team|engineering|technical|annual|quarterly)$/i.test(name)) {
        ctx.roadmap.products.push({ id: ctx.id(name, 'product'), name, source: ctx.src(section.line) });
      }
    }
  }

  /** Metadata lines ("**Author:** …", "- Last updated: …") and statements among a section's own blocks. */
  private readBlocksAsMeta(section: Outline, _opts: { periodOnly: boolean }): void {
    for (const block of section.blocks) {
      if (this.tryMetaBlock(block)) continue;
      if (block.type === 'thematicBreak') {
        this.ctx.claimNode(block, Claim.Structural);
        continue;
      }
      if (block.type === 'paragraph' && section.depth <= 1) {
        const lines = paragraphLines(block, this.ctx.lines);
        const first = lines[0] ? readLabel(lines[0].text) : undefined;
        if (first && lines.length === 1) {
          const kind = statementKind(first.label);
          if (kind) {
            this.statement(kind, first.value, startLine(block), endLine(block), first.label);
            continue;
          }
        }
        this.statement(section.depth === 0 ? 'summary' : 'summary', plain(slice(block, this.ctx.source)), startLine(block), endLine(block));
        continue;
      }
      if (block.type === 'html' && /^\s*<!--[\s\S]*-->\s*$/.test(block.value)) {
        this.ctx.claimNode(block, Claim.Structural);
        continue;
      }
      this.preserveBlock(section, block);
    }
  }

  /** A paragraph or list made only of metadata labels. */
  private tryMetaBlock(block: Block): boolean {
    const ctx = this.ctx;
    if (block.type === 'paragraph') {
      const lines = paragraphLines(block, ctx.lines);
      const meta = (l: { text: string; line: number }, dry: boolean) => readMeta(ctx, l.text, l.line, dry) || readMeta(ctx, plain(l.text), l.line, dry, true);
      if (!lines.length || !lines.every((l) => meta(l, true))) return false;
      for (const l of lines) meta(l, false);
      ctx.claimNode(block);
      return true;
    }
    if (block.type === 'list') {
      const items = block.children.map((li) => ({ md: itemMarkdown(li, ctx.source), line: startLine(li), end: itemOwnEnd(li), nested: nestedLists(li).length }));
      if (!items.length || items.some((i) => i.nested || !readMeta(ctx, i.md, i.line, true, true))) return false;
      for (const i of items) {
        readMeta(ctx, i.md, i.line, false, true);
        ctx.claim(i.line, i.end, Claim.Mapped);
      }
      ctx.report('info', 'structure.metadata-in-list', 'document metadata written as a list; read into meta', startLine(block));
      return true;
    }
    return false;
  }

  statement(kind: Statement['kind'], text: string, line: number, end: number, label?: string): Statement {
    const s: Statement = { id: this.ctx.id(`${kind}`, 'statement'), kind, text, source: this.ctx.src(line, end) };
    if (label) s.label = label;
    this.ctx.roadmap.statements.push(s);
    this.ctx.claim(line, end, Claim.Mapped);
    return s;
  }

  // ───── roles ─────

  classify(section: Outline, scope: Scope): Role {
    const { rest } = splitIcon(section.text);
    const text = rest.replace(/^\d+[.)]\s+/, '').trim();
    if (scope.periodId || scope.category !== undefined || scope.productId) {
      if (statusFromWords(splitStatusEmoji(text).rest) && !section.children.length) return 'status-group';
      if (/^(?:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*-\d+|#\d+)\s*[:–—-]\s*\S/.test(text) || /^\d+[.)]\s+\S/.test(rest)) return 'initiative';
    }
    for (const [re, role] of ROLE_PATTERNS) {
      if (re.test(text)) {
        if (role === 'risks' && scope.periodId) return 'risks';
        if (role === 'category' && /^features$/i.test(text) && scope.category !== undefined) return 'initiative';
        return role;
      }
    }
    const read = readPeriodHeading(this.ctx, section.text);
    if (read) {
      this.periodRead = { section, read };
      return 'period';
    }
    if (/^(?:[A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*-\d+|#\d+)\s*[:–—-]\s*\S/.test(text) || /^\d+[.)]\s+\S/.test(rest)) return 'initiative';
    const product = /^(.+?)\s+(?:initiatives|roadmap|features|projects|epics|workstreams)$/i.exec(text);
    if (product && !scope.periodId) return 'product';
    if (scope.periodId || scope.productId || scope.category !== undefined) return 'initiative';
    if (this.looksLikeWork(section)) return 'category';
    if (statusFromWords(splitStatusEmoji(text).rest)) return 'status-group';
    return 'unknown';
  }

  /** A heading whose sub-headings hold task lists or labelled work. */
  private looksLikeWork(section: Outline): boolean {
    const hasTasks = (s: Outline): boolean => s.blocks.some((b) => b.type === 'list' && b.children.some((li) => li.checked != null));
    return hasTasks(section) || (section.children.length > 0 && section.children.every((c) => hasTasks(c) || this.hasFields(c)));
  }

  private hasFields(section: Outline): boolean {
    return section.blocks.some((b) => (b.type === 'paragraph' || b.type === 'list') && /\*\*(?:owner|goal|status|target|features|acceptance criteria|success metrics|due|eta)\*\*\s*:|\*\*(?:owner|goal|status|target|features|due|eta):\*\*/i.test(slice(b, this.ctx.source)));
  }

  walk(section: Outline, scope: Scope): void {
    const ctx = this.ctx;
    const role = this.classify(section, scope);
    const line = section.line;
    switch (role) {
      case 'period':
        return this.period(section, scope);
      case 'initiative':
        return this.initiative(section, scope);
      case 'status-group':
        return this.statusGroup(section, scope);
      case 'category': {
        ctx.claim(line, line, Claim.Mapped);
        const category = splitIcon(section.text).rest;
        const inner: Scope = { ...scope, category };
        this.workBlocks(section, inner);
        for (const child of section.children) this.walk(child, inner);
        return;
      }
      case 'container': {
        this.structuralHeading(section);
        this.readBlocksAsMeta(section, { periodOnly: false });
        for (const child of section.children) this.walk(child, scope);
        return;
      }
      case 'product': {
        const name = /^(.+?)\s+(?:initiatives|roadmap|features|projects|epics|workstreams)$/i.exec(splitIcon(section.text).rest)![1]!.trim();
        const product = ctx.roadmap.products.find((p) => p.name.toLowerCase() === name.toLowerCase()) ?? { id: ctx.id(name, 'product'), name, source: ctx.src(line) };
        if (!ctx.roadmap.products.includes(product)) ctx.roadmap.products.push(product);
        ctx.claim(line, line, Claim.Mapped);
        const inner: Scope = { ...scope, productId: product.id };
        this.workBlocks(section, inner);
        for (const child of section.children) this.walk(child, inner);
        return;
      }
      case 'themes':
        return buildThemes(ctx, section, scope, this);
      case 'goals':
        return buildGoals(ctx, section, scope, this);
      case 'metrics':
        return buildMetrics(ctx, section, scope, this);
      case 'risks':
        return buildRisks(ctx, section, scope, this);
      case 'dependencies':
        return this.simpleList(section, (text, l) => buildDependencySentence(ctx, text, l, {}));
      case 'priorities':
        return buildPriorities(ctx, section, scope, this);
      case 'resources':
        return buildAllocations(ctx, section, scope, this);
      case 'cadence':
        return buildCadences(ctx, section, scope, this);
      case 'notes':
        return buildNotes(ctx, section, scope, this);
      case 'releases': {
        ctx.claim(line, line, Claim.Structural);
        this.workBlocks(section, scope);
        for (const child of section.children) this.walk(child, scope);
        this.keepHeadingText(section);
        return;
      }
      case 'toc': {
        this.preserveSection(section, 'toc', true);
        ctx.report('info', 'structure.toc', 'table of contents kept as a hidden section', line);
        return;
      }
      case 'summary':
      case 'conclusion':
      case 'statement':
      case 'current-state':
        return this.statementSection(section, role, scope);
      default: {
        this.preserveSection(section, 'unknown', false);
        ctx.report('info', 'structure.unknown-heading', `"${section.text}" is not a heading this importer understands; its content is kept as a section`, line);
        for (const child of section.children) this.walk(child, scope);
      }
    }
  }

  // ───── periods ─────

  private period(section: Outline, scope: Scope): void {
    const ctx = this.ctx;
    // What `classify` read (the same: nothing between the two changes what a heading reads as).
    const read = this.periodRead?.section === section ? this.periodRead.read : readPeriodHeading(ctx, section.text)!;
    this.periodRead = undefined;
    const p = read.period;
    const id = ctx.id(p.shortLabel ?? p.label, 'period');
    // Keys in the model's order (source second), so that validation keeps the object.
    const period: Period = { id, source: ctx.src(section.line), ...p, order: ++this.periodOrder } as Period;
    ctx.roadmap.periods.push(period);
    ctx.claim(section.line, section.line, Claim.Mapped);
    if (period.time.focus) ctx.report('info', 'date.focus', `"${period.label}" names ${period.time.focus.raw} as the part of ${period.shortLabel} that remains`, section.line, { entityId: id });
    if (period.time.kind === 'relative' && !period.time.start) {
      ctx.report('warning', 'date.relative-unanchored', `"${period.time.raw}" is relative and the roadmap has no date; it stays relative (Now/Next/Later order) until an as-of date is given`, section.line, { entityId: id });
    }
    if (period.time.confidence === 0.5 && period.time.candidates?.length) ctx.report('warning', 'date.label-range-mismatch', `the months in "${period.label}" differ from the quarter; the written months are used`, section.line, { entityId: id });
    const year = period.time.start ? Number(period.time.start.slice(0, 4)) : scope.year;
    const inner: Scope = { ...scope, periodId: id, ...(year ? { year } : {}), themeIds: [], goalIds: [] };
    this.periodBlocks(section, period, inner);
    for (const child of section.children) this.walk(child, inner);
  }

  /** Period-level blocks: "**Theme:**", "**Goal:**" lines, item bullets, tables. */
  private periodBlocks(section: Outline, period: Period, scope: Scope): void {
    const ctx = this.ctx;
    for (const block of section.blocks) {
      if (block.type === 'paragraph') {
        const lines = paragraphLines(block, ctx.lines);
        const free: string[] = [];
        for (const { line, text } of lines) {
          const lab = readLabel(text);
          if (lab && /^(?:theme|themes)$/i.test(lab.label) && lab.value) {
            const name = lab.value.replace(/^["“'](.*)["”']$/, '$1');
            const theme: Theme = { id: ctx.id(name, 'theme'), name, periodIds: [period.id], source: ctx.src(line) };
            ctx.roadmap.themes.push(theme);
            scope.themeIds!.push(theme.id);
            ctx.claim(line, line, Claim.Mapped);
          } else if (lab && /^(?:goal|goals|objective|objectives|focus|outcome|mission)$/i.test(lab.label) && lab.value) {
            const goal = { id: ctx.id(`${period.id}-goal`, 'goal'), statement: lab.value, kind: 'period-goal' as const, periodIds: [period.id], source: ctx.src(line) };
            ctx.roadmap.goals.push(goal);
            scope.goalIds!.push(goal.id);
            ctx.claim(line, line, Claim.Mapped);
          } else if (lab && /^(?:dates?|timeline|timeframe|window)$/i.test(lab.label)) {
            period.description = period.description ? `${period.description} ${text}` : plain(text);
            ctx.claim(line, line, Claim.Mapped);
          } else if (readMetaLineOk(ctx, text, line)) {
            ctx.claim(line, line, Claim.Mapped);
          } else free.push(plain(text));
        }
        if (free.length) {
          const text = free.join(' ');
          period.description = period.description ? `${period.description} ${text}` : text;
          ctx.claimNode(block);
        }
      } else if (block.type === 'list') {
        this.itemList(block, scope);
      } else if (block.type === 'table') {
        buildTable(ctx, block, scope, this);
      } else if (block.type === 'thematicBreak') {
        ctx.claimNode(block, Claim.Structural);
      } else this.preserveBlock(section, block);
    }
  }

  /** Bullets directly under a period or category: one item (or milestone) each. */
  itemList(list: List, scope: Scope): void {
    const ctx = this.ctx;
    for (const li of list.children) {
      const md = itemMarkdown(li, ctx.source);
      const line = startLine(li);
      const end = itemOwnEnd(li);
      const milestones = li.checked == null ? readMilestoneBullet(ctx, plain(md), line, scope) : undefined;
      if (milestones) {
        for (const m of milestones) this.addMilestone(m);
        if (milestones.length > 1) ctx.report('info', 'structure.milestone-split', `one bullet names ${milestones.length} releases: ${milestones.map((m) => m.title).join(', ')}`, line);
        ctx.claim(line, end, Claim.Mapped);
        for (const sub of nestedLists(li)) this.itemList(sub, scope);
        continue;
      }
      const item = makeItem(ctx, md, li.checked, line, end, scope);
      ctx.roadmap.initiatives.push(item);
      ctx.claim(line, end, Claim.Mapped);
      for (const sub of nestedLists(li)) {
        addChecklist(ctx, item, sub);
        item.source = ctx.src(line, endLine(sub));
      }
      deriveProgress(item);
    }
  }

  addMilestone(m: NonNullable<ReturnType<typeof readMilestoneBullet>>[number]): void {
    const ctx = this.ctx;
    const same = m.version ? this.milestonesByVersion.get(m.version) : undefined;
    if (same) {
      same.source = { ...same.source!, derivation: 'merged', alsoAt: [...(same.source?.alsoAt ?? []), { line: m.source!.line }] };
      ctx.report('info', 'dup.merged', `${m.title} is also named on line ${same.source.line}; merged`, m.source!.line, { entityId: same.id });
      return;
    }
    ctx.roadmap.milestones.push(m);
    if (m.version && !this.milestonesByVersion.has(m.version)) this.milestonesByVersion.set(m.version, m);
    const period = ctx.roadmap.periods.find((p) => p.id === m.periodId);
    const window = period?.time.focus ?? period?.time;
    if (window?.start && window.end && m.date.start && (m.date.start < window.start || m.date.start > window.end)) {
      ctx.report('warning', 'date.outside-period', `${m.title} (${m.date.start}) falls outside ${period!.label}`, m.source!.line, { entityId: m.id });
    }
  }

  /** Blocks of a category/product heading: bullets are items, paragraphs describe. */
  private workBlocks(section: Outline, scope: Scope): void {
    const ctx = this.ctx;
    for (const block of section.blocks) {
      if (block.type === 'list') {
        if (block.children.some((li) => li.checked != null) && scope.category !== undefined && !scope.periodId) this.bundle(section, scope, [block]);
        else this.itemList(block, scope);
      } else if (block.type === 'table') buildTable(ctx, block, scope, this);
      else if (block.type === 'thematicBreak') ctx.claimNode(block, Claim.Structural);
      else if (block.type === 'paragraph' && this.tryMetaBlock(block)) continue;
      else this.preserveBlock(section, block);
    }
  }

  // ───── initiatives ─────

  private initiative(section: Outline, scope: Scope): void {
    const ctx = this.ctx;
    const { icon, rest } = splitIcon(section.text);
    let title = rest;
    let key: string | undefined;
    let ordinal: number | undefined;
    const keyed = /^([A-Z][A-Z0-9]+(?:-[A-Z0-9]+)*-\d+|#\d+)\s*[:–—-]\s*(.+)$/.exec(title);
    if (keyed) {
      key = keyed[1]!;
      title = keyed[2]!.trim();
    }
    const numbered = /^(\d+)[.)]\s+(.+)$/.exec(title);
    if (numbered) {
      ordinal = Number(numbered[1]);
      title = numbered[2]!.trim();
    }
    const { status: emojiStatus, rest: titleRest } = splitStatusEmoji(title);
    title = titleRest || title;
    const content = section.blocks.filter((b) => b.type !== 'thematicBreak');
    // Labelled fields are looked for last: a keyed or numbered heading is an initiative whatever its blocks hold.
    const hasFields = () => this.hasFields(section) || section.blocks.some((b) => b.type === 'paragraph' && paragraphLines(b, ctx.lines).some((l) => readLabel(l.text)));
    const onlyLists = content.length > 0 && content.every((b) => b.type === 'list') && !section.children.length && !key && ordinal === undefined && !hasFields();
    if (onlyLists && (scope.periodId || scope.category !== undefined)) return this.bundle(section, scope, content as List[]);
    if (!section.blocks.length && !section.children.length && !key && ordinal === undefined && !scope.periodId) {
      this.preserveSection(section, 'unknown', false);
      return;
    }
    const init: Initiative = { id: key ? ctx.id(key, 'initiative') : ctx.id(title, 'initiative', scope.periodId), title, kind: 'initiative' };
    if (key) init.key = key;
    if (ordinal !== undefined) init.ordinal = ordinal;
    if (scope.category) init.category = scope.category;
    if (scope.productId) init.productId = scope.productId;
    if (scope.periodId) init.schedule = { periodIds: [scope.periodId] };
    if (scope.themeIds?.length) init.themeIds = [...scope.themeIds];
    if (scope.goalIds?.length) init.goalIds = [...scope.goalIds];
    if (emojiStatus) init.status = emojiStatus;
    if (icon) init.tags = [icon];
    ctx.roadmap.initiatives.push(init);
    ctx.claim(section.line, section.line, Claim.Mapped);
    readInitiativeBody(ctx, init, section.blocks, scope, this.hooks);
    for (const child of section.children) this.initiativeChild(init, child, scope);
    init.source = ctx.src(section.line, sectionEnd(section));
    if (init.source.endLine === undefined) init.source.raw = ctx.lineText(section.line);
    deriveProgress(init);
  }

  /** "#### Features" under an initiative: a labelled block. */
  private initiativeChild(init: Initiative, child: Outline, scope: Scope): void {
    const ctx = this.ctx;
    const label = splitIcon(child.text).rest;
    const list = child.blocks.find((b): b is List => b.type === 'list');
    const paragraphs = child.blocks.filter((b): b is Paragraph => b.type === 'paragraph');
    const value = list ? '' : paragraphs.map((p) => plain(slice(p, ctx.source))).join(' ');
    applyField(ctx, init, label, value, value, child.line, list, scope, this.hooks);
    ctx.claim(child.line, child.line, Claim.Mapped);
    for (const b of child.blocks) {
      if (b === list || (!list && b.type === 'paragraph')) ctx.claimNode(b);
      else if (b.type === 'list') addChecklist(ctx, init, b);
      else if (b.type === 'paragraph') {
        (init.notes ??= []).push({ kind: 'note', label, text: plain(slice(b, ctx.source)), source: ctx.nodeSrc(b) });
        ctx.claimNode(b);
      } else this.preserveBlock(child, b);
    }
    for (const grand of child.children) this.initiativeChild(init, grand, scope);
  }

  /** A category heading with plain bullets ("Technical Debt & Infrastructure"): one bundle. */
  private bundle(section: Outline, scope: Scope, lists: List[]): void {
    const ctx = this.ctx;
    const title = splitIcon(section.text).rest;
    const init: Initiative = { id: ctx.id(title, 'bundle', scope.periodId), title, kind: 'bundle', category: scope.category && scope.category !== title ? scope.category : title };
    if (scope.productId) init.productId = scope.productId;
    if (scope.periodId) init.schedule = { periodIds: [scope.periodId] };
    if (scope.themeIds?.length) init.themeIds = [...scope.themeIds];
    ctx.roadmap.initiatives.push(init);
    ctx.claim(section.line, section.line, Claim.Mapped);
    for (const list of lists) addChecklist(ctx, init, list);
    for (const block of section.blocks) {
      if (lists.includes(block as List)) continue;
      if (block.type === 'paragraph') {
        init.description = plain(slice(block, ctx.source));
        ctx.claimNode(block);
      } else this.preserveBlock(section, block);
    }
    init.source = ctx.src(section.line, sectionEnd(section));
    deriveProgress(init);
    ctx.report('info', 'structure.bundle', `the bullets under "${title}" became one bundle initiative with ${init.checklist?.length ?? 0} items`, section.line, { entityId: init.id });
    if (!scope.periodId) ctx.report('info', 'schedule.unscheduled', `"${title}" has no period or date; it is unscheduled`, section.line, { entityId: init.id });
  }

  /** "### ✅ Completed" under a period: items of one synthetic initiative, with that status. */
  private statusGroup(section: Outline, scope: Scope): void {
    const ctx = this.ctx;
    const { icon, rest } = splitStatusEmoji(splitIcon(section.text).rest === section.text ? section.text : section.text);
    const label = (icon ? rest : splitIcon(section.text).rest).trim();
    const status = statusFromWords(label) ?? 'unknown';
    const holderKey = scope.periodId ?? scope.category ?? '';
    let holder = this.statusHolders.get(holderKey);
    if (!holder) {
      const period = ctx.roadmap.periods.find((p) => p.id === scope.periodId);
      const title = period?.name ?? scope.category ?? (period ? `${period.shortLabel ?? period.label} work` : 'Work items');
      holder = { id: ctx.id(title, 'work', scope.periodId), title, kind: 'synthetic' };
      if (scope.periodId) holder.schedule = { periodIds: [scope.periodId] };
      if (scope.productId) holder.productId = scope.productId;
      if (scope.themeIds?.length) holder.themeIds = [...scope.themeIds];
      holder.source = ctx.src(section.line, sectionEnd(section), 'synthetic');
      ctx.roadmap.initiatives.push(holder);
      this.statusHolders.set(holderKey, holder);
      ctx.report('info', 'structure.synthetic-initiative', `items grouped by status under ${period?.label ?? 'this heading'} were gathered into one initiative, "${title}"`, section.line, { entityId: holder.id });
    } else {
      holder.source = { ...ctx.src(holder.source!.line, sectionEnd(section)), derivation: 'synthetic' };
    }
    ctx.claim(section.line, section.line, Claim.Mapped);
    for (const block of section.blocks) {
      if (block.type === 'list') addChecklist(ctx, holder, block, { group: label, status });
      else if (block.type === 'thematicBreak') ctx.claimNode(block, Claim.Structural);
      else this.preserveBlock(section, block);
    }
    ctx.report('info', 'status.from-heading', `items under "${label}" have status ${status}${icon ? ` (the ${icon} agrees)` : ''}`, section.line, { entityId: holder.id });
    delete holder.status;
    deriveProgress(holder);
    for (const child of section.children) this.walk(child, scope);
  }

  // ───── statements and preserved content ─────

  private statementSection(section: Outline, role: Role, scope: Scope): void {
    const ctx = this.ctx;
    const text = splitIcon(section.text).rest;
    const kind: Statement['kind'] = role === 'summary' ? 'summary' : role === 'conclusion' ? 'conclusion' : role === 'current-state' ? 'current-state' : statementKind(text) ?? 'note';
    const colon = /^[^:]+:\s*(.+)$/.exec(text);
    ctx.claim(section.line, section.line, Claim.Mapped);
    const paragraphs: string[] = [];
    let first = 0;
    let last = 0;
    for (const block of section.blocks) {
      if (this.tryMetaBlock(block)) continue;
      if (block.type === 'paragraph') {
        paragraphs.push(plain(slice(block, ctx.source)));
        first ||= startLine(block);
        last = endLine(block);
        ctx.claimNode(block);
      } else if (block.type === 'thematicBreak') ctx.claimNode(block, Claim.Structural);
      else if (block.type === 'list' && role !== 'summary') {
        for (const li of block.children) this.statement(kind, plain(itemMarkdown(li, ctx.source)), startLine(li), endLine(li), text);
      } else this.preserveBlock(section, block);
    }
    if (paragraphs.length) {
      const s = this.statement(kind, paragraphs.join('\n\n'), first, last, text);
      s.source = ctx.src(first, last);
    } else if (colon && role === 'current-state') {
      this.statement(kind, colon[1]!, section.line, section.line, text);
    }
    if (role === 'current-state' && colon) {
      const title = colon[1]!.trim();
      const status = /complete|done|shipped|launched|live|released/i.test(title) ? 'done' : undefined;
      ctx.roadmap.milestones.push({
        id: ctx.id(title, 'milestone'), title, kind: 'state', date: { raw: text, kind: 'unknown' }, ...(status ? { status } : {}), source: ctx.src(section.line),
      });
    }
    for (const child of section.children) this.walk(child, scope);
  }

  private structuralHeading(section: Outline): void {
    this.ctx.claim(section.line, section.line, Claim.Structural);
    this.keepHeadingText(section);
  }

  /** A grouping heading keeps its words as an empty hidden section, so nothing is lost. */
  private keepHeadingText(section: Outline): void {
    if (this.sectionsById.has(section)) return;
    const s = this.sectionFor(section, 'unknown');
    s.hidden = true;
  }

  private sectionFor(section: Outline | undefined, role: NonNullable<Section['role']>): Section {
    const ctx = this.ctx;
    const key = section ?? ({} as Outline);
    let s = section ? this.sectionsById.get(section) : undefined;
    if (!s) {
      const title = section?.text ? splitIcon(section.text).rest : undefined;
      s = { id: ctx.id(title ? `section-${title}` : 'section', 'section'), ...(title ? { title } : {}), path: sectionPath(section), level: section?.depth ?? 0, role, blocks: [] };
      if (section?.heading) s.source = ctx.src(section.line);
      ctx.roadmap.sections.push(s);
      if (section) this.sectionsById.set(key, s);
    }
    return s;
  }

  preserveSection(section: Outline, role: NonNullable<Section['role']>, hidden: boolean): void {
    const ctx = this.ctx;
    const s = this.sectionFor(section, role);
    if (hidden) s.hidden = true;
    s.role = role;
    ctx.claim(section.line, section.line, Claim.Preserved);
    for (const block of section.blocks) this.preserveBlock(section, block, false);
  }

  preserveBlock(section: Outline | undefined, block: Block | undefined, report = true): void {
    const ctx = this.ctx;
    if (!block) return;
    if (block.type === 'thematicBreak') {
      ctx.claimNode(block, Claim.Structural);
      return;
    }
    const s = this.sectionFor(section, 'unknown');
    const type = (['paragraph', 'list', 'table', 'code', 'html', 'heading'] as const).find((t) => t === block.type) ?? (block.type === 'blockquote' ? 'quote' : 'other');
    s.blocks.push({ type, markdown: slice(block, ctx.source), source: ctx.nodeSrc(block) });
    ctx.claimNode(block, Claim.Preserved);
    if (section) ctx.claim(section.line, section.line, Claim.Preserved);
    if (report && s.role !== 'toc') ctx.report('info', 'structure.preserved', `a ${type} under "${s.title ?? 'the top of the document'}" has no structured home; kept as a section`, startLine(block));
  }

  /** A list of sentences, one call each (dependencies). */
  simpleList(section: Outline, each: (text: string, line: number) => void): void {
    const ctx = this.ctx;
    ctx.claim(section.line, section.line, Claim.Mapped);
    for (const block of section.blocks) {
      if (block.type === 'list') {
        for (const li of block.children) {
          each(plain(itemMarkdown(li, ctx.source)), startLine(li));
          ctx.claim(startLine(li), endLine(li), Claim.Mapped);
        }
      } else if (block.type === 'paragraph') {
        for (const { line, text } of paragraphLines(block, ctx.lines)) {
          each(plain(text), line);
          ctx.claim(line, line, Claim.Mapped);
        }
      } else if (block.type === 'table') buildTable(ctx, block as Table, {}, this);
      else this.preserveBlock(section, block);
    }
    for (const child of section.children) this.walk(child, {});
  }

  /** Every block and heading no builder claimed is kept in a section. */
  sweep(node: Outline): void {
    const ctx = this.ctx;
    if (node.heading && !ctx.isClaimed(node.line, node.line)) {
      this.keepHeadingText(node);
      ctx.claim(node.line, node.line, Claim.Preserved);
    }
    for (const block of node.blocks) {
      if (!ctx.isClaimed(startLine(block), endLine(block))) {
        if (ctx.isClaimed(startLine(block), startLine(block)) && block.type === 'list') {
          // Part of a list was taken; keep the rest item by item.
          for (const li of block.children) if (!ctx.isClaimed(startLine(li), endLine(li))) this.preserveBlock(node, li as unknown as Block);
        } else this.preserveBlock(node, block);
      }
    }
    for (const child of node.children) this.sweep(child);
  }
}

function readMetaLineOk(ctx: ImportContext, text: string, line: number): boolean {
  return readMeta(ctx, text, line, true) && readMeta(ctx, text, line, false);
}

export function statementKind(label: string): Statement['kind'] | undefined {
  const l = label.toLowerCase();
  if (/^mission/.test(l)) return 'mission';
  if (/^vision/.test(l) || /north star/.test(l)) return 'vision';
  if (/^principles?$/.test(l)) return 'principle';
  if (/^focus$/.test(l)) return 'focus';
  if (/^(?:summary|overview|tl;?dr)$/.test(l)) return 'summary';
  if (/^conclusion/.test(l)) return 'conclusion';
  if (/^current state/.test(l)) return 'current-state';
  return undefined;
}

export function sectionEnd(section: Outline): number {
  let end = section.line;
  for (const b of section.blocks) end = Math.max(end, endLine(b));
  for (const c of section.children) end = Math.max(end, sectionEnd(c));
  return end;
}

function sectionPath(section: Outline | undefined): string[] {
  const path: string[] = [];
  for (let s = section; s && s.depth > 0; s = s.parent) path.unshift(splitIcon(s.text).rest);
  return path;
}

/** Status and progress from a checklist's done flags. */
export function deriveProgress(init: Initiative): void {
  const boxes = (init.checklist ?? []).filter((c) => c.done !== null);
  if (!boxes.length) return;
  const done = boxes.filter((c) => c.done).length;
  init.progress = { value: Math.round((done / boxes.length) * 1000) / 1000, source: 'checklist' };
  if (!init.status) {
    const inProgress = (init.checklist ?? []).some((c) => c.status === 'in-progress');
    init.status = done === boxes.length ? 'done' : done > 0 || inProgress ? 'in-progress' : 'planned';
  }
}

export { slugify };
