// The real API server on a free port, over a test database, spoken to over
// real HTTP.
import { type App, createApp } from "../../server/app.ts";
import { loadConfig, type ServerConfig } from "../../server/config.ts";
import { makeLogger } from "../../shared/logger.ts";
import type { TestDatabase } from "./db.ts";

export const TEST_JWT_SECRET = "test-secret-that-is-long-enough-for-hs256-0123456789";

/**
 * The settings every test server starts with (in process or spawned); a test's own env wins.
 * The execution timeout is raised from production's 10 s: `npm test` runs many servers and
 * databases at once on two cores, where a sign-in (bcrypt in PostgreSQL) queued behind them
 * once took longer and failed a test that measures nothing about time.
 */
export const TEST_SERVER_ENV: Readonly<Record<string, string>> = {
  NODE_ENV: "test",
  JWT_SECRET: TEST_JWT_SECRET,
  CORS_ORIGINS: "https://app.fashionos.test",
  LOG_LEVEL: "silent",
  GRAPHQL_EXECUTION_TIMEOUT_MS: "60000",
};

export interface TestServer {
  app: App;
  config: ServerConfig;
  url: string;
  /** POST /graphql; returns status, headers and parsed JSON body. */
  graphql(
    query: string,
    variables?: Record<string, unknown>,
    options?: { token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; headers: Headers; body: GraphQLBody }>;
  /** Signs in through the API and returns the JWT. */
  login(email: string, password: string): Promise<string>;
  close(): Promise<void>;
}

export interface GraphQLBody {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: Record<string, any>; path?: (string | number)[] }[];
}

export async function startTestServer(
  db: TestDatabase,
  env: Record<string, string> = {},
  options: { staticRoot?: string } = {},
): Promise<TestServer> {
  const config = await loadConfig({ ...TEST_SERVER_ENV, WORKER: "off", ...env });
  const app = await createApp({
    config,
    settings: db.settings,
    logger: makeLogger(config.logLevel),
    staticRoot: options.staticRoot,
  });
  const port = await app.listen(0, "127.0.0.1");
  const url = `http://127.0.0.1:${port}`;

  const graphql: TestServer["graphql"] = async (query, variables, options = {}) => {
    const response = await fetch(`${url}/graphql`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        accept: "application/json",
        ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, headers: response.headers, body: (await response.json()) as GraphQLBody };
  };

  return {
    app,
    config,
    url,
    graphql,
    async login(email, password) {
      const { body } = await graphql(
        "mutation Login($email: String!, $password: String!) { authenticate(input: { email: $email, password: $password }) { result } }",
        { email, password },
      );
      const token = body.data?.authenticate?.result;
      if (typeof token !== "string") throw new Error(`login failed for ${email}: ${JSON.stringify(body)}`);
      return token;
    },
    close: () => app.close(),
  };
}
