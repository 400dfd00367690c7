// The send_account_email task, kept for one release only to drain jobs a
// previous version queued before account mail moved into the outbox
// (tasks/outbox/account.ts). Nothing enqueues it any more: a deployment may
// still hold such jobs (queued, or retrying with back-off), and each carries
// a one-time token someone is waiting for. Each job becomes one outbox
// message (app_private.enqueue_account_email, which keeps the token in
// app_private.account_messages) and is sent, paced and retried like every
// other account mail. Remove the task in the release after next, once no
// deployment has a send_account_email job left:
//   select count(*) from graphile_worker.jobs where task_identifier = 'send_account_email';
import type { Task } from "graphile-worker";
import { accountEmailSchema } from "./templates.ts";

export function makeDrainAccountEmail(): Task {
  return async (payload, helpers) => {
    const parsed = accountEmailSchema.safeParse(payload);
    if (!parsed.success) {
      // A payload this code cannot read never becomes readable: report it and
      // finish the job instead of retrying. The payload itself (it may hold a
      // token) is not logged.
      const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
      helpers.logger.error(`send_account_email: dropped a payload it cannot read (${problems})`);
      return;
    }
    const { kind, to, locale, notBefore: _slot, ...details } = parsed.data;
    await helpers.withPgClient((client) =>
      client.query("select app_private.enqueue_account_email($1, $2, $3, $4)", [kind, to, locale, details]),
    );
    // The payload (a token, an address) is never logged.
    helpers.logger.info(`send_account_email: a ${kind} mail queued by a previous version moved into the outbox`);
  };
}
