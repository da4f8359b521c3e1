import { serveVolume, verifyVolume } from './archive/media.http.js';
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import cookieParser from 'cookie-parser';
import express from 'express';
import type { GraphQLFormattedError } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { exportCompliance } from './supervision/compliance.http.js';
import { exportAuditCsv } from './audit/audit.export.js';
import { AppError, databaseUnavailable, ErrorCode, isDatabaseDown } from './common/errors.js';
import { buildContext, clientAddressOf, type Context, type Services } from './context.js';
import { CLIENT_ADDRESS_HEADER, createTusServer } from './files/tus.js';
import { admissionControl, corsForConfiguredOrigins, graphqlArmor, securityHeaders } from './http/hardening.js';
import { createSchema } from './schema.js';

/** Keeps codes and safe messages; hides everything else (logged server-side). */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  if (original instanceof AppError)
    return { message: original.message, path: formatted.path, extensions: { ...original.extensions } };
  if (original instanceof ArgumentValidationError) {
    const details = original.extensions.validationErrors.map((v) => ({
      field: v.property,
      problems: Object.values(v.constraints ?? {}).concat(
        (v.children ?? []).flatMap((c) => Object.values(c.constraints ?? {}).map((m) => `${c.property}: ${m}`)),
      ),
    }));
    return {
      message: `Invalid input: ${details.map((d) => `${d.field} (${d.problems.join('; ')})`).join(', ')}`,
      path: formatted.path,
      extensions: { code: ErrorCode.BAD_USER_INPUT, details },
    };
  }
  const code = formatted.extensions?.code;
  // Parse, validation and variable errors from GraphQL itself are about the request: safe to show.
  if (
    code === 'GRAPHQL_PARSE_FAILED' ||
    code === 'GRAPHQL_VALIDATION_FAILED' ||
    code === 'BAD_USER_INPUT' ||
    code === 'BAD_REQUEST' ||
    code === 'PERSISTED_QUERY_NOT_FOUND' ||
    code === 'OPERATION_RESOLUTION_FAILURE' ||
    code === ErrorCode.SERVICE_UNAVAILABLE
  ) {
    return { message: formatted.message, locations: formatted.locations, path: formatted.path, extensions: { code } };
  }
  if (isDatabaseDown(original)) {
    console.error('database unavailable:', (original as Error).message);
    return {
      message: 'The database is unavailable; try again shortly',
      path: formatted.path,
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    };
  }
  console.error('unexpected error:', original);
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}

/** Answers 503 when the database was unreachable, so clients and load balancers retry later. */
const serviceUnavailableStatus: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((e) => e.extensions?.code === ErrorCode.SERVICE_UNAVAILABLE) && response.http)
          response.http.status = 503;
      },
    };
  },
};

export interface App {
  httpServer: http.Server;
  /** Listens on `port` (0 = any free port) and resolves with the actual port. */
  listen(port: number, host?: string): Promise<number>;
  close(): Promise<void>;
}

/** How often an instance also seals events other instances or crashed processes left pending. */
const AUDIT_SEAL_INTERVAL_MS = 1000;

