// Vendors in every category with their price ranges, and the notes producers keep on them.

export const VENDOR_CATEGORIES = [
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
export const VENDORS: Record<
  (typeof VENDOR_CATEGORIES)[number],
  { range: [number, number]; vendors: [string, string][] }
> = {
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

export const VENDOR_NOTES = [
  "Trabajó con nosotros en la última temporada; puntual y con buen equipo técnico.",
  "Pide anticipo del 50 % y factura electrónica a 30 días.",
  "Buena relación calidad-precio; confirmar disponibilidad con dos meses de antelación.",
  "Recomendado por la productora del Teatro Colón.",
  "Tiene equipo propio y seguro de responsabilidad civil vigente.",
  "Respuesta rápida por WhatsApp; cotiza en menos de 24 horas.",
] as const;
