/**
 * Free-text metric targets ("< 100ms", "$50M ARR", "70% cost reduction", "1k jobs/min per 4 vCPU
 * node") into a `MetricTarget`: mode, comparator, value, unit, direction, and qualifiers. The
 * author's words always stay in `raw`. Grammar and lexicons: research/model-and-domain.md §4.5.
 */
import type { Direction, MetricTarget, TimeSpec, UnitKind } from '../model/schema.js';

export interface TargetNote {
  code: string;
  severity: 'info' | 'warning';
  message: string;
}

export interface ParsedTarget {
  target: MetricTarget;
  notes: TargetNote[];
}

export interface TargetOptions {
  /** Label the target was written under ("Churn" in "**Churn**: < 5% annually"). */
  label?: string;
  /** Reads "by Q2" and similar; returns undefined when the text is not a time. */
  parseTime?: (text: string) => TimeSpec | undefined;
}

const AMOUNT =
  /(?<![\w.$€£/])([$€£])?(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\.\d)(?:\s*(k|K|M|B|bn|thousand|million|billion)(?![A-Za-z]))?(?:\s*(?:-|–|to)\s*(\d+(?:\.\d+)?)(?!\s*(?:-|–)?\s*(?:\d|minute|hour|second|day)))?/g;
const MAGNITUDE: Record<string, number> = { k: 1e3, K: 1e3, thousand: 1e3, M: 1e6, million: 1e6, B: 1e9, bn: 1e9, billion: 1e9 };
const CURRENCY: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP' };
const DURATION: Array<[RegExp, string]> = [
  [/^(?:ms|millis(?:econds?)?)\b/i, 'ms'],
  [/^(?:s|secs?|seconds?)\b/i, 's'],
  [/^(?:mins?|minutes?)\b/i, 'min'],
  [/^(?:h|hrs?|hours?)\b/i, 'h'],
  [/^(?:d|days?)\b/i, 'd'],
  [/^(?:wks?|weeks?)\b/i, 'wk'],
  [/^(?:months?)\b/i, 'mo'],
  [/^(?:yrs?|years?)\b/i, 'yr'],
];
const DATA_UNIT = /^(KB|MB|GB|TB|PB)\b/;

const LOWER_IS_BETTER = [
  'latency', 'time', 'duration', 'churn', 'error', 'errors', 'error rate', 'breach', 'breaches', 'incident', 'incidents', 'cost', 'costs',
  'mttr', 'mttd', 'downtime', 'bandwidth', 'click', 'clicks', 'step', 'steps', 'lag', 'data loss', 'loss', 'bugs', 'bug', 'defects', 'outages',
  'tickets', 'spend', 'calls', 'api calls', 'waste', 'debt', 'p95', 'p99', 'response time', 'load time', 'attrition', 'turnover', 'failures',
];
const HIGHER_IS_BETTER = [
  'uptime', 'availability', 'sla', 'isolation', 'adoption', 'usage', 'satisfaction', 'nps', 'net promoter', 'accuracy', 'coverage', 'retention',
  'rating', 'revenue', 'arr', 'mrr', 'customers', 'customer', 'users', 'pilots', 'integrations', 'hit rate', 'success rate', 'prediction rate',
  'automated', 'velocity', 'throughput', 'conversion', 'engagement', 'growth', 'performance', 'speed', 'score', 'tenants', 'examples',
  'regions', 'acquisition', 'active', 'signups', 'downloads', 'margin', 'profit', 'quality', 'reliability', 'ahead', 'partners', 'sdks', 'languages',
];
const DECREASE_WORDS = /^(reduction|reductions|reduce|reduces|reduced|decrease|decreases|less|fewer|cut|cuts|drop|drops|lower|savings?)$/i;
const INCREASE_WORDS = /^(increase|increases|growth|improvement|improvements|more|higher|boost|gain|uplift|faster|quicker)$/i;
const CHANGE_VERB = /\b(reduces?|reduced|reducing|cuts?|decreases?|lowers?|increases?|improves?|grows?|boosts?|raises?)\s+(.+?)\s+by\s*$/i;

