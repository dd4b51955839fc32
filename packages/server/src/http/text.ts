import { type FieldError, formatPath, textProblem } from '@handcheck/core';
import type { FastifyRequest } from 'fastify';
import { InvalidInput } from './errors';

interface Node {
  readonly value: unknown;
  readonly key: string | number | undefined;
  readonly parent: Node | undefined;
}

function pathOf(node: Node): (string | number)[] {
  const path: (string | number)[] = [];
  for (let n: Node | undefined = node; n?.key !== undefined; n = n.parent) path.push(n.key);
  return path.reverse();
}

/**
 * The first few strings in `value` (field names included) that cannot be stored as text, by
 * path. Iterative: a body nested 20,000 deep must not overflow the stack.
 */
function findUnstorable(value: unknown, prefix: string): FieldError[] {
  const found: FieldError[] = [];
  const stack: Node[] = [{ value, key: undefined, parent: undefined }];
  while (stack.length > 0 && found.length < 5) {
    const node = stack.pop() as Node;
    const v = node.value;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) found.push({ field: formatPath(pathOf(node), prefix), message: problem });
    } else if (Array.isArray(v)) {
      for (let i = v.length - 1; i >= 0; i--) stack.push({ value: v[i], key: i, parent: node });
    } else if (v && typeof v === 'object') {
      for (const [k, item] of Object.entries(v).reverse()) {
        const problem = textProblem(k);
        if (problem)
          found.push({
            field: formatPath(pathOf(node), prefix),
            message: `has a field name that ${problem}`,
          });
        else stack.push({ value: item, key: k, parent: node });
      }
    }
  }
  return found;
}

/**
 * Refuses, with 400 naming the field, any input holding a NUL character or a lone surrogate:
 * PostgreSQL cannot store either, so without this a note like "a\u0000b" would reach the
 * database and fail there. Core's schemas refuse them too (`safeText`); this covers every field.
 */
export async function refuseUnstorableText(request: FastifyRequest): Promise<void> {
  const problems = [
    ...findUnstorable(request.params, 'params'),
    ...findUnstorable(request.query, 'query'),
    ...findUnstorable(request.body, ''),
  ];
  if (problems.length > 0) throw new InvalidInput(problems.slice(0, 5));
}
