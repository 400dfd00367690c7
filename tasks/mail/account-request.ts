// The account_request task: the decision an anonymous account request used to
// make while the visitor waited. register and requestPasswordReset only record
// the request (app_private.account_requests) and enqueue this job, the same
// work for every address, so neither their answer nor its timing tells whether
// the address has an account. Here the database looks the address up and
// enqueues the mail it gets, if any (app_private.process_account_request, one
// transaction): a registration link, "someone tried to register with your
// address", a reset link, "your account has no password", or nothing.
import type { Task } from "graphile-worker";
import { z } from "zod";

const payloadSchema = z.object({ id: z.uuid() });

export const accountRequest: Task = async (payload, helpers) => {
  const parsed = payloadSchema.safeParse(payload);
  if (!parsed.success) {
    helpers.logger.error("account_request: dropped a payload it cannot read");
    return;
  }
  const outcome = await helpers.withPgClient(
    async (client) =>
      (
        await client.query<{ outcome: string }>("select app_private.process_account_request($1) as outcome", [
          parsed.data.id,
        ])
      ).rows[0]?.outcome,
  );
  // The outcome names no address (the request's id only), so the log says nothing about who has an account.
  helpers.logger.info(`account_request: ${parsed.data.id} ${outcome ?? "gone"}`);
};
