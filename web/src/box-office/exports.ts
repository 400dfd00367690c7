// The Boletería's exports: every booking and every ticket's attendance of an
// event, fetched a page at a time under the caller's row-level security, as
// CSV files for Excel (see csv.ts).
import type { ApolloClient } from "@apollo/client";
import { ExportAttendanceDocument, ExportBookingsDocument } from "../gql/graphql.ts";
import { csvDateTime, toCsv } from "./csv.ts";

// Within the request cost limit (GRAPHQL_MAX_COST) with every field the files need.
const PAGE = 200;

export interface ExportLabels {
  bookings: string[];
  attendance: string[];
  status: (status: string) => string;
  yes: string;
  no: string;
}

async function allPages<T>(fetchPage: (offset: number) => Promise<{ totalCount: number; nodes: (T | null)[] }>) {
  const rows: T[] = [];
  for (let offset = 0; ; offset += PAGE) {
    const page = await fetchPage(offset);
    rows.push(...page.nodes.flatMap((node) => (node ? [node] : [])));
    if (offset + PAGE >= page.totalCount) return rows;
  }
}

export async function bookingsCsv(
  client: ApolloClient,
  eventId: string,
  zone: string,
  labels: ExportLabels,
): Promise<string> {
  const rows = await allPages(async (offset) => {
    const { data } = await client.query({
      query: ExportBookingsDocument,
      variables: { eventId, first: PAGE, offset },
      fetchPolicy: "network-only",
    });
    return data?.bookings ?? { totalCount: 0, nodes: [] };
  });
  return toCsv(
    labels.bookings,
    rows.map((b) => [
      b.reference,
      csvDateTime(b.createdAt, zone),
      b.buyerName,
      b.buyerEmail,
      b.tier?.name ?? "",
      b.quantity,
      b.totalCop,
      labels.status(b.currentStatus ?? ""),
      csvDateTime(b.confirmedAt, zone),
      b.paymentProvider ?? "",
      b.paymentReference ?? "",
    ]),
  );
}

export async function attendanceCsv(
  client: ApolloClient,
  eventId: string,
  zone: string,
  labels: ExportLabels,
): Promise<string> {
  const rows = await allPages(async (offset) => {
    const { data } = await client.query({
      query: ExportAttendanceDocument,
      variables: { eventId, first: PAGE, offset },
      fetchPolicy: "network-only",
    });
    return data?.tickets ?? { totalCount: 0, nodes: [] };
  });
  return toCsv(
    labels.attendance,
    // Tickets that admit (paid bookings), and any that entered before its booking was refunded or cancelled.
    rows
      .filter((t) => t.booking?.currentStatus === "paid" || t.checkedInAt)
      .map((t) => [
        t.booking?.reference ?? "",
        t.booking?.buyerName ?? "",
        t.booking?.buyerEmail ?? "",
        t.booking?.tier?.name ?? "",
        `${t.seat}/${t.booking?.quantity ?? ""}`,
        t.checkedInAt ? labels.yes : labels.no,
        csvDateTime(t.checkedInAt, zone),
        t.checkedInGate ?? "",
      ]),
  );
}

/** Saves a text as a file download in the browser. */
export function download(filename: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "text/csv;charset=utf-8" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
