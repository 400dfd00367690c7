// The demo organizations and the people who can sign in to them. Every account
// uses DEMO_PASSWORD; the emails live under .test domains so nothing is ever
// delivered.

export const DEMO_PASSWORD = "FashionOS-demo-2026";

export type DemoRole = "owner" | "admin" | "producer" | "casting" | "viewer" | "door";

export interface DemoOrganization {
  name: string;
  slug: string;
  city: string;
}

export interface DemoAccount {
  email: string;
  fullName: string;
  organizationSlug: string;
  role: DemoRole;
}

export const DEMO_ORGANIZATIONS: readonly DemoOrganization[] = [
  { name: "Moda Bogotá Producciones", slug: "moda-bogota", city: "Bogotá" },
  { name: "Medellín Fashion Group", slug: "medellin-fashion", city: "Medellín" },
];

export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  {
    email: "owner@bogota.fashionos.test",
    fullName: "Carolina Uribe Santamaría",
    organizationSlug: "moda-bogota",
    role: "owner",
  },
  {
    email: "admin@bogota.fashionos.test",
    fullName: "Andrés Felipe Castaño Rojas",
    organizationSlug: "moda-bogota",
    role: "admin",
  },
  {
    email: "producer@bogota.fashionos.test",
    fullName: "Juliana Méndez Ortiz",
    organizationSlug: "moda-bogota",
    role: "producer",
  },
  {
    email: "casting@bogota.fashionos.test",
    fullName: "Sebastián Peña Gutiérrez",
    organizationSlug: "moda-bogota",
    role: "casting",
  },
  {
    email: "viewer@bogota.fashionos.test",
    fullName: "Lucía Fernández Prada",
    organizationSlug: "moda-bogota",
    role: "viewer",
  },
  {
    email: "owner@medellin.fashionos.test",
    fullName: "Alejandro Restrepo Vélez",
    organizationSlug: "medellin-fashion",
    role: "owner",
  },
  {
    email: "admin@medellin.fashionos.test",
    fullName: "Natalia Gaviria Jaramillo",
    organizationSlug: "medellin-fashion",
    role: "admin",
  },
  {
    email: "producer@medellin.fashionos.test",
    fullName: "Santiago Ochoa Mejía",
    organizationSlug: "medellin-fashion",
    role: "producer",
  },
  {
    email: "casting@medellin.fashionos.test",
    fullName: "Manuela Zuluaga Henao",
    organizationSlug: "medellin-fashion",
    role: "casting",
  },
  {
    email: "viewer@medellin.fashionos.test",
    fullName: "Tomás Álvarez Giraldo",
    organizationSlug: "medellin-fashion",
    role: "viewer",
  },
  // Door staff (check-in only), last so the accounts above keep their seeded phone numbers.
  {
    email: "door@bogota.fashionos.test",
    fullName: "Camila Ríos Bermúdez",
    organizationSlug: "moda-bogota",
    role: "door",
  },
  {
    email: "door@medellin.fashionos.test",
    fullName: "Daniel Posada Arango",
    organizationSlug: "medellin-fashion",
    role: "door",
  },
];
