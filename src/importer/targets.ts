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

function lexiconDirection(text: string): { direction: Direction; basis: 'subject' | 'keyword' } | undefined {
  const t = ` ${text.toLowerCase().replace(/[^a-z0-9%]+/g, ' ')} `;
  let lower = -1;
  let higher = -1;
  for (const w of LOWER_IS_BETTER) {
    const i = t.lastIndexOf(` ${w} `);
    if (i > lower) lower = i;
  }
  for (const w of HIGHER_IS_BETTER) {
    const i = t.lastIndexOf(` ${w} `);
    if (i > higher) higher = i;
  }
  if (lower < 0 && higher < 0) return undefined;
  // The word nearest the end names what is measured ("error rate" → error; "uptime SLA" → uptime).
  return { direction: lower > higher ? 'lower-is-better' : 'higher-is-better', basis: 'subject' };
}

function cleanSubject(text: string): string {
  return text
    .replace(/^[\s,:;–—-]+|[\s,:;.–—-]+$/g, '')
    .replace(/^(?:in|of|for|on|at|to)\s+/i, '')
    .trim();
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

const num = (s: string) => Number(s.replace(/,/g, ''));

/**
 * Parse a target. Returns undefined when the text holds no number and no "zero/no" phrase;
 * callers then keep it as a qualitative target.
 */
export function parseMetricTarget(rawInput: string, options: TargetOptions = {}): ParsedTarget | undefined {
  const raw = rawInput.trim();
  const notes: TargetNote[] = [];
  const s = raw.replace(/[.;]+$/, '').replace(/\s+/g, ' ');
  const label = options.label?.trim();

  const zero = /^(zero|no)\s+(.+)$/i.exec(s);
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
    const before = s.slice(0, found.index);
    // Not a target: versions, dates, identifiers (P0, Q2, v1.0, ISO dates, "PostgreSQL 15").
    if (/(?:\bv|\d-)$/i.test(before) || /^\d{4}-\d{2}/.test(s.slice(found.index)) || (/-$/.test(before) && !/\bsub-$/i.test(before))) continue;
    m = found;
    break;
  }
  if (!m) return undefined;

  const [whole, cur, numText, mag, maxText] = m;
  let value = num(numText!) * (mag ? MAGNITUDE[mag]! : 1);
  let valueMax = maxText !== undefined ? num(maxText) * (mag ? MAGNITUDE[mag]! : 1) : undefined;
  const prefix = s.slice(0, m.index);
  let rest = s.slice(m.index + whole.length);

  const target: MetricTarget = { raw, mode: 'level', direction: 'unknown' };
  let comparator: MetricTarget['comparator'];
  const p = prefix.trimEnd();
  if (/(?:<=|≤)$/.test(p)) comparator = 'lte';
  else if (/(?:>=|≥)$/.test(p)) comparator = 'gte';
  else if (/<$/.test(p)) comparator = 'lt';
  else if (/>$/.test(p)) comparator = 'gt';
  else if (/(?:~|≈)$/.test(p) || /\b(?:about|around|approximately|approx\.?)$/i.test(p)) comparator = 'approx';
  else if (/\bsub-?$/i.test(p) || /\b(?:under|below|less than|fewer than)$/i.test(p)) comparator = 'lt';
  else if (/\b(?:at most|up to|within|no more than|max(?:imum)?|in under)$/i.test(p)) comparator = 'lte';
  else if (/\b(?:over|above|more than|greater than|exceeding)$/i.test(p)) comparator = 'gt';
  else if (/\b(?:at least|min(?:imum)?|no less than)$/i.test(p)) comparator = 'gte';

  // Unit.
  let unit: string | undefined;
  let unitKind: UnitKind | undefined;
  if (cur) {
    unit = CURRENCY[cur];
    unitKind = 'currency';
    target.currency = unit;
    if (cur === '$') notes.push({ code: 'metric.currency-assumed', severity: 'info', message: `"$" in '${raw}' read as US dollars` });
  }
  let r = rest;
  let plus = false;
  const takePlus = () => {
    const pm = /^\s*\+/.exec(r);
    if (pm) {
      plus = true;
      r = r.slice(pm[0].length);
    }
  };
  takePlus();
  let mode: MetricTarget['mode'] = 'level';
  let um: RegExpExecArray | null;
  if ((um = /^\s*%/.exec(r))) {
    unit = '%';
    unitKind = 'percent';
    r = r.slice(um[0].length);
  } else if ((um = /^\s*(?:x|×)(?![A-Za-z])/i.exec(r))) {
    mode = 'factor';
    unit = 'x';
    unitKind = 'factor';
    r = r.slice(um[0].length);
  } else if ((um = /^\s*\/\s*(\d+(?:\.\d+)?)/.exec(r))) {
    target.scaleMax = num(um[1]!);
    unitKind = 'score';
    r = r.slice(um[0].length);
  } else if ((um = /^\s*([A-Za-z]+)\/(s|sec|min|h|hr|hour|day|d|wk|week|mo|month)\b/.exec(r))) {
    unit = `${um[1]}/${um[2]}`;
    unitKind = 'rate';
    r = r.slice(um[0].length);
  } else if ((um = DATA_UNIT.exec(r.trimStart()))) {
    unit = um[1];
    unitKind = 'data';
    r = r.trimStart().slice(um[0].length);
  } else if (!cur) {
    const t = r.replace(/^\s*-?\s*/, '');
    for (const [re, u] of DURATION) {
      const dm = re.exec(t);
      if (dm) {
        unit = u;
        unitKind = 'duration';
        r = t.slice(dm[0].length);
        break;
      }
    }
  }
  takePlus();
  if (plus && !comparator) comparator = 'gte';

  // Qualifiers.
  const stat = /\b(p\d{2}(?:\.\d+)?|median|average|avg|mean|sustained|peak)\b/i.exec(s);
  if (stat) target.statistic = stat[1]!.toLowerCase();
  const period = /\b(?:annually|yearly|per year|a year|yoy|year[- ]over[- ]year)\b/i.test(s) || /^annual\b/i.test(label ?? '')
    ? 'year'
    : /\b(?:monthly|per month|a month|mom|month[- ]over[- ]month)\b/i.test(s) || /^monthly\b/i.test(label ?? '')
      ? 'month'
      : /\b(?:weekly|per week|a week)\b/i.test(s) || /^weekly\b/i.test(label ?? '')
        ? 'week'
        : /\b(?:daily|per day|a day)\b/i.test(s) || /^daily\b/i.test(label ?? '')
          ? 'day'
          : undefined;
  if (period) target.period = period;
  const vs = /\bvs\.?\s+(.+)$/i.exec(r);
  if (vs) {
    target.baseline = cleanSubject(vs[1]!);
    r = r.slice(0, vs.index);
  }
  const by = /\bby\s+(.+)$/i.exec(r);
  if (by && options.parseTime) {
    const t = options.parseTime(by[1]!.trim());
    if (t) {
      target.by = t;
      r = r.slice(0, by.index);
    }
  }
  const per = /\bper\s+(?:(\d+(?:\.\d+)?)\s+)?([A-Za-z][\w\s./-]*?)\s*$/i.exec(r);
  if (per && !/^(?:year|month|week|day)$/i.test(per[2]!.trim())) {
    target.per = per[1] ? { value: num(per[1]), unit: per[2]!.trim() } : { text: per[2]!.trim() };
    r = r.slice(0, per.index);
  }
  r = r.replace(/\b(?:annually|yearly|monthly|weekly|daily|yoy|sustained)\b/gi, ' ').replace(/\s+/g, ' ');

  // Mode and direction.
  let direction: Direction = 'unknown';
  let basis: MetricTarget['directionBasis'];
  const words = r.trim().split(/\s+/).filter(Boolean);
  const verb = CHANGE_VERB.exec(prefix);
  let subject = '';
  const changeIndex = words.findIndex((w) => DECREASE_WORDS.test(w) || INCREASE_WORDS.test(w));
  if (mode === 'factor') {
    const w = words[0] ?? '';
    const decrease = DECREASE_WORDS.test(w) && !/^faster|quicker$/i.test(w);
    subject = cleanSubject(words.slice(DECREASE_WORDS.test(w) || INCREASE_WORDS.test(w) ? 1 : 0).join(' ')) || (verb ? cleanSubject(verb[2]!) : stripVerb(prefix.replace(/\bby\s*$/i, '')));
    direction = decrease ? 'lower-is-better' : 'higher-is-better';
    basis = 'keyword';
    if (/latency|time|duration/i.test(subject) && /improvement/i.test(w)) {
      notes.push({ code: 'metric.factor-of-improvement', severity: 'info', message: `'${raw}': the factor applies to an improvement of ${subject}, which itself should go down` });
    }
  } else if (unitKind === 'percent' && (verb || (changeIndex >= 0 && changeIndex <= 3))) {
    mode = 'change';
    const word = verb ? verb[1]! : words[changeIndex]!;
    const decrease = /^(?:reduc|cut|decreas|lower|less|fewer|drop|saving)/i.test(word);
    subject = verb ? cleanSubject(verb[2]!) : cleanSubject([...words.slice(0, changeIndex), ...words.slice(changeIndex + 1)].join(' '));
    if (decrease) {
      const hi = valueMax ?? value;
      const lo = value;
      value = -hi;
      valueMax = valueMax !== undefined ? -lo : undefined;
      direction = 'lower-is-better';
    } else direction = 'higher-is-better';
    basis = 'keyword';
    if (/^(?:faster|quicker)$/i.test(word)) {
      subject = subject ? `${subject} (speed)` : 'speed';
      notes.push({ code: 'metric.semantics-ambiguous', severity: 'warning', message: `'${raw}': "${value}% faster" may mean ${value}% less time or ${value}% more speed; read as a speed increase` });
    }
  } else {
    subject = cleanSubject(r.replace(/\s+(?:with|while|without|across|for|during|on)\s+.*$/i, ''));
    if (!subject) subject = label ? '' : stripVerb(prefix.replace(/[<>≤≥~≈]=?\s*$/, '').replace(/\bsub-?$/i, ''));
  }
  // "Sub-100ms latency", "Create database in < 2 minutes": the subject may precede the number.
  if (!subject && prefix && !label) subject = stripVerb(prefix);
  if (subject) target.subject = subject;

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
    target.comparatorImplied = true;
  }
  if (mode === 'change' && valueMax !== undefined) comparator = 'between';
  if (direction === 'unknown') {
    notes.push({ code: 'metric.direction-ambiguous', severity: 'warning', message: `'${raw}': cannot tell whether more or less is better; read as "equal to ${value}${unit === '%' ? '%' : ''}"` });
  }
  if (unitKind === undefined) unitKind = /\b(?:rating|stars?)\b/i.test(s) ? 'score' : /\bnps\b|net promoter/i.test(`${label ?? ''} ${s}`) ? 'score' : 'count';
  if (/\b(?:rating|stars?)\b/i.test(s) && target.scaleMax === undefined && /\bapp store|play store|stars?\b/i.test(s)) {
    target.scaleMax = 5;
    unit ??= 'rating';
    notes.push({ code: 'metric.scale-implied', severity: 'info', message: `'${raw}': a 1–5 rating scale is assumed` });
  }
  target.mode = mode;
  target.comparator = comparator;
  target.value = value;
  if (valueMax !== undefined) {
    target.value = Math.min(value, valueMax);
    target.valueMax = Math.max(value, valueMax);
  }
  if (unit) target.unit = unit;
  target.unitKind = unitKind;
  target.direction = direction;
  if (basis) target.directionBasis = basis;
  target.confidence = target.comparatorImplied ? (direction === 'unknown' ? 0.4 : 0.8) : 0.95;
  return { target: order(target), notes };
}

/** A stable key order, so that fixtures read well and diff cleanly. */
function order(t: MetricTarget): MetricTarget {
  const keys: Array<keyof MetricTarget> = [
    'raw', 'mode', 'comparator', 'comparatorImplied', 'value', 'valueMax', 'unit', 'unitKind', 'currency', 'scaleMax', 'statistic', 'per', 'period',
    'baseline', 'by', 'subject', 'direction', 'directionBasis', 'confidence',
  ];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (t[k] !== undefined) out[k] = t[k];
  return out as MetricTarget;
}

/** A target with no number: kept as words. */
export function qualitativeTarget(raw: string): MetricTarget {
  return { raw: raw.trim(), mode: 'qualitative', direction: 'unknown' };
}

/** True when text holds a number worth reading as a target (not a version, date or key). */
export function hasQuantity(text: string): boolean {
  return parseMetricTarget(text) !== undefined;
}
