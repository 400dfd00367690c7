// Who is signed in, their organizations and the one they are working in.
import { useApolloClient, useMutation, useQuery } from "@apollo/client/react";
import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from "react";
import { type Command, PERMISSIONS, ROLES, type Role, type Table } from "../../shared/permissions.ts";
import { handleUnauthenticated } from "./apollo.ts";
import { CurrentProfileDocument, LoginDocument, LogoutDocument } from "./gql/graphql.ts";
import { session } from "./session.ts";

export interface Membership {
  role: string;
  organization: {
    rowId: string;
    name: string;
    slug: string;
    timezone: string;
    city?: string | null;
    /** The logo's signed thumbnail URL (organization_logo), when the agency has one. */
    logo?: { thumbnailUrl: string } | null;
  };
}

interface AuthState {
  signedIn: boolean;
  loading: boolean;
  /** emailVerifiedAt is null until the person confirms their email (reduced powers until then). */
  profile: { rowId: string; fullName: string; email: string; emailVerifiedAt: string | null } | null;
  memberships: Membership[];
  current: Membership | null;
  switchOrganization(organizationId: string): void;
  signIn(email: string, password: string): Promise<boolean>;
  /** Starts using a session token the API returned (e.g. completeRegistration). */
  adopt(jwt: string): Promise<void>;
  signOut(): Promise<void>;
  /** Forgets the token here without asking the server (it already ended the session, e.g. a password reset). */
  forgetSession(): Promise<void>;
}

const AuthContext = createContext<AuthState | null>(null);

export function AuthProvider({ children }: { children: ReactNode }) {
  const client = useApolloClient();
  const [token, setToken] = useState(session.token());
  const [organizationId, setOrganizationId] = useState(session.organizationId());
  const { data, loading } = useQuery(CurrentProfileDocument, { skip: !token, fetchPolicy: "network-only" });
  const [login] = useMutation(LoginDocument);
  const [logout] = useMutation(LogoutDocument);

  const forget = useCallback(async () => {
    session.clear();
    setToken(null);
    setOrganizationId(null);
    await client.clearStore();
  }, [client]);

  useEffect(() => handleUnauthenticated(() => void forget()), [forget]);

  const profile = token ? (data?.currentProfile ?? null) : null;
  // A revoked session answers 401 (handled above); a profile that is gone answers null: signed out too.
  useEffect(() => {
    if (token && !loading && data && !data.currentProfile) void forget();
  }, [token, loading, data, forget]);

  const memberships = useMemo<Membership[]>(
    () =>
      (profile?.memberships.nodes ?? []).flatMap((m) =>
        m?.organization ? [{ role: m.role, organization: m.organization }] : [],
      ),
    [profile],
  );
  const current = memberships.find((m) => m.organization.rowId === organizationId) ?? memberships[0] ?? null;

  const value: AuthState = {
    signedIn: Boolean(token && profile),
    loading: Boolean(token) && loading && !data,
    profile: profile
      ? {
          rowId: profile.rowId,
          fullName: profile.fullName,
          email: profile.email,
          emailVerifiedAt: profile.emailVerifiedAt,
        }
      : null,
    memberships,
    current,
    switchOrganization(id) {
      session.setOrganizationId(id);
      setOrganizationId(id);
    },
    async signIn(email, password) {
      const result = await login({ variables: { email, password } });
      const jwt = result.data?.authenticate?.result;
      if (!jwt) return false;
      await value.adopt(jwt);
      return true;
    },
    async adopt(jwt) {
      session.setToken(jwt);
      await client.clearStore();
      setToken(jwt);
    },
    async signOut() {
      // Revoke the session on the server first, then forget the token here.
      await logout().catch(() => {});
      await forget();
    },
    forgetSession: forget,
  };
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthState {
  const state = useContext(AuthContext);
  if (!state) throw new Error("useAuth outside AuthProvider");
  return state;
}

export const canManageAi = (role: string | undefined) => role === "owner" || role === "admin";
/** Sells and refunds tickets, searches attendees, checks in by hand (the Boletería). */
export const canSell = (role: string | undefined) => role === "owner" || role === "admin" || role === "producer";
/** Scans tickets at the door. */
export const canScan = (role: string | undefined) => canSell(role) || role === "door";

/**
 * Whether a role may do a command on a table's rows of its organization, from
 * the permission matrix the database's policies are tested against
 * (shared/permissions.ts): the screens offer what the database will allow.
 */
export function can(role: string | undefined, table: Table, command: Command): boolean {
  if (!role || !(ROLES as readonly string[]).includes(role)) return false;
  return PERMISSIONS[table][role as Role][command] !== "deny";
}
export const canCast = (role: string | undefined) =>
  role === "owner" || role === "admin" || role === "producer" || role === "casting";
