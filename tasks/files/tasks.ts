// Worker tasks for stored files.
// - delete_stored_files: enqueued by the database in the transaction that
//   deletes file rows (an erasure, a replaced photo, a deleted look): deletes
//   their objects after commit. Idempotent; a failure is retried with
//   graphile-worker's back-off (25 attempts).
// - delete_stale_uploads (crontab, hourly): deletes uploads never attached to
//   a row after 24 hours; their objects follow through delete_stored_files.
import type { Task } from "graphile-worker";
import { z } from "zod";
import type { FileStorage } from "./storage.ts";

const payloadSchema = z.object({
  files: z
    .array(z.object({ organizationId: z.uuid(), fileId: z.uuid() }))
    .min(1)
    .max(1000),
});

export function makeDeleteStoredFiles(storage: () => FileStorage): Task {
  return async (payload, helpers) => {
    const { files } = payloadSchema.parse(payload);
    await storage().delete(files);
    helpers.logger.info(`deleted the stored objects of ${files.length} file(s)`);
  };
}

/** Uploads not attached within this long are deleted. */
export const STALE_UPLOAD_AGE = "24 hours";

export const deleteStaleUploads: Task = async (_payload, helpers) => {
  const { rowCount } = await helpers.query(
    `delete from app_public.files where attached_at is null and created_at < now() - $1::interval`,
    [STALE_UPLOAD_AGE],
  );
  if (rowCount) helpers.logger.info(`deleted ${rowCount} upload(s) never attached within ${STALE_UPLOAD_AGE}`);
};
