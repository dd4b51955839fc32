import { fieldErrors } from '@handcheck/core';
import type { FastifySchemaCompiler } from 'fastify';
import type { ZodType } from 'zod';
import { InvalidInput } from './errors';

/**
 * Parses body, query and params with core's zod schemas and turns problems into core's
 * `fieldErrors` (`regions[0].severity must be 0–10 (got 14)`), so the web shows each message
 * beside its field. Paths are relative to the part they are in (query fields are prefixed `query`).
 */
export const zodValidatorCompiler: FastifySchemaCompiler<ZodType> =
  ({ schema, httpPart }) =>
  (data) => {
    // reportInput: so a wrong type reads "must be number", not "is required".
    const r = schema.safeParse(data, { reportInput: true });
    if (r.success) return { value: r.data };
    const prefix = httpPart === 'querystring' ? 'query' : httpPart === 'params' ? 'params' : '';
    return { error: new InvalidInput(fieldErrors(r.error, prefix)) };
  };
