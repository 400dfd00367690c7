// An image behind a short-lived signed URL (File.url / thumbnailUrl: they stop
// working at File.urlExpiresAt, FILE_URL_TTL_SECONDS after they were given).
// A page left open backstage keeps its URLs in Apollo's cache and in mounted
// components; when such an image fails to load, the active queries are asked
// again (once for every image that fails at the same moment, at most every
// 20 seconds) and the image tries its fresh URL, twice at most, so a file that
// is really gone does not loop.
import { useApolloClient } from "@apollo/client/react";
import { type ImgHTMLAttributes, useState } from "react";

let refreshing: Promise<unknown> | null = null;
let lastRefresh = 0;
const REFRESH_EVERY_MS = 20_000;
const MAX_RETRIES = 2;

/** Asks the active queries again for fresh signed URLs; one refresh at a time. */
function refreshSignedUrls(client: ReturnType<typeof useApolloClient>): Promise<unknown> {
  if (refreshing) return refreshing;
  if (Date.now() - lastRefresh < REFRESH_EVERY_MS) return Promise.resolve();
  lastRefresh = Date.now();
  refreshing = client.refetchQueries({ include: "active" }).finally(() => {
    refreshing = null;
  });
  return refreshing;
}

export function SignedImage(props: ImgHTMLAttributes<HTMLImageElement>) {
  const client = useApolloClient();
  const [retries, setRetries] = useState(0);
  return (
    <img
      // A new element after a refresh, so the browser asks for the image again even if the URL came back the same.
      key={`${props.src}#${retries}`}
      {...props}
      alt={props.alt ?? ""}
      data-retries={retries || undefined}
      onError={(event) => {
        props.onError?.(event);
        const src = props.src ?? "";
        if (!src || retries >= MAX_RETRIES || src.startsWith("blob:") || src.startsWith("data:")) return;
        void refreshSignedUrls(client).then(() => setRetries((n) => n + 1));
      }}
    />
  );
}
