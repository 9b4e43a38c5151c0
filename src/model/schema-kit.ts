/**
 * A small schema kit: one declaration gives the TypeScript type (`Infer`), the JSON Schema
 * (`toJsonSchema`) and a validator that never throws and reports every problem with a JSON path.
 * It exists so that the model's types, its published schema and `validateRoadmap` cannot drift.
 */
import { isPlainDate } from './dates.js';

/** A JSON Schema document or fragment (draft 2020-12). */
export type JsonSchema = { [key: string]: unknown };

/** One problem found while checking a value. */
export interface SchemaIssue {
  /** JSON path in dotted/indexed form: `initiatives[3].status`. Empty for the root. */
  path: string;
  /** Stable code, e.g. `schema.enum`. */
  code: string;
  message: string;
  /** Issues are errors unless marked as warnings (the value was kept, but read loosely). */
  severity?: 'error' | 'warning';
}

/** State carried through one validation pass. */
export interface CheckContext {
  issues: SchemaIssue[];
  /** Objects on the current descent, to detect cycles (a short list: the depth is bounded). */
  stack: object[];
  depth: number;
  /** Keys from `base` down to the value being checked; the path string is built only for an issue. */
  keys?: Array<string | number>;
  /** Path of the value the current check started at. */
  base?: string;
  /**
   * The value is the caller's to give away: an object or list that comes out exactly as it went in
   * (same keys in the same order, same values) is returned itself instead of a copy.
   */
  reuse?: boolean;
}

/** A compiled check: the value's output, or `INVALID` (issues go to `ctx`, at the path in `ctx.keys`). */
export type Check = (value: unknown, ctx: Ctx) => unknown;
type Ctx = CheckContext & { keys: Array<string | number>; base: string };

/** Returned by `check` when a value cannot be kept. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

const MAX_DEPTH = 64;
/** Longest string the model accepts, so that a runaway field cannot stall rendering. */
export const MAX_STRING_LENGTH = 100_000;
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return IDENTIFIER.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
}

/** The JSON path of the value being checked. */
function pathOf(ctx: Ctx): string {
  let path = ctx.base;
  for (const key of ctx.keys) path = joinPath(path, key);
  return path;
}

/** A short, safe rendering of a value for messages. */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  switch (typeof value) {
    case 'string': {
      const s = value.length > 40 ? `${value.slice(0, 37)}…` : value;
      return `'${s}'`;
    }
    case 'number':
    case 'boolean':
      return String(value);
    case 'undefined':
      return 'nothing';
    case 'object':
      return 'an object';
    default:
      return `a ${typeof value}`;
  }
}

function fail(ctx: Ctx, code: string, message: string): Invalid {
  const path = pathOf(ctx);
  ctx.issues.push({ path, code, message: `${path || '(root)'}: ${message}` });
  return INVALID;
}

/** `fail` for the property `key` of the value being checked. */
function failAt(ctx: Ctx, key: string | number, code: string, message: string): Invalid {
  ctx.keys.push(key);
  fail(ctx, code, message);
  ctx.keys.pop();
  return INVALID;
}

/** Record a warning: the value is kept. */
export function warn(ctx: CheckContext, path: string, code: string, message: string): void {
  ctx.issues.push({ path, code, message: `${path || '(root)'}: ${message}`, severity: 'warning' });
}

/** Compiled checks, one per schema, built on first use. */
const compiledChecks = new WeakMap<Schema<unknown, unknown>, Check>();

/** The compiled check of a schema (recursive schemas get a forwarding stub while they compile). */
export function compiled(schema: Schema<unknown, unknown>): Check {
  let check = compiledChecks.get(schema);
  if (check) return check;
  let body: Check | undefined;
  compiledChecks.set(schema, (value, ctx) => body!(value, ctx));
  body = (schema as unknown as { compile(): Check }).compile();
  compiledChecks.set(schema, body);
  return body;
}

/** Empty key stacks for `runAt` to reuse (each comes back empty: pushes and pops balance). */
const spareKeys: Array<Array<string | number>> = [];

