import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { ServerError } from "@apollo/client/errors";
import { SetContextLink } from "@apollo/client/link/context";
import { ErrorLink } from "@apollo/client/link/error";
import { session } from "./session.ts";

/** Called when the API says the token is no longer valid (HTTP 401). */
let onUnauthenticated: () => void = () => {};
export function handleUnauthenticated(callback: () => void): void {
  onUnauthenticated = callback;
}

const auth = new SetContextLink((previous) => {
  const token = session.token();
  return token ? { headers: { ...previous.headers, authorization: `Bearer ${token}` } } : {};
});

const expired = new ErrorLink(({ error }) => {
  if (ServerError.is(error) && error.statusCode === 401) onUnauthenticated();
});

export const client = new ApolloClient({
  link: ApolloLink.from([expired, auth, new HttpLink({ uri: "/graphql" })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: "cache-and-network" } },
});
