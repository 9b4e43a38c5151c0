/**
 * A small schema kit: one declaration gives the TypeScript type (`Infer`), the JSON Schema
 * (`toJsonSchema`) and a validator that never throws and reports every problem with a JSON path.
 * It exists so that the model's types, its published schema and `validateRoadmap` cannot drift.
 */

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
  /** Objects on the current descent, to detect cycles. */
  stack: Set<object>;
  depth: number;
}

/** Returned by `check` when a value cannot be kept. */
export const INVALID: unique symbol = Symbol('invalid');
export type Invalid = typeof INVALID;

const MAX_DEPTH = 64;
/** Longest string the model accepts, so that a runaway field cannot stall rendering. */
export const MAX_STRING_LENGTH = 100_000;

export function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;
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

function fail(ctx: CheckContext, path: string, code: string, message: string): Invalid {
  ctx.issues.push({ path, code, message: `${path || '(root)'}: ${message}` });
  return INVALID;
}

/** Record a warning: the value is kept. */
export function warn(ctx: CheckContext, path: string, code: string, message: string): void {
  ctx.issues.push({ path, code, message: `${path || '(root)'}: ${message}`, severity: 'warning' });
}

/** Base of every schema. `T` is the checked output, `I` the accepted input. */
export abstract class Schema<T, I = T> {
  declare readonly _output: T;
  declare readonly _input: I;
  description?: string;

  /** Attach a description that goes into the JSON Schema. */
  describe(text: string): this {
    this.description = text;
    return this;
  }

  abstract check(value: unknown, path: string, ctx: CheckContext): T | Invalid;
  protected abstract json(defs: Map<string, JsonSchema>): JsonSchema;

  toJson(defs: Map<string, JsonSchema>): JsonSchema {
    const out = this.json(defs);
    return this.description ? { description: this.description, ...out } : out;
  }
}

export type Infer<S> = S extends Schema<infer T, unknown> ? T : never;
export type InferInput<S> = S extends Schema<unknown, infer I> ? I : never;

// ───────────── scalars ─────────────

export interface StringOptions {
  minLength?: number;
  maxLength?: number;
  pattern?: RegExp;
  /** JSON Schema `format`, with the check that enforces it here. */
  format?: { name: string; test: (value: string) => boolean; expected: string };
}

export class StringSchema<T extends string = string> extends Schema<T> {
  constructor(readonly options: StringOptions = {}) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): T | Invalid {
    if (typeof value !== 'string') return fail(ctx, path, 'schema.type', `expected text; got ${describeValue(value)}`);
    const { minLength, maxLength = MAX_STRING_LENGTH, pattern, format } = this.options;
    if (minLength !== undefined && value.length < minLength)
      return fail(ctx, path, 'schema.too-short', minLength === 1 ? 'must not be empty' : `expected at least ${minLength} characters`);
    if (value.length > maxLength)
      return fail(ctx, path, 'schema.too-long', `expected at most ${maxLength} characters; got ${value.length}`);
    if (pattern && !pattern.test(value))
      return fail(ctx, path, 'schema.pattern', `expected text matching ${pattern.source}; got ${describeValue(value)}`);
    if (format && !format.test(value))
      return fail(ctx, path, 'schema.format', `expected ${format.expected}; got ${describeValue(value)}`);
    return value as T;
  }
  protected json(): JsonSchema {
    const { minLength, maxLength = MAX_STRING_LENGTH, pattern, format } = this.options;
    return {
      type: 'string',
      ...(minLength !== undefined ? { minLength } : {}),
      maxLength,
      ...(pattern ? { pattern: pattern.source } : {}),
      ...(format ? { format: format.name } : {}),
    };
  }
}

export interface NumberOptions {
  min?: number;
  max?: number;
  integer?: boolean;
}

export class NumberSchema extends Schema<number> {
  constructor(readonly options: NumberOptions = {}) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): number | Invalid {
    if (typeof value !== 'number' || !Number.isFinite(value))
      return fail(ctx, path, 'schema.type', `expected a number; got ${describeValue(value)}`);
    const { min, max, integer } = this.options;
    if (integer && !Number.isInteger(value)) return fail(ctx, path, 'schema.type', `expected a whole number; got ${value}`);
    if (min !== undefined && value < min) return fail(ctx, path, 'schema.range', `expected at least ${min}; got ${value}`);
    if (max !== undefined && value > max) return fail(ctx, path, 'schema.range', `expected at most ${max}; got ${value}`);
    return value;
  }
  protected json(): JsonSchema {
    const { min, max, integer } = this.options;
    return {
      type: integer ? 'integer' : 'number',
      ...(min !== undefined ? { minimum: min } : {}),
      ...(max !== undefined ? { maximum: max } : {}),
    };
  }
}

