/**
 * The state of one import: the roadmap being built, ids, line claims (for coverage),
 * diagnostics, and the registries of people, teams and external references.
 */
import type { Diagnostic, ExternalRef, Initiative, PartyRef, Person, Roadmap, SourceRef, Team, TimeSpec } from '../model/schema.js';
import { parseTimeText, type TimeContext } from '../model/time.js';
import type { Nodes } from 'mdast';
import { endLine, startLine } from './markdown.js';

/** What a line is counted as. */
export const Claim = { None: 0, Mapped: 1, Preserved: 2, Structural: 3 } as const;
export type Claim = (typeof Claim)[keyof typeof Claim];

/** A character outside ASCII. */
export const NON_ASCII = /[^\x00-\x7f]/;
/** A line with something other than white space (what `trim()` would leave). */
export const NON_BLANK = /\S/;

/**
 * Lower case ASCII letters and digits, every other run of characters one hyphen, apostrophes
 * dropped, at most `max` characters (cut at a hyphen when one falls in the second half).
 * Accented letters lose their accents ("Café" → "cafe").
 */
export function slugify(text: string, max = 60): string {
  // NFKD and the removal of combining marks leave ASCII text as it is; skipping them is most of the cost.
  const slug =
    asciiSlug(text) ??
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/['’]/g, '')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '');
  return cutSlug(slug, max);
}

/** A slug of at most `max` characters, cut at a hyphen when one falls in the second half. */
function cutSlug(slug: string, max: number): string {
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max);
  return cut.slice(0, cut.lastIndexOf('-') > max / 2 ? cut.lastIndexOf('-') : max).replace(/-+$/, '');
}

/** What `slugify` gives back unchanged: runs of lower-case letters and digits joined by single hyphens. */
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * `slugify`'s steps for ASCII text in one pass (undefined as soon as a character is not ASCII):
 * runs of letters and digits joined by single hyphens, then lower-cased. An apostrophe is dropped
 * without a hyphen ("don't" → "dont"). A single hyphen between letters or digits stays inside the
 * run, so that a text that is mostly a slug already (an id made from ids) is copied in few pieces.
 * Lower-casing the slug at the end leaves it flat for the id set's hashing.
 */
function asciiSlug(text: string): string | undefined {
  let out = '';
  let run = -1; // start of the run in hand
  let gap = false; // a character other than letters, digits and apostrophes since the last run
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x7f) return undefined;
    if (isSlugChar(c)) {
      if (run < 0) {
        if (gap && out) out += '-';
        run = i;
        gap = false;
      }
    } else if (c === 0x2d /* - */ && run >= 0 && isSlugChar(text.charCodeAt(i + 1))) {
      // Kept as it is: the hyphen the slug has here.
    } else {
      if (run >= 0) {
        out += text.slice(run, i);
        run = -1;
      }
      if (c !== 0x27 /* ' */) gap = true;
    }
  }
  if (run >= 0) out += text.slice(run);
  return out.toLowerCase();
}

/** A-Z, a-z or 0-9. */
function isSlugChar(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a);
}

/** Lines already in each `alsoAt` list, so that adding a mention stays cheap however many there are. */
const alsoAtLines = new WeakMap<object, Set<number>>();

/** Record another line that mentions an entity, unless it is the entity's own line or already there. */
export function addAlsoAt(source: SourceRef, line: number): void {
  if (source.line === line) return;
  let list = source.alsoAt;
  let lines = list && alsoAtLines.get(list);
  if (list && !lines) alsoAtLines.set(list, (lines = new Set(list.map((a) => a.line))));
  if (lines?.has(line)) return;
  if (!list) {
    list = source.alsoAt = [];
    alsoAtLines.set(list, (lines = new Set()));
  }
  list.push({ line });
  lines!.add(line);
}

export class ImportContext {
  readonly roadmap: Roadmap;
  readonly diagnostics: Diagnostic[] = [];
  readonly claims: Uint8Array;
  private readonly ids = new Set<string>();
  /** Next numeric suffix to try per base id, so that many collisions stay linear. */
  private readonly nextSuffix = new Map<string, number>();
  private readonly people = new Map<string, Person>();
  private readonly teams = new Map<string, Team>();
  private readonly external = new Map<string, ExternalRef>();
  /** Lines whose text was changed by encoding repair: line → original. */
  readonly repaired = new Map<number, string>();
  /** Keys and issue numbers met in initiatives' text, resolved once every initiative is known. */
  readonly pendingKeys: Array<{ owner: Initiative; key: string; line: number }> = [];
  /** Year the document is about ("Q4 2024 Product Roadmap", "Roadmap 2025"). */
  documentYear?: number;

