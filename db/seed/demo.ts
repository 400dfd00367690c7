// The demo data set: two production companies (Bogotá and Medellín) with their
// team, venues, shows, designers and looks, a roster of 130 models, castings,
// a draft run of show, vendors, sponsors, ticket tiers and bookings.
//
// Deterministic: every choice comes from small seeded PRNG streams (one per
// topic, so adding rows to one topic does not reshuffle another) and every
// primary key is a UUID derived from a stable name ("talent:moda-bogota:17").
// The only input besides the code is the seed day: all dates (shows, sales
// windows, availability, consent, birth dates) are relative to today in
// Bogotá, so the demo always has upcoming shows and the ages never drift.
// Seeding two empty databases on the same day gives identical rows apart from
// created_at / updated_at and the bcrypt hashes.
import { createHash } from "node:crypto";
import type pg from "pg";
import { DEMO_ACCOUNTS, DEMO_ORGANIZATIONS, DEMO_PASSWORD } from "./accounts.ts";

export interface SeedOptions {
  /** The seed day (its date in Bogotá is used); defaults to now. */
  today?: Date;
}

/*==========================================================================
 * Determinism helpers
 *==========================================================================*/

const SEED = 20_260_301;

function hash32(text: string): number {
  return createHash("sha256").update(text).digest().readUInt32BE(0);
}

