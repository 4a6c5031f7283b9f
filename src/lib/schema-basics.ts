/**
 * The pieces every schema of the project is built from (the content schema,
 * the site settings): a text field, and how a wrong value is named in a
 * message. Messages name no field: the checker puts the field path in front
 * of them.
 */
import { z } from 'astro/zod';

/**
 * The message for a required value that is absent (`is missing`), written
 * empty (`is empty`), or of the wrong kind: `must be <what>, not <found>`.
 */
export const required = (what: string) => (issue: { input: unknown }) =>
  issue.input === undefined
    ? 'is missing'
    : issue.input === null
      ? 'is empty'
      : `must be ${what}, not ${describe(issue.input)}`;

/**
 * A required text field, trimmed. (An issue of any schema may carry its own
 * "what to write instead" as `params.hint`; it replaces the field's hint.)
 */
export const text = () =>
  z
    .string({ error: required('text') })
    .trim()
    .min(1, 'is empty');

/** How a wrong value is named in a message: `empty`, `a list`, `text "x"`, `number 3`. */
export function describe(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a group of fields';
  if (typeof value === 'string') return `text ${JSON.stringify(value)}`;
  return `${typeof value} ${JSON.stringify(value)}`;
}

/**
 * `true` when a schema's output type and the domain type it stands for are assignable both ways: a
 * schema module assigns `true` to it, so a required field in one and not the other fails the type
 * check (an optional field in only one passes: both ways still assign).
 */
export type SameType<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
