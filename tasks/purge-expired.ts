// purge_expired_secrets (crontab, hourly at :41): deletes personal data and
// secrets no function can use any more — expired registrations with their
// password hashes, spent or expired reset and verification tokens, ended
// sessions, account requests a job gave up on — through
// app_private.purge_expired_secrets() (its COMMENT has each rule and where it
// comes from: Ley 1581's purpose principle). The job only calls it and logs
// the counts: the rules live with the tables, in SQL.
import type { Task } from "graphile-worker";

export const purgeExpiredSecrets: Task = async (_payload, helpers) => {
  const { rows } = await helpers.withPgClient((client) =>
    client.query<Record<string, number>>("select * from app_private.purge_expired_secrets()"),
  );
  const counts = rows[0] ?? {};
  const purged = Object.entries(counts).filter(([, n]) => n > 0);
  if (purged.length > 0) helpers.logger.info(`purged ${purged.map(([table, n]) => `${n} ${table}`).join(", ")}`);
};
