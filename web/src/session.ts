// The session token. It lives in this origin's localStorage (never readable
// by other origins), is sent only as an Authorization header to our own API,
// and is removed on sign-out (after the server revokes the session).
const TOKEN_KEY = "fashionos.token";
const ORGANIZATION_KEY = "fashionos.organization";

export const session = {
  token: (): string | null => localStorage.getItem(TOKEN_KEY),
  setToken(token: string): void {
    localStorage.setItem(TOKEN_KEY, token);
  },
  organizationId: (): string | null => localStorage.getItem(ORGANIZATION_KEY),
  setOrganizationId(id: string): void {
    localStorage.setItem(ORGANIZATION_KEY, id);
  },
  clear(): void {
    localStorage.removeItem(TOKEN_KEY);
    localStorage.removeItem(ORGANIZATION_KEY);
  },
};
