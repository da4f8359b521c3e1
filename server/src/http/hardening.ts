import { ApolloArmor } from '@escape.tech/graphql-armor';
import cors from 'cors';
import type { RequestHandler } from 'express';
import helmet from 'helmet';
import pLimit from 'p-limit';
import type { Config } from '../config.js';

/**
 * Limits on the shape of a GraphQL document (graphql-armor): deep nesting, many aliases, costly
 * selections, huge documents and directive floods are refused before anything runs, and a
 * misspelt field gets no "did you mean" (it would reveal the schema when introspection is off).
 * The console's largest document stays well inside these (checked by the browser tests).
 */
export const GRAPHQL_LIMITS = {
  maxDepth: 10,
  maxAliases: 15,
  maxCost: 5000,
  maxTokens: 3000,
  maxDirectives: 50,
} as const;

export function graphqlArmor() {
  return new ApolloArmor({
    maxDepth: { n: GRAPHQL_LIMITS.maxDepth },
    maxAliases: { n: GRAPHQL_LIMITS.maxAliases },
    costLimit: { maxCost: GRAPHQL_LIMITS.maxCost },
    maxTokens: { n: GRAPHQL_LIMITS.maxTokens },
    maxDirectives: { n: GRAPHQL_LIMITS.maxDirectives },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/**
 * Security headers (helmet) with a content security policy the console runs under: its own
 * scripts only, MUI's inline styles, media and images from this server and from blob: (the
 * player), no framing by other sites.
 */
export function securityHeaders(config: Config): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: true,
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:', 'blob:'],
        'media-src': ["'self'", 'blob:'],
        'font-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'worker-src': ["'self'", 'blob:'],
        'object-src': ["'none'"],
        'frame-ancestors': ["'none'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': config.cookieSecure ? [] : null,
      },
    },
    strictTransportSecurity: config.cookieSecure,
    crossOriginEmbedderPolicy: false,
  });
}

/**
 * CORS for the configured origins only (CORS_ORIGINS); with none configured no cross-origin
 * request gets CORS headers, so browsers keep other sites out. Credentials are allowed for the
 * listed origins (the console's cookie session).
 */
export function corsForConfiguredOrigins(config: Config): RequestHandler {
  const allowed = new Set(config.corsOrigins);
  return cors({
    origin: (origin, done) => done(null, origin !== undefined && allowed.has(origin)),
    credentials: true,
    exposedHeaders: [
      'Location',
      'Upload-Offset',
      'Upload-Length',
      'Upload-Metadata',
      'Tus-Resumable',
      'Tus-Version',
      'Tus-Max-Size',
      'Tus-Extension',
      'X-Record-Id',
      'Content-Range',
      'Accept-Ranges',
      'Content-Disposition',
    ],
    maxAge: 600,
  });
}

/**
 * Admission control for /graphql: at most `concurrent` requests run at once and the rest wait in
 * order, so under a burst each request runs at full speed instead of all slowing down together
 * (and waiting for database connections until the pool times out). Beyond `queue` waiting, the
 * answer is 503 with Retry-After at once: a clear "busy", not a minute-long wait.
 */
export function admissionControl(concurrent: number, queue: number): RequestHandler {
  const limit = pLimit(concurrent);
  return (req, res, next) => {
    if (limit.pendingCount >= queue) {
      res.set('Retry-After', '2');
      res.status(503).json({
        errors: [{ message: 'The server is busy; try again shortly', extensions: { code: 'SERVICE_UNAVAILABLE' } }],
      });
      return;
    }
    void limit(
      () =>
        new Promise<void>((done) => {
          res.once('close', done);
          next();
        }),
    );
  };
}
