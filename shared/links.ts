// The web's public pages that mail, WhatsApp and Wompi's checkout send people to. The worker
// (tasks/mail, tasks/outbox) and the server (server/box-office) build their links from these paths and
// web/src/App.tsx routes them by the same names, so a link sent out always names a page the dashboard
// has (test/links.test.ts). Query strings and path parameters are the pages' own:
// confirmRegistration, verifyEmail, acceptInvitation, resetPassword: ?token=<token>[&lang=en];
// booking: ?clave=<access token>; ticket: /<code>; rsvp: /<token>.
export const PUBLIC_PAGES = {
  confirmRegistration: "/confirmar-cuenta",
  verifyEmail: "/verificar-correo",
  acceptInvitation: "/invitacion",
  resetPassword: "/restablecer-contrasena",
  booking: "/reserva",
  ticket: "/t",
  rsvp: "/rsvp",
} as const;

export type PublicPage = keyof typeof PUBLIC_PAGES;