// The patterns parseMetricTarget tries, in the order it tries them (compiled once, here).
const ZERO = /^(zero|no)\s+(.+)$/i;
const SUB_BEFORE = /\bsub-$/i;
/** The words or signs that end the text before the amount, and the comparator they give. */
const COMPARATOR_BEFORE: Array<[RegExp, NonNullable<MetricTarget['comparator']>]> = [
  [/(?:<=|≤)$/, 'lte'],
  [/(?:>=|≥)$/, 'gte'],
  [/<$/, 'lt'],
  [/>$/, 'gt'],
  [/(?:~|≈)$/, 'approx'],
  [/\b(?:about|around|approximately|approx\.?)$/i, 'approx'],
  [/\bsub-?$/i, 'lt'],
  [/\b(?:under|below|less than|fewer than)$/i, 'lt'],
  [/\b(?:at most|up to|within|no more than|max(?:imum)?|in under)$/i, 'lte'],
  [/\b(?:over|above|more than|greater than|exceeding)$/i, 'gt'],
  [/\b(?:at least|min(?:imum)?|no less than)$/i, 'gte'],
];
/** Any of the above: when it fails, each of them does (each ends the text, as this does). */
const ANY_COMPARATOR_BEFORE = new RegExp(`(?:${COMPARATOR_BEFORE.map(([re]) => `(?:${re.source.slice(0, -1)})`).join('|')})$`, 'i');
const PLUS = /^\s*\+/;
const PERCENT = /^\s*%/;
const FACTOR = /^\s*(?:x|×)(?![A-Za-z])/i;
const SCALE = /^\s*\/\s*(\d+(?:\.\d+)?)/;
const RATE = /^\s*([A-Za-z]+)\/(s|sec|min|h|hr|hour|day|d|wk|week|mo|month)\b/;
const DURATION_LEAD = /^\s*-?\s*/;
const STATISTIC = /\b(p\d{2}(?:\.\d+)?|median|average|avg|mean|sustained|peak)\b/i;
const YEARLY = /\b(?:annually|yearly|per year|a year|yoy|year[- ]over[- ]year)\b/i;
const MONTHLY = /\b(?:monthly|per month|a month|mom|month[- ]over[- ]month)\b/i;
const WEEKLY = /\b(?:weekly|per week|a week)\b/i;
const DAILY = /\b(?:daily|per day|a day)\b/i;
/** Any of the four above: when it fails, each of them does. */
const ANY_PERIOD = new RegExp(`\\b(?:${[YEARLY, MONTHLY, WEEKLY, DAILY].map((re) => re.source.slice('\\b(?:'.length, -')\\b'.length)).join('|')})\\b`, 'i');
const YEARLY_LABEL = /^annual\b/i;
const MONTHLY_LABEL = /^monthly\b/i;
const WEEKLY_LABEL = /^weekly\b/i;
const DAILY_LABEL = /^daily\b/i;
const VERSUS = /\bvs\.?\s+(.+)$/i;
const BY = /\bby\s+(.+)$/i;
const PER = /\bper\s+(?:(\d+(?:\.\d+)?)\s+)?([A-Za-z][\w\s./-]*?)\s*$/i;
const PERIOD_UNIT = /^(?:year|month|week|day)$/i;
const QUALIFIER_WORDS = /\b(?:annually|yearly|monthly|weekly|daily|yoy|sustained)\b/gi;
const SPACES = /\s+/g;
/** Whitespace that `replace(SPACES, ' ')` would change: two in a row, or one that is not a space. */
const UNEVEN_SPACE = /\s\s|[^\S ]/;
/** A word `QUALIFIER_WORDS` removes. */
const QUALIFIER_WORD = new RegExp(QUALIFIER_WORDS.source, 'i');
const FASTER_OR_QUICKER_START = /^faster|quicker$/i;
const FASTER_OR_QUICKER = /^(?:faster|quicker)$/i;
const BY_AT_END = /\bby\s*$/i;
const TIME_SUBJECT = /latency|time|duration/i;
const IMPROVEMENT = /improvement/i;
const DECREASE_STEM = /^(?:reduc|cut|decreas|lower|less|fewer|drop|saving)/i;
const TRAILING_CLAUSE = /\s+(?:with|while|without|across|for|during|on)\s+.*$/i;
const COMPARATOR_AT_END = /[<>≤≥~≈]=?\s*$/;
const SUB_AT_END = /\bsub-?$/i;
const RATING = /\b(?:rating|stars?)\b/i;
const NPS = /\bnps\b|net promoter/i;
const NET_AT_END = /net$/i;
const PROMOTER_AT_START = /^promoter/i;
const STORE_OR_STARS = /\bapp store|play store|stars?\b/i;

