// The HTTP application: plumbing (validation, errors, auth, OpenAPI, static
// web) and the feature routes under /api.
import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import fastifyCookie from '@fastify/cookie';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
} from 'fastify-type-provider-zod';
import '../../shared/api/zod-zh';
import type { Clock } from '../clock';
import type { Database } from '../db/client';
import { apiTokenRoutes } from '../features/api-tokens/api-tokens.routes';
import { assessmentRoutes } from '../features/assessment/assessment.routes';
import { attachmentRoutes } from '../features/attachments/attachments.routes';
import { auditRoutes } from '../features/audit/audit.routes';
import { authRoutes } from '../features/auth/auth.routes';
import { bulletinRoutes } from '../features/bulletins/bulletins.routes';
import { calendarRoutes } from '../features/calendar/calendar.routes';
import { caseExportRoutes } from '../features/case-export/case-export.routes';
import { caseRoutes } from '../features/cases/cases.routes';
import { courtExchangeRoutes } from '../features/court-exchange/court-exchange.routes';
import { courtRoutes } from '../features/courts/courts.routes';
import { dashboardRoutes } from '../features/dashboard/dashboard.routes';
import { dictionaryRoutes } from '../features/dictionaries/dictionaries.routes';
import { healthRoutes } from '../features/health/health.routes';
import { indicatorRoutes } from '../features/indicators/indicators.routes';
import { letterRoutes } from '../features/letters/letters.routes';
import { monthlyReportRoutes } from '../features/monthly-reports/monthly-reports.routes';
import { notificationRoutes } from '../features/notifications/notifications.routes';
import { organisationRoutes } from '../features/organisations/organisations.routes';
import { periodicReportRoutes } from '../features/periodic-reports/periodic-reports.routes';
import { securityPolicyRoutes } from '../features/security-policy/security-policy.routes';
import { suggestionRoutes } from '../features/suggestions/suggestions.routes';
import { userRoutes } from '../features/users/users.routes';
import { ALL_JOBS } from '../jobs/all-jobs';
import { startScheduler } from '../jobs/scheduler';
import { registerAuth } from './auth';
import { registerErrorHandling } from './error-handler';

export interface AppConfig {
  loginRateLimit: number;
  cookieSecure: boolean;
  trustProxy: boolean;
  logLevel: string;
  /** Built web UI (dist/web); served with an SPA fallback when present. */
  webRoot?: string;
  /** Data directory: stored files live under `<dataDir>/files`. */
  dataDir?: string;
  /** Largest accepted upload in bytes (MAX_UPLOAD_MB); 50 MB when not given. */
  maxUploadBytes?: number;
  /** How often the scheduled jobs run; off when not given (tests run them by hand). */
  schedulerIntervalMs?: number;
}

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    clock: Clock;
    config: AppConfig;
    /** 'METHOD /api/path' of every API route, for the authorisation matrix test. */
    apiRoutes: string[];
  }
}

export async function buildApp(options: { database: Database; clock: Clock; config: AppConfig }) {
  const { config } = options;
  const app = Fastify({
    logger: config.logLevel === 'silent' ? false : { level: config.logLevel },
    genReqId: () => randomUUID(),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
  });
  app.decorate('database', options.database);
  app.decorate('clock', options.clock);
  app.decorate('config', config);
  app.decorate('apiRoutes', [] as string[]);
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  // Every /api route must say who may call it: a route without `access` would
  // otherwise skip authentication silently.
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (route.config?.access === undefined) {
      throw new Error(`Route ${route.method} ${route.url} declares no config.access`);
    }
    for (const method of [route.method].flat())
      if (method !== 'HEAD') app.apiRoutes.push(`${method} ${route.url}`);
  });

  await app.register(fastifyCookie);
  await app.register(fastifyRateLimit, { global: false });
  await app.register(fastifySwagger, {
    openapi: {
      info: { title: '府院 Fuyuan API', description: '行政争议府院联动平台接口', version: '0.1.0' },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'fuyuan_session' },
          bearer: { type: 'http', scheme: 'bearer' },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', { config: { access: 'public' }, schema: { hide: true } }, async () =>
    app.swagger(),
  );

  registerAuth(app);
  registerErrorHandling(app);

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(authRoutes);
      await api.register(organisationRoutes);
      await api.register(userRoutes);
      await api.register(apiTokenRoutes);
      await api.register(securityPolicyRoutes);
      await api.register(auditRoutes);
      await api.register(caseRoutes);
      await api.register(caseExportRoutes);
      await api.register(attachmentRoutes);
      await api.register(letterRoutes);
      await api.register(courtRoutes);
      await api.register(calendarRoutes);
      await api.register(dictionaryRoutes);
      await api.register(courtExchangeRoutes);
      await api.register(suggestionRoutes);
      await api.register(notificationRoutes);
      await api.register(monthlyReportRoutes);
      await api.register(bulletinRoutes);
      await api.register(indicatorRoutes);
      await api.register(periodicReportRoutes);
      await api.register(assessmentRoutes);
      await api.register(dashboardRoutes);
    },
    { prefix: '/api' },
  );

  if (config.schedulerIntervalMs) {
    const interval = config.schedulerIntervalMs;
    let scheduler: { stop(): Promise<void> } | null = null;
    app.addHook('onReady', async () => {
      scheduler = startScheduler({
        db: app.database.db,
        now: () => app.clock.now(),
        jobs: ALL_JOBS,
        intervalMs: interval,
        log: app.log,
      });
    });
    // Before the database closes: a running job finishes first.
    app.addHook('onClose', async () => scheduler?.stop());
  }

  if (config.webRoot && fs.existsSync(path.join(config.webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: config.webRoot, wildcard: false });
  }
  return app;
}

export type App = FastifyInstance;
