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
  /** What POST /uploads accepts (server/files/images.ts). */
  uploads: UploadLimits;
}

export type UploadPurpose = "talent_photo" | "look_photo" | "event_cover" | "organization_logo";

export interface UploadLimits {
  maxBytes: number;
  acceptedTypes: string[];
  minSide: Record<UploadPurpose, number>;
  maxSide: number;
  maxPixels: number;
}

const FALLBACK: ServerInfo = {
  demoAccounts: [],
  demoPassword: null,
  aiProvider: "local",
  aiModel: "local",
  aiMonthlyBudgetUsd: 50,
  payments: { wompi: false, sandbox: false },
  reservationMinutes: 15,
  uploads: {
    maxBytes: 10_000_000,
    acceptedTypes: ["image/jpeg", "image/png", "image/webp", "image/avif"],
    minSide: { talent_photo: 300, look_photo: 300, event_cover: 300, organization_logo: 64 },
    maxSide: 12_000,
    maxPixels: 50_000_000,
  },
};

let cached: Promise<ServerInfo> | null = null;
export function serverInfo(): Promise<ServerInfo> {
  cached ??= fetch("/config.json")
    .then((response) => (response.ok ? (response.json() as Promise<ServerInfo>) : FALLBACK))
    .catch(() => FALLBACK);
  return cached;
}
