import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes, useLocation } from "react-router";
import { PUBLIC_PAGES } from "../../shared/links.ts";
import { canScan, useAuth } from "./auth.tsx";
import { Layout } from "./components/Layout.tsx";
import { PublicLayout } from "./components/PublicLayout.tsx";
import { Skeleton } from "./components/States.tsx";
import { AcceptInvitationPage } from "./pages/AcceptInvitationPage.tsx";
import { AiActivityPage } from "./pages/AiActivityPage.tsx";
import { BookingPage } from "./pages/BookingPage.tsx";
import { ConfirmRegistrationPage } from "./pages/ConfirmRegistrationPage.tsx";
import { CreateAgencyPage } from "./pages/CreateAgencyPage.tsx";
import { EventDetailPage } from "./pages/EventDetailPage.tsx";
import { EventFormPage } from "./pages/EventFormPage.tsx";
import { EventsPage } from "./pages/EventsPage.tsx";
import { GuestsPage } from "./pages/GuestsPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { MessagesPage } from "./pages/MessagesPage.tsx";
import { PublicEventPage } from "./pages/PublicEventPage.tsx";
import { ResetPasswordPage } from "./pages/ResetPasswordPage.tsx";
import { RosterImportPage } from "./pages/RosterImportPage.tsx";
import { RosterPage } from "./pages/RosterPage.tsx";
import { RsvpPage } from "./pages/RsvpPage.tsx";
import { RunwayPrintPage } from "./pages/RunwayPrintPage.tsx";
import { SeatingPage } from "./pages/SeatingPage.tsx";
import { ShowCallerPage } from "./pages/ShowCallerPage.tsx";
import { TalentFormPage } from "./pages/TalentFormPage.tsx";
import { TalentProfilePage } from "./pages/TalentProfilePage.tsx";
import { TeamPage } from "./pages/TeamPage.tsx";
import { TicketPage } from "./pages/TicketPage.tsx";
import { VendorsPage } from "./pages/VendorsPage.tsx";
import { VenuesPage } from "./pages/VenuesPage.tsx";
import { VerifyEmailPage } from "./pages/VerifyEmailPage.tsx";
import { session } from "./session.ts";

// The door page carries the camera scanner (ZXing in WebAssembly): loaded only where it is used.
const DoorEventsPage = lazy(() => import("./pages/DoorPage.tsx").then((m) => ({ default: m.DoorEventsPage })));
const DoorPage = lazy(() => import("./pages/DoorPage.tsx").then((m) => ({ default: m.DoorPage })));

/** Links in account emails (tasks/mail/templates.ts). */
const MAIL_LINKS: string[] = [PUBLIC_PAGES.verifyEmail, PUBLIC_PAGES.acceptInvitation, PUBLIC_PAGES.resetPassword];

/**
 * Where door staff may go: the door, their team page, a new agency and the
 * mail links. Every other page (a new one included) sends them to the door:
 * they only check people in, and the API shows them none of the rest.
 */
function doorMayOpen(pathname: string): boolean {
  return (
    pathname === "/puerta" ||
    pathname.startsWith("/puerta/") ||
    pathname === "/equipo" ||
    pathname === "/crear-agencia" ||
    MAIL_LINKS.includes(pathname)
  );
}