/**
 * The lexicons by their first word: each phrase as its words, with the direction it implies.
 * A phrase matches at a word of the text when its words follow there in order.
 */
const LEXICON = new Map<string, Array<{ words: string[]; lower: boolean }>>();
for (const [list, lower] of [[LOWER_IS_BETTER, true], [HIGHER_IS_BETTER, false]] as const) {
  for (const phrase of list) {
    const words = phrase.split(' ');
    const entries = LEXICON.get(words[0]!);
    if (entries) entries.push({ words, lower });
    else LEXICON.set(words[0]!, [{ words, lower }]);
  }
}

function lexiconDirection(text: string): { direction: Direction; basis: 'subject' | 'keyword' } | undefined {
  const words = text.toLowerCase().split(/[^a-z0-9%]+/);
  // The last word where a phrase of either list starts (-1: none).
  let lower = -1;
  let higher = -1;
  for (let i = 0; i < words.length; i++) {
    const entries = LEXICON.get(words[i]!);
    if (!entries) continue;
    for (const { words: phrase, lower: isLower } of entries) {
      let k = 1;
      while (k < phrase.length && words[i + k] === phrase[k]) k++;
      if (k < phrase.length) continue;
      if (isLower) lower = i;
      else higher = i;
    }
  }
  if (lower < 0 && higher < 0) return undefined;
  // The word nearest the end names what is measured ("error rate" → error; "uptime SLA" → uptime).
  return { direction: lower > higher ? 'lower-is-better' : 'higher-is-better', basis: 'subject' };
}

/** Leading and trailing punctuation, then a leading preposition, removed. */
const SUBJECT_EDGES = /^[\s,:;–—-]+|[\s,:;.–—-]+$/g;
const SUBJECT_HAS_EDGE = /^[\s,:;–—-]|[\s,:;.–—-]$/;
const LEADING_PREPOSITION = /^(?:in|of|for|on|at|to)\s+/i;

function cleanSubject(text: string): string {
  let t = SUBJECT_HAS_EDGE.test(text) ? text.replace(SUBJECT_EDGES, '') : text;
  const preposition = LEADING_PREPOSITION.exec(t);
  if (preposition) t = t.slice(preposition[0].length);
  return t.trim();
}

function stripVerb(text: string): string {
  return cleanSubject(
    text
      .trim()
      .replace(/^(?:support|achieve|reach|maintain|improve|provide|ship|deliver|hit|keep|enable|drive|get|have|target(?:ing)?)\s+/i, '')
      .replace(/\s+(?:of|at|in|to|with|by|within|under|below|over|above|than)$/i, '')
      .replace(/\s+(?:of|at|in|to|with|by|within|under|below|over|above|than)$/i, ''),
  );
}