/** A v4-formatted UUID derived from a stable name. */
export function demoUuid(name: string): string {
  const bytes = createHash("sha256").update(`fashionos-demo:${name}`).digest().subarray(0, 16);
  bytes.writeUInt8((bytes.readUInt8(6) & 0x0f) | 0x40, 6);
  bytes.writeUInt8((bytes.readUInt8(8) & 0x3f) | 0x80, 8);
  const hex = bytes.toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

interface Rng {
  next(): number;
  /** Integer in [min, max]. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  chance(probability: number): boolean;
  shuffle<T>(items: readonly T[]): T[];
}

/** mulberry32, seeded from the global SEED and the stream name. */
function rng(stream: string): Rng {
  let state = (hash32(stream) ^ SEED) >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[int(0, items.length - 1)] as T;
  };
  return {
    next,
    int,
    pick,
    chance: (probability) => next() < probability,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
  };
}

function slugify(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** Dates relative to the seed day in Bogotá (UTC-5 all year, no daylight saving). */
function calendar(today: Date) {
  const local = new Date(today.getTime() - 5 * 3_600_000);
  const y = local.getUTCFullYear();
  const m = local.getUTCMonth();
  const d = local.getUTCDate();
  return {
    /** A moment `days` after the seed day at hour:minute in Bogotá, as ISO 8601. */
    at: (days: number, hour = 0, minute = 0) => new Date(Date.UTC(y, m, d + days, hour + 5, minute)).toISOString(),
    /** The calendar date `days` after the seed day. */
    date: (days: number) => new Date(Date.UTC(y, m, d + days)).toISOString().slice(0, 10),
    /** A birth date: turned `age` `daysAgo` days ago. */
    birthDate: (age: number, daysAgo: number) => new Date(Date.UTC(y - age, m, d - daysAgo)).toISOString().slice(0, 10),
  };
}

function mobile(r: Rng): string {
  const prefix = r.pick([
    "300",
    "301",
    "302",
    "304",
    "305",
    "310",
    "311",
    "312",
    "313",
    "314",
    "315",
    "316",
    "317",
    "318",
    "320",
    "321",
    "350",
  ]);
  return `+57 ${prefix} ${r.int(200, 999)} ${r.int(1000, 9999)}`;
}

const roundTo = (value: number, step: number) => Math.round(value / step) * step;

/*==========================================================================
 * Names
 *==========================================================================*/

const WOMEN_NAMES = [
  "Valentina",
  "Isabella",
  "Mariana",
  "Daniela",
  "Camila",
  "Sofía",
  "Laura",
  "Gabriela",
  "Manuela",
  "Natalia",
  "Juliana",
  "Salomé",
  "Luciana",
  "María José",
  "Antonia",
  "Sara",
  "Paula",
  "Catalina",
  "Alejandra",
  "Verónica",
  "Ximena",
  "Luisa Fernanda",
  "Ángela",
  "Mónica",
  "Carolina",
  "Andrea",
  "Melissa",
  "Tatiana",
  "Yuliana",
  "Emilia",
  "Victoria",
  "Susana",
  "Estefanía",
  "Lorena",
  "Jimena",
  "Adriana",
] as const;
const MEN_NAMES = [
  "Santiago",
  "Sebastián",
  "Mateo",
  "Nicolás",
  "Alejandro",
  "Samuel",
  "Juan Pablo",
  "Andrés Felipe",
  "Julián",
  "Tomás",
  "Emiliano",
  "David",
  "Daniel",
  "Jerónimo",
  "Esteban",
  "Simón",
  "Martín",
  "Camilo",
  "Óscar",
  "Iván",
  "Juan David",
  "Felipe",
  "Miguel Ángel",
  "Gabriel",
  "Mauricio",
  "Ricardo",
  "Joaquín",
  "Matías",
  "Hernán",
  "Álvaro",
] as const;
const NEUTRAL_NAMES = ["Ariel", "Alex", "Dani", "Sam", "Cris", "Noa", "René", "Andy", "Robin", "Eli"] as const;
const SURNAMES = [
  "Rodríguez",
  "Gómez",
  "González",
  "Martínez",
  "García",
  "López",
  "Hernández",
  "Sánchez",
  "Ramírez",
  "Pérez",
  "Díaz",
  "Muñoz",
  "Rojas",
  "Moreno",
  "Jiménez",
  "Vargas",
  "Castro",
  "Gutiérrez",
  "Ospina",
  "Restrepo",
  "Echeverri",
  "Arango",
  "Zapata",
  "Giraldo",
  "Valencia",
  "Cárdenas",
  "Mejía",
  "Londoño",
  "Quintero",
  "Palacios",
  "Mosquera",
  "Caicedo",
  "Córdoba",
  "Bermúdez",
  "Salazar",
  "Villegas",
  "Ocampo",
  "Montoya",
  "Henao",
  "Betancur",
  "Agudelo",
  "Patiño",
  "Suárez",
  "Peña",
  "Acosta",
  "Beltrán",
  "Cortés",
  "Galindo",
  "Orozco",
  "Ríos",
] as const;
const STAGE_NAMES = [
  "Luna",
  "Kaia",
  "Amaru",
  "Nairo",
  "Teo",
  "Mía",
  "Abril",
  "Índigo",
  "Selva",
  "Nico",
  "Iara",
  "Zoe",
] as const;

type Sex = "f" | "m" | "x";

function personName(r: Rng, sex: Sex): { first: string; surname: string; full: string } {
  const first = r.pick(sex === "f" ? WOMEN_NAMES : sex === "m" ? MEN_NAMES : NEUTRAL_NAMES);
  const surname = r.pick(SURNAMES);
  let second = r.pick(SURNAMES);
  while (second === surname) second = r.pick(SURNAMES);
  return { first, surname, full: `${first} ${surname} ${second}` };
}

/*==========================================================================
 * Fixed catalogue: venues, events, designers, vendors, sponsors
 *==========================================================================*/

const VENUES = [
  {
    key: "agora",
    org: "moda-bogota",
    name: "Ágora Bogotá",
    address: "Calle 24 # 38-47, Bogotá",
    city: "Bogotá",
    capacity: 4200,
  },
  {
    key: "movistar-arena",
    org: "moda-bogota",
    name: "Movistar Arena",
    address: "Diagonal 61C # 26-36, Bogotá",
    city: "Bogotá",
    capacity: 14000,
  },
  {
    key: "teatro-colon",
    org: "moda-bogota",
    name: "Teatro Colón",
    address: "Calle 10 # 5-32, La Candelaria, Bogotá",
    city: "Bogotá",
    capacity: 750,
  },
  {
    key: "plaza-mayor",
    org: "medellin-fashion",
    name: "Plaza Mayor Medellín",
    address: "Calle 41 # 55-80, Medellín",
    city: "Medellín",
    capacity: 5000,
  },
  {
    key: "pablo-tobon",
    org: "medellin-fashion",
    name: "Teatro Pablo Tobón Uribe",
    address: "Carrera 40 # 51-24, Medellín",
    city: "Medellín",
    capacity: 850,
  },
] as const;

const DESIGNERS = [
  {
    key: "casa-guadua",
    org: "moda-bogota",
    name: "Mariana Solano Rivas",
    brand: "Casa Guadua",
    city: "Bogotá",
    instagram: "casaguadua.co",
    bio: "Sastrería contemporánea con fibras naturales y tintes vegetales de la sabana.",
  },
  {
    key: "paramo-atelier",
    org: "moda-bogota",
    name: "Felipe Arboleda Cruz",
    brand: "Páramo Atelier",
    city: "Bogotá",
    instagram: "paramo.atelier",
    bio: "Lana virgen y siluetas arquitectónicas inspiradas en los páramos de Cundinamarca.",
  },
  {
    key: "lunares-caribe",
    org: "moda-bogota",
    name: "Daniela Cifuentes Lara",
    brand: "Lunares del Caribe",
    city: "Barranquilla",
    instagram: "lunaresdelcaribe",
    bio: "Volantes, color y estampados que celebran el carnaval y la música de la costa.",
  },
  {
    key: "cardumen",
    org: "moda-bogota",
    name: "Camilo Buitrago Neira",
    brand: "Cardumen",
    city: "Bogotá",
    instagram: "cardumen.studio",
    bio: "Ropa sin género de corte urbano, hecha con denim recuperado en talleres del barrio Restrepo.",
  },
  {
    key: "orquidea-negra",
    org: "moda-bogota",
    name: "Paula Andrea Téllez Guzmán",
    brand: "Orquídea Negra",
    city: "Cali",
    instagram: "orquideanegra.moda",
    bio: "Vestidos de noche bordados a mano por artesanas del Valle del Cauca.",
  },
  {
    key: "tejido-raiz",
    org: "moda-bogota",
    name: "Isabel Monsalve Duque",
    brand: "Tejido Raíz",
    city: "Bogotá",
    instagram: "tejidoraiz",
    bio: "Técnicas de tejido tradicional reinterpretadas junto a cooperativas artesanas de Boyacá.",
  },
  {
    key: "silleta-studio",
    org: "medellin-fashion",
    name: "Laura Echavarría Posada",
    brand: "Silleta Studio",
    city: "Medellín",
    instagram: "silletastudio",
    bio: "Estampados florales inspirados en la Feria de las Flores y siluetas fluidas.",
  },
  {
    key: "montana-norte",
    org: "medellin-fashion",
    name: "Juan Esteban Correa Ruiz",
    brand: "Montaña Norte",
    city: "Medellín",
    instagram: "montananorte.co",
    bio: "Sastrería masculina ligera pensada para el clima de la eterna primavera.",
  },
  {
    key: "ceiba-swim",
    org: "medellin-fashion",
    name: "Verónica Arango Tamayo",
    brand: "Ceiba Swim",
    city: "Medellín",
    instagram: "ceibaswim",
    bio: "Vestidos de baño en lycra reciclada con acabados de alta costura.",
  },
  {
    key: "cosecha-textil",
    org: "medellin-fashion",
    name: "Simón Villa Cadavid",
    brand: "Cosecha Textil",
    city: "Pereira",
    instagram: "cosechatextil",
    bio: "Algodón orgánico del Eje Cafetero teñido con cáscara de café y aguacate.",
  },
  {
    key: "alba-couture",
    org: "medellin-fashion",
    name: "Ana María Londoño Botero",
    brand: "Alba Couture",
    city: "Medellín",
    instagram: "albacouture.med",
    bio: "Vestidos de novia y de gala con encaje, tul y pedrería aplicada a mano.",
  },
] as const;

type Division = "women" | "men" | "non_binary" | "kids" | "curve" | "petite" | "mature";

interface EventSpec {
  key: string;
  org: string;
  venue: string;
  title: string;
  days: number;
  status: "draft" | "published" | "completed";
  isPublic: boolean;
  capacity: number;
  description: string;
  metadata: Record<string, unknown>;
  designers: { key: string; collection: string }[];
  looks: number;
  tiers: { name: string; description: string; price: number; quantity: number }[];
  bookings: number;
  brief?: {
    title: string;
    modelsNeeded: number;
    heightMin: number;
    heightMax: number;
    divisions: Division[];
    cities: string[];
    notes: string;
  };
  sponsors: { name: string; tier: string; amount: number; status: string }[];
}

const EVENTS: EventSpec[] = [
  {
    key: "noche-diseno-independiente",
    org: "moda-bogota",
    venue: "teatro-colon",
    title: "Noche de Diseño Independiente",
    days: 10,
    status: "published",
    isPublic: true,
    capacity: 600,
    description:
      "Una noche en el Teatro Colón dedicada a las marcas independientes de Bogotá: sastrería sin género, tejidos artesanales y estampados del Caribe en una sola pasarela.",
    metadata: {
      season: "Cápsula independiente",
      dress_code: "Creativo: negro con un acento de color",
      hashtags: ["#NocheDeDiseño", "#DiseñoIndependiente", "#ModaBogotá"],
      runway_length_m: 22,
      doors_open: "19:00",
    },
    designers: [
      { key: "cardumen", collection: "Asfalto" },
      { key: "tejido-raiz", collection: "Memoria de Telar" },
      { key: "lunares-caribe", collection: "Brisa de Barrio Abajo" },
    ],
    looks: 10,
    tiers: [
      { name: "General", description: "Acceso a platea y balcones.", price: 180_000, quantity: 360 },
      {
        name: "VIP",
        description: "Silla numerada en platea preferencial, copa de bienvenida y acceso al lounge.",
        price: 450_000,
        quantity: 200,
      },
      {
        name: "Front Row",
        description: "Primera fila junto a la pasarela, kit de bienvenida y encuentro con los diseñadores.",
        price: 950_000,
        quantity: 40,
      },
    ],
    bookings: 12,
    brief: {
      title: "Pasarela diseño independiente",
      modelsNeeded: 10,
      heightMin: 172,
      heightMax: 186,
      divisions: ["women", "men", "non_binary"],
      cities: ["Bogotá"],
      notes:
        "Buscamos rostros frescos y versátiles, con actitud urbana y caminata segura. Se valora experiencia en pasarela y disponibilidad para dos pruebas de vestuario la semana del show.",
    },
    sponsors: [
      { name: "Café Altura Andina", tier: "gold", amount: 45_000_000, status: "confirmed" },
      { name: "Cosméticos Flor de Mayo", tier: "in_kind", amount: 8_000_000, status: "confirmed" },
      { name: "Revista Pasarela Colombia", tier: "partner", amount: 0, status: "negotiating" },
    ],
  },
  {
    key: "bogota-fashion-week-pasarela-principal",
    org: "moda-bogota",
    venue: "agora",
    title: "Bogotá Fashion Week — Pasarela Principal",
    days: 24,
    status: "published",
    isPublic: true,
    capacity: 1800,
    description:
      "La pasarela central de la semana de la moda de Bogotá en Ágora: cuatro colecciones de sastrería, lana de páramo, bordado vallecaucano y color caribeño.",
    metadata: {
      season: "Primavera-Verano",
      dress_code: "Formal de etiqueta",
      hashtags: ["#BogotáFashionWeek", "#BFW", "#HechoEnColombia"],
      runway_length_m: 36,
      doors_open: "19:00",
    },
    designers: [
      { key: "casa-guadua", collection: "Sabana Quieta" },
      { key: "paramo-atelier", collection: "Frailejón" },
      { key: "orquidea-negra", collection: "Nocturna" },
      { key: "lunares-caribe", collection: "Carnaval de Agua" },
    ],
    looks: 15,
    tiers: [
      { name: "General", description: "Acceso general a graderías.", price: 220_000, quantity: 1200 },
      {
        name: "VIP",
        description: "Silla numerada en zona preferencial, copa de bienvenida y acceso al lounge.",
        price: 520_000,
        quantity: 450,
      },
      {
        name: "Front Row",
        description: "Primera fila, kit de bienvenida y acceso a backstage después del show.",
        price: 1_200_000,
        quantity: 60,
      },
    ],
    bookings: 14,
    brief: {
      title: "Pasarela principal",
      modelsNeeded: 16,
      heightMin: 174,
      heightMax: 190,
      divisions: ["women", "men"],
      cities: ["Bogotá", "Medellín", "Cali"],
      notes:
        "Casting editorial: caminata de alta costura, cabello natural y sin tatuajes visibles en los brazos. Prueba de vestuario tres días antes del show en el taller de Casa Guadua.",
    },
    sponsors: [
      { name: "Banco Cordillera", tier: "title", amount: 180_000_000, status: "paid" },
      { name: "Joyería Esmeralda Real", tier: "gold", amount: 70_000_000, status: "confirmed" },
      { name: "Agua Cristal de Montaña", tier: "silver", amount: 20_000_000, status: "negotiating" },
      { name: "Aerolínea Cóndor Express", tier: "partner", amount: 35_000_000, status: "prospect" },
    ],
  },
  {
    key: "colombiamoda-showcase",
    org: "medellin-fashion",
    venue: "plaza-mayor",
    title: "Colombiamoda Showcase",
    days: 45,
    status: "draft",
    isPublic: false,
    capacity: 1500,
    description:
      "Vitrina de marcas antioqueñas en Plaza Mayor: vestidos de baño, sastrería ligera, estampados florales y alta costura nupcial para compradores nacionales e internacionales.",
    metadata: {
      season: "Resort",
      dress_code: "Elegante casual",
      hashtags: ["#ColombiamodaShowcase", "#ModaMedellín", "#HechoEnColombia"],
      runway_length_m: 30,
      doors_open: "19:00",
    },
    designers: [
      { key: "silleta-studio", collection: "Santa Elena" },
      { key: "ceiba-swim", collection: "Marea Alta" },
      { key: "montana-norte", collection: "Niebla" },
      { key: "alba-couture", collection: "Azahar" },
    ],
    looks: 14,
    tiers: [
      { name: "General", description: "Acceso general al pabellón.", price: 150_000, quantity: 900 },
      {
        name: "VIP",
        description: "Silla numerada, bebida de bienvenida y acceso a la zona de compradores.",
        price: 400_000,
        quantity: 300,
      },
      { name: "Front Row", description: "Primera fila y cóctel con los diseñadores.", price: 850_000, quantity: 50 },
    ],
    bookings: 0,
    brief: {
      title: "Showcase Colombiamoda",
      modelsNeeded: 12,
      heightMin: 168,
      heightMax: 190,
      divisions: ["women", "men", "curve"],
      cities: ["Medellín", "Pereira"],
      notes:
        "Diversidad de tallas para la colección de vestidos de baño y la sastrería. Traer fotos recientes sin maquillaje; la prueba de traje de baño es con acompañante de la producción.",
    },
    sponsors: [
      { name: "Textiles Río Medellín", tier: "title", amount: 150_000_000, status: "negotiating" },
      { name: "Hotel Casa Alameda", tier: "in_kind", amount: 12_000_000, status: "confirmed" },
      { name: "Andes Móvil", tier: "silver", amount: 25_000_000, status: "prospect" },
      { name: "Licores del Valle Alto", tier: "bronze", amount: 8_000_000, status: "declined" },
    ],
  },
  {
    key: "pasarela-sostenible-medellin",
    org: "medellin-fashion",
    venue: "pablo-tobon",
    title: "Pasarela Sostenible Medellín",
    days: -30,
    status: "completed",
    isPublic: true,
    capacity: 800,
    description:
      "Desfile de moda circular en el Teatro Pablo Tobón Uribe: algodón orgánico, tintes naturales y prendas reconstruidas a partir de excedentes textiles.",
    metadata: {
      season: "Moda sostenible",
      dress_code: "Fibras naturales o prendas de segunda mano",
      hashtags: ["#PasarelaSostenible", "#ModaCircular", "#Medellín"],
      runway_length_m: 18,
      doors_open: "19:00",
      attendance: 712,
    },
    designers: [
      { key: "cosecha-textil", collection: "Grano de Origen" },
      { key: "silleta-studio", collection: "Retazos en Flor" },
      { key: "montana-norte", collection: "Segunda Vuelta" },
    ],
    looks: 9,
    tiers: [
      { name: "General", description: "Acceso a platea.", price: 120_000, quantity: 600 },
      { name: "VIP", description: "Silla preferencial y copa de vino de bienvenida.", price: 350_000, quantity: 150 },
    ],
    bookings: 10,
    sponsors: [
      { name: "Cooperativa Cosecha Verde", tier: "gold", amount: 40_000_000, status: "paid" },
      { name: "Moda Circular Colombia", tier: "partner", amount: 5_000_000, status: "paid" },
    ],
  },
];

const GARMENTS = [
  "Vestido midi de lino",
  "Traje sastre de paño",
  "Blazer oversize de lana",
  "Falda plisada de seda",
  "Conjunto de crochet",
  "Chaqueta de denim recuperado",
  "Camisa de popelina",
  "Pantalón palazzo de crepé",
  "Vestido largo de tul",
  "Top bordado a mano",
  "Gabardina de algodón encerado",
  "Enterizo de satín",
  "Poncho de lana virgen",
  "Corsé de cuero vegetal",
  "Kimono de seda estampada",
  "Chaleco sastre de lino",
  "Falda lápiz de jacquard",
  "Capa de organza",
  "Bermuda sastre de algodón",
  "Camisa guayabera de lino",
] as const;
/** Designers whose collections need their own garments. */
const DESIGNER_GARMENTS: Record<string, readonly string[]> = {
  "montana-norte": [
    "Traje sastre de lino",
    "Blazer desestructurado de algodón",
    "Camisa guayabera de lino",
    "Pantalón de pinzas de gabardina",
    "Chaleco sastre de lino",
    "Gabardina ligera",
    "Bermuda sastre de algodón",
  ],
  "ceiba-swim": [
    "Vestido de baño de una pieza",
    "Bikini de tiro alto",
    "Trikini con herrajes dorados",
    "Salida de baño de gasa",
    "Pareo anudado de seda",
    "Vestido de baño asimétrico",
    "Bikini con volantes",
  ],
  "alba-couture": [
    "Vestido de novia de encaje",
    "Vestido de gala con pedrería",
    "Capa de tul bordado",
    "Vestido sirena de crepé",
    "Traje de novia de dos piezas",
    "Vestido de coctel con plumas",
  ],
};
const COLOURS = [
  "en tono arena",
  "en verde esmeralda",
  "en negro azabache",
  "en blanco hueso",
  "en terracota",
  "en azul índigo",
  "en rojo carmín",
  "en mostaza",
  "en gris perla",
  "en fucsia",
  "en verde oliva",
  "en café tostado",
] as const;
const LOOK_NOTES = [
  "Tacón de 10 cm; cabello recogido en moño bajo.",
  "Aretes de filigrana momposina; maquillaje natural.",
  "Botas planas; llevar la chaqueta al hombro al final de la pasarela.",
  "Revisar el ajuste del corsé en backstage antes de salir.",
  "Sombrero aguadeño; caminar sin pausa en el punto final.",
  "Cambio rápido: dejar el cierre de la espalda abierto.",
  "Sandalias de cuero; pausa de dos segundos frente a los fotógrafos.",
  "Labios rojos y delineado gráfico; uñas en tono nude.",
  "Pasar la mano por el bolsillo al girar; no quitarse las gafas.",
  "Peinado húmedo hacia atrás; sin accesorios.",
] as const;

const VENDOR_CATEGORIES = [
  "catering",
  "lighting",
  "sound",
  "staging",
  "security",
  "photography",
  "video",
  "hair_makeup",
  "models_agency",
  "transport",
  "printing",
  "other",
] as const;

/** Per category: typical price range in COP, then four vendors; the first two belong to Bogotá, the last two to Medellín. */
const VENDORS: Record<(typeof VENDOR_CATEGORIES)[number], { range: [number, number]; vendors: [string, string][] }> = {
  catering: {
    range: [8_000_000, 45_000_000],
    vendors: [
      ["Sabores de la Sabana Catering", "Bogotá"],
      ["Bocados Gourmet Eventos", "Cali"],
      ["Cocina Paisa Banquetes", "Medellín"],
      ["Mesa Larga Catering", "Medellín"],
    ],
  },
  lighting: {
    range: [6_000_000, 30_000_000],
    vendors: [
      ["Luz de Escena Iluminación", "Bogotá"],
      ["Foco Andino Producciones", "Bogotá"],
      ["Candela Iluminación Profesional", "Medellín"],
      ["Prisma Luces y Eventos", "Medellín"],
    ],
  },
  sound: {
    range: [5_000_000, 25_000_000],
    vendors: [
      ["Resonancia Audio Profesional", "Bogotá"],
      ["Bajo Cero Sonido", "Bogotá"],
      ["Eco Montaña Sonido en Vivo", "Medellín"],
      ["Altavoz Producciones", "Cali"],
    ],
  },
  staging: {
    range: [10_000_000, 60_000_000],
    vendors: [
      ["Tarima y Estructura S.A.S.", "Bogotá"],
      ["Escenarios Modulares Bacatá", "Bogotá"],
      ["Estructuras Nutibara", "Medellín"],
      ["Pasarelas del Valle Montajes", "Cali"],
    ],
  },
  security: {
    range: [3_000_000, 15_000_000],
    vendors: [
      ["Guardianes Eventos Seguridad Privada", "Bogotá"],
      ["Escudo Logístico Ltda.", "Bogotá"],
      ["Centinela Antioquia Seguridad", "Medellín"],
      ["Vigía Seguridad para Eventos", "Medellín"],
    ],
  },
  photography: {
    range: [2_500_000, 12_000_000],
    vendors: [
      ["Obturador Estudio Fotográfico", "Bogotá"],
      ["Lente Dorado Fotografía", "Cali"],
      ["Contraluz Fotografía de Moda", "Medellín"],
      ["Revelado Estudio", "Medellín"],
    ],
  },
  video: {
    range: [4_000_000, 20_000_000],
    vendors: [
      ["Cuadro a Cuadro Films", "Bogotá"],
      ["Plano Secuencia Audiovisual", "Bogotá"],
      ["Fotograma Paisa", "Medellín"],
      ["Travelling Producciones", "Medellín"],
    ],
  },
  hair_makeup: {
    range: [3_000_000, 18_000_000],
    vendors: [
      ["Glamour Backstage Maquillaje", "Bogotá"],
      ["Pincel y Peine Estudio", "Bogotá"],
      ["Belleza en Pasarela Medellín", "Medellín"],
      ["Rubor Studio Maquillaje y Peinado", "Medellín"],
    ],
  },
  models_agency: {
    range: [5_000_000, 40_000_000],
    vendors: [
      ["Cóndor Model Management", "Bogotá"],
      ["Altiplano Models", "Bogotá"],
      ["Orquídea Models Medellín", "Medellín"],
      ["Montaña Talent Group", "Medellín"],
    ],
  },
  transport: {
    range: [1_500_000, 8_000_000],
    vendors: [
      ["Rutas Ejecutivas Bogotá", "Bogotá"],
      ["Traslados VIP Andinos", "Bogotá"],
      ["Movilidad Paisa Eventos", "Medellín"],
      ["Van y Ruta Traslados", "Cali"],
    ],
  },
  printing: {
    range: [800_000, 6_000_000],
    vendors: [
      ["Tinta Viva Impresores", "Bogotá"],
      ["Imprenta La Candelaria", "Bogotá"],
      ["Gráficas Aburrá", "Medellín"],
      ["Papel y Punto Litografía", "Medellín"],
    ],
  },
  other: {
    range: [2_000_000, 15_000_000],
    vendors: [
      ["Floristería Pétalos de la Sabana", "Bogotá"],
      ["Mobiliario Lounge Eventos", "Bogotá"],
      ["Flores Silleteras Santa Elena", "Medellín"],
      ["Aroma Andino Ambientación", "Medellín"],
    ],
  },
};

const VENDOR_NOTES = [
  "Trabajó con nosotros en la última temporada; puntual y con buen equipo técnico.",
  "Pide anticipo del 50 % y factura electrónica a 30 días.",
  "Buena relación calidad-precio; confirmar disponibilidad con dos meses de antelación.",
  "Recomendado por la productora del Teatro Colón.",
  "Tiene equipo propio y seguro de responsabilidad civil vigente.",
  "Respuesta rápida por WhatsApp; cotiza en menos de 24 horas.",
] as const;

const AGENCIES: Record<string, readonly string[]> = {
  "moda-bogota": ["Cóndor Model Management", "Altiplano Models", "Sabana Talent", "Estudio Pasarela Bogotá"],
  "medellin-fashion": ["Orquídea Models Medellín", "Montaña Talent Group", "Paisa Pasarela Management"],
};
const KIDS_AGENCY = "Semillitas Talento Infantil";

const DIVISION_PLAN: Record<string, [Division, number][]> = {
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

const OTHER_CITIES = ["Cali", "Barranquilla", "Cartagena", "Pereira"] as const;
const HAIR = [
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
const MATURE_HAIR = ["canoso", "entrecano", "castaño oscuro", "negro", "rubio ceniza"] as const;
const EYES = [
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

/*==========================================================================
 * Seeding
 *==========================================================================*/

type Row = Record<string, unknown>;

/** One multi-row insert: the rows travel as a single jsonb parameter. */
async function insertRows(client: pg.Client, table: string, rows: Row[]): Promise<void> {
  const first = rows[0];
  if (!first) return;
  const columns = Object.keys(first);
  for (const row of rows) {
    const keys = Object.keys(row);
    if (keys.length !== columns.length || keys.some((key, i) => key !== columns[i])) {
      throw new Error(`Seed rows for ${table} must all have the same columns.`);
    }
  }
  if (!columns.every((c) => /^[a-z_]+$/.test(c))) throw new Error(`Bad column name in ${table}.`);
  const list = columns.join(", ");
  await client.query(
    `insert into ${table} (${list}) select ${list} from jsonb_populate_recordset(null::${table}, $1::jsonb)`,
    [JSON.stringify(rows)],
  );
}

interface Person {
  id: string;
  org: string;
  orgId: string;
  index: number;
  division: Division;
  sex: Sex;
  height: number;
  city: string;
  willingToTravel: boolean;
  aiConsent: boolean;
  first: string;
  surname: string;
  minor: boolean;
}

/** Loads the demo data into an empty database; returns false (and changes nothing) when it already has data. */
export async function seedDemoData(client: pg.Client, options: SeedOptions = {}): Promise<boolean> {
  await client.query("begin");
  try {
    const { rows } = await client.query("select exists (select 1 from app_public.organizations) as has_data");
    if (rows[0]?.has_data) {
      await client.query("rollback");
      console.error("[db] the database already has data; demo data not loaded");
      return false;
    }
    await loadDemoData(client, options.today ?? new Date());
    await client.query("commit");
    return true;
  } catch (error) {
    await client.query("rollback").catch(() => {});
    throw error;
  }
}

async function loadDemoData(client: pg.Client, today: Date): Promise<void> {
  const cal = calendar(today);
  const orgId = (slug: string) => demoUuid(`organization:${slug}`);
  const profileId = (email: string) => demoUuid(`profile:${email}`);
  const eventId = (key: string) => demoUuid(`event:${key}`);
  const designerId = (key: string) => demoUuid(`designer:${key}`);
  const producerOf = (org: string) => {
    const account = DEMO_ACCOUNTS.find((a) => a.organizationSlug === org && a.role === "producer");
    if (!account) throw new Error(`No producer for ${org}`);
    return profileId(account.email);
  };

  /* Organizations, profiles, memberships -------------------------------- */
  await insertRows(
    client,
    "app_public.organizations",
    DEMO_ORGANIZATIONS.map((o) => ({
      id: orgId(o.slug),
      name: o.name,
      slug: o.slug,
      country: "CO",
      timezone: "America/Bogota",
      currency: "COP",
    })),
  );
  const accountRng = rng("accounts");
  await insertRows(
    client,
    "app_public.profiles",
    DEMO_ACCOUNTS.map((a) => ({
      id: profileId(a.email),
      email: a.email,
      full_name: a.fullName,
      locale: "es-CO",
      phone: mobile(accountRng),
      // .test addresses belong to no one; the demo logins count as verified.
      email_verified_at: cal.at(0),
    })),
  );
  await client.query(
    `insert into app_private.profile_secrets (profile_id, password_hash)
     select p.id, public.crypt($1, public.gen_salt('bf')) from app_public.profiles p where p.id = any($2::uuid[])`,
    [DEMO_PASSWORD, DEMO_ACCOUNTS.map((a) => profileId(a.email))],
  );
  await insertRows(
    client,
    "app_public.memberships",
    DEMO_ACCOUNTS.map((a) => ({
      id: demoUuid(`membership:${a.email}`),
      organization_id: orgId(a.organizationSlug),
      profile_id: profileId(a.email),
      role: a.role,
    })),
  );

  /* Venues, events, designers, looks ------------------------------------ */
  await insertRows(
    client,
    "app_public.venues",
    VENUES.map((v) => ({
      id: demoUuid(`venue:${v.key}`),
      organization_id: orgId(v.org),
      name: v.name,
      address: v.address,
      city: v.city,
      capacity: v.capacity,
    })),
  );
  const eventTimes = new Map(
    EVENTS.map((e) => [e.key, { startsAt: cal.at(e.days, 19), endsAt: cal.at(e.days, 22, 30) }] as const),
  );
  const timesOf = (key: string) => {
    const times = eventTimes.get(key);
    if (!times) throw new Error(`Unknown event ${key}`);
    return times;
  };
  await insertRows(
    client,
    "app_public.events",
    EVENTS.map((e) => ({
      id: eventId(e.key),
      organization_id: orgId(e.org),
      organizer_id: producerOf(e.org),
      venue_id: demoUuid(`venue:${e.venue}`),
      title: e.title,
      slug: slugify(e.key),
      description: e.description,
      starts_at: timesOf(e.key).startsAt,
      ends_at: timesOf(e.key).endsAt,
      timezone: "America/Bogota",
      status: e.status,
      capacity: e.capacity,
      metadata: e.metadata,
      is_public: e.isPublic,
    })),
  );
  await insertRows(
    client,
    "app_public.designers",
    DESIGNERS.map((d) => ({
      id: designerId(d.key),
      organization_id: orgId(d.org),
      name: d.name,
      brand: d.brand,
      city: d.city,
      bio: d.bio,
      instagram: `@${d.instagram}`,
      website: `https://${slugify(d.brand).replace(/-/g, "")}.example.com`,
    })),
  );
  const eventDesigners: Row[] = [];
  const looks: Row[] = [];
  for (const e of EVENTS) {
    const r = rng(`looks:${e.key}`);
    e.designers.forEach((d, i) => {
      eventDesigners.push({
        id: demoUuid(`event-designer:${e.key}:${d.key}`),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        designer_id: designerId(d.key),
        show_order: i + 1,
        collection_name: d.collection,
      });
    });
    const garments = new Map(e.designers.map((d) => [d.key, r.shuffle(DESIGNER_GARMENTS[d.key] ?? GARMENTS)]));
    const used = new Map<string, number>();
    for (let sequence = 1; sequence <= e.looks; sequence++) {
      // Designers walk in show order, each with a consecutive block of looks.
      const designer = e.designers[Math.floor(((sequence - 1) * e.designers.length) / e.looks)];
      if (!designer) throw new Error("look without designer");
      const pool = garments.get(designer.key) ?? GARMENTS;
      const n = used.get(designer.key) ?? 0;
      used.set(designer.key, n + 1);
      looks.push({
        id: demoUuid(`look:${e.key}:${sequence}`),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        designer_id: designerId(designer.key),
        sequence,
        title: `${pool[n % pool.length]} ${r.pick(COLOURS)}`,
        notes: r.pick(LOOK_NOTES),
        change_minutes: r.int(3, 15),
      });
    }
  }
  await insertRows(client, "app_public.event_designers", eventDesigners);
  await insertRows(client, "app_public.looks", looks);

  /* Talent and contacts ------------------------------------------------- */
  const usedNames = new Set<string>();
  const usedHandles = new Set<string>();
  const usedStageNames = new Set<string>();
  const people: Person[] = [];
  const talentRows: Row[] = [];
  const contactRows: Row[] = [];
  for (const org of DEMO_ORGANIZATIONS) {
    const orgRng = rng(`roster:${org.slug}`);
    const divisions = orgRng.shuffle(
      (DIVISION_PLAN[org.slug] ?? []).flatMap(([division, n]) => Array<Division>(n).fill(division)),
    );
    // Consent plan: ~10 % never consented, three consented without AI, one withdrew.
    const order = orgRng.shuffle(divisions.map((_, i) => i));
    const noConsent = new Set(order.slice(0, Math.round(divisions.length / 10)));
    const noAi = new Set(order.slice(noConsent.size, noConsent.size + 3));
    const revoked = new Set(order.slice(noConsent.size + 3, noConsent.size + 4));
    divisions.forEach((division, index) => {
      const r = rng(`talent:${org.slug}:${index}`);
      const id = demoUuid(`talent:${org.slug}:${index}`);
      const sex: Sex =
        division === "women" || division === "curve" || division === "petite"
          ? "f"
          : division === "men"
            ? "m"
            : division === "non_binary"
              ? r.pick(["x", "x", "f", "m"] as const)
              : r.chance(0.5)
                ? "f"
                : "m";
      let name = personName(r, sex);
      while (usedNames.has(name.full)) name = personName(r, sex);
      usedNames.add(name.full);

      const minor = division === "kids";
      let age: number;
      let height: number;
      let bust: number;
      let waist: number;
      let hips: number;
      let shoe: number;
      switch (division) {
        case "women":
          age = r.int(18, 30);
          height = r.int(168, 182);
          [bust, waist, hips] = [r.int(80, 90), r.int(58, 66), r.int(86, 94)];
          shoe = r.int(37, 41);
          break;
        case "men":
          age = r.int(18, 31);
          height = r.int(180, 192);
          [bust, waist, hips] = [r.int(88, 104), r.int(72, 84), r.int(88, 100)];
          shoe = r.int(41, 46);
          break;
        case "curve":
          age = r.int(20, 35);
          height = r.int(165, 180);
          [bust, waist, hips] = [r.int(96, 116), r.int(78, 96), r.int(104, 124)];
          shoe = r.int(38, 42);
          break;
        case "petite":
          age = r.int(18, 32);
          height = r.int(155, 167);
          [bust, waist, hips] = [r.int(78, 88), r.int(58, 66), r.int(84, 92)];
          shoe = r.int(35, 38);
          break;
        case "non_binary":
          age = r.int(19, 30);
          height = r.int(170, 188);
          [bust, waist, hips] = [r.int(80, 96), r.int(62, 78), r.int(86, 96)];
          shoe = r.int(38, 44);
          break;
        case "mature":
          age = r.int(40, 62);
          height = sex === "f" ? r.int(165, 178) : r.int(175, 188);
          [bust, waist, hips] =
            sex === "f"
              ? [r.int(86, 100), r.int(66, 82), r.int(92, 106)]
              : [r.int(94, 108), r.int(80, 94), r.int(94, 104)];
          shoe = sex === "f" ? r.int(37, 40) : r.int(41, 45);
          break;
        case "kids":
          age = r.int(6, 14);
          height = Math.min(160, Math.max(110, 110 + (age - 6) * 6 + r.int(-4, 4)));
          [bust, waist, hips] = [
            Math.round(height * 0.45) + r.int(-3, 3),
            Math.round(height * 0.38) + r.int(-2, 2),
            Math.round(height * 0.5) + r.int(-3, 3),
          ];
          shoe = Math.round(28 + (height - 110) / 5);
          break;
      }
      const shoeEu = shoe + (division !== "kids" && r.chance(0.3) ? 0.5 : 0);
      const city =
        minor || r.chance(0.7)
          ? org.city
          : r.pick([...OTHER_CITIES, ...DEMO_ORGANIZATIONS.map((o) => o.city).filter((c) => c !== org.city)]);
      const willingToTravel = minor ? r.chance(0.2) : r.chance(0.55);
      const agency = minor ? KIDS_AGENCY : r.chance(0.15) ? null : r.pick(AGENCIES[org.slug] ?? []);

      let instagram: string | null = null;
      if (!minor && r.chance(0.85)) {
        const base = `${slugify(name.first).replace(/-/g, "")}${r.pick([".", "_", ""])}${slugify(name.surname).replace(/-/g, "")}`;
        let handle = base.slice(0, 24);
        while (usedHandles.has(handle)) handle = `${base.slice(0, 24)}${r.int(1, 99)}`;
        usedHandles.add(handle);
        instagram = `@${handle}`;
      }
      let stageName: string | null = null;
      if (!minor && r.chance(0.1)) {
        const candidate = r.pick(STAGE_NAMES);
        if (!usedStageNames.has(candidate)) {
          usedStageNames.add(candidate);
          stageName = candidate;
        }
      }

      let consentGrantedAt: string | null = null;
      let consentPurposes: string[] = [];
      let consentSource: string | null = null;
      let consentRevokedAt: string | null = null;
      if (!noConsent.has(index)) {
        consentGrantedAt = cal.at(-r.int(20, 600), r.int(8, 18), r.pick([0, 15, 30, 45]));
        consentSource = minor
          ? "signed_form"
          : r.pick(["signed_form", "agency_contract", "agency_contract", "web_form", "email", "whatsapp"]);
        const purposes = new Set(["casting", "contact"]);
        if (!noAi.has(index)) purposes.add("ai_processing");
        if (!minor && r.chance(0.4)) purposes.add("marketing");
        consentPurposes = ["casting", "ai_processing", "marketing", "contact"].filter((p) => purposes.has(p));
        if (revoked.has(index)) consentRevokedAt = cal.at(-r.int(1, 15), r.int(8, 18));
      }

      talentRows.push({
        id,
        organization_id: orgId(org.slug),
        full_name: name.full,
        stage_name: stageName,
        agency,
        city,
        willing_to_travel: willingToTravel,
        division,
        gender: sex === "f" ? "femenino" : sex === "m" ? "masculino" : "no binario",
        height_cm: height,
        bust_cm: bust,
        waist_cm: waist,
        hips_cm: hips,
        shoe_eu: shoeEu,
        hair_color: division === "mature" ? r.pick(MATURE_HAIR) : r.pick(HAIR),
        eye_color: r.pick(EYES),
        measurements_taken_on: cal.date(-r.int(10, 420)),
        birth_date: cal.birthDate(age, r.int(30, 330)),
        portfolio_urls: minor
          ? []
          : Array.from(
              { length: r.int(1, 3) },
              (_, n) => `https://fotos.example.com/${org.slug}/${index + 1}-${n + 1}.jpg`,
            ),
        instagram,
        consent_granted_at: consentGrantedAt,
        consent_purposes: consentPurposes,
        consent_source: consentSource,
        consent_revoked_at: consentRevokedAt,
      });
      people.push({
        id,
        org: org.slug,
        orgId: orgId(org.slug),
        index,
        division,
        sex,
        height,
        city,
        willingToTravel,
        aiConsent: consentPurposes.includes("ai_processing") && consentRevokedAt === null,
        first: name.first,
        surname: name.surname,
        minor,
      });

      const emailBase = `${slugify(name.first).replace(/-/g, "")}.${slugify(name.surname).replace(/-/g, "")}`;
      if (minor) {
        const guardian = personName(r, r.chance(0.7) ? "f" : "m");
        const guardianName = `${guardian.first} ${name.surname} ${guardian.surname}`;
        contactRows.push({
          talent_id: id,
          organization_id: orgId(org.slug),
          email: null,
          phone: null,
          whatsapp_opt_in: r.chance(0.6),
          guardian_name: guardianName,
          guardian_phone: mobile(r),
          guardian_email: r.chance(0.6)
            ? `${slugify(guardian.first).replace(/-/g, "")}.${slugify(name.surname).replace(/-/g, "")}${index + 1}@example.com`
            : null,
        });
      } else if (r.chance(0.88)) {
        contactRows.push({
          talent_id: id,
          organization_id: orgId(org.slug),
          email: `${emailBase}${index + 1}@example.com`,
          phone: mobile(r),
          whatsapp_opt_in: r.chance(0.65),
          guardian_name: null,
          guardian_phone: null,
          guardian_email: null,
        });
      }
    });
  }
  await insertRows(client, "app_public.talent", talentRows);
  await insertRows(client, "app_public.talent_contacts", contactRows);

  /* Casting briefs, availability, castings ------------------------------ */
  const briefId = (key: string) => demoUuid(`casting-brief:${key}`);
  const briefRows: Row[] = [];
  const availabilityRows: Row[] = [];
  const busy = new Set<string>();
  const matches = new Map<string, Person[]>();
  const UNAVAILABLE_NOTES = [
    "Campaña de vestidos de baño en Cartagena.",
    "Viaje familiar fuera del país.",
    "Pasarela confirmada en Ciudad de México.",
    "Rodaje de comercial de televisión.",
  ] as const;
  const HOLD_NOTES = [
    "Opción retenida para catálogo de temporada.",
    "Segunda opción para campaña de una marca de jeans.",
    "En espera de confirmación de un editorial.",
  ] as const;
  for (const e of EVENTS) {
    if (!e.brief) continue;
    const b = e.brief;
    briefRows.push({
      id: briefId(e.key),
      organization_id: orgId(e.org),
      event_id: eventId(e.key),
      title: b.title,
      models_needed: b.modelsNeeded,
      height_min_cm: b.heightMin,
      height_max_cm: b.heightMax,
      divisions: b.divisions,
      cities: b.cities,
      notes: b.notes,
    });
    const fits = people.filter(
      (p) =>
        p.org === e.org &&
        p.aiConsent &&
        b.divisions.includes(p.division) &&
        p.height >= b.heightMin &&
        p.height <= b.heightMax &&
        (b.cities.includes(p.city) || p.willingToTravel),
    );
    // A handful of good fits are busy on the show day: the casting agent must leave them out.
    const r = rng(`availability:${e.key}`);
    const shuffled = r.shuffle(fits.filter((p) => !busy.has(p.id)));
    const blocked = shuffled.slice(0, 5);
    blocked.forEach((p, i) => {
      busy.add(p.id);
      const unavailable = i < 3;
      availabilityRows.push({
        id: demoUuid(`availability:${e.key}:${p.id}`),
        organization_id: p.orgId,
        talent_id: p.id,
        period: `[${cal.at(e.days - r.int(0, 2), 8)},${cal.at(e.days + r.int(1, 3), 20)})`,
        kind: unavailable ? "unavailable" : "hold",
        notes: unavailable ? r.pick(UNAVAILABLE_NOTES) : r.pick(HOLD_NOTES),
      });
    });
    matches.set(e.key, shuffled.slice(blocked.length));
  }
  // Periods away from every show.
  const elsewhere = rng("availability:elsewhere");
  for (const p of elsewhere.shuffle(people.filter((p) => !p.minor && !busy.has(p.id))).slice(0, 10)) {
    const start = elsewhere.chance(0.5) ? elsewhere.int(-12, -6) : elsewhere.int(55, 80);
    const unavailable = elsewhere.chance(0.6);
    availabilityRows.push({
      id: demoUuid(`availability:elsewhere:${p.id}`),
      organization_id: p.orgId,
      talent_id: p.id,
      period: `[${cal.at(start, 0)},${cal.at(start + elsewhere.int(2, 6), 0)})`,
      kind: unavailable ? "unavailable" : "hold",
      notes: unavailable ? elsewhere.pick(UNAVAILABLE_NOTES) : elsewhere.pick(HOLD_NOTES),
    });
  }
  await insertRows(client, "app_public.casting_briefs", briefRows);
  await insertRows(client, "app_public.talent_availability", availabilityRows);

  const castEvent = EVENTS[0];
  if (!castEvent?.brief) throw new Error("The first event needs a brief");
  const castingRng = rng(`castings:${castEvent.key}`);
  const cast = (matches.get(castEvent.key) ?? []).slice(0, 9);
  await insertRows(
    client,
    "app_public.model_castings",
    cast.map((p, i) => ({
      id: demoUuid(`model-casting:${castEvent.key}:${p.id}`),
      organization_id: p.orgId,
      event_id: eventId(castEvent.key),
      talent_id: p.id,
      brief_id: briefId(castEvent.key),
      status: i < 6 ? "confirmed" : "invited",
      responded_at: i < 6 ? cal.at(-castingRng.int(1, 4), castingRng.int(9, 18), castingRng.pick([0, 20, 40])) : null,
    })),
  );

  /* Runway: the first event's looks walked by its confirmed models, and a draft run of show */
  // Each look gets its model (a confirmed casting: the looks trigger checks it), two to four
  // minutes to change into it, the opening of the first block and the show's finale. The
  // draft walks the looks in their own order, timed with the schedule's settings (40 s walks,
  // 10 s gaps): look 9's four-minute change does not fit there, so the Pasarela page shows a
  // quick-change warning until "Resolver" orders the show (tests: runway agent and browser).
  const confirmed = cast.slice(0, 6);
  const lookRng = rng(`runway-looks:${castEvent.key}`);
  const castLooks = looks.filter((l) => l.event_id === eventId(castEvent.key));
  for (const look of castLooks) {
    const sequence = look.sequence as number;
    const model = confirmed[(sequence - 1) % confirmed.length];
    if (!model) throw new Error("The first event needs confirmed models");
    const changeMinutes = sequence === 9 ? 4 : lookRng.int(2, 3);
    const fixed = sequence === 1 ? "opening" : sequence === castLooks.length ? "finale" : null;
    await client.query(
      "update app_public.looks set talent_id = $2, change_minutes = $3, fixed_position = $4 where id = $1",
      [look.id, model.id, changeMinutes, fixed],
    );
  }
  const scheduleId = demoUuid(`runway-schedule:${castEvent.key}:1`);
  const gapSeconds = 10;
  const walkSeconds = 40;
  await insertRows(client, "app_public.runway_schedules", [
    {
      id: scheduleId,
      organization_id: orgId(castEvent.org),
      event_id: eventId(castEvent.key),
      version: 1,
      status: "draft",
      starts_at: cal.at(castEvent.days, 19, 30),
      gap_seconds: gapSeconds,
      default_walk_seconds: walkSeconds,
      change_buffer_minutes: 1,
    },
  ]);
  await insertRows(
    client,
    "app_public.runway_slots",
    castLooks.map((look, i) => ({
      id: demoUuid(`runway-slot:${castEvent.key}:1:${i + 1}`),
      organization_id: orgId(castEvent.org),
      schedule_id: scheduleId,
      sequence: i + 1,
      look_id: look.id,
      talent_id: confirmed[i % confirmed.length]?.id ?? null,
      walk_starts_at: `${i * (walkSeconds + gapSeconds)} seconds`,
      walk_seconds: walkSeconds,
    })),
  );

  /* Vendors and recommendations ----------------------------------------- */
  const vendorRows: Row[] = [];
  const vendorId = (category: string, i: number) => demoUuid(`vendor:${category}:${i}`);
  for (const category of VENDOR_CATEGORIES) {
    const { range, vendors } = VENDORS[category];
    vendors.forEach(([name, city], i) => {
      const r = rng(`vendor:${category}:${i}`);
      const contact = personName(r, r.chance(0.5) ? "f" : "m");
      const min = roundTo(range[0] * (0.8 + r.next() * 0.4), 100_000);
      const max = Math.max(min + 500_000, roundTo(range[1] * (0.8 + r.next() * 0.5), 100_000));
      const domain = slugify(name)
        .replace(/-(s-a-s|ltda)$/, "")
        .replace(/-/g, "");
      vendorRows.push({
        id: vendorId(category, i),
        organization_id: orgId(i < 2 ? "moda-bogota" : "medellin-fashion"),
        name,
        category,
        city,
        price_min_cop: min,
        price_max_cop: max,
        rating: (35 + r.int(0, 15)) / 10,
        contact_name: contact.full,
        contact_email: `comercial.${domain.slice(0, 40)}@example.com`,
        contact_phone: mobile(r),
        website: `https://${domain.slice(0, 40)}.example.com`,
        notes: r.pick(VENDOR_NOTES),
      });
    });
  }
  await insertRows(client, "app_public.vendors", vendorRows);
  const recommendations: [string, string, number, number, string, string][] = [
    [
      "bogota-fashion-week-pasarela-principal",
      "lighting",
      0,
      92,
      "contacted",
      "Amplia experiencia en pasarelas de gran formato en Ágora y precio dentro del presupuesto de producción.",
    ],
    [
      "bogota-fashion-week-pasarela-principal",
      "catering",
      0,
      85,
      "suggested",
      "Menú de pasabocas para 1.800 invitados con opciones vegetarianas; buenas referencias de otras productoras.",
    ],
    [
      "colombiamoda-showcase",
      "staging",
      2,
      88,
      "suggested",
      "Monta pasarelas modulares de 30 metros en Plaza Mayor y tiene bodega a quince minutos del recinto.",
    ],
    [
      "colombiamoda-showcase",
      "hair_makeup",
      2,
      80,
      "booked",
      "Equipo de doce maquilladores con experiencia en backstage de vestidos de baño.",
    ],
  ];
  await insertRows(
    client,
    "app_public.vendor_recommendations",
    recommendations.map(([event, category, i, score, status, reasoning]) => {
      const e = EVENTS.find((x) => x.key === event);
      if (!e) throw new Error(`Unknown event ${event}`);
      return {
        id: demoUuid(`vendor-recommendation:${event}:${category}:${i}`),
        organization_id: orgId(e.org),
        event_id: eventId(event),
        vendor_id: vendorId(category, i),
        category,
        score,
        reasoning,
        status,
      };
    }),
  );

  /* Sponsors ------------------------------------------------------------ */
  const sponsorRows: Row[] = [];
  for (const e of EVENTS) {
    const r = rng(`sponsors:${e.key}`);
    for (const s of e.sponsors) {
      const contact = personName(r, r.chance(0.5) ? "f" : "m");
      sponsorRows.push({
        id: demoUuid(`sponsor:${e.key}:${s.name}`),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        name: s.name,
        tier: s.tier,
        amount_cop: s.amount,
        status: s.status,
        contact_name: contact.full,
        contact_email: `${slugify(contact.first).replace(/-/g, "")}.${slugify(contact.surname).replace(/-/g, "")}@example.com`,
      });
    }
  }
  await insertRows(client, "app_public.sponsors", sponsorRows);

  /* Ticket tiers and bookings ------------------------------------------- */
  const tierRows: Row[] = [];
  const bookingRows: Row[] = [];
  const checkIns: { booking: string; at: string }[] = [];
  for (const e of EVENTS) {
    const r = rng(`tickets:${e.key}`);
    const { startsAt } = timesOf(e.key);
    const past = e.days < 0;
    const salesStart = e.status === "draft" ? cal.at(7, 10) : cal.at(e.days - (past ? 45 : 30), 10);
    const salesEnd = cal.at(e.days, 17);
    const sold = new Map<string, number>();
    const tierId = (name: string) => demoUuid(`ticket-tier:${e.key}:${name}`);
    for (let n = 0; n < e.bookings; n++) {
      const tier = r.chance(0.6)
        ? e.tiers[0]
        : r.chance(0.75)
          ? (e.tiers[1] ?? e.tiers[0])
          : (e.tiers[e.tiers.length - 1] ?? e.tiers[0]);
      if (!tier) throw new Error("event without tiers");
      const quantity = tier.price > 500_000 ? r.int(1, 2) : r.int(1, 4);
      const roll = r.next();
      const status = past ? "paid" : roll < 0.7 ? "paid" : roll < 0.9 ? "pending" : "cancelled";
      const buyer = personName(r, r.chance(0.55) ? "f" : "m");
      const provider =
        status === "pending"
          ? "wompi"
          : status === "cancelled"
            ? "mercadopago"
            : r.pick(["wompi", "wompi", "mercadopago", "stripe"]);
      const key = `booking:${e.key}:${n + 1}`;
      const digest = createHash("sha256").update(key).digest("hex");
      if (status !== "cancelled") sold.set(tier.name, (sold.get(tier.name) ?? 0) + quantity);
      bookingRows.push({
        id: demoUuid(key),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        tier_id: tierId(tier.name),
        profile_id: null,
        buyer_name: `${buyer.first} ${buyer.surname}`,
        buyer_email: `${slugify(buyer.first).replace(/-/g, "")}.${slugify(buyer.surname).replace(/-/g, "")}${n + 1}@example.com`,
        quantity,
        total_cop: tier.price * quantity,
        status,
        payment_provider: provider,
        payment_reference:
          status === "paid" ? `${provider.toUpperCase().slice(0, 3)}-${digest.slice(0, 12).toUpperCase()}` : null,
        reference: `FOS-${digest.slice(32, 45).toUpperCase()}`,
        // A demo reservation holds its tickets until the end of the seed day.
        expires_at: status === "pending" ? cal.at(0, 23, 59) : null,
        confirmed_at: status === "paid" ? cal.at(Math.min(e.days, 0) - 1 - r.int(0, 20), r.int(8, 22)) : null,
      });
      // Most buyers of past shows came: their tickets were scanned at the door.
      if (status === "paid" && past && r.chance(0.85)) {
        checkIns.push({ booking: demoUuid(key), at: cal.at(e.days, 19, r.int(0, 40)) });
      }
    }
    for (const t of e.tiers) {
      tierRows.push({
        id: tierId(t.name),
        organization_id: orgId(e.org),
        event_id: eventId(e.key),
        name: t.name,
        description: t.description,
        price_cop: t.price,
        quantity: t.quantity,
        sold_count: sold.get(t.name) ?? 0,
        sales_start_at: salesStart,
        sales_end_at: salesEnd < startsAt ? salesEnd : null,
      });
    }
  }
  await insertRows(client, "app_public.ticket_tiers", tierRows);
  // Inserting bookings makes their tickets (one per seat, codes hashed).
  await insertRows(client, "app_public.bookings", bookingRows);
  await client.query(
    `update app_public.tickets t
        set checked_in_at = c.at, checked_in_gate = case when t.seat % 3 = 0 then 'Puerta 2' else 'Puerta principal' end
       from jsonb_to_recordset($1::jsonb) as c(booking uuid, at timestamptz)
      where t.booking_id = c.booking`,
    [JSON.stringify(checkIns)],
  );
}
