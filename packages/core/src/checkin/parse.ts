/**
 * Parsing at the edge, with errors a person can act on:
 * `checkIn.regions[2].severity must be 0–10 (got 14)`, never "invalid input".
 */
import { type ZodType, z } from 'zod';
import { Context } from './context';
import { CheckIn, migrateCheckIn } from './schema';

export interface FieldError {
  /** Dotted path with [index] for arrays, e.g. `checkIn.regions[2].severity`. */
  readonly field: string;
  readonly message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

export function formatPath(path: readonly PropertyKey[], prefix = ''): string {
  let out = prefix;
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out ? `.${String(key)}` : String(key);
  }
  return out || '(root)';
}

function describeIssue(issue: z.core.$ZodIssue): string {
  switch (issue.code) {
    case 'invalid_value':
      // A long list (the 98 region ids) is not a helpful message: use the schema's own words.
      if (issue.values.length > 12) return `${issue.message} (got ${JSON.stringify(issue.input)})`;
      return `must be one of: ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')}`;
    case 'invalid_type':
      if (issue.input === undefined) return `is required (${issue.expected})`;
      return issue.message.startsWith('Invalid input') ? `must be ${issue.expected}` : issue.message;
    default:
      return issue.message;
  }
}

/** Turns a zod error into one line per problem, each naming the field. */
export function fieldErrors(error: z.ZodError, prefix = ''): FieldError[] {
  return error.issues.map((issue) => ({
    field: formatPath(issue.path, prefix),
    message: describeIssue(issue),
  }));
}

/** "checkIn.date must be a date written YYYY-MM-DD; checkIn.regions[0].severity must be 0–10 (got 14)". */
export function describeErrors(errors: readonly FieldError[]): string {
  return errors.map((e) => `${e.field} ${e.message}`).join('; ');
}

export function parseWith<T>(schema: ZodType<T>, data: unknown, prefix = ''): Parsed<T> {
  // reportInput lets a wrong type say what it got ("must be number") rather than "is required".
  const r = schema.safeParse(data, { reportInput: true });
  return r.success ? { ok: true, value: r.data } : { ok: false, errors: fieldErrors(r.error, prefix) };
}

/** Parses a check-in of version 1 or 2 and returns it as the current version. */
export function parseCheckIn(data: unknown, prefix = 'checkIn'): Parsed<CheckIn> {
  const r = parseWith(CheckIn, data, prefix);
  return r.ok ? { ok: true, value: migrateCheckIn(r.value) } : r;
}
export const parseContext = (data: unknown, prefix = 'context') => parseWith(Context, data, prefix);

/** JSON Schema (draft 2020-12) of the check-in and its context, for docs/ and other tools. */
export function checkInJsonSchema(): Record<string, unknown> {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: 'https://handcheck.example/schemas/checkin-v2.json',
    title: 'HandCheck check-in, version 2 (version 1 documents are valid too)',
    description:
      'One day of hand and wrist symptoms, region by region, with the medicine context. See docs/checkin.md.',
    type: 'object',
    properties: {
      checkIn: z.toJSONSchema(CheckIn, { io: 'input', unrepresentable: 'any' }),
      context: z.toJSONSchema(Context, { io: 'input', unrepresentable: 'any' }),
    },
    required: ['checkIn'],
    additionalProperties: false,
  };
}