/** Runs a compiled check for a caller of the path-string API (`schema.check(value, path, ctx)`). */
function runAt<T>(check: Check, value: unknown, path: string, context: CheckContext): T | Invalid {
  const ctx = context as Ctx;
  const keys = ctx.keys;
  const base = ctx.base;
  const mine = spareKeys.pop() ?? [];
  ctx.keys = mine;
  ctx.base = path;
  try {
    return check(value, ctx) as T | Invalid;
  } finally {
    ctx.keys = keys!;
    ctx.base = base!;
    mine.length = 0;
    spareKeys.push(mine);
  }
}

/** Stands in for the path when a schema's own `check` runs; replaced in its issues afterwards. */
const HERE = '\u0000';

/** Base of every schema. `T` is the checked output, `I` the accepted input. */
export abstract class Schema<T, I = T> {
  declare readonly _output: T;
  declare readonly _input: I;

  // A schema class of one's own also has `protected json(defs): JsonSchema` for its JSON Schema
  // (the kit's own classes are written by `toJsonSchema`).
  abstract check(value: unknown, path: string, ctx: CheckContext): T | Invalid;

  /**
   * The check as a closure over the schema's settings. By default it calls `check` with a
   * stand-in path, and writes the real path into the issues it reported (only when there are any).
   */
  protected compile(): Check {
    return (value, ctx) => {
      const before = ctx.issues.length;
      const out = this.check(value, HERE, ctx);
      if (ctx.issues.length > before) {
        const path = pathOf(ctx);
        for (let i = before; i < ctx.issues.length; i++) {
          const issue = ctx.issues[i]!;
          if (!issue.path.startsWith(HERE)) continue;
          const rest = issue.path.slice(1);
          const real = path ? path + rest : rest.startsWith('.') ? rest.slice(1) : rest;
          ctx.issues[i] = { ...issue, path: real, message: `${real || '(root)'}${issue.message.slice(issue.path.length)}` };
        }
      }
      return out;
    };
  }

  /** This schema as JSON Schema, named parts collected in `defs`. Available once `toJsonSchema` has run (elements never need it). */
  toJson(defs: Map<string, JsonSchema>): JsonSchema {
    return jsonHook!(this, defs);
  }
}

/** A schema whose `check` is its compiled closure. */
abstract class CompiledSchema<T, I = T> extends Schema<T, I> {
  private compiledCheck?: Check;
  check(value: unknown, path: string, ctx: CheckContext): T | Invalid {
    const check = (this.compiledCheck ??= compiled(this));
    // A schema of one's own handing its value on as it is (as the TimeSpec shorthand does): the
    // context still holds the real path, so the issues need no rewriting.
    if (path === HERE && (ctx as Ctx).keys) return check(value, ctx as Ctx) as T | Invalid;
    return runAt<T>(check, value, path, ctx);
  }
  protected abstract override compile(): Check;
}

export type Infer<S> = S extends Schema<infer T, unknown> ? T : never;
export type InferInput<S> = S extends Schema<unknown, infer I> ? I : never;

// ───────────── scalars ─────────────

export interface StringOptions {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** JSON Schema `format`, with the check that enforces it here (a pure function of the text). */
  format?: { name: string; test: (value: string) => boolean; expected: string };
}

/** `isPlainDate` without a regular expression or allocation: YYYY-MM-DD, ASCII digits, a real calendar day. */
function plainDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== 45 || value.charCodeAt(7) !== 45) return false;
  let year = 0;
  let month = 0;
  let day = 0;
  for (let i = 0; i < 10; i++) {
    if (i === 4 || i === 7) continue;
    const d = value.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return false;
    if (i < 4) year = year * 10 + d;
    else if (i < 7) month = month * 10 + d;
    else day = day * 10 + d;
  }
  const days = month === 2 ? ((year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28) : month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= days;
}