export class BooleanSchema extends Schema<boolean> {
  check(value: unknown, path: string, ctx: CheckContext): boolean | Invalid {
    return typeof value === 'boolean' ? value : fail(ctx, path, 'schema.type', `expected true or false; got ${describeValue(value)}`);
  }
  protected json(): JsonSchema {
    return { type: 'boolean' };
  }
}

export class EnumSchema<T extends string> extends Schema<T> {
  private readonly allowed: ReadonlySet<string>;
  constructor(readonly values: readonly T[]) {
    super();
    this.allowed = new Set(values);
  }
  check(value: unknown, path: string, ctx: CheckContext): T | Invalid {
    if (typeof value === 'string' && this.allowed.has(value)) return value as T;
    return fail(ctx, path, 'schema.enum', `expected one of ${this.values.join(', ')}; got ${describeValue(value)}`);
  }
  protected json(): JsonSchema {
    return { type: 'string', enum: [...this.values] };
  }
}

/** Any JSON value (for `extensions`): no functions, no cycles, bounded depth. */
export class JsonValueSchema extends Schema<unknown> {
  check(value: unknown, path: string, ctx: CheckContext): unknown {
    return checkJsonValue(value, path, ctx);
  }
  protected json(): JsonSchema {
    return {};
  }
}

function checkJsonValue(value: unknown, path: string, ctx: CheckContext): unknown {
  if (value === null || typeof value === 'boolean' || typeof value === 'string') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : fail(ctx, path, 'schema.type', 'expected a finite number');
  if (typeof value !== 'object') return fail(ctx, path, 'schema.type', `expected JSON data; got ${describeValue(value)}`);
  return enter(value, path, ctx, () => {
    if (Array.isArray(value)) return value.map((v, i) => checkJsonValue(v, joinPath(path, i), ctx));
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, checkJsonValue((value as Record<string, unknown>)[key], joinPath(path, key), ctx));
    return out;
  });
}

/** Defines an own property even for keys such as `__proto__`. */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function enter<R>(value: object, path: string, ctx: CheckContext, body: () => R): R | Invalid {
  if (ctx.stack.has(value)) return fail(ctx, path, 'schema.cycle', 'refers back to itself (a cycle); JSON data cannot contain cycles');
  if (ctx.depth >= MAX_DEPTH) return fail(ctx, path, 'schema.too-deep', `nested more than ${MAX_DEPTH} levels deep`);
  ctx.stack.add(value);
  ctx.depth++;
  try {
    return body();
  } finally {
    ctx.stack.delete(value);
    ctx.depth--;
  }
}

// ───────────── wrappers ─────────────

/** Marks an object property as optional. */
export class OptionalSchema<T, I = T> extends Schema<T | undefined, I | undefined> {
  declare readonly _optional: true;
  constructor(readonly inner: Schema<T, I>) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): T | undefined | Invalid {
    return value === undefined ? undefined : this.inner.check(value, path, ctx);
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    return this.inner.toJson(defs);
  }
}

/** An optional input property that is always present in the output. */
export class DefaultSchema<T, I = T> extends Schema<T, I | undefined> {
  declare readonly _optional: true;
  constructor(
    readonly inner: Schema<T, I>,
    readonly fallback: () => T,
  ) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): T | Invalid {
    if (value === undefined) return this.fallback();
    const out = this.inner.check(value, path, ctx);
    return out === INVALID ? this.fallback() : out;
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    return { ...this.inner.toJson(defs), default: this.fallback() };
  }
}

export class NullableSchema<T, I = T> extends Schema<T | null, I | null> {
  constructor(readonly inner: Schema<T, I>) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): T | null | Invalid {
    return value === null ? null : this.inner.check(value, path, ctx);
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    return { anyOf: [this.inner.toJson(defs), { type: 'null' }] };
  }
}

/** First alternative that checks without issues wins. */
export class UnionSchema<T, I = T> extends Schema<T, I> {
  constructor(
    readonly options: ReadonlyArray<Schema<T, I>>,
    readonly expected: string,
  ) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): T | Invalid {
    for (const option of this.options) {
      const scratch: CheckContext = { issues: [], stack: ctx.stack, depth: ctx.depth };
      const out = option.check(value, path, scratch);
      if (out !== INVALID && scratch.issues.length === 0) return out;
    }
    return fail(ctx, path, 'schema.type', `expected ${this.expected}; got ${describeValue(value)}`);
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    return { anyOf: this.options.map((o) => o.toJson(defs)) };
  }
}

export interface ArrayOptions {
  maxItems?: number;
}

