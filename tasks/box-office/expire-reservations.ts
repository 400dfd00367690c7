// The expire_reservations task, run every minute by the worker's crontab:
// unpaid reservations past their expiry become expired and their tickets
// return to sale, in one transaction (app_private.expire_reservations). A
// booking also expires lazily: the next booking of its tier does it first,
// and reads treat it as expired at once.
import type { Task } from "graphile-worker";

export const expireReservations: Task = async (_payload, helpers) => {
  const { rows } = await helpers.query<{ expired: number }>("select app_private.expire_reservations() as expired");
  const expired = rows[0]?.expired ?? 0;
  if (expired > 0) helpers.logger.info(`expired ${expired} reservation(s) and released their tickets`);
};