/** The words of a text whose only whitespace is single spaces (as `split(/\s+/)` after `trim()`; none for ''). */
function spaceSeparatedWords(text: string): string[] {
  const words: string[] = [];
  if (!text) return words;
  let from = 0;
  for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', from)) {
    words.push(text.slice(from, at));
    from = at + 1;
  }
  words.push(text.slice(from));
  return words;
}

/** ASCII white space as `\s` reads it, or any character outside ASCII (some of which are white space). */
function mayBeSpace(c: number): boolean {
  return c === 0x20 || (c >= 0x09 && c <= 0x0d) || c > 0x7f;
}

/** Whether `text` starts with `char` or with what may be white space: the only texts `^\s*<char>` can match. */
function mayStartWith(text: string, char: number): boolean {
  const c = text.charCodeAt(0);
  return c === char || mayBeSpace(c);
}

const num = (s: string) => Number(s.includes(',') ? s.replace(/,/g, '') : s);

/** An ASCII digit (`\d`). */
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A character `\b` counts as part of a word (without the `u` flag): ASCII letters, digits, `_`. */
const isWordChar = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x5f;

/**
 * Whether the amount found at `at` is no target: a version before it ("v1.2", a `v` that starts a
 * word), a dash after a digit ("2024-05"), an ISO month at it (`\d{4}-\d{2}`), or any other dash
 * before it but "sub-". Character tests at the amount, where the patterns this replaces
 * (`/(?:\bv|\d-)$/i` and `/\bsub-$/i` over the text before the amount, `/\d{4}-\d{2}/y` at it)
 * would each scan or slice the text.
 */
function notATargetAt(s: string, at: number): boolean {
  const before = s.charCodeAt(at - 1); // NaN at the start
  if ((before === 0x76 /* v */ || before === 0x56) /* V */ && !isWordChar(s.charCodeAt(at - 2))) return true;
  if (before === 0x2d /* - */ && isDigit(s.charCodeAt(at - 2))) return true;
  if (isoMonthAt(s, at)) return true;
  return before === 0x2d && !SUB_BEFORE.test(s.slice(0, at));
}

/** `\d{4}-\d{2}` at `at`. */
function isoMonthAt(s: string, at: number): boolean {
  const digits = (from: number, to: number) => {
    for (let k = from; k < to; k++) if (!isDigit(s.charCodeAt(k))) return false;
    return true;
  };
  return s.charCodeAt(at + 4) === 0x2d /* - */ && digits(at, at + 4) && digits(at + 5, at + 7);
}

/**
 * Parse a target. Returns undefined when the text holds no number and no "zero/no" phrase;
 * callers then keep it as a qualitative target.
 */
