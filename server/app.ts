// The HTTP server: Fastify 5 with one module per concern (server/http/
// install*.ts, as graphile/starter's middleware), and PostGraphile through
// grafserv's Fastify v5 adapter, all on one port.
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import Fastify, { type FastifyInstance, LogController } from "fastify";
import pg from "pg";
import type { Logger } from "pino";
import type { DatabaseSettings } from "../db/lib/settings.ts";
import { makeVerifier } from "./auth.ts";
import type { ServerConfig } from "./config.ts";
import type { AppContext } from "./http/context.ts";
import { installAuth } from "./http/installAuth.ts";
import { installBoxOffice } from "./http/installBoxOffice.ts";
import { installClientConfig } from "./http/installClientConfig.ts";
import { installCors } from "./http/installCors.ts";
import { installErrorHandler, makeFrameworkErrors } from "./http/installErrorHandler.ts";
import { installHealth } from "./http/installHealth.ts";
import { installHelmet } from "./http/installHelmet.ts";
import { installLogging, requestId } from "./http/installLogging.ts";
import { installPostGraphile } from "./http/installPostGraphile.ts";
import { installRateLimits } from "./http/installRateLimits.ts";
import { installStatic } from "./http/installStatic.ts";
import { installUploads } from "./http/installUploads.ts";
import { installWebhooks } from "./http/installWebhooks.ts";
import { installWhatsApp } from "./http/installWhatsApp.ts";
import { makeRateLimiters } from "./rate-limit.ts";

export interface App {
  fastify: FastifyInstance;
  /** The Node server under Fastify. */
  server: Server;
  ownerPool: pg.Pool;
  /** Starts listening; resolves with the port (0 picks a free one). */
  listen(port: number, host: string): Promise<number>;
  /** Stops accepting, lets in-flight requests finish, closes pools. */
  close(): Promise<void>;
}

export async function createApp(options: {
  config: ServerConfig;
  settings: DatabaseSettings;
  logger: Logger;
  /** Where the built dashboard is (default web/dist). */
  staticRoot?: string;
}): Promise<App> {
  const { config, settings, logger } = options;
  const ownerPool = new pg.Pool({ connectionString: settings.ownerUrl, max: 5 });
  ownerPool.on("error", (error) => logger.warn({ err: error }, "owner pool error"));

  const fastify = Fastify({
    loggerInstance: logger,
    // Our own one-line request log (installLogging) never holds headers or bodies.
    logController: new LogController({ disableRequestLogging: true }),
    // Fastify takes a hop count too; its typings list only the other forms.
    trustProxy: config.trustProxy as boolean | string,
    bodyLimit: config.bodyLimitBytes,
    requestIdHeader: false,
    genReqId: requestId,
    requestTimeout: 30_000,
    connectionTimeout: 0,
    return503OnClosing: true,
    // Requests still running 10 s after close() are cut short (see close below).
    forceCloseConnections: "idle",
    frameworkErrors: makeFrameworkErrors(config),
  }) as unknown as FastifyInstance;
  fastify.server.headersTimeout = 15_000;

  const context: AppContext = {
    config,
    logger,
    ownerPool,
    settings,
    verify: makeVerifier(config),
    limiters: await makeRateLimiters(config, ownerPool),
    presetPlugins: [],
    imageOrigins: [],
  };

  // Order matters: hooks run in the order they are added.
  installErrorHandler(fastify, context);
  installLogging(fastify, context);
  await installHelmet(fastify, context);
  await installCors(fastify, context);
  installHealth(fastify, context);
  installClientConfig(fastify, context);
  await installWebhooks(fastify, context);
  await installWhatsApp(fastify, context);
  installRateLimits(fastify, context);
  installAuth(fastify, context);
  installBoxOffice(fastify, context);
  await installUploads(fastify, context);
  const pgl = await installPostGraphile(fastify, context);
  await installStatic(fastify, context, options.staticRoot);
  await fastify.ready();

  return {
    fastify,
    server: fastify.server,
    ownerPool,
    async listen(port, host) {
      await fastify.listen({ port, host });
      return (fastify.server.address() as AddressInfo).port;
    },
    async close() {
      const cutShort = setTimeout(() => fastify.server.closeAllConnections(), 10_000);
      cutShort.unref();
      await fastify.close();
      clearTimeout(cutShort);
      await pgl.release();
      for (const service of pgl.getResolvedPreset().pgServices ?? []) await service.release?.();
      await ownerPool.end();
    },
  };
}
