// The shows of the demo: venues, designers, events (with their line-up, looks,
// casting brief, sponsors and ticket tiers), and the garments, colours and
// notes looks are made of.
import type { Division } from "./roster.ts";

export const VENUES = [
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

export const DESIGNERS = [
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
export interface EventSpec {
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

export const EVENTS: EventSpec[] = [
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

export const GARMENTS = [
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
export const DESIGNER_GARMENTS: Record<string, readonly string[]> = {
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
export const COLOURS = [
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
export const LOOK_NOTES = [
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
