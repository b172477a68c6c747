import { Logger } from '@nestjs/common';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { MAX_HTTP_BODY_BYTES } from './request-size';

interface BodyError {
  status?: number;
  type?: string;
  message?: string;
}

/**
 * Reads /graphql's JSON bodies up to MAX_HTTP_BODY_BYTES. A body too large or unreadable is the caller's
 * mistake: it is answered as GraphQL answers errors, and logged as a warning, without a stack.
 *
 * Hazard: the application must be created with `bodyParser: false`, or Nest's own parser (100 KB) reads first.
 */
export function graphqlBodyParser(): RequestHandler {
  const parse = express.json({ limit: MAX_HTTP_BODY_BYTES });
  const logger = new Logger('GraphQL');
  return (request: Request, response: Response, next: NextFunction) =>
    parse(request, response, (error?: unknown) => {
      const { status, type, message } = (error ?? {}) as BodyError;
      if (!error || !status || status >= 500) return next(error);
      const tooLarge = type === 'entity.too.large';
      const refusal = tooLarge
        ? `the request is larger than ${MAX_HTTP_BODY_BYTES} bytes, more than the largest command needs`
        : `the request's body could not be read: ${message ?? type}`;
      logger.warn(`${status} to ${request.ip}: ${refusal}`);
      response.status(status).json({
        errors: [
          {
            message: refusal,
            extensions: tooLarge
              ? { code: 'REQUEST_TOO_LARGE', maxBytes: MAX_HTTP_BODY_BYTES }
              : { code: 'BAD_REQUEST' },
          },
        ],
      });
    });
}

/** Nest's own parser, when the application was created without `bodyParser: false`: it would read first. */
export function nestBodyParserIn(app: express.Express): boolean {
  const stack = (app.router as unknown as { stack?: { handle?: { name?: string } }[] }).stack ?? [];
  return stack.some((layer) => layer.handle?.name === 'jsonParser');
}
