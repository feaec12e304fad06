import { randomUUID } from 'node:crypto';
import rateLimit from '@fastify/rate-limit';
import Fastify, { type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { registerAttachmentUploads } from './features/attachments/register-uploads';
import { registerTrackRoutes } from './features/conversions/track-routes';
import { acceptBinaryUploads } from './features/imports/binary-body';
import { registerRedirector } from './features/redirector/redirect-route';
import { registerAuthProxy } from './http/auth-proxy';
import { errorHandler } from './http/error-handler';
import { registerOpenApi } from './http/openapi';
import { registerRoute } from './http/register-route';
import { registerWebApp } from './http/web-app';
import { ROUTES } from './routes';
import type { Services } from './services';

const REQUEST_ID = /^[A-Za-z0-9._-]{8,64}$/;

export async function buildApp(services: Services): Promise<FastifyInstance> {
  const { config } = services;
  const app = Fastify({
    loggerInstance: services.log as FastifyBaseLogger,
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id'];
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
    },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.setErrorHandler(errorHandler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    // While shutting down, answer in-flight requests and then close their keep-alive connections.
    if (!app.server.listening) reply.header('connection', 'close');
  });

  await app.register(rateLimit, { global: false });
  await registerAttachmentUploads(app, config);
  await registerOpenApi(app, config.publicUrl);
  registerAuthProxy(app, services);
  acceptBinaryUploads(app);
  for (const route of ROUTES) registerRoute(app, services, route);
  registerRedirector(app, services);
  await app.register(registerTrackRoutes(services));
  await registerWebApp(app, config.webDistDir);
  return app;
}
