// autocannon with every response's latency kept, so p95 is exact (autocannon
// itself reports p90 and p97.5), and every body checked for GraphQL errors.
import autocannon from "autocannon";
import { type Summary, summarize } from "./stats.ts";

export interface LoadResult {
  connections: number;
  seconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: Summary;
  /** Non-2xx answers, transport errors and timeouts. */
  errors: number;
  /** 2xx answers whose body failed the check (e.g. carried GraphQL errors). */
  badBodies: number;
  /** Every response's latency (not enumerable: kept out of the JSON results). */
  samples?: number[];
}

/** One result from several runs of the same load (e.g. alternated before/after rounds). */
export function mergeLoads(results: LoadResult[]): LoadResult {
  const requests = results.reduce((sum, r) => sum + r.requests, 0);
  const seconds = results.reduce((sum, r) => sum + r.seconds, 0);
  const samples = results.flatMap((r) => r.samples ?? []);
  return withSamples(
    {
      connections: results[0]?.connections ?? 0,
      seconds,
      requests,
      requestsPerSecond: seconds > 0 ? requests / seconds : Number.NaN,
      latencyMs: summarize(samples),
      errors: results.reduce((sum, r) => sum + r.errors, 0),
      badBodies: results.reduce((sum, r) => sum + r.badBodies, 0),
    },
    samples,
  );
}

function withSamples(result: LoadResult, samples: number[]): LoadResult {
  return Object.defineProperty(result, "samples", { value: samples, enumerable: false });
}

export interface LoadOptions {
  url: string;
  connections: number;
  durationSeconds: number;
  method?: "GET" | "POST";
  headers?: Record<string, string>;
  body?: string;
  /** Builds the body of each request (e.g. a unique slug per request). */
  makeBody?: () => string;
  /** A 2xx body is good when this returns true. */
  checkBody?: (body: string) => boolean;
}

export function runLoad(options: LoadOptions): Promise<LoadResult> {
  const latencies: number[] = [];
  let badBodies = 0;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.durationSeconds,
        method: options.method ?? "POST",
        headers: options.headers,
        body: options.body,
        timeout: 30,
        requests: [
          {
            ...(options.makeBody
              ? {
                  setupRequest: (request: autocannon.Request) => ({ ...request, body: options.makeBody?.() }),
                }
              : {}),
            onResponse: (status: number, body: string) => {
              if (status >= 200 && status < 300 && options.checkBody && !options.checkBody(body)) badBodies++;
            },
          },
        ],
      },
      (error, result) => {
        if (error) {
          reject(error);
          return;
        }
        const seconds = result.duration;
        const ok = result["2xx"];
        resolve(
          withSamples(
            {
              connections: options.connections,
              seconds,
              requests: ok,
              requestsPerSecond: ok / seconds,
              latencyMs: summarize(latencies),
              errors: result.non2xx + result.errors + result.timeouts,
              badBodies,
            },
            latencies,
          ),
        );
      },
    );
    instance.on("response", (_client, _status, _bytes, responseTime) => {
      latencies.push(responseTime);
    });
  });
}
