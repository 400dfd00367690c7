// The roster: divisions per organization, agencies, cities and looks (hair, eyes).

export type Division = "women" | "men" | "non_binary" | "kids" | "curve" | "petite" | "mature";

export const AGENCIES: Record<string, readonly string[]> = {
  "moda-bogota": ["Cóndor Model Management", "Altiplano Models", "Sabana Talent", "Estudio Pasarela Bogotá"],
  "medellin-fashion": ["Orquídea Models Medellín", "Montaña Talent Group", "Paisa Pasarela Management"],
};
export const KIDS_AGENCY = "Semillitas Talento Infantil";

export const DIVISION_PLAN: Record<string, [Division, number][]> = {
  "moda-bogota": [
    ["women", 30],
    ["men", 20],
    ["curve", 5],
    ["non_binary", 3],
    ["kids", 4],
    ["petite", 4],
    ["mature", 4],
  ],
  "medellin-fashion": [
    ["women", 25],
    ["men", 17],
    ["curve", 4],
    ["non_binary", 2],
    ["kids", 3],
    ["petite", 4],
    ["mature", 5],
  ],
};

export const OTHER_CITIES = ["Cali", "Barranquilla", "Cartagena", "Pereira"] as const;
export const HAIR = [
  "castaño oscuro",
  "castaño oscuro",
  "castaño claro",
  "castaño",
  "castaño",
  "negro",
  "negro",
  "negro",
  "rubio",
  "rubio oscuro",
  "pelirrojo",
] as const;
export const MATURE_HAIR = ["canoso", "entrecano", "castaño oscuro", "negro", "rubio ceniza"] as const;
export const EYES = [
  "café oscuro",
  "café oscuro",
  "café oscuro",
  "café claro",
  "café claro",
  "negro",
  "miel",
  "verde",
  "avellana",
  "azul",
  "gris",
] as const;
