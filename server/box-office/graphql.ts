// The box office's guards on GraphQL requests: bookTickets at most once per
// request (aliases would let one request hold a tier's whole stock), and the
// anonymous booking budget per client address.

import { type DocumentNode, GraphQLError, parse, type ValidationRule, visit } from "postgraphile/graphql";
import type { RateLimiterAbstract } from "rate-limiter-flexible";
import { consume } from "../rate-limit.ts";

const BOOK_TICKETS = "bookTickets";

/**
 * A validation rule: a document may select bookTickets once. Every field node
 * counts (an alias, a second operation, a fragment), so 15 aliased bookings in
 * one request are refused before anything runs. A fragment spread twice
 * merges into one field and runs once, so it counts once.
 */
export const bookTicketsOncePerRequest: ValidationRule = (context) => {
  let count = 0;
  return {
    Field(node) {
      if (node.name.value === BOOK_TICKETS) count += 1;
    },
    Document: {
      leave() {
        if (count > 1) {
          context.reportError(
            new GraphQLError(`bookTickets may be asked once per request (this one asks ${count} times).`, {
              extensions: { code: "VALIDATION_FAILED", reason: "ONE_BOOKING_PER_REQUEST" },
            }),
          );
        }
      },
    },
  };
};

/** How many bookTickets fields a document selects (0 for a document that does not parse). */
export function bookingAttempts(query: string, maxTokens: number): number {
  if (!query.includes(BOOK_TICKETS)) return 0;
  let document: DocumentNode;
  try {
    document = parse(query, { noLocation: true, maxTokens });
  } catch {
    return 0; // refused by the parser: nothing runs
  }
  let attempts = 0;
  visit(document, {
    Field(node) {
      if (node.name.value === BOOK_TICKETS) attempts += 1;
    },
  });
  return attempts;
}

export interface BookingRequest {
  query: unknown;
  /** The client's address, or null when unknown. */
  address: string | null;
  /** Whether the request carries no token (an anonymous visitor). */
  anonymous: boolean;
}

/**
 * Spends the anonymous booking budget of the request's address (one point per
 * bookTickets). Returns the seconds to wait when over the budget, else null.
 * Signed-in people are limited per person by the general request budget, so a
 * box office desk selling at the venue is not throttled by its address.
 */
export async function spendBookingBudget(
  limiter: RateLimiterAbstract,
  request: BookingRequest,
  maxTokens: number,
): Promise<number | null> {
  if (!request.anonymous || typeof request.query !== "string" || !request.address) return null;
  const attempts = bookingAttempts(request.query, maxTokens);
  if (attempts === 0) return null;
  return consume(limiter, request.address, attempts);
}
