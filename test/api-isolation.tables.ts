// The tables as the API exposes them, as data for test/api-isolation.test.ts
// (like shared/permissions.ts for the permission tests): per table its
// GraphQL names, key, whether rows carry organization_id, and the update,
// delete and create a member of another organization tries on Bogotá's rows.
// A new exposed table needs an entry here (a test compares TABLES with the
// schema).
import { randomUUID } from "node:crypto";

/** Ids of Bogotá rows that creates point at. */
export interface Parents {
  organization: string;
  event: string;
  designer: string;
  /** A person with no contact row. */
  talentWithoutContact: string;
  /** A person not cast for `event`. */
  talentNotCast: string;
  schedule: string;
  vendor: string;
  /** A guest with no contact row. */
  guestWithoutContact: string;
  guest: string;
  venue: string;
  layout: string;
  seat: string;
  invitation: string;
  /** A comp card photo uploaded to Bogotá and not attached yet. */
  file: string;
}

export interface TableSpec {
  /** Table in app_public. */
  table: string;
  /** GraphQL type. */
  type: string;
  /** Query field that fetches one row by its key. */
  single: string;
  /** Query field with the connection of all rows. */
  list: string;
  /** The key argument and column (talent_contacts is keyed by talent). */
  key: "rowId" | "talentId" | "guestId";
  /** Whether rows carry organization_id (everything but profiles and organizations). */
  orgScoped: boolean;
  /** A patch of a column the member role may update, when the API offers update<Type>. */
  patch?: Record<string, unknown>;
  /** Whether the API offers delete<Type>. */
  deletable: boolean;
  /** The create<Type> input pointing at Bogotá, when the API offers create<Type>. */
  create?: (p: Parents) => Record<string, unknown>;
}

export const DAY = 24 * 60 * 60 * 1000;
const inDays = (days: number) => new Date(Date.now() + days * DAY).toISOString();