/** One HTTP server: `/graphql`, `/files` (tus), `/health` and the built console. */
export async function createApp(services: Services): Promise<App> {
  const { config, orm } = services;
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  const httpServer = http.createServer(app);
  // Keep idle connections open longer than clients and load balancers do (60 s is common), so
  // the server never closes a socket just as a client sends its next request on it.
  httpServer.keepAliveTimeout = 65_000;
  httpServer.headersTimeout = 66_000;
  app.use(securityHeaders(config));
  app.use(
    ['/graphql', '/files', '/download', '/exports', '/reports', '/packages', '/attachments', '/disposals', '/media'],
    corsForConfiguredOrigins(config),
  );

  const tus = createTusServer(services);
  // tus reads the raw body itself: mount it before any body parser.
  const tusHandler = (req: express.Request, res: express.Response) => {
    // tus sees a Fetch API Request without the socket: hand it the client address in a header
    // that always overwrites whatever the client sent under that name.
    req.headers[CLIENT_ADDRESS_HEADER] = clientAddressOf(req) ?? '';
    void tus.handle(req, res);
  };
  app.all('/files', tusHandler);
  app.all('/files/{*rest}', tusHandler);

  // A record's file, opened (and audited) through `openRecordFile`; Range requests for seeking.
  const download = async (req: express.Request, res: express.Response) => {
    const ctx = await buildContext(services, req, res);
    await services.fileAccess.serve(ctx, req, res);
  };
  app.get('/download/:accessId', cookieParser(), download);

  // The filtered audit trail as CSV, streamed (supervisors: the rule that reads the trail).
  app.get('/exports/audit.csv', cookieParser(), async (req, res) => {
    await exportAuditCsv(await buildContext(services, req, res), req, res);
  });

  // The compliance reports' findings, for print and spreadsheets (supervision, leaders).
  app.get('/reports/compliance.csv', cookieParser(), async (req, res) => {
    await exportCompliance(await buildContext(services, req, res), req, res, 'csv');
  });
  app.get('/reports/compliance.pdf', cookieParser(), async (req, res) => {
    await exportCompliance(await buildContext(services, req, res), req, res, 'pdf');
  });

  // Export packages as kept (Art. 17), and the papers of requests (letters, forms, receipts).
  app.get('/packages/:packageId', cookieParser(), async (req, res) => {
    await services.exports.serve(await buildContext(services, req, res), req, res);
  });
  app.post('/attachments', cookieParser(), async (req, res) => {
    await services.attachments.upload(await buildContext(services, req, res), req, res);
  });
  app.get('/attachments/:attachmentId', cookieParser(), async (req, res) => {
    await services.attachments.serve(await buildContext(services, req, res), req, res);
  });
  // Destruction certificates (销毁证明) of executed disposal lists.
  app.get('/disposals/:listId/certificate', cookieParser(), async (req, res) => {
    await services.disposals.serveCertificate(await buildContext(services, req, res), req, res);
  });

  // Long-term media (Art. 15): a volume's zip for burning; the bytes read back from a written medium.
  app.get('/media/:volumeId', cookieParser(), async (req, res) => {
    await serveVolume(await buildContext(services, req, res), req, res);
  });
  app.post('/media/:volumeId/verify', cookieParser(), async (req, res) => {
    await verifyVolume(await buildContext(services, req, res), req, res);
  });

  // For load balancers and monitoring: this instance can reach PostgreSQL and the file store (503
  // if not), and whether the audit trail's events get sealed into the chain. Sealing that lags is a
  // matter for monitoring, not the balancer: the chain is shared, so no instance would do better.
  app.get('/health', async (_req, res) => {
    const [database, store, audit] = await Promise.all([
      orm.em
        .getConnection()
        .execute('select 1')
        .then(
          () => 'up',
          () => 'down',
        ),
      services.intake.store.ready().then(
        () => 'up',
        () => 'down',
      ),
      auditSealing(orm),
    ]);
    const ok = database === 'up' && store === 'up';
    res.status(ok ? 200 : 503).json({ status: ok ? 'ok' : 'unavailable', database, store, audit });
  });

  // graphql-armor is typed against @apollo/server's CommonJS build; the plugins are the same at run time.
  const armor = graphqlArmor();
  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: config.nodeEnv !== 'production',
    csrfPrevention: true,
    formatError,
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    validationRules: armor.validationRules,
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer }),
      serviceUnavailableStatus,
      ...(armor.plugins as unknown as ApolloServerPlugin<Context>[]),
    ],
  });
  await apollo.start();
  app.use(
    '/graphql',
    admissionControl(config.graphqlConcurrency, config.graphqlQueue),
    cookieParser(),
    express.json({ limit: '1mb' }),
    expressMiddleware(apollo, {
      // A database that is down while the caller is identified is a 503, not a failed context (500).
      context: ({ req, res }) =>
        buildContext(services, req, res).catch((error: unknown) => {
          if (isDatabaseDown(error)) throw databaseUnavailable();
          throw error;
        }),
    }),
  );

  if (config.consoleDir && fs.existsSync(path.join(config.consoleDir, 'index.html'))) {
    const index = path.join(config.consoleDir, 'index.html');
    app.use(express.static(config.consoleDir, { index: false, maxAge: '1h' }));
    app.get('/{*rest}', (_req, res) => res.sendFile(index));
  }

  // Last: malformed bodies and anything else Express itself rejects answer JSON, never a stack.
  app.use(
    (
      err: Error & { status?: number; type?: string },
      _req: express.Request,
      res: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
      if (status === 500) console.error('unexpected HTTP error:', err);
      res.status(status).json({
        errors: [
          {
            message: status === 500 ? 'Internal server error' : 'Bad request',
            extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );

  // Audit events are sealed into the chain by every instance, soon after they commit.
  let sealingFailed = false;
  services.audit.startSealing(orm, AUDIT_SEAL_INTERVAL_MS, (e: unknown) => {
    if (sealingFailed) return;
    sealingFailed = true; // said at most once a minute while it keeps failing (PostgreSQL down)
    console.error(`[enforcement-records] audit sealing failed, will retry: ${(e as Error).message}`);
    setTimeout(() => (sealingFailed = false), 60_000).unref();
  });

  return {
    httpServer,
    listen: (port, host) =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const address = httpServer.address();
          resolve(typeof address === 'object' && address ? address.port : port);
        });
      }),
    close: async () => {
      await apollo.stop();
      if (httpServer.listening) await new Promise<void>((r) => httpServer.close(() => r()));
      // Last: requests still finishing may append (denials are written by the sealer).
      await services.audit.stopSealing();
    },
  };
}

/** Events committed but not yet in the chain for longer than this mean the sealing is stuck. */
const AUDIT_LAG_SECONDS = 60;

/**
 * The audit trail's sealing as monitoring needs it: how many committed events wait to be sealed and
 * for how long the oldest has (the sealer takes them within a second when it works); `lagging`
 * past AUDIT_LAG_SECONDS, `unknown` when PostgreSQL cannot be asked. Reads the pending rows' own
 * partial index only.
 */
async function auditSealing(orm: Services['orm']) {
  try {
    const [row] = await orm.em.getConnection().execute<{ pending: number; oldest: number | null }[]>(
      `select count(*)::int as pending, extract(epoch from now() - min(at))::float8 as oldest
           from audit_event where seq is null`,
    );
    const oldest = row?.oldest ?? null;
    return {
      sealing: oldest !== null && oldest > AUDIT_LAG_SECONDS ? 'lagging' : 'ok',
      pending: row?.pending ?? 0,
      oldestPendingSeconds: oldest === null ? null : Math.round(oldest),
    };
  } catch {
    return { sealing: 'unknown', pending: null, oldestPendingSeconds: null };
  }
}
