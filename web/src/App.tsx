import { lazy, Suspense } from "react";
import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { canScan, useAuth } from "./auth.tsx";
import { Layout } from "./components/Layout.tsx";
import { PublicLayout } from "./components/PublicLayout.tsx";
import { Skeleton } from "./components/States.tsx";
import { AcceptInvitationPage } from "./pages/AcceptInvitationPage.tsx";
import { AiActivityPage } from "./pages/AiActivityPage.tsx";
import { BookingPage } from "./pages/BookingPage.tsx";
import { ConfirmRegistrationPage } from "./pages/ConfirmRegistrationPage.tsx";
import { EventDetailPage } from "./pages/EventDetailPage.tsx";
import { EventsPage } from "./pages/EventsPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { PublicEventPage } from "./pages/PublicEventPage.tsx";
import { RunwayPrintPage } from "./pages/RunwayPrintPage.tsx";
import { ShowCallerPage } from "./pages/ShowCallerPage.tsx";
import { TicketPage } from "./pages/TicketPage.tsx";
import { VerifyEmailPage } from "./pages/VerifyEmailPage.tsx";
import { session } from "./session.ts";

// The door page carries the camera scanner (ZXing in WebAssembly): loaded only where it is used.
const DoorEventsPage = lazy(() => import("./pages/DoorPage.tsx").then((m) => ({ default: m.DoorEventsPage })));
const DoorPage = lazy(() => import("./pages/DoorPage.tsx").then((m) => ({ default: m.DoorPage })));

function SignedIn() {
  const { current } = useAuth();
  // Door staff only scan: the door is their home page.
  const home = current?.role === "door" ? "/puerta" : "/events";
  return (
    <Layout>
      <Suspense fallback={<Skeleton count={1} />}>
        <Routes>
          <Route
            path="/events"
            element={current?.role === "door" ? <Navigate to="/puerta" replace /> : <EventsPage />}
          />
          {canScan(current?.role) ? <Route path="/puerta" element={<DoorEventsPage />} /> : null}
          {canScan(current?.role) ? <Route path="/puerta/:eventId" element={<DoorPage />} /> : null}
          <Route
            path="/events/:eventId"
            element={current?.role === "door" ? <Navigate to="/puerta" replace /> : <EventDetailPage />}
          />
          <Route path="/events/:eventId/runway/print" element={<RunwayPrintPage />} />
          <Route path="/ai" element={<AiActivityPage />} />
          {/* Links in account emails (tasks/mail/templates.ts). Signed out, the
            sign-in page shows at the same address and explains why. */}
          <Route path="/verificar-correo" element={<VerifyEmailPage />} />
          <Route path="/invitacion" element={<AcceptInvitationPage />} />
          <Route path="*" element={<Navigate to={home} replace />} />
        </Routes>
      </Suspense>
    </Layout>
  );
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
    <LoginPage />
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
          path="/reserva"
          element={
            <PublicLayout>
              <BookingPage />
            </PublicLayout>
          }
        />
        <Route
          path="/t/:code"
          element={
            <PublicLayout>
              <TicketPage />
            </PublicLayout>
          }
        />
        {/* A registration's link (tasks/mail/templates.ts): the account does not
            exist until it is followed, so it opens signed in or signed out. */}
        <Route path="/confirmar-cuenta" element={<ConfirmRegistrationPage />} />
        {/* The show caller's night view: full screen, dark, no dashboard shell, and usable while the
            API cannot be reached (it shows the copy kept on the device for this session). */}
        <Route path="/events/:eventId/show-caller" element={session.token() ? <ShowCallerPage /> : <Gate />} />
        <Route path="*" element={<Gate />} />
      </Routes>
    </BrowserRouter>
  );
}