export class StringSchema<T extends string = string> extends CompiledSchema<T> {
  constructor(readonly options: StringOptions = {}) {
    super();
  }
  protected compile(): Check {
    const { minLength, maxLength = MAX_STRING_LENGTH, pattern, format } = this.options;
    // The model's date format (the one that runs tens of thousands of times) gets the fast twin of its test.
    const formatOk = format && (format.test === isPlainDate ? plainDate : format.test);
    return (value, ctx) => {
      if (typeof value !== 'string') return fail(ctx, 'schema.type', `expected text; got ${describeValue(value)}`);
      if (minLength !== undefined && value.length < minLength)
        return fail(ctx, 'schema.too-short', minLength === 1 ? 'must not be empty' : `expected at least ${minLength} characters`);
      if (value.length > maxLength) return fail(ctx, 'schema.too-long', `expected at most ${maxLength} characters; got ${value.length}`);
      if (pattern && !pattern.test(value)) return fail(ctx, 'schema.pattern', `expected text matching ${pattern.source}; got ${describeValue(value)}`);
      if (formatOk && !formatOk(value)) return fail(ctx, 'schema.format', `expected ${format!.expected}; got ${describeValue(value)}`);
      return value;
    };
  }
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

export class NumberSchema extends CompiledSchema<number> {
  constructor(readonly options: NumberOptions = {}) {
    super();
  }
  protected compile(): Check {
    const { min, max, integer } = this.options;
    return (value, ctx) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) return fail(ctx, 'schema.type', `expected a number; got ${describeValue(value)}`);
      if (integer && !Number.isInteger(value)) return fail(ctx, 'schema.type', `expected a whole number; got ${value}`);
      if (min !== undefined && value < min) return fail(ctx, 'schema.range', `expected at least ${min}; got ${value}`);
      if (max !== undefined && value > max) return fail(ctx, 'schema.range', `expected at most ${max}; got ${value}`);
      return value;
    };
  }
}

export class BooleanSchema extends CompiledSchema<boolean> {
  protected compile(): Check {
    return (value, ctx) => (typeof value === 'boolean' ? value : fail(ctx, 'schema.type', `expected true or false; got ${describeValue(value)}`));
  }
}

export class EnumSchema<T extends string> extends CompiledSchema<T> {
  constructor(readonly values: readonly T[]) {
    super();
  }
  protected compile(): Check {
    const allowed: ReadonlySet<unknown> = new Set(this.values);
    const expected = `expected one of ${this.values.join(', ')}; got `;
    return (value, ctx) => (typeof value === 'string' && allowed.has(value) ? value : fail(ctx, 'schema.enum', expected + describeValue(value)));
  }
}

/** Any JSON value (for `extensions`): no functions, no cycles, bounded depth. */
export class JsonValueSchema extends CompiledSchema<unknown> {
  protected compile(): Check {
    return checkJsonValue;
  }
}

function checkJsonValue(value: unknown, ctx: Ctx): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : fail(ctx, 'schema.type', 'expected a finite number');
  if (typeof value !== 'object') return fail(ctx, 'schema.type', `expected JSON data; got ${describeValue(value)}`);
  if (!enter(value, ctx)) return INVALID;
  const keys = ctx.keys;
  let out: unknown;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (let i = 0; i < value.length; i++) {
      keys.push(i);
      list.push(checkJsonValue(value[i], ctx));
      keys.pop();
    }
    out = list;
  } else {
    const record: Record<string, unknown> = {};
    for (const key of Object.keys(value)) {
      keys.push(key);
      setOwn(record, key, checkJsonValue((value as Record<string, unknown>)[key], ctx));
      keys.pop();
    }
    out = record;
  }
  leave(ctx);
  return out;
}

/** Defines an own property even for keys such as `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

/** Steps into an object or array; false (with an issue) on a cycle or when nested too deep. */
function enter(value: object, ctx: Ctx): boolean {
  const stack = ctx.stack;
  for (let i = stack.length - 1; i >= 0; i--) {
    if (stack[i] === value) return (fail(ctx, 'schema.cycle', 'refers back to itself (a cycle); JSON data cannot contain cycles'), false);
  }
  if (ctx.depth >= MAX_DEPTH) return (fail(ctx, 'schema.too-deep', `nested more than ${MAX_DEPTH} levels deep`), false);
  stack.push(value);
  ctx.depth++;
  return true;
}

function leave(ctx: Ctx): void {
  ctx.stack.pop();
  ctx.depth--;
}

// ───────────── wrappers ─────────────

