import { describeErrors, type FieldError } from '@handcheck/core';
import type { FastifyError, FastifyInstance } from 'fastify';

/** An error the person can act on: a status, a stable code, plain words. */
export class HttpError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields?: readonly FieldError[],
  ) {
    super(message);
  }
}

export const notFound = (what = 'That') => new HttpError(404, 'not_found', `${what} was not found.`);
export const forbidden = (message = 'You do not have access to this.') =>
  new HttpError(403, 'forbidden', message);
export const unauthorized = () => new HttpError(401, 'unauthorized', 'Please sign in first.');

/** Thrown by the zod validator compiler: one entry per problem, each naming the field. */
export class InvalidInput extends HttpError {
  constructor(fields: readonly FieldError[]) {
    super(400, 'invalid_input', describeErrors(fields), fields);
  }
}

const FASTIFY_CODES: Record<string, [string, string]> = {
  FST_ERR_CTP_BODY_TOO_LARGE: ['too_large', 'The request body is too large (the limit is 256 KB).'],
  FST_ERR_CTP_INVALID_JSON_BODY: ['invalid_json', 'The request body is not valid JSON.'],
  FST_ERR_CTP_EMPTY_JSON_BODY: ['invalid_json', 'The request body is empty; send a JSON document.'],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: ['unsupported_media_type', 'Send the request body as application/json.'],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [
    'invalid_content_length',
    'The Content-Length header does not match the body.',
  ],
};

/**
 * One error shape everywhere: `{error, message, fields?}`. Bad input is always a 4xx; a 5xx says
 * nothing about the inside and is logged by code and message only (never a body).
 */
export function installErrorHandlers(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | HttpError, request, reply) => {
    if (err instanceof HttpError) {
      return reply
        .code(err.statusCode)
        .send({ error: err.code, message: err.message, ...(err.fields ? { fields: err.fields } : {}) });
    }
    // PostgreSQL's "data exception" class (22xxx: a value out of range, text it cannot hold):
    // the input was wrong, and the transaction was rolled back, so nothing was stored.
    const sqlState = (err as { code?: unknown }).code;
    if (typeof sqlState === 'string' && /^22[0-9A-Z]{3}$/.test(sqlState)) {
      request.log.warn({ code: sqlState }, 'input refused by the database');
      return reply.code(400).send({
        error: 'invalid_input',
        message:
          'A value in the request cannot be stored (out of range or not valid text). Nothing was changed.',
      });
    }
    const status = err.statusCode ?? 500;
    if (status >= 400 && status < 500) {
      const [code, message] = FASTIFY_CODES[err.code] ?? [
        'bad_request',
        err.message.startsWith('Unexpected') || err instanceof SyntaxError
          ? 'The request body is not valid JSON.'
          : err.message,
      ];
      return reply.code(status).send({ error: code, message });
    }
    request.log.error({ code: (err as FastifyError).code, message: err.message }, 'request failed');
    return reply.code(500).send({
      error: 'internal',
      message: 'Something went wrong on our side and nothing was changed. Please try again.',
    });
  });
}