function SignedIn() {
  const { current, memberships } = useAuth();
  const { pathname } = useLocation();
  // A new account belongs to no agency yet: creating one comes first.
  if (memberships.length === 0 && !MAIL_LINKS.includes(pathname) && pathname !== "/crear-agencia") {
    return <Navigate to="/crear-agencia" replace />;
  }
  // Door staff only scan: the door is their home page, and the only pages
  // they open are the few doorMayOpen lists (an allow list, so a page added
  // later is closed to them unless it says otherwise).
  const door = current?.role === "door";
  const home = door ? "/puerta" : "/events";
  if (door && !doorMayOpen(pathname)) return <Navigate to="/puerta" replace />;
  return (
    <Layout>
      <Suspense fallback={<Skeleton count={1} />}>
        <Routes>
          <Route path="/events" element={<EventsPage />} />
          <Route path="/events/nuevo" element={<EventFormPage />} />
          <Route path="/events/:eventId" element={<EventDetailPage />} />
          <Route path="/events/:eventId/editar" element={<EventFormPage />} />
          <Route path="/events/:eventId/runway/print" element={<RunwayPrintPage />} />
          {canScan(current?.role) ? <Route path="/puerta" element={<DoorEventsPage />} /> : null}
          {canScan(current?.role) ? <Route path="/puerta/:eventId" element={<DoorPage />} /> : null}
          <Route path="/events/:eventId/invitados" element={<GuestsPage />} />
          <Route path="/events/:eventId/asientos" element={<SeatingPage />} />
          <Route path="/equipo" element={<TeamPage />} />
          <Route path="/lugares" element={<VenuesPage />} />
          <Route path="/proveedores" element={<VendorsPage />} />
          <Route path="/mensajes" element={<MessagesPage />} />
          <Route path="/crear-agencia" element={<CreateAgencyPage />} />
          <Route path="/ai" element={<AiActivityPage />} />
          <Route path="/roster" element={<RosterPage />} />
          <Route path="/roster/new" element={<TalentFormPage />} />
          <Route path="/roster/import" element={<RosterImportPage />} />
          <Route path="/roster/:talentId" element={<TalentProfilePage />} />
          <Route path="/roster/:talentId/edit" element={<TalentFormPage />} />
          {/* Links in account emails (tasks/mail/templates.ts). Signed out, the
            sign-in page shows at the same address and explains why. */}
          <Route path={PUBLIC_PAGES.verifyEmail} element={<VerifyEmailPage />} />
          <Route path={PUBLIC_PAGES.acceptInvitation} element={<AcceptInvitationPage />} />
          <Route path={PUBLIC_PAGES.resetPassword} element={<ResetPasswordPage />} />
          <Route path="*" element={<Navigate to={home} replace />} />
        </Routes>
      </Suspense>
    </Layout>
  );
}

function SignedOut() {
  const { pathname } = useLocation();
  // The reset link works without signing in: the token proves the mailbox.
  return pathname === PUBLIC_PAGES.resetPassword ? <ResetPasswordPage /> : <LoginPage />;
}

function Gate() {
  const { t } = useTranslation();
  const { signedIn, loading } = useAuth();
  return loading ? (
    <main aria-label={t("app.loading")}>
      <Skeleton />
    </main>
  ) : signedIn ? (
    <SignedIn />
  ) : (
    <SignedOut />
  );
}

export function App() {
  return (
    <BrowserRouter>
      <Routes>
        {/* The buyer's pages: open to everyone, signed in or not (links in the tickets mail). */}
        <Route
          path="/evento/:eventId"
          element={
            <PublicLayout>
              <PublicEventPage />
            </PublicLayout>
          }
        />
        <Route
          path={PUBLIC_PAGES.booking}
          element={
            <PublicLayout>
              <BookingPage />
            </PublicLayout>
          }
        />
        {/* A guest's invitation (issue 16): the RSVP link, no account needed. */}
        <Route
          path={`${PUBLIC_PAGES.rsvp}/:token`}
          element={
            <PublicLayout>
              <RsvpPage />
            </PublicLayout>
          }
        />
        <Route
          path={`${PUBLIC_PAGES.ticket}/:code`}
          element={
            <PublicLayout>
              <TicketPage />
            </PublicLayout>
          }
        />
        {/* A registration's link (tasks/mail/templates.ts): the account does not
            exist until it is followed, so it opens signed in or signed out. */}
        <Route path={PUBLIC_PAGES.confirmRegistration} element={<ConfirmRegistrationPage />} />
        {/* The show caller's night view: full screen, dark, no dashboard shell, and usable while the
            API cannot be reached (it shows the copy kept on the device for this session). */}
        <Route path="/events/:eventId/show-caller" element={session.token() ? <ShowCallerPage /> : <Gate />} />
        <Route path="*" element={<Gate />} />
      </Routes>
    </BrowserRouter>
  );
}