/** Marks an object property as optional. */
export class OptionalSchema<T, I = T> extends CompiledSchema<T | undefined, I | undefined> {
  declare readonly _optional: true;
  constructor(readonly inner: Schema<T, I>) {
    super();
  }
  protected compile(): Check {
    const inner = compiled(this.inner);
    return (value, ctx) => (value === undefined ? undefined : inner(value, ctx));
  }
}

/** An optional input property that is always present in the output. */
export class DefaultSchema<T, I = T> extends CompiledSchema<T, I | undefined> {
  declare readonly _optional: true;
  constructor(
    readonly inner: Schema<T, I>,
    readonly fallback: () => T,
  ) {
    super();
  }
  protected compile(): Check {
    const inner = compiled(this.inner);
    const fallback = this.fallback;
    return (value, ctx) => {
      if (value === undefined) return fallback();
      const out = inner(value, ctx);
      return out === INVALID ? fallback() : out;
    };
  }
}

export class NullableSchema<T, I = T> extends CompiledSchema<T | null, I | null> {
  constructor(readonly inner: Schema<T, I>) {
    super();
  }
  protected compile(): Check {
    const inner = compiled(this.inner);
    return (value, ctx) => (value === null ? null : inner(value, ctx));
  }
}

/** First alternative that checks without issues wins. */
export class UnionSchema<T, I = T> extends CompiledSchema<T, I> {
  constructor(
    readonly options: ReadonlyArray<Schema<T, I>>,
    readonly expected: string,
  ) {
    super();
  }
  protected compile(): Check {
    const options = this.options.map((o) => compiled(o));
    const expected = `expected ${this.expected}; got `;
    return (value, ctx) => {
      for (let o = 0; o < options.length; o++) {
        const option = options[o]!;
        const scratch: Ctx = { issues: [], stack: ctx.stack, depth: ctx.depth, keys: ctx.keys, base: ctx.base, reuse: ctx.reuse };
        const out = option(value, scratch);
        if (out !== INVALID && scratch.issues.length === 0) return out;
      }
      return fail(ctx, 'schema.type', expected + describeValue(value));
    };
  }
}

export interface ArrayOptions {
  maxItems?: number;
}

/** Items that fail their check are dropped (and reported); the rest are kept. */
export class ArraySchema<T, I = T> extends CompiledSchema<T[], I[]> {
  constructor(
    readonly item: Schema<T, I>,
    readonly options: ArrayOptions = {},
  ) {
    super();
  }
  protected compile(): Check {
    const item = compiled(this.item);
    const { maxItems } = this.options;
    return (value, ctx) => {
      if (!Array.isArray(value)) return fail(ctx, 'schema.type', `expected a list; got ${describeValue(value)}`);
      if (maxItems !== undefined && value.length > maxItems) return fail(ctx, 'schema.too-long', `expected at most ${maxItems} items; got ${value.length}`);
      if (!enter(value, ctx)) return INVALID;
      // Reusing: no copy until an item comes out changed or dropped.
      let out: unknown[] | undefined = ctx.reuse ? undefined : [];
      const keys = ctx.keys;
      const at = keys.push(0) - 1;
      for (let i = 0; i < value.length; i++) {
        keys[at] = i;
        const raw = value[i];
        const checked = item(raw, ctx);
        if (!out && checked !== raw) out = value.slice(0, i);
        if (out && checked !== INVALID) out.push(checked);
      }
      keys.pop();
      leave(ctx);
      return out ?? value;
    };
  }
}

