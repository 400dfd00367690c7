import { useTranslation } from "react-i18next";
import { BrowserRouter, Navigate, Route, Routes } from "react-router";
import { useAuth } from "./auth.tsx";
import { Layout } from "./components/Layout.tsx";
import { Skeleton } from "./components/States.tsx";
import { AcceptInvitationPage } from "./pages/AcceptInvitationPage.tsx";
import { AiActivityPage } from "./pages/AiActivityPage.tsx";
import { EventDetailPage } from "./pages/EventDetailPage.tsx";
import { EventsPage } from "./pages/EventsPage.tsx";
import { LoginPage } from "./pages/LoginPage.tsx";
import { VerifyEmailPage } from "./pages/VerifyEmailPage.tsx";

function SignedIn() {
  return (
    <Layout>
      <Routes>
        <Route path="/events" element={<EventsPage />} />
        <Route path="/events/:eventId" element={<EventDetailPage />} />
        <Route path="/ai" element={<AiActivityPage />} />
        {/* Links in account emails (tasks/mail/templates.ts). Signed out, the
            sign-in page shows at the same address and explains why. */}
        <Route path="/verificar-correo" element={<VerifyEmailPage />} />
        <Route path="/invitacion" element={<AcceptInvitationPage />} />
        <Route path="*" element={<Navigate to="/events" replace />} />
      </Routes>
    </Layout>
  );
}

export function App() {
  const { t } = useTranslation();
  const { signedIn, loading } = useAuth();
  return (
    <BrowserRouter>
      {loading ? (
        <main aria-label={t("app.loading")}>
          <Skeleton />
        </main>
      ) : signedIn ? (
        <SignedIn />
      ) : (
        <LoginPage />
      )}
    </BrowserRouter>
  );
}
