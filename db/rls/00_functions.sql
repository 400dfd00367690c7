-- Who may call which function. Everything else in app_public and app_private
-- was revoked just before these files ran (see db/lib/lifecycle.ts applyRls).

-- Policy helpers: called by policies as the requesting role.
grant execute on function app_public.current_profile_id() to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.current_organization_ids() to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_private.organization_ids_with_role(text[]) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_private.has_org_role(uuid, text[]) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.talent_is_minor(app_public.talent) to :DATABASE_MEMBER;
grant execute on function app_public.talent_has_ai_consent(app_public.talent) to :DATABASE_MEMBER;
grant execute on function app_private.file_writer_roles(text) to :DATABASE_MEMBER;

-- Called by check constraints (time zones, text[] lengths), which run as the writing role.
grant execute on function app_private.is_time_zone(text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_private.text_array_fits(text[], int, int) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;

-- Identity: anyone may register or sign in; signed-in people manage sessions.
grant execute on function app_public.register(text, text, text, text) to :DATABASE_ANONYMOUS;
-- The registration link with its password: anyone holding both (a person signed in to another account, too).
grant execute on function app_public.complete_registration(text, text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
-- Email verification: verify_email raises LOGIN for visitors, so the web page can say "sign in first".
grant execute on function app_public.verify_email(text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.resend_email_verification() to :DATABASE_MEMBER;
grant execute on function app_public.authenticate(text, text) to :DATABASE_ANONYMOUS;
grant execute on function app_public.current_profile() to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.logout() to :DATABASE_MEMBER;
grant execute on function app_public.logout_everywhere() to :DATABASE_MEMBER;
-- Password reset by email: anyone may ask (the answer never tells whether the address has an account).
grant execute on function app_public.request_password_reset(text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.reset_password(text, text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;

-- Organisations: each function checks the caller's role itself.
grant execute on function app_public.create_organization(text, text, text) to :DATABASE_MEMBER;
grant execute on function app_public.invite_to_organization(uuid, text, text) to :DATABASE_MEMBER;
grant execute on function app_public.accept_invitation(text) to :DATABASE_MEMBER;
grant execute on function app_public.revoke_invitation(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.organization_invitations_status(app_public.organization_invitations) to :DATABASE_MEMBER;

-- Events, line-ups and looks: SECURITY INVOKER, so row-level security decides who may.
grant execute on function app_public.events_publication_problems(app_public.events) to :DATABASE_MEMBER;
grant execute on function app_public.publish_event(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.cancel_event(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.add_to_line_up(uuid, uuid, text) to :DATABASE_MEMBER;
grant execute on function app_public.reorder_line_up(uuid, uuid[]) to :DATABASE_MEMBER;
grant execute on function app_public.reorder_looks(uuid, uuid, uuid[]) to :DATABASE_MEMBER;
grant execute on function app_public.renumber_looks(uuid) to :DATABASE_MEMBER;

-- Talent and tickets. The roster functions run as the caller: RLS decides.
grant execute on function app_public.erase_talent(uuid) to :DATABASE_MEMBER;

-- Box office: anyone books and follows their booking with its access token
-- or a ticket with its code; each staff function checks the caller's role.
grant execute on function app_public.save_talent(uuid, uuid, app_public.talent_details, app_public.talent_contact_details)
  to :DATABASE_MEMBER;
grant execute on function app_public.record_talent_consent(uuid, text[], text, timestamptz) to :DATABASE_MEMBER;
grant execute on function app_public.revoke_talent_consent(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.import_talent(uuid, app_public.talent_import_row[], boolean) to :DATABASE_MEMBER;
grant execute on function app_public.talent_consent_active(app_public.talent) to :DATABASE_MEMBER;
-- Roster search (server/graphql/talent-search-plugin.ts) and the import's problem list.
grant execute on function app_private.fold(text) to :DATABASE_MEMBER;
grant execute on function app_private.talent_search_text(text, text, text, text) to :DATABASE_MEMBER;
grant execute on function app_private.contains_pattern(text) to :DATABASE_MEMBER;
grant execute on function app_private.organization_day(uuid, date) to :DATABASE_MEMBER;
grant execute on function app_private.talent_search_ids(text[], text) to :DATABASE_MEMBER;
grant execute on function app_private.error_reason(text) to :DATABASE_MEMBER;
grant execute on function app_private.constraint_field(text) to :DATABASE_MEMBER;
grant execute on function app_public.book_tickets(uuid, int, text, text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.bookings_current_status(app_public.bookings) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.ticket_tiers_available_count(app_public.ticket_tiers) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.ticket_tiers_paid_count(app_public.ticket_tiers) to :DATABASE_MEMBER;
grant execute on function app_public.ticket_tiers_reserved_count(app_public.ticket_tiers) to :DATABASE_MEMBER;
-- app_private.tier_counts is granted to nobody: the tier's computed columns call it as its owner.
grant execute on function app_public.booking_by_access_token(text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.booking_passes(text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.ticket_by_code(text) to :DATABASE_ANONYMOUS, :DATABASE_MEMBER;
grant execute on function app_public.cancel_booking(uuid, text) to :DATABASE_MEMBER;
grant execute on function app_public.refund_booking(uuid, text) to :DATABASE_MEMBER;
grant execute on function app_public.complete_refund(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.check_in_ticket(text, text, uuid, timestamptz, text) to :DATABASE_MEMBER;
grant execute on function app_public.check_in_ticket_by_hand(uuid, text) to :DATABASE_MEMBER;
grant execute on function app_public.revoke_check_in(uuid, text) to :DATABASE_MEMBER;
grant execute on function app_public.check_in_counts(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.event_attendees(uuid, text) to :DATABASE_MEMBER;
grant execute on function app_private.like_escape(text) to :DATABASE_MEMBER;
grant execute on function app_public.event_refunds_owed(uuid) to :DATABASE_MEMBER;
grant execute on function app_public.events_valid_ticket_count(app_public.events) to :DATABASE_MEMBER;

-- AI usage: returns only organizations where the caller is owner or admin.
grant execute on function app_public.ai_usage(timestamptz, uuid) to :DATABASE_MEMBER;