/** String-keyed map of one value type (used for `extensions`). */
export class RecordSchema<T> extends CompiledSchema<Record<string, T>> {
  constructor(readonly value: Schema<T>) {
    super();
  }
  protected compile(): Check {
    const check = compiled(this.value);
    return (value, ctx) => {
      if (!isPlainObject(value)) return fail(ctx, 'schema.type', `expected an object; got ${describeValue(value)}`);
      if (!enter(value, ctx)) return INVALID;
      const out: Record<string, unknown> = {};
      const keys = ctx.keys;
      for (const key of Object.keys(value)) {
        keys.push(key);
        const v = check(value[key], ctx);
        keys.pop();
        if (v !== INVALID) setOwn(out, key, v);
      }
      leave(ctx);
      return out;
    };
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

type AnySchema = Schema<any, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
export type Shape = Record<string, AnySchema>;
type OptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends { _optional: true } ? K : never }[keyof S];
type OutputOptionalKeys<S extends Shape> = { [K in keyof S]: S[K] extends OptionalSchema<any, any> ? K : never }[keyof S]; // eslint-disable-line @typescript-eslint/no-explicit-any
type Simplify<T> = { [K in keyof T]: T[K] } & {};
export type ShapeOutput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OutputOptionalKeys<S>>]: Infer<S[K]> } & { [K in OutputOptionalKeys<S>]?: Exclude<Infer<S[K]>, undefined> }
>;
export type ShapeInput<S extends Shape> = Simplify<
  { [K in Exclude<keyof S, OptionalKeys<S>>]: InferInput<S[K]> } & { [K in OptionalKeys<S>]?: Exclude<InferInput<S[K]>, undefined> }
>;

const hasOwn = Object.prototype.hasOwnProperty;

/** A closed object: unknown properties are reported and dropped. */
export class ObjectSchema<S extends Shape> extends CompiledSchema<ShapeOutput<S>, ShapeInput<S>> {
  constructor(readonly shape: S) {
    super();
  }
  /**
   * One pass over the value's own keys finds which properties are present (and which are
   * unknown); then the present ones and those that matter when absent (required, defaults) are
   * visited in shape order, so that output and issues come out exactly as a property-by-property
   * walk of the shape would give them.
   */
  protected compile(): Check {
    const shape = this.shape;
    const names = Object.keys(shape);
    const n = names.length;
    // An optional property's check is its inner one: the walk below never hands it `undefined`.
    const checks = names.map((k) => compiled(shape[k] instanceof OptionalSchema ? (shape[k] as OptionalSchema<unknown>).inner : shape[k]!));
    const optional = names.map((k) => shape[k] instanceof OptionalSchema || shape[k] instanceof DefaultSchema);
    const fallbacks = names.map((k) => (shape[k] instanceof DefaultSchema ? (shape[k] as DefaultSchema<unknown>).fallback : undefined));
    const mandatory = names.map((_, i) => i).filter((i) => !optional[i] || fallbacks[i]);
    const slots = new Map(names.map((k, i) => [k, i] as const));
    const unknownMessage = `unknown property (allowed: ${names.join(', ')})`;
    const protoKey = names.includes('__proto__');
    return (value, ctx) => {
      if (!isPlainObject(value)) return fail(ctx, 'schema.type', `expected an object; got ${describeValue(value)}`);
      if (!enter(value, ctx)) return INVALID;
      // Present slots, ascending (insertion sort: objects hold a handful of keys), kept on a
      // stack shared by all object checks (a nested check pushes above this one's slots), so that
      // checking an object allocates nothing but its output. `for…in` walks the keys without making
      // a list of them; only own properties count.
      const base = foundTop;
      // Whether the value itself may be the output: reusing, a plain object (nothing inherited can
      // show through it), and its keys all its own, known and in shape order.
      let same = ctx.reuse === true && plainPrototype(value);
      for (const key in value) {
        const slot = slots.get(key);
        if (!hasOwn.call(value, key)) {
          same = false;
          continue;
        }
        if (slot === undefined) {
          failAt(ctx, key, 'schema.unknown-property', unknownMessage);
          same = false;
          continue;
        }
        let j = foundTop++;
        if (j === foundStack.length) foundStack = growStack(foundStack);
        if (j > base && foundStack[j - 1]! > slot) same = false;
        while (j > base && foundStack[j - 1]! > slot) foundStack[j] = foundStack[--j]!;
        foundStack[j] = slot;
      }
      const end = foundTop;
      // Made when the output first differs from the value (at once unless reusing).
      let out: Record<string, unknown> | undefined = same ? undefined : {};
      let ok = true;
      const keys = ctx.keys;
      for (let f = base, m = 0; ; ) {
        const a = f < end ? foundStack[f]! : n;
        const b = m < mandatory.length ? mandatory[m]! : n;
        if (a === n && b === n) break;
        const i = a <= b ? a : b;
        if (a <= b) f++;
        if (b <= a) m++;
        const name = names[i]!;
        const raw = i === a ? value[name] : undefined;
        let checked: unknown;
        if (raw === undefined) {
          if (!optional[i]) {
            failAt(ctx, name, 'schema.required', 'is required');
            ok = false;
            continue;
          }
          // Leaving out a key present with nothing in it, or filling in a default, is a change
          // (the present slots before this one, unchanged so far, are copied).
          if (!out && (i === a || fallbacks[i])) out = copyFound(value, names, base, i === a ? f - 1 : f);
          if (!fallbacks[i]) continue;
          checked = fallbacks[i]!();
        } else {
          keys.push(name);
          checked = checks[i]!(raw, ctx);
          keys.pop();
          if (checked !== raw && !out) out = copyFound(value, names, base, f - 1);
          if (checked === INVALID) {
            if (!optional[i]) ok = false;
            continue;
          }
          if (checked === undefined) continue;
        }
        if (!out) continue;
        if (protoKey) setOwn(out, name, checked);
        else out[name] = checked;
      }
      foundTop = base;
      leave(ctx);
      return ok ? (out ?? value) : INVALID;
    };
  }
}