/** Items that fail their check are dropped (and reported); the rest are kept. */
export class ArraySchema<T, I = T> extends Schema<T[], I[]> {
  constructor(
    readonly item: Schema<T, I>,
    readonly options: ArrayOptions = {},
  ) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): T[] | Invalid {
    if (!Array.isArray(value)) return fail(ctx, path, 'schema.type', `expected a list; got ${describeValue(value)}`);
    const { maxItems } = this.options;
    if (maxItems !== undefined && value.length > maxItems)
      return fail(ctx, path, 'schema.too-long', `expected at most ${maxItems} items; got ${value.length}`);
    return enter(value, path, ctx, () => {
      const out: T[] = [];
      for (let i = 0; i < value.length; i++) {
        const item = this.item.check(value[i], joinPath(path, i), ctx);
        if (item !== INVALID) out.push(item);
      }
      return out;
    });
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    return { type: 'array', items: this.item.toJson(defs), ...(this.options.maxItems ? { maxItems: this.options.maxItems } : {}) };
  }
}

/** String-keyed map of one value type (used for `extensions`). */
export class RecordSchema<T> extends Schema<Record<string, T>> {
  constructor(readonly value: Schema<T>) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): Record<string, T> | Invalid {
    if (!isPlainObject(value)) return fail(ctx, path, 'schema.type', `expected an object; got ${describeValue(value)}`);
    return enter(value, path, ctx, () => {
      const out: Record<string, T> = {};
      for (const key of Object.keys(value)) {
        const v = this.value.check(value[key], joinPath(path, key), ctx);
        if (v !== INVALID) setOwn(out, key, v);
      }
      return out;
    });
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    return { type: 'object', additionalProperties: this.value.toJson(defs) };
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

/** A closed object: unknown properties are reported and dropped. */
export class ObjectSchema<S extends Shape> extends Schema<ShapeOutput<S>, ShapeInput<S>> {
  constructor(readonly shape: S) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): ShapeOutput<S> | Invalid {
    if (!isPlainObject(value)) return fail(ctx, path, 'schema.type', `expected an object; got ${describeValue(value)}`);
    return enter(value, path, ctx, () => {
      const out: Record<string, unknown> = {};
      let ok = true;
      for (const key of Object.keys(value)) {
        if (!Object.prototype.hasOwnProperty.call(this.shape, key)) {
          fail(ctx, joinPath(path, key), 'schema.unknown-property', `unknown property (allowed: ${Object.keys(this.shape).join(', ')})`);
        }
      }
      for (const [key, schema] of Object.entries(this.shape)) {
        const raw = Object.prototype.hasOwnProperty.call(value, key) ? value[key] : undefined;
        const childPath = joinPath(path, key);
        const isOptional = (schema as { _optional?: true }) instanceof OptionalSchema || schema instanceof DefaultSchema;
        if (raw === undefined && !isOptional) {
          fail(ctx, childPath, 'schema.required', 'is required');
          ok = false;
          continue;
        }
        const checked = schema.check(raw, childPath, ctx);
        if (checked === INVALID) {
          if (!isOptional) ok = false;
          continue;
        }
        if (checked !== undefined) setOwn(out, key, checked);
      }
      return ok ? (out as ShapeOutput<S>) : INVALID;
    });
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    const properties: Record<string, JsonSchema> = {};
    const required: string[] = [];
    for (const [key, schema] of Object.entries(this.shape)) {
      properties[key] = schema.toJson(defs);
      if (!(schema instanceof OptionalSchema) && !(schema instanceof DefaultSchema)) required.push(key);
    }
    return { type: 'object', properties, ...(required.length ? { required } : {}), additionalProperties: false };
  }
}

/** A named schema: emitted once under `$defs` and referenced elsewhere. */
export class NamedSchema<T, I = T> extends Schema<T, I> {
  constructor(
    readonly name: string,
    readonly inner: Schema<T, I>,
  ) {
    super();
  }
  check(value: unknown, path: string, ctx: CheckContext): T | Invalid {
    return this.inner.check(value, path, ctx);
  }
  protected json(defs: Map<string, JsonSchema>): JsonSchema {
    if (!defs.has(this.name)) {
      defs.set(this.name, {});
      defs.set(this.name, this.inner.toJson(defs));
    }
    return { $ref: `#/$defs/${this.name}` };
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

/** The JSON Schema document for a root schema, with every named part under `$defs`. */
export function toJsonSchema(root: Schema<unknown, unknown>, header: JsonSchema = {}): JsonSchema {
  const defs = new Map<string, JsonSchema>();
  const body = root.toJson(defs);
  const sorted = Object.fromEntries([...defs.entries()].sort(([a], [b]) => a.localeCompare(b)));
  return { $schema: 'https://json-schema.org/draft/2020-12/schema', ...header, ...body, $defs: sorted };
}

/** Check a value; never throws. */
export function checkValue<T>(schema: Schema<T, unknown>, value: unknown): { value: T | undefined; issues: SchemaIssue[] } {
  const ctx: CheckContext = { issues: [], stack: new Set(), depth: 0 };
  const out = schema.check(value, '', ctx);
  return { value: out === INVALID ? undefined : out, issues: ctx.issues };
}