export const TABLES: TableSpec[] = [
  {
    table: "organizations",
    type: "Organization",
    single: "organization",
    list: "organizations",
    key: "rowId",
    orgScoped: false,
    patch: { name: "Tomada" },
    deletable: true,
  },
  {
    table: "profiles",
    type: "Profile",
    single: "profile",
    list: "profiles",
    key: "rowId",
    orgScoped: false,
    patch: { fullName: "Tomado" },
    deletable: false,
  },
  {
    table: "memberships",
    type: "Membership",
    single: "membership",
    list: "memberships",
    key: "rowId",
    orgScoped: true,
    patch: { role: "viewer" },
    deletable: true,
  },
  {
    table: "organization_invitations",
    type: "OrganizationInvitation",
    single: "organizationInvitation",
    list: "organizationInvitations",
    key: "rowId",
    orgScoped: true,
    // History: ended by revokeInvitation, never deleted (attack-report L1).
    deletable: false,
  },
  {
    table: "venues",
    type: "Venue",
    single: "venue",
    list: "venues",
    key: "rowId",
    orgScoped: true,
    patch: { name: "Tomado" },
    deletable: true,
    create: (p) => ({ organizationId: p.organization, name: "Sede Intrusa", city: "Bogotá" }),
  },
  {
    table: "events",
    type: "Event",
    single: "event",
    list: "events",
    key: "rowId",
    orgScoped: true,
    patch: { title: "Tomado" },
    deletable: true,
    create: (p) => ({
      organizationId: p.organization,
      title: "Show Intruso",
      slug: `intruso-${randomUUID().slice(0, 8)}`,
      startsAt: inDays(40),
      endsAt: inDays(40.1),
    }),
  },
  {
    table: "event_budgets",
    type: "EventBudget",
    single: "eventBudget",
    list: "eventBudgets",
    key: "rowId",
    orgScoped: true,
    patch: { budgetCop: "1" },
    deletable: true,
    create: (p) => ({ eventId: p.event, budgetCop: "1" }),
  },
  {
    table: "designers",
    type: "Designer",
    single: "designer",
    list: "designers",
    key: "rowId",
    orgScoped: true,
    patch: { name: "Tomado" },
    deletable: true,
    create: (p) => ({ organizationId: p.organization, name: "Diseñador Intruso" }),
  },
  {
    table: "event_designers",
    type: "EventDesigner",
    single: "eventDesigner",
    list: "eventDesigners",
    key: "rowId",
    orgScoped: true,
    patch: { collectionName: "Tomada" },
    deletable: true,
    create: (p) => ({ eventId: p.event, designerId: p.designer, showOrder: 99 }),
  },
  {
    table: "looks",
    type: "Look",
    single: "look",
    list: "looks",
    key: "rowId",
    orgScoped: true,
    patch: { title: "Tomado" },
    deletable: true,
    create: (p) => ({ eventId: p.event, designerId: p.designer, sequence: 999, title: "Look Intruso" }),
  },
  {
    table: "talent",
    type: "Talent",
    single: "talent",
    list: "talents",
    key: "rowId",
    orgScoped: true,
    patch: { fullName: "Tomada" },
    deletable: true,
    create: (p) => ({ organizationId: p.organization, fullName: "Modelo Intrusa", division: "women" }),
  },
  {
    table: "talent_contacts",
    type: "TalentContact",
    single: "talentContact",
    list: "talentContacts",
    key: "talentId",
    orgScoped: true,
    patch: { phone: "+57 300 000 0000" },
    deletable: true,
    create: (p) => ({ talentId: p.talentWithoutContact, email: "intrusa@example.com" }),
  },
  {
    table: "talent_availability",
    type: "TalentAvailability",
    single: "talentAvailability",
    list: "talentAvailabilities",
    key: "rowId",
    orgScoped: true,
    patch: { notes: "Tomada" },
    deletable: true,
    create: (p) => ({
      talentId: p.talentWithoutContact,
      kind: "hold",
      period: { start: { value: inDays(50), inclusive: true }, end: { value: inDays(51), inclusive: false } },
    }),
  },
  {
    // Uploaded through POST /uploads (tested in files.test.ts), never created,
    // changed or deleted through GraphQL.
    table: "files",
    type: "File",
    single: "file",
    list: "files",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    table: "talent_photos",
    type: "TalentPhoto",
    single: "talentPhoto",
    list: "talentPhotos",
    key: "rowId",
    orgScoped: true,
    patch: { position: 7 },
    deletable: true,
    create: (p) => ({ talentId: p.talentWithoutContact, fileId: p.file }),
  },
  {
    table: "casting_briefs",
    type: "CastingBrief",
    single: "castingBrief",
    list: "castingBriefs",
    key: "rowId",
    orgScoped: true,
    patch: { title: "Tomado" },
    deletable: true,
    create: (p) => ({ eventId: p.event, modelsNeeded: 1, title: "Brief Intruso" }),
  },
  {
    table: "agent_runs",
    type: "AgentRun",
    single: "agentRun",
    list: "agentRuns",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    table: "model_castings",
    type: "ModelCasting",
    single: "modelCasting",
    list: "modelCastings",
    key: "rowId",
    orgScoped: true,
    patch: { status: "declined" },
    deletable: true,
    create: (p) => ({ eventId: p.event, talentId: p.talentNotCast }),
  },
  {
    table: "runway_schedules",
    type: "RunwaySchedule",
    single: "runwaySchedule",
    list: "runwaySchedules",
    key: "rowId",
    orgScoped: true,
    patch: { status: "published" },
    deletable: true,
    create: (p) => ({ eventId: p.event, version: 99 }),
  },
  {
    table: "runway_slots",
    type: "RunwaySlot",
    single: "runwaySlot",
    list: "runwaySlots",
    key: "rowId",
    orgScoped: true,
    patch: { walkSeconds: 99 },
    deletable: true,
    create: (p) => ({ scheduleId: p.schedule, sequence: 999, walkStartsAt: { minutes: 1 } }),
  },
  {
    table: "vendors",
    type: "Vendor",
    single: "vendor",
    list: "vendors",
    key: "rowId",
    orgScoped: true,
    patch: { name: "Tomado" },
    deletable: true,
    create: (p) => ({
      organizationId: p.organization,
      name: "Proveedor Intruso",
      category: "catering",
      city: "Bogotá",
    }),
  },
  {
    table: "vendor_recommendations",
    type: "VendorRecommendation",
    single: "vendorRecommendation",
    list: "vendorRecommendations",
    key: "rowId",
    orgScoped: true,
    patch: { status: "rejected" },
    deletable: true,
    create: (p) => ({ eventId: p.event, vendorId: p.vendor, category: "lighting" }),
  },
  {
    table: "sponsors",
    type: "Sponsor",
    single: "sponsor",
    list: "sponsors",
    key: "rowId",
    orgScoped: true,
    patch: { name: "Tomado" },
    deletable: true,
    create: (p) => ({ eventId: p.event, name: "Patrocinio Intruso" }),
  },
  {
    table: "ticket_tiers",
    type: "TicketTier",
    single: "ticketTier",
    list: "ticketTiers",
    key: "rowId",
    orgScoped: true,
    patch: { name: "Tomada" },
    deletable: true,
    create: (p) => ({ eventId: p.event, name: "Boleta Intrusa", priceCop: "1000", quantity: 10 }),
  },
  {
    table: "bookings",
    type: "Booking",
    single: "booking",
    list: "bookings",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    table: "tickets",
    type: "Ticket",
    single: "ticket",
    list: "tickets",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    table: "ticket_check_ins",
    type: "TicketCheckIn",
    single: "ticketCheckIn",
    list: "ticketCheckIns",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    table: "payments",
    type: "Payment",
    single: "payment",
    list: "payments",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    table: "guests",
    type: "Guest",
    single: "guest",
    list: "guests",
    key: "rowId",
    orgScoped: true,
    patch: { fullName: "Tomada" },
    deletable: true,
    create: (p) => ({ organizationId: p.organization, fullName: "Invitada Intrusa" }),
  },
  {
    table: "guest_contacts",
    type: "GuestContact",
    single: "guestContact",
    list: "guestContacts",
    key: "guestId",
    orgScoped: true,
    patch: { email: "tomado@example.com" },
    deletable: true,
    create: (p) => ({ guestId: p.guestWithoutContact, email: "intrusa@example.com" }),
  },
  {
    table: "guest_invitations",
    type: "GuestInvitation",
    single: "guestInvitation",
    list: "guestInvitations",
    key: "rowId",
    orgScoped: true,
    patch: { notes: "Tomada" },
    deletable: true,
    create: (p) => ({ eventId: p.event, guestId: p.guest }),
  },
  {
    table: "venue_layouts",
    type: "VenueLayout",
    single: "venueLayout",
    list: "venueLayouts",
    key: "rowId",
    orgScoped: true,
    patch: { name: "Tomado" },
    deletable: true,
    create: (p) => ({ venueId: p.venue, name: "Plano Intruso" }),
  },
  {
    table: "seats",
    type: "Seat",
    single: "seat",
    list: "seats",
    key: "rowId",
    orgScoped: true,
    patch: { frontRow: false },
    deletable: true,
    create: (p) => ({ layoutId: p.layout, section: "Intrusa", rowLabel: "Z", seatNumber: 99 }),
  },
  {
    table: "seat_assignments",
    type: "SeatAssignment",
    single: "seatAssignment",
    list: "seatAssignments",
    key: "rowId",
    orgScoped: true,
    patch: { plusOne: false },
    deletable: true,
    create: (p) => ({ eventId: p.event, seatId: p.seat, invitationId: p.invitation }),
  },
  {
    table: "vendor_availability",
    type: "VendorAvailability",
    single: "vendorAvailability",
    list: "vendorAvailabilities",
    key: "rowId",
    orgScoped: true,
    patch: { notes: "Tomado" },
    deletable: true,
    create: (p) => ({
      vendorId: p.vendor,
      period: { start: { value: inDays(70), inclusive: true }, end: { value: inDays(71), inclusive: false } },
      kind: "unavailable",
    }),
  },
  {
    // Written only by the daily health run and requestEventHealth.
    table: "event_health_reports",
    type: "EventHealthReport",
    single: "eventHealthReport",
    list: "eventHealthReports",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    // Made only by the health run; the recipient marks it read.
    table: "notifications",
    type: "Notification",
    single: "notification",
    list: "notifications",
    key: "rowId",
    orgScoped: true,
    patch: { readAt: "2030-01-01T00:00:00Z" },
    deletable: false,
  },
  {
    // Owners and admins keep the templates Meta approved.
    table: "whatsapp_templates",
    type: "WhatsappTemplate",
    single: "whatsappTemplate",
    list: "whatsappTemplates",
    key: "rowId",
    orgScoped: true,
    patch: { name: "tomado" },
    deletable: true,
    create: (p) => ({ organizationId: p.organization, purpose: "call_sheet", name: "intrusa" }),
  },
  {
    // Written only by the WhatsApp webhook; staff mark replies read.
    table: "inbox_messages",
    type: "InboxMessage",
    single: "inboxMessage",
    list: "inboxMessages",
    key: "rowId",
    orgScoped: true,
    patch: { readAt: "2030-01-01T00:00:00Z" },
    deletable: false,
  },
  {
    // The outbox: written only by SQL functions and the worker.
    table: "outbound_messages",
    type: "OutboundMessage",
    single: "outboundMessage",
    list: "outboundMessages",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    // Recorded only by the unsubscribe link, replies and complaints.
    table: "communication_opt_outs",
    type: "CommunicationOptOut",
    single: "communicationOptOut",
    list: "communicationOptOuts",
    key: "rowId",
    orgScoped: true,
    deletable: false,
  },
  {
    // Requested, approved and discarded through functions; producers edit drafts.
    table: "email_drafts",
    type: "EmailDraft",
    single: "emailDraft",
    list: "emailDrafts",
    key: "rowId",
    orgScoped: true,
    patch: { subject: "Hackeado" },
    deletable: false,
  },
];

/** Tables of app_public the API does not expose at all. */
export const NOT_EXPOSED = ["ai_agent_logs"];