function plainPrototype(value: object): boolean {
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A new object with the value's properties of the present slots `foundStack[from..to)` (all unchanged so far). */
function copyFound(value: Record<string, unknown>, names: string[], from: number, to: number): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (let k = from; k < to; k++) {
    const name = names[foundStack[k]!]!;
    setOwn(out, name, value[name]);
  }
  return out;
}

/** The object checks' shared stack of present slots (see `ObjectSchema`). */
let foundStack: Int32Array = new Int32Array(256);
let foundTop = 0;
function growStack(stack: Int32Array): Int32Array {
  const bigger = new Int32Array(stack.length * 2);
  bigger.set(stack);
  return bigger;
}

/** A named schema: emitted once under `$defs` and referenced elsewhere. */
export class NamedSchema<T, I = T> extends CompiledSchema<T, I> {
  constructor(
    readonly name: string,
    readonly inner: Schema<T, I>,
  ) {
    super();
  }
  protected compile(): Check {
    return compiled(this.inner);
  }
}

// ───────────── builders ─────────────

export const s = {
  string: (options?: StringOptions) => new StringSchema(options),
  number: (options?: NumberOptions) => new NumberSchema(options),
  integer: (options?: NumberOptions) => new NumberSchema({ ...options, integer: true }),
  boolean: () => new BooleanSchema(),
  enum: <T extends string>(values: readonly T[]) => new EnumSchema(values),
  json: () => new JsonValueSchema(),
  optional: <T, I>(inner: Schema<T, I>) => new OptionalSchema(inner),
  withDefault: <T, I>(inner: Schema<T, I>, fallback: () => T) => new DefaultSchema(inner, fallback),
  nullable: <T, I>(inner: Schema<T, I>) => new NullableSchema(inner),
  union: <O extends ReadonlyArray<AnySchema>>(options: O, expected: string) =>
    new UnionSchema<Infer<O[number]>, InferInput<O[number]>>(options as ReadonlyArray<Schema<Infer<O[number]>, InferInput<O[number]>>>, expected),
  array: <T, I>(item: Schema<T, I>, options?: ArrayOptions) => new ArraySchema(item, options),
  record: <T>(value: Schema<T>) => new RecordSchema(value),
  object: <S extends Shape>(shape: S) => new ObjectSchema(shape),
  named: <T, I>(name: string, inner: Schema<T, I>) => new NamedSchema(name, inner),
};

// ───────────── JSON Schema ─────────────
// Kept out of the classes, so that bundles that only validate (every element) leave it out.

/** Set by `toJsonSchema`: the JSON Schema writer `Schema.toJson` calls. */
let jsonHook: ((schema: Schema<unknown, unknown>, defs: Map<string, JsonSchema>) => JsonSchema) | undefined;

