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
    // The show caller's kept run of show and night state belong to this session too.
    for (const key of Object.keys(localStorage))
      if (key.startsWith("fashionos.showCaller.")) localStorage.removeItem(key);
  },
};
