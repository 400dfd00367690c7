// What the server tells the dashboard about itself (GET /config.json).
export interface DemoAccount {
  email: string;
  fullName: string;
  organizationSlug: string;
  role: string;
}

export interface ServerInfo {
  demoAccounts: DemoAccount[];
  demoPassword: string | null;
  aiProvider: "openai" | "local";
  aiModel: string;
  aiMonthlyBudgetUsd: number;
  /** Whether Wompi is configured (paid tiers can be paid), and with sandbox keys. */
  payments: { wompi: boolean; sandbox: boolean };
  /** How long a reservation holds its tickets. */
  reservationMinutes: number;
}

const FALLBACK: ServerInfo = {
  demoAccounts: [],
  demoPassword: null,
  aiProvider: "local",
  aiModel: "local",
  aiMonthlyBudgetUsd: 50,
  payments: { wompi: false, sandbox: false },
  reservationMinutes: 15,
};

let cached: Promise<ServerInfo> | null = null;
export function serverInfo(): Promise<ServerInfo> {
  cached ??= fetch("/config.json")
    .then((response) => (response.ok ? (response.json() as Promise<ServerInfo>) : FALLBACK))
    .catch(() => FALLBACK);
  return cached;
}
