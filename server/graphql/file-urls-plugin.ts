// File.url, File.thumbnailUrl and File.urlExpiresAt: short-lived signed URLs
// for a file row the caller's query returned. The row came through RLS (the
// files policies follow the row each file is attached to), so only someone
// who may read that row ever gets a URL for its image.
import { lambda } from "postgraphile/grafast";
import { extendSchema, gql } from "postgraphile/utils";
import type { FileRef, FileStorage } from "../../tasks/files/storage.ts";

/** File.url / thumbnailUrl / urlExpiresAt: signed for rows the caller could read. */
export function makeFileUrlsPlugin(storage: FileStorage): GraphileConfig.Plugin {
  const sign = (variant: "full" | "thumb", pick: "url" | "expiresAt") => ($file: any) =>
    lambda([$file.get("organization_id"), $file.get("id")], async ([organizationId, fileId]) => {
      const signed = await storage.signedUrl({ organizationId, fileId } as FileRef, variant);
      return pick === "url" ? signed.url : signed.expiresAt.toISOString();
    });
  return extendSchema(() => ({
    typeDefs: gql`
      extend type File {
        """
        The image (WebP, at most 2,000 px a side) through a short-lived signed URL; it stops working at urlExpiresAt. Ask again for a fresh one.
        """
        url: String!
        """
        The thumbnail (WebP, at most 480 px a side), for lists; signed like url.
        """
        thumbnailUrl: String!
        """
        When url and thumbnailUrl stop working (at least FILE_URL_TTL_SECONDS after they were given).
        """
        urlExpiresAt: Datetime!
      }
    `,
    objects: {
      File: {
        plans: {
          url: sign("full", "url"),
          thumbnailUrl: sign("thumb", "url"),
          urlExpiresAt: sign("full", "expiresAt"),
        },
      },
    },
  }));
}