  constructor(
    readonly lines: string[],
    public source: string,
    readonly file: string | undefined,
  ) {
    this.claims = new Uint8Array(lines.length + 2);
    this.roadmap = {
      schemaVersion: '1.0',
      meta: { title: 'Untitled roadmap' },
      statements: [], products: [], periods: [], themes: [], goals: [], initiatives: [], milestones: [], dependencies: [],
      risks: [], metrics: [], metricGroups: [], people: [], teams: [], allocations: [], cadences: [], externalRefs: [], sections: [],
    };
  }

  // ───── diagnostics ─────

  report(severity: Diagnostic['severity'], code: string, message: string, line?: number, extra: Partial<Diagnostic> = {}): void {
    const d: Diagnostic = { code, severity, message: line ? `line ${line}: ${message}` : message };
    if (line) d.source = { line };
    Object.assign(d, extra);
    this.diagnostics.push(d);
  }

  // ───── ids ─────

  /** A unique id from a preferred base; collisions get a context prefix or a number. */
  id(base: string, fallback = 'item', prefix?: string): string {
    return this.claimId(slugify(base) || fallback, fallback, prefix);
  }

  /**
   * The id `id(parent + '--' + slug, fallback)` gives, for an entity inside another (a checklist
   * item in its initiative), where `slug` is slugify's output. When the parent's id is a slug
   * itself, slugifying the joined text would give back both with one hyphen between: that is made
   * directly, without reading the text again.
   */
  childId(parent: string, slug: string, fallback: string): string {
    if (!SLUG.test(parent) || (slug && !SLUG.test(slug))) return this.id(`${parent}--${slug}`, fallback);
    return this.claimId(cutSlug(slug ? `${parent}-${slug}` : parent, 60), fallback);
  }

  /** The id itself when free, else a free one made from it (a prefix, then a number). */
  private claimId(slug: string, fallback: string, prefix?: string): string {
    let id = slug;
    const first = id.charCodeAt(0);
    if (first >= 0x30 && first <= 0x39 && !/^\d+-\d+-\d+/.test(id)) id = `${fallback}-${id}`;
    // Adding a taken id changes nothing: one look-up per candidate, and the set's size tells.
    const { ids } = this;
    const size = ids.size;
    if (ids.add(id).size > size) return id;
    if (prefix) {
      const p = `${prefix}-${id}`;
      if (ids.add(p).size > size) return p;
    }
    for (let n = this.nextSuffix.get(id) ?? 2; ; n++) {
      const c = `${id}-${n}`;
      if (ids.add(c).size > size) {
        this.nextSuffix.set(id, n + 1);
        return c;
      }
    }
  }

  hasId(id: string): boolean {
    return this.ids.has(id);
  }

  // ───── lines ─────

  claim(from: number, to: number, kind: Claim): void {
    for (let l = Math.max(1, from); l <= Math.min(to, this.lines.length); l++) {
      if (this.claims[l] === Claim.None || (this.claims[l] === Claim.Structural && kind !== Claim.None)) this.claims[l] = kind;
    }
  }

  claimNode(node: Nodes, kind: Claim = Claim.Mapped): void {
    this.claim(startLine(node), endLine(node), kind);
  }

  isClaimed(from: number, to: number): boolean {
    for (let l = from; l <= to; l++) if (this.claims[l] === Claim.None && NON_BLANK.test(this.lines[l - 1] ?? '')) return false;
    return true;
  }

  lineText(line: number): string {
    return (this.lines[line - 1] ?? '').trim();
  }

  /** Source span; single lines carry their text, repaired lines what they were before. */
  src(from: number, to = from, derivation?: SourceRef['derivation']): SourceRef {
    const ref: SourceRef = { line: from };
    if (to > from) ref.endLine = to;
    else {
      const raw = this.lineText(from);
      if (raw) ref.raw = raw;
    }
    const before = this.firstRepaired(from, to);
    if (before !== undefined) ref.repairedFrom = before.trim();
    if (derivation) ref.derivation = derivation;
    return ref;
  }

  /** What the first repaired line in from…to was before repair. */
  private firstRepaired(from: number, to: number): string | undefined {
    const { repaired } = this;
    if (!repaired.size) return undefined;
    if (to - from < repaired.size) {
      for (let l = from; l <= to; l++) {
        const before = repaired.get(l);
        if (before !== undefined) return before;
      }
      return undefined;
    }
    let first: number | undefined;
    for (const l of repaired.keys()) if (l >= from && l <= to && (first === undefined || l < first)) first = l;
    return first === undefined ? undefined : repaired.get(first);
  }

  nodeSrc(node: Nodes, derivation?: SourceRef['derivation']): SourceRef {
    return this.src(startLine(node), endLine(node), derivation);
  }

  // ───── time ─────

  time(text: string, ctx: TimeContext = {}): TimeSpec | undefined {
    const year = ctx.defaultYear ?? this.documentYear;
    const spec = parseTimeText(text, { ...ctx, ...(year ? { defaultYear: year } : {}) });
    return spec;
  }

