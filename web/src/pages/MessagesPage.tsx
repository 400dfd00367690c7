// Mensajes: every WhatsApp message that reached the organization, also those
// that belong to no event (a vendor not yet booked, a guest writing first),
// each linked to the model, guest or vendor who wrote. Owners, admins,
// producers and casting staff (who read the inbox).
import { useTranslation } from "react-i18next";
import { can, useAuth } from "../auth.tsx";
import { EmptyState } from "../components/States.tsx";
import { InboxSection } from "./InboxSection.tsx";

export function MessagesPage() {
  const { t } = useTranslation();
  const { current } = useAuth();
  if (!can(current?.role, "inbox_messages", "select")) return <EmptyState title={t("inbox.forbidden")} />;
  return (
    <>
      <p className="eyebrow">{current?.organization.name}</p>
      <h1>{t("nav.inbox")}</h1>
      <p className="lede">{t("inbox.lede")}</p>
      <InboxSection organizationId={current?.organization.rowId} />
    </>
  );
}