function jsonOf(schema: Schema<unknown, unknown>, defs: Map<string, JsonSchema>): JsonSchema {
  if (schema instanceof StringSchema) {
    const { minLength, maxLength = MAX_STRING_LENGTH, pattern, format } = schema.options;
    return {
      type: 'string',
      ...(minLength !== undefined ? { minLength } : {}),
      maxLength,
      ...(pattern ? { pattern: pattern.source } : {}),
      ...(format ? { format: format.name } : {}),
    };
  }
  if (schema instanceof NumberSchema) {
    const { min, max, integer } = schema.options;
    return {
      type: integer ? 'integer' : 'number',
      ...(min !== undefined ? { minimum: min } : {}),
      ...(max !== undefined ? { maximum: max } : {}),
    };
  }
  if (schema instanceof BooleanSchema) return { type: 'boolean' };
  if (schema instanceof EnumSchema) return { type: 'string', enum: [...schema.values] };
  if (schema instanceof JsonValueSchema) return {};
  if (schema instanceof OptionalSchema) return schema.inner.toJson(defs);
  if (schema instanceof DefaultSchema) return { ...schema.inner.toJson(defs), default: schema.fallback() };
  if (schema instanceof NullableSchema) return { anyOf: [schema.inner.toJson(defs), { type: 'null' }] };
  if (schema instanceof UnionSchema) return { anyOf: schema.options.map((o: Schema<unknown, unknown>) => o.toJson(defs)) };
  if (schema instanceof ArraySchema) return { type: 'array', items: schema.item.toJson(defs), ...(schema.options.maxItems ? { maxItems: schema.options.maxItems } : {}) };
  if (schema instanceof RecordSchema) return { type: 'object', additionalProperties: schema.value.toJson(defs) };
  if (schema instanceof ObjectSchema) {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, child] of Object.entries(schema.shape as Shape)) {
      properties[key] = child.toJson(defs);
      if (!(child instanceof OptionalSchema) && !(child instanceof DefaultSchema)) required.push(key);
    }
    return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
  }
  if (schema instanceof NamedSchema) {
    if (!defs.has(schema.name)) {
      defs.set(schema.name, {});
      defs.set(schema.name, schema.inner.toJson(defs));
    }
    return { $ref: `#/$defs/${schema.name}` };
  }
  // A schema class of one's own writes its own.
  return (schema as unknown as { json(defs: Map<string, JsonSchema>): JsonSchema }).json(defs);
}

/**
 * The JSON Schema document for a root schema, with every named part under `$defs`.
 * `descriptions` go into it by place: `"Name"` for a named part, `"Name.key"` for a property of
 * one, `".key"` for a property of the root. (They are kept out of the declarations, so that code
 * that only validates does not carry them.)
 */
export function toJsonSchema(root: Schema<unknown, unknown>, header: JsonSchema = {}, descriptions: Record<string, string> = {}): JsonSchema {
  jsonHook = jsonOf;
  const defs = new Map<string, JsonSchema>();
  const body = root.toJson(defs);
  const sorted: Record<string, JsonSchema> = Object.fromEntries([...defs.entries()].sort(([a], [b]) => a.localeCompare(b)));
  for (const [place, description] of Object.entries(descriptions)) {
    const dot = place.indexOf('.');
    const owner = dot < 0 ? place : place.slice(0, dot);
    const schema = owner ? sorted[owner] : body;
    const properties = schema?.['properties'] as Record<string, JsonSchema> | undefined;
    const key = place.slice(dot + 1);
    if (dot < 0 && schema) sorted[owner] = { description, ...schema };
    else if (properties?.[key]) properties[key] = { description, ...properties[key] };
    else throw new Error(`toJsonSchema: no place "${place}" to describe`);
  }
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...header, ...body, $defs: sorted };
}

/** Check a value; never throws. With `reuse`, see `CheckContext.reuse`. */
export function checkValue<T>(schema: Schema<T, unknown>, value: unknown, reuse = false): { value: T | undefined; issues: SchemaIssue[] } {
  const ctx: Ctx = { issues: [], stack: [], depth: 0, keys: [], base: '', reuse };
  const top = foundTop;
  try {
    const out = compiled(schema)(value, ctx) as T | Invalid;
    return { value: out === INVALID ? undefined : out, issues: ctx.issues };
  } finally {
    // A getter that threw left the object checks' stack where it was.
    foundTop = top;
  }
}
