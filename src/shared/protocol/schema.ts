/**
 * The building blocks of the request protocol: a payload schema per request type, the limits
 * written into them, and error text a person can act on ("bg/analyze: payload.text: too long
 * (10500000 > 2000000 chars)"), never valibot's raw issue.
 */
import * as v from 'valibot';
import type { RequestMap } from '../messages';

/** One valibot schema per request type of map `M`, whose output is that request's payload type. */
export type PayloadSchemas<M extends RequestMap> = {
  [K in keyof M]: v.GenericSchema<unknown, M[K]['req']>;
};

/** A string of at most `max` UTF-16 code units (and at least `min`). */
export function text(max: number, min = 0) {
  return v.pipe(
    v.string(),
    v.minLength(min, (issue) => `too short (${(issue.input as string).length} < ${min} chars)`),
    v.maxLength(max, (issue) => `too long (${(issue.input as string).length} > ${max} chars)`),
  );
}

/** An integer in [min, max]. */
export function integer(min: number, max: number) {
  return v.pipe(
    v.number(),
    v.integer((issue) => `not an integer (${String(issue.input)})`),
    v.minValue(min, (issue) => `out of range (${String(issue.input)} < ${min})`),
    v.maxValue(max, (issue) => `out of range (${String(issue.input)} > ${max})`),
  );
}

/** The payload of a request that takes none. */
export const none = v.null();

function describe(issue: v.BaseIssue<unknown>): string {
  if (issue.kind !== 'schema') return issue.message;
  if (issue.type === 'strict_object' && issue.expected === 'never') return 'unexpected key';
  if (issue.received === 'undefined' && issue.path?.length) return 'missing';
  return `expected ${issue.expected ?? 'something else'}, got ${issue.received}`;
}

/** The first problem valibot found, as "payload.text: too long (…)". */
function formatIssue(issue: v.BaseIssue<unknown>): string {
  const path = v.getDotPath(issue);
  return `${path ? `payload.${path}` : 'payload'}: ${describe(issue)}`;
}

/** The payload parsed by `schema`, or the first problem as text. */
export function parsePayload<T>(schema: v.GenericSchema<unknown, T>, payload: unknown): { ok: true; value: T } | { ok: false; error: string } {
  const r = v.safeParse(schema, payload, { abortEarly: true });
  if (r.success) return { ok: true, value: r.output };
  const first = r.issues[0];
  return { ok: false, error: first ? formatIssue(first) : 'payload: invalid' };
}