export function parseMetricTarget(rawInput: string, options: TargetOptions = {}): ParsedTarget | undefined {
  const raw = rawInput.trim();
  const notes: TargetNote[] = [];
  const last = raw.charCodeAt(raw.length - 1);
  const unpunctuated = last === 0x2e /* . */ || last === 0x3b /* ; */ ? raw.replace(/[.;]+$/, '') : raw;
  const s = UNEVEN_SPACE.test(unpunctuated) ? unpunctuated.replace(SPACES, ' ') : unpunctuated;
  const label = options.label?.trim();

  const first = s.charCodeAt(0) | 0x20; // lower case for letters
  const zero = first === 0x7a /* z */ || first === 0x6e /* n */ ? ZERO.exec(s) : null;
  if (zero) {
    const subject = cleanSubject(zero[2]!);
    return {
      target: { raw, mode: 'level', comparator: 'lte', value: 0, unitKind: 'count', subject, direction: 'lower-is-better', directionBasis: 'keyword', confidence: 0.8 },
      notes,
    };
  }

  let m: RegExpExecArray | null = null;
  AMOUNT.lastIndex = 0;
  for (let found = AMOUNT.exec(s); found; found = AMOUNT.exec(s)) {
    // Not a target: versions, dates, identifiers (P0, Q2, v1.0, ISO dates, "PostgreSQL 15").
    if (notATargetAt(s, found.index)) continue;
    m = found;
    break;
  }
  if (!m) return undefined;

  const [whole, cur, numText, mag, maxText] = m;
  let value = num(numText!) * (mag ? MAGNITUDE[mag]! : 1);
  let valueMax = maxText !== undefined ? num(maxText) * (mag ? MAGNITUDE[mag]! : 1) : undefined;
  const prefix = s.slice(0, m.index);
  const rest = s.slice(m.index + whole.length);

  let comparator: MetricTarget['comparator'];
  // Every comparator phrase ends the text before the number, so an empty one has none.
  const p = prefix.trimEnd();
  if (p && ANY_COMPARATOR_BEFORE.test(p)) {
    for (const [re, c] of COMPARATOR_BEFORE) {
      if (re.test(p)) {
        comparator = c;
        break;
      }
    }
  }

  // Unit.
  let unit: string | undefined;
  let unitKind: UnitKind | undefined;
  let currency: string | undefined;
  let scaleMax: number | undefined;
  if (cur) {
    unit = currency = CURRENCY[cur];
    unitKind = 'currency';
    if (cur === '$') notes.push({ code: 'metric.currency-assumed', severity: 'info', message: `"$" in '${raw}' read as US dollars` });
  }
  let r = rest;
  let plus = false;
  // The patterns below that start `^\s*<sign>` are tried only where the text starts so.
  let um = mayStartWith(r, 0x2b /* + */) ? PLUS.exec(r) : null;
  if (um) {
    plus = true;
    r = r.slice(um[0].length);
  }
  let mode: MetricTarget['mode'] = 'level';
  if (mayStartWith(r, 0x25 /* % */) && (um = PERCENT.exec(r))) {
    unit = '%';
    unitKind = 'percent';
    r = r.slice(um[0].length);
  } else if ((um = FACTOR.exec(r))) {
    mode = 'factor';
    unit = 'x';
    unitKind = 'factor';
    r = r.slice(um[0].length);
  } else if ((um = SCALE.exec(r))) {
    scaleMax = num(um[1]!);
    unitKind = 'score';
    r = r.slice(um[0].length);
  } else if ((um = RATE.exec(r))) {
    unit = `${um[1]}/${um[2]}`;
    unitKind = 'rate';
    r = r.slice(um[0].length);
  } else if ((um = DATA_UNIT.exec(r.trimStart()))) {
    unit = um[1];
    unitKind = 'data';
    r = r.trimStart().slice(um[0].length);
  } else if (!cur) {
    const t = mayStartWith(r, 0x2d /* - */) ? r.replace(DURATION_LEAD, '') : r;
    // Every duration unit starts with one of these letters.
    const letter = t.charCodeAt(0) | 0x20;
    const mayBeDuration = letter === 0x6d /* m */ || letter === 0x73 /* s */ || letter === 0x68 /* h */ || letter === 0x64 /* d */ || letter === 0x77 /* w */ || letter === 0x79; /* y */
    for (const [re, u] of mayBeDuration ? DURATION : []) {
      const dm = re.exec(t);
      if (dm) {
        unit = u;
        unitKind = 'duration';
        r = t.slice(dm[0].length);
        break;
      }
    }
  }
  if (mayStartWith(r, 0x2b /* + */) && (um = PLUS.exec(r))) {
    plus = true;
    r = r.slice(um[0].length);
  }
  if (plus && !comparator) comparator = 'gte';

  // Qualifiers.
  const statMatch = STATISTIC.exec(s);
  const statistic = statMatch ? statMatch[1]!.toLowerCase() : undefined;
  // One test for all four period lexicons first: most targets name none.
  const periodWords = ANY_PERIOD.test(s);
  const period = (periodWords && YEARLY.test(s)) || (label !== undefined && YEARLY_LABEL.test(label))
    ? 'year'
    : (periodWords && MONTHLY.test(s)) || (label !== undefined && MONTHLY_LABEL.test(label))
      ? 'month'
      : (periodWords && WEEKLY.test(s)) || (label !== undefined && WEEKLY_LABEL.test(label))
        ? 'week'
        : (periodWords && DAILY.test(s)) || (label !== undefined && DAILY_LABEL.test(label))
          ? 'day'
          : undefined;
  let baseline: string | undefined;
  const vs = VERSUS.exec(r);
  if (vs) {
    baseline = cleanSubject(vs[1]!);
    r = r.slice(0, vs.index);
  }
  let by: TimeSpec | undefined;
  const byMatch = options.parseTime ? BY.exec(r) : null;
  if (byMatch) {
    by = options.parseTime!(byMatch[1]!.trim());
    if (by) r = r.slice(0, byMatch.index);
  }
  let per: MetricTarget['per'];
  const perMatch = PER.exec(r);
  if (perMatch && !PERIOD_UNIT.test(perMatch[2]!.trim())) {
    per = perMatch[1] ? { value: num(perMatch[1]), unit: perMatch[2]!.trim() } : { text: perMatch[2]!.trim() };
    r = r.slice(0, perMatch.index);
  }
  if (QUALIFIER_WORD.test(r)) r = r.replace(QUALIFIER_WORDS, ' ');
  if (UNEVEN_SPACE.test(r)) r = r.replace(SPACES, ' ');

  // Mode and direction.
  let direction: Direction = 'unknown';
  let basis: MetricTarget['directionBasis'];
  const words = spaceSeparatedWords(r.trim());
  const verb = CHANGE_VERB.exec(prefix);
  let subject = '';
  const changeIndex = words.findIndex((w) => DECREASE_WORDS.test(w) || INCREASE_WORDS.test(w));
  if (mode === 'factor') {
    const w = words[0] ?? '';
    const decrease = DECREASE_WORDS.test(w) && !FASTER_OR_QUICKER_START.test(w);
    subject = cleanSubject(words.slice(DECREASE_WORDS.test(w) || INCREASE_WORDS.test(w) ? 1 : 0).join(' ')) || (verb ? cleanSubject(verb[2]!) : stripVerb(prefix.replace(BY_AT_END, '')));
    direction = decrease ? 'lower-is-better' : 'higher-is-better';
    basis = 'keyword';
    if (TIME_SUBJECT.test(subject) && IMPROVEMENT.test(w)) {
      notes.push({ code: 'metric.factor-of-improvement', severity: 'info', message: `'${raw}': the factor applies to an improvement of ${subject}, which itself should go down` });
    }
  } else if (unitKind === 'percent' && (verb || (changeIndex >= 0 && changeIndex <= 3))) {
    mode = 'change';
    const word = verb ? verb[1]! : words[changeIndex]!;
    const decrease = DECREASE_STEM.test(word);
    subject = verb ? cleanSubject(verb[2]!) : cleanSubject(words.filter((_, k) => k !== changeIndex).join(' '));
    if (decrease) {
      const hi = valueMax ?? value;
      const lo = value;
      value = -hi;
      valueMax = valueMax !== undefined ? -lo : undefined;
      direction = 'lower-is-better';
    } else direction = 'higher-is-better';
    basis = 'keyword';
    if (FASTER_OR_QUICKER.test(word)) {
      subject = subject ? `${subject} (speed)` : 'speed';
      notes.push({ code: 'metric.semantics-ambiguous', severity: 'warning', message: `'${raw}': "${value}% faster" may mean ${value}% less time or ${value}% more speed; read as a speed increase` });
    }
  } else {
    const clause = TRAILING_CLAUSE.exec(r); // it runs to the end of `r`, which has no line breaks
    subject = cleanSubject(clause ? r.slice(0, clause.index) : r);
    if (!subject) subject = label ? '' : stripVerb(prefix.replace(COMPARATOR_AT_END, '').replace(SUB_AT_END, ''));
  }
  // "Sub-100ms latency", "Create database in < 2 minutes": the subject may precede the number.
  if (!subject && prefix && !label) subject = stripVerb(prefix);

  if (direction === 'unknown' && comparator) {
    direction = comparator === 'lt' || comparator === 'lte' ? 'lower-is-better' : comparator === 'gt' || comparator === 'gte' ? 'higher-is-better' : 'unknown';
    basis = direction === 'unknown' ? undefined : 'comparator';
  }
  if (direction === 'unknown') {
    const lex = lexiconDirection(`${label ?? ''} ${subject} ${prefix}`);
    if (lex) {
      direction = lex.direction;
      basis = lex.basis;
    } else if (unitKind === 'duration') {
      direction = 'lower-is-better';
      basis = 'default';
    }
  }
  let comparatorImplied = false;
  if (!comparator) {
    if (mode === 'change') comparator = direction === 'lower-is-better' ? 'lte' : 'gte';
    else if (valueMax !== undefined) comparator = 'between';
    else if (value === 0 && direction !== 'higher-is-better') {
      comparator = 'lte';
      direction = 'lower-is-better';
      basis ??= 'keyword';
    } else if (direction === 'higher-is-better') comparator = 'gte';
    else if (direction === 'lower-is-better') comparator = 'lte';
    else comparator = 'eq';
    comparatorImplied = true;
  }
  if (mode === 'change' && valueMax !== undefined) comparator = 'between';
  if (direction === 'unknown') {
    notes.push({ code: 'metric.direction-ambiguous', severity: 'warning', message: `'${raw}': cannot tell whether more or less is better; read as "equal to ${value}${unit === '%' ? '%' : ''}"` });
  }
  const rating = RATING.test(s);
  if (unitKind === undefined) unitKind = rating ? 'score' : namesNps(label, s) ? 'score' : 'count';
  if (rating && scaleMax === undefined && STORE_OR_STARS.test(s)) {
    scaleMax = 5;
    unit ??= 'rating';
    notes.push({ code: 'metric.scale-implied', severity: 'info', message: `'${raw}': a 1–5 rating scale is assumed` });
  }

  // The target, its keys in a stable order so that fixtures read well and diff cleanly.
  // (`direction` is required; it is set below, after the keys that come before it.)
  const target = { raw, mode, comparator } as MetricTarget;
  if (comparatorImplied) target.comparatorImplied = true;
  if (valueMax !== undefined) {
    target.value = Math.min(value, valueMax);
    target.valueMax = Math.max(value, valueMax);
  } else target.value = value;
  if (unit) target.unit = unit;
  target.unitKind = unitKind;
  if (currency !== undefined) target.currency = currency;
  if (scaleMax !== undefined) target.scaleMax = scaleMax;
  if (statistic !== undefined) target.statistic = statistic;
  if (per !== undefined) target.per = per;
  if (period !== undefined) target.period = period;
  if (baseline !== undefined) target.baseline = baseline;
  if (by !== undefined) target.by = by;
  if (subject) target.subject = subject;
  target.direction = direction;
  if (basis) target.directionBasis = basis;
  target.confidence = comparatorImplied ? (direction === 'unknown' ? 0.4 : 0.8) : 0.95;
  return { target, notes };
}

/**
 * `NPS` over the label and the text joined by a space, without joining them: a match in either,
 * or "net promoter" across the space.
 */
function namesNps(label: string | undefined, text: string): boolean {
  if (NPS.test(text)) return true;
  return label !== undefined && (NPS.test(label) || (NET_AT_END.test(label) && PROMOTER_AT_START.test(text)));
}

/** A target with no number: kept as words. */
export function qualitativeTarget(raw: string): MetricTarget {
  return { raw: raw.trim(), mode: 'qualitative', direction: 'unknown' };
}

/** True when text holds a number worth reading as a target (not a version, date or key). */
export function hasQuantity(text: string): boolean {
  return parseMetricTarget(text) !== undefined;
}