  // ───── people and teams ─────

  /** "Emily Watson (Platform Team)" → a person (with team) or, for "Platform Team", a team. */
  party(textInput: string, line: number, options: { role?: string; preferTeam?: boolean } = {}): PartyRef {
    const text = textInput.trim().replace(/^@/, '');
    const paren = /^(.*?)\s*\(([^()]+)\)\s*$/.exec(text);
    const name = (paren ? paren[1]! : text).trim();
    const note = paren?.[2]?.trim();
    const isTeam = !textInput.trim().startsWith('@') && (options.preferTeam || /\b(team|squad|group|guild|department|org|office)$/i.test(name) || !/^[A-Z][\p{L}'’.-]+(?:\s+[A-Z][\p{L}'’.-]+){1,3}$/u.test(name));
    if (isTeam) {
      const team = this.team(name, line);
      const ref: PartyRef = { text: name, teamId: team.id };
      if (note) ref.role = note;
      else if (options.role) ref.role = options.role;
      return ref;
    }
    const person = this.person(name, line);
    const ref: PartyRef = { text: name, personId: person.id };
    if (note && /\bteam\b/i.test(note)) {
      const team = this.team(note, line);
      ref.teamId = team.id;
      if (!person.teamIds?.includes(team.id)) person.teamIds = [...(person.teamIds ?? []), team.id];
      if (!team.memberIds?.includes(person.id)) team.memberIds = [...(team.memberIds ?? []), person.id];
    } else if (note) {
      ref.role = note;
      person.role ??= note;
    } else if (options.role) ref.role = options.role;
    if (note) this.report('info', 'person.role-extracted', `"(${note})" read as ${ref.teamId ? 'the team' : 'the role'} of ${name}`, line, { entityId: person.id });
    return ref;
  }

  person(name: string, line: number): Person {
    const key = name.toLowerCase().replace(/\s+/g, ' ');
    let person = this.people.get(key);
    if (!person) {
      // Keys in the model's order (source second), so that validation keeps the object.
      person = { id: this.id(name, 'person'), source: this.src(line), name };
      this.people.set(key, person);
      this.roadmap.people.push(person);
    } else if (person.source) addAlsoAt(person.source, line);
    return person;
  }

  knownPeople(): Person[] {
    return [...this.people.values()];
  }

  static teamKey(name: string): string {
    return name.toLowerCase().replace(/\s+team$/i, '').replace(/^team\s+/i, '').replace(/\s+/g, ' ').trim();
  }

  team(nameInput: string, line: number): Team {
    const name = nameInput.trim();
    const key = ImportContext.teamKey(name);
    let team = this.teams.get(key);
    const bare = name.replace(/\s+team$/i, '').trim() || name;
    if (!team) {
      // Keys in the model's order, so that validation keeps the object instead of copying it.
      team = { id: this.id(bare, 'team'), source: this.src(line), name: bare };
      if (bare !== name) team.aliases = [name];
      team.kind = 'team';
      this.teams.set(key, team);
      this.roadmap.teams.push(team);
    } else {
      if (bare !== name && team.name !== name && !team.aliases?.includes(name)) {
        team.aliases = [...(team.aliases ?? []), name];
        this.report('info', 'team.alias', `"${name}" is the team "${team.name}"`, line, { entityId: team.id });
      }
      if (team.source) addAlsoAt(team.source, line);
    }
    return team;
  }

  findTeam(name: string): Team | undefined {
    return this.teams.get(ImportContext.teamKey(name));
  }

  // ───── external references ─────

  externalRef(key: string, line: number, extra: Partial<ExternalRef> = {}): ExternalRef {
    let ref = this.external.get(key);
    if (!ref) {
      const kind: ExternalRef['kind'] = /^INC-/i.test(key) ? 'incident' : /^SR-/i.test(key) ? 'security-review' : /^#\d+$/.test(key) ? 'issue' : /^[A-Z][A-Z0-9]+-\d/.test(key) ? 'issue' : 'other';
      // Keys in the model's order (source second), so that validation keeps the object.
      ref = { id: this.id(key.replace(/^#/, 'issue-'), 'ref'), source: this.src(line), key, kind };
      Object.assign(ref, extra);
      this.external.set(key, ref);
      this.roadmap.externalRefs.push(ref);
      this.report('info', 'ref.key-external', `${key} is not an initiative in this roadmap; kept as an external reference (${ref.kind})`, line, { entityId: ref.id });
    } else {
      for (const [k, v] of Object.entries(extra)) if ((ref as Record<string, unknown>)[k] === undefined) (ref as Record<string, unknown>)[k] = v;
      if (ref.source) addAlsoAt(ref.source, line);
    }
    return ref;
  }
}
