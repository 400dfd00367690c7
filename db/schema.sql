--
-- PostgreSQL database dump
--

\restrict fashionos


SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: app_private; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app_private;


--
-- Name: app_public; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA app_public;


--
-- Name: SCHEMA app_public; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON SCHEMA app_public IS 'FashionOS: the operating system for fashion shows.';


--
-- Name: btree_gist; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS btree_gist WITH SCHEMA public;


--
-- Name: EXTENSION btree_gist; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION btree_gist IS 'support for indexing common datatypes in GiST';


--
-- Name: citext; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS citext WITH SCHEMA public;


--
-- Name: EXTENSION citext; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION citext IS 'data type for case-insensitive character strings';


--
-- Name: pg_trgm; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;


--
-- Name: EXTENSION pg_trgm; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pg_trgm IS 'text similarity measurement and index searching based on trigrams';


--
-- Name: pgcrypto; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS pgcrypto WITH SCHEMA public;


--
-- Name: EXTENSION pgcrypto; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION pgcrypto IS 'cryptographic functions';


--
-- Name: unaccent; Type: EXTENSION; Schema: -; Owner: -
--

CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;


--
-- Name: EXTENSION unaccent; Type: COMMENT; Schema: -; Owner: -
--

COMMENT ON EXTENSION unaccent IS 'text search dictionary that removes accents';


--
-- Name: ai_usage_summary; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.ai_usage_summary AS (
	calls bigint,
	failures bigint,
	error_rate numeric,
	tokens bigint,
	cost_usd numeric
);


--
-- Name: TYPE ai_usage_summary; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.ai_usage_summary IS 'AI calls, failures, tokens and cost over a period.';


--
-- Name: booking_receipt; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.booking_receipt AS (
	booking_id uuid,
	reference text,
	status text,
	quantity integer,
	total_cop bigint,
	expires_at timestamp with time zone,
	created_at timestamp with time zone,
	confirmed_at timestamp with time zone,
	buyer_name text,
	buyer_email text,
	tier_name text,
	price_cop bigint,
	event_id uuid,
	event_title text,
	event_starts_at timestamp with time zone,
	event_timezone text,
	venue_name text,
	venue_city text,
	last_payment_status text,
	refund_due boolean
);


--
-- Name: TYPE booking_receipt; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.booking_receipt IS 'A booking as its buyer sees it on the booking page.';


--
-- Name: COLUMN booking_receipt.booking_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.booking_id IS 'The booking.';


--
-- Name: COLUMN booking_receipt.reference; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.reference IS 'Its reference (FOS-…), also the Wompi reference.';


--
-- Name: COLUMN booking_receipt.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.status IS 'pending, paid, expired, cancelled or refunded, as of now (a lapsed reservation reads expired).';


--
-- Name: COLUMN booking_receipt.quantity; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.quantity IS 'Tickets.';


--
-- Name: COLUMN booking_receipt.total_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.total_cop IS 'Total in whole Colombian pesos.';


--
-- Name: COLUMN booking_receipt.expires_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.expires_at IS 'Until when the reservation holds its tickets (UTC).';


--
-- Name: COLUMN booking_receipt.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.created_at IS 'When it was made.';


--
-- Name: COLUMN booking_receipt.confirmed_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.confirmed_at IS 'When it was paid.';


--
-- Name: COLUMN booking_receipt.buyer_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.buyer_name IS 'The buyer.';


--
-- Name: COLUMN booking_receipt.buyer_email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.buyer_email IS 'Where the tickets go.';


--
-- Name: COLUMN booking_receipt.tier_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.tier_name IS 'The tier.';


--
-- Name: COLUMN booking_receipt.price_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.price_cop IS 'Price per ticket in whole pesos.';


--
-- Name: COLUMN booking_receipt.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.event_id IS 'The event.';


--
-- Name: COLUMN booking_receipt.event_title; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.event_title IS 'The event''s title.';


--
-- Name: COLUMN booking_receipt.event_starts_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.event_starts_at IS 'When it starts (UTC).';


--
-- Name: COLUMN booking_receipt.event_timezone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.event_timezone IS 'Its time zone.';


--
-- Name: COLUMN booking_receipt.venue_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.venue_name IS 'Venue.';


--
-- Name: COLUMN booking_receipt.venue_city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.venue_city IS 'City.';


--
-- Name: COLUMN booking_receipt.last_payment_status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.last_payment_status IS 'Status of the latest Wompi transaction for it (PENDING, APPROVED, DECLINED, VOIDED, ERROR), or null.';


--
-- Name: COLUMN booking_receipt.refund_due; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_receipt.refund_due IS 'Whether money of this booking is owed back to the buyer.';


--
-- Name: base32(bytea); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.base32(input bytea) RETURNS text
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  result text := '';
  buffer bigint := 0;
  bits int := 0;
begin
  for i in 0 .. length(input) - 1 loop
    buffer := (buffer << 8) | get_byte(input, i);
    bits := bits + 8;
    while bits >= 5 loop
      bits := bits - 5;
      result := result || substr(alphabet, ((buffer >> bits) & 31)::int + 1, 1);
    end loop;
    buffer := buffer & ((1::bigint << bits) - 1);
  end loop;
  if bits > 0 then
    result := result || substr(alphabet, ((buffer << (5 - bits)) & 31)::int + 1, 1);
  end if;
  return result;
end;
$$;


--
-- Name: FUNCTION base32(input bytea); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.base32(input bytea) IS 'Crockford base32 of the bytes (0-9, A-Z without I, L, O, U), zero-padded to whole characters.';


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: bookings; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.bookings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    tier_id uuid NOT NULL,
    profile_id uuid,
    buyer_name text NOT NULL,
    buyer_email public.citext NOT NULL,
    quantity integer NOT NULL,
    total_cop bigint NOT NULL,
    status text DEFAULT 'pending'::text NOT NULL,
    payment_provider text,
    payment_reference text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    reference text DEFAULT ('FOS-'::text || app_private.base32(public.gen_random_bytes(8))) NOT NULL,
    expires_at timestamp with time zone,
    access_hash bytea NOT NULL,
    confirmed_at timestamp with time zone,
    closed_at timestamp with time zone,
    closed_by uuid,
    close_reason text,
    CONSTRAINT bookings_buyer_email_check CHECK ((buyer_email OPERATOR(public.~) '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::public.citext)),
    CONSTRAINT bookings_buyer_email_length CHECK ((length((buyer_email)::text) <= 320)),
    CONSTRAINT bookings_buyer_name_check CHECK (((length(TRIM(BOTH FROM buyer_name)) >= 1) AND (length(TRIM(BOTH FROM buyer_name)) <= 200))),
    CONSTRAINT bookings_buyer_name_length CHECK ((length(buyer_name) <= 200)),
    CONSTRAINT bookings_close_reason_check CHECK ((length(close_reason) <= 500)),
    CONSTRAINT bookings_payment_provider_check CHECK ((payment_provider = ANY (ARRAY['wompi'::text, 'mercadopago'::text, 'stripe'::text, 'cash'::text, 'free'::text]))),
    CONSTRAINT bookings_payment_reference_length CHECK ((length(payment_reference) <= 200)),
    CONSTRAINT bookings_pending_expires_check CHECK (((status <> 'pending'::text) OR (expires_at IS NOT NULL))),
    CONSTRAINT bookings_quantity_check CHECK (((quantity >= 1) AND (quantity <= 50))),
    CONSTRAINT bookings_reference_check CHECK ((reference ~ '^[A-Z0-9-]{4,40}$'::text)),
    CONSTRAINT bookings_status_check CHECK ((status = ANY (ARRAY['pending'::text, 'paid'::text, 'expired'::text, 'cancelled'::text, 'refunded'::text]))),
    CONSTRAINT bookings_total_cop_check CHECK ((total_cop >= 0))
);


--
-- Name: TABLE bookings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.bookings IS 'A buyer''s order of tickets of one tier. Starts as a reservation (pending) that holds its tickets until expires_at; paid once Wompi''s signed event approves the payment (free tiers at once). Statuses follow pretix''s order states: pending, paid, expired, cancelled, refunded. Financial records: never deleted; changed only by the box office functions.';


--
-- Name: COLUMN bookings.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.id IS 'Unique identifier of the booking.';


--
-- Name: COLUMN bookings.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN bookings.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.event_id IS 'The event.';


--
-- Name: COLUMN bookings.tier_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.tier_id IS 'The ticket tier bought.';


--
-- Name: COLUMN bookings.profile_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.profile_id IS 'The signed-in buyer, if they were signed in.';


--
-- Name: COLUMN bookings.buyer_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.buyer_name IS 'Name of the buyer.';


--
-- Name: COLUMN bookings.buyer_email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.buyer_email IS 'Email where tickets are sent.';


--
-- Name: COLUMN bookings.quantity; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.quantity IS 'Number of tickets (1 to the tier''s max_per_order, at most 50).';


--
-- Name: COLUMN bookings.total_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.total_cop IS '@behavior -filterBy -orderBy
Total price in whole Colombian pesos.';


--
-- Name: COLUMN bookings.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.status IS 'pending (reserved until expires_at), paid, expired (unpaid in time; tickets released), cancelled (by the producer, or the payment was voided), refunded (paid, then refunded by the producer).';


--
-- Name: COLUMN bookings.payment_provider; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.payment_provider IS 'How it was paid: wompi, cash or free (mercadopago and stripe remain for older records).';


--
-- Name: COLUMN bookings.payment_reference; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.payment_reference IS 'The provider''s id of the payment that confirmed it (Wompi transaction id).';


--
-- Name: COLUMN bookings.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.created_at IS 'When the booking was made.';


--
-- Name: COLUMN bookings.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.updated_at IS 'When the booking was last changed.';


--
-- Name: COLUMN bookings.reference; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.reference IS 'The booking''s payment reference (FOS-… ), sent to Wompi as the transaction reference; unique.';


--
-- Name: COLUMN bookings.expires_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.expires_at IS 'Until when a reservation holds its tickets (UTC); set when it is made (RESERVATION_MINUTES, default 15).';


--
-- Name: COLUMN bookings.access_hash; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.access_hash IS '@behavior -*
SHA-256 of the booking''s access token (the buyer''s link); the token itself is never stored.';


--
-- Name: COLUMN bookings.confirmed_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.confirmed_at IS 'When the booking was paid (or confirmed, for free tiers).';


--
-- Name: COLUMN bookings.closed_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.closed_at IS 'When it was cancelled, refunded or expired.';


--
-- Name: COLUMN bookings.closed_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.closed_by IS 'Who cancelled or refunded it (null: the system, e.g. expiry or a voided payment).';


--
-- Name: COLUMN bookings.close_reason; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.bookings.close_reason IS 'Why it was cancelled or refunded (at most 500 characters).';


--
-- Name: booking_reservation; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.booking_reservation AS (
	booking app_public.bookings,
	access_token text
);


--
-- Name: TYPE booking_reservation; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.booking_reservation IS 'What bookTickets answers: the booking, and the buyer''s key to it.';


--
-- Name: COLUMN booking_reservation.booking; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_reservation.booking IS 'The reservation (pending) or, for a free tier, the paid booking.';


--
-- Name: COLUMN booking_reservation.access_token; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.booking_reservation.access_token IS 'The booking''s access token (32 characters, 160 bits), given only here: it opens the booking page (/reserva?clave=<token>), its payment and its tickets. Keep it; it is stored only as a hash.';


--
-- Name: check_in_result; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.check_in_result AS (
	outcome text,
	ticket_id uuid,
	seat integer,
	seats integer,
	holder_name text,
	tier_name text,
	event_id uuid,
	event_title text,
	checked_in_at timestamp with time zone,
	checked_in_gate text,
	booking_status text,
	guest_category text,
	guest_tier text,
	seat_labels text[],
	invitation_id uuid
);


--
-- Name: TYPE check_in_result; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.check_in_result IS 'What the door shows after a scan.';


--
-- Name: COLUMN check_in_result.outcome; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.outcome IS 'checked_in (green: let in), already_checked_in (red: it entered at checkedInAt through checkedInGate), not_valid (red: its booking is not paid; see bookingStatus), wrong_event (red: a ticket for another event) or not_found (red: no such ticket).';


--
-- Name: COLUMN check_in_result.ticket_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.ticket_id IS 'The ticket.';


--
-- Name: COLUMN check_in_result.seat; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.seat IS 'Which ticket of its booking.';


--
-- Name: COLUMN check_in_result.seats; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.seats IS 'Tickets in its booking.';


--
-- Name: COLUMN check_in_result.holder_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.holder_name IS 'The buyer''s name.';


--
-- Name: COLUMN check_in_result.tier_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.tier_name IS 'Its tier.';


--
-- Name: COLUMN check_in_result.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.event_id IS 'Its event.';


--
-- Name: COLUMN check_in_result.event_title; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.event_title IS 'Its event''s title.';


--
-- Name: COLUMN check_in_result.checked_in_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.checked_in_at IS 'When it entered (the first scan).';


--
-- Name: COLUMN check_in_result.checked_in_gate; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.checked_in_gate IS 'Where it entered.';


--
-- Name: COLUMN check_in_result.booking_status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.booking_status IS 'Its booking''s status as of now.';


--
-- Name: COLUMN check_in_result.guest_category; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.guest_category IS 'For an invitation: the guest''s category (press, buyer, vip…).';


--
-- Name: COLUMN check_in_result.guest_tier; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.guest_tier IS 'For an invitation: the guest''s tier (A, B, C).';


--
-- Name: COLUMN check_in_result.seat_labels; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.seat_labels IS 'For an invitation: the seats of the party (guest first).';


--
-- Name: COLUMN check_in_result.invitation_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.check_in_result.invitation_id IS 'For an invitation: which one (ticketId is then null; seats is the party size).';


--
-- Name: gate_count; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.gate_count AS (
	gate text,
	entries integer
);


--
-- Name: TYPE gate_count; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.gate_count IS 'Entries through one gate.';


--
-- Name: COLUMN gate_count.gate; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.gate_count.gate IS 'The gate (null: the total of every gate).';


--
-- Name: COLUMN gate_count.entries; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.gate_count.entries IS 'People checked in through it (currently on record): a ticket is one person, a guest invitation its party (the guest and their +1).';


--
-- Name: guest_import_result; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.guest_import_result AS (
	imported integer,
	merged integer,
	errors jsonb
);


--
-- Name: TYPE guest_import_result; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.guest_import_result IS 'What an import did: new guests, guests merged by email, and the errors per row (then nothing was imported).';


--
-- Name: COLUMN guest_import_result.imported; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_import_result.imported IS 'Guests added.';


--
-- Name: COLUMN guest_import_result.merged; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_import_result.merged IS 'Rows merged into a guest with the same email (already in the list, or earlier in the file).';


--
-- Name: COLUMN guest_import_result.errors; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_import_result.errors IS 'Per row: [{ "row": n (1 = the first data row), "column": "email", "code": "required" | "invalid_email" | "invalid_phone" | "invalid_category" | "invalid_tier" | "too_long" }]. Not empty: nothing was imported.';


--
-- Name: guest_report_row; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.guest_report_row AS (
	category text,
	invited integer,
	accepted integer,
	declined integer,
	waitlist integer,
	attended integer,
	accepted_people integer
);


--
-- Name: TYPE guest_report_row; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.guest_report_row IS 'Invitations of one guest category at an event, by answer.';


--
-- Name: COLUMN guest_report_row.category; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_report_row.category IS 'Guest category (null: every category).';


--
-- Name: COLUMN guest_report_row.invited; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_report_row.invited IS 'Invitations not cancelled.';


--
-- Name: COLUMN guest_report_row.accepted; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_report_row.accepted IS 'Accepted.';


--
-- Name: COLUMN guest_report_row.declined; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_report_row.declined IS 'Declined.';


--
-- Name: COLUMN guest_report_row.waitlist; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_report_row.waitlist IS 'On the waitlist.';


--
-- Name: COLUMN guest_report_row.attended; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_report_row.attended IS 'Checked in at the door.';


--
-- Name: COLUMN guest_report_row.accepted_people; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_report_row.accepted_people IS 'People those accepted invitations bring (guests and their named +1s): what counts against the guest capacity.';


--
-- Name: jwt_token; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.jwt_token AS (
	profile_id uuid,
	session_id uuid,
	exp bigint
);


--
-- Name: TYPE jwt_token; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.jwt_token IS 'What the API signs into a JWT after register or authenticate.';


--
-- Name: rsvp; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.rsvp AS (
	status text,
	guest_name text,
	plus_one_allowed boolean,
	plus_one_name text,
	notes text,
	responded_at timestamp with time zone,
	open boolean,
	closes_at timestamp with time zone,
	door_code text,
	seat_labels text[],
	event_title text,
	event_starts_at timestamp with time zone,
	event_timezone text,
	venue_name text,
	venue_address text,
	venue_city text,
	organization_name text
);


--
-- Name: TYPE rsvp; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.rsvp IS 'An invitation as its guest sees it on the RSVP page.';


--
-- Name: COLUMN rsvp.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.status IS 'invited, accepted, declined or waitlist.';


--
-- Name: COLUMN rsvp.guest_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.guest_name IS 'The guest''s name.';


--
-- Name: COLUMN rsvp.plus_one_allowed; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.plus_one_allowed IS 'Whether a +1 may come.';


--
-- Name: COLUMN rsvp.plus_one_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.plus_one_name IS 'The +1 named.';


--
-- Name: COLUMN rsvp.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.notes IS 'Dietary or access needs given.';


--
-- Name: COLUMN rsvp.responded_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.responded_at IS 'When the guest last answered.';


--
-- Name: COLUMN rsvp.open; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.open IS 'Whether answers are still taken (before the event''s rsvp_closes_at and its start).';


--
-- Name: COLUMN rsvp.closes_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.closes_at IS 'When answers close (UTC).';


--
-- Name: COLUMN rsvp.door_code; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.door_code IS 'The code for the door QR (26 Crockford base32 characters), once accepted; null otherwise.';


--
-- Name: COLUMN rsvp.seat_labels; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.seat_labels IS 'The seats assigned to the party (e.g. "Pasarela · A 3"), once seated.';


--
-- Name: COLUMN rsvp.event_title; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.event_title IS 'The event.';


--
-- Name: COLUMN rsvp.event_starts_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.event_starts_at IS 'When it starts (UTC).';


--
-- Name: COLUMN rsvp.event_timezone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.event_timezone IS 'Its time zone (IANA).';


--
-- Name: COLUMN rsvp.venue_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.venue_name IS 'Venue.';


--
-- Name: COLUMN rsvp.venue_address; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.venue_address IS 'Venue address.';


--
-- Name: COLUMN rsvp.venue_city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.venue_city IS 'City.';


--
-- Name: COLUMN rsvp.organization_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.rsvp.organization_name IS 'Who invites.';


--
-- Name: talent_contact_details; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.talent_contact_details AS (
	email text,
	phone text,
	whatsapp_opt_in boolean,
	guardian_name text,
	guardian_phone text,
	guardian_email text,
	document_type text,
	document_number text
);


--
-- Name: TYPE talent_contact_details; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.talent_contact_details IS 'A person''s contact, guardian and identity document as a form sends them (see talent_contacts).';


--
-- Name: COLUMN talent_contact_details.email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contact_details.email IS 'Email address.';


--
-- Name: COLUMN talent_contact_details.phone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contact_details.phone IS 'Phone (WhatsApp), e.g. +57 300 123 4567.';


--
-- Name: COLUMN talent_contact_details.whatsapp_opt_in; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contact_details.whatsapp_opt_in IS 'Agreed to receive WhatsApp messages.';


--
-- Name: COLUMN talent_contact_details.guardian_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contact_details.guardian_name IS 'Guardian of a minor.';


--
-- Name: COLUMN talent_contact_details.guardian_phone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contact_details.guardian_phone IS 'Guardian''s phone.';


--
-- Name: COLUMN talent_contact_details.guardian_email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contact_details.guardian_email IS 'Guardian''s email.';


--
-- Name: COLUMN talent_contact_details.document_type; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contact_details.document_type IS 'CC, CE, TI, PA or PPT.';


--
-- Name: COLUMN talent_contact_details.document_number; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contact_details.document_number IS 'Identity document number.';


--
-- Name: talent_details; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.talent_details AS (
	full_name text,
	stage_name text,
	agency text,
	city text,
	willing_to_travel boolean,
	division text,
	gender text,
	height_cm integer,
	bust_cm integer,
	waist_cm integer,
	hips_cm integer,
	shoe_eu numeric,
	hair_color text,
	eye_color text,
	measurements_taken_on date,
	birth_date date,
	instagram text,
	consent_granted_at timestamp with time zone,
	consent_purposes text[],
	consent_source text
);


--
-- Name: TYPE talent_details; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.talent_details IS 'A person''s comp card and consent as a form sends them (see talent for each field''s rules).';


--
-- Name: COLUMN talent_details.full_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.full_name IS 'Legal name (required).';


--
-- Name: COLUMN talent_details.stage_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.stage_name IS 'Professional name, if different.';


--
-- Name: COLUMN talent_details.agency; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.agency IS 'Representing agency.';


--
-- Name: COLUMN talent_details.city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.city IS 'Home city.';


--
-- Name: COLUMN talent_details.willing_to_travel; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.willing_to_travel IS 'Accepts castings outside their city (default false).';


--
-- Name: COLUMN talent_details.division; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.division IS 'women, men, non_binary, kids, curve, petite or mature (required).';


--
-- Name: COLUMN talent_details.gender; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.gender IS 'Gender as the person describes it.';


--
-- Name: COLUMN talent_details.height_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.height_cm IS 'Height in cm (50–230).';


--
-- Name: COLUMN talent_details.bust_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.bust_cm IS 'Bust / chest in cm (30–200).';


--
-- Name: COLUMN talent_details.waist_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.waist_cm IS 'Waist in cm (30–200).';


--
-- Name: COLUMN talent_details.hips_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.hips_cm IS 'Hips in cm (30–200).';


--
-- Name: COLUMN talent_details.shoe_eu; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.shoe_eu IS 'Shoe size EU (15–52, halves allowed).';


--
-- Name: COLUMN talent_details.hair_color; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.hair_color IS 'Hair colour.';


--
-- Name: COLUMN talent_details.eye_color; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.eye_color IS 'Eye colour.';


--
-- Name: COLUMN talent_details.measurements_taken_on; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.measurements_taken_on IS 'When the measurements were taken.';


--
-- Name: COLUMN talent_details.birth_date; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.birth_date IS 'Date of birth (under 18: a guardian contact is required).';


--
-- Name: COLUMN talent_details.instagram; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.instagram IS 'Instagram handle (@ optional).';


--
-- Name: COLUMN talent_details.consent_granted_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.consent_granted_at IS 'When consent was given (Ley 1581); with purposes and source.';


--
-- Name: COLUMN talent_details.consent_purposes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.consent_purposes IS 'casting, ai_processing, contact (WhatsApp and email), marketing.';


--
-- Name: COLUMN talent_details.consent_source; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_details.consent_source IS 'signed_form, agency_contract, web_form, email or whatsapp.';


--
-- Name: talent_import_problem; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.talent_import_problem AS (
	line integer,
	field text,
	code text,
	message text
);


--
-- Name: TYPE talent_import_problem; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.talent_import_problem IS 'Why a line cannot be imported.';


--
-- Name: COLUMN talent_import_problem.line; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_problem.line IS 'Line number in the file.';


--
-- Name: COLUMN talent_import_problem.field; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_problem.field IS 'The column (talent or contact field, e.g. height_cm, email), when one is to blame.';


--
-- Name: COLUMN talent_import_problem.code; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_problem.code IS 'Like the API''s reasons: REQUIRED, OUT_OF_RANGE, INVALID_FORMAT, TOO_LONG, ALREADY_EXISTS, INVALID_INPUT.';


--
-- Name: COLUMN talent_import_problem.message; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_problem.message IS 'The database''s message (English).';


--
-- Name: talent_import_report; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.talent_import_report AS (
	committed boolean,
	created integer,
	updated integer,
	merged integer,
	problems app_public.talent_import_problem[]
);


--
-- Name: TYPE talent_import_report; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.talent_import_report IS 'What an import did, or would do.';


--
-- Name: COLUMN talent_import_report.committed; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_report.committed IS 'Whether the rows were written (false on a dry run or when any line has a problem: then nothing was).';


--
-- Name: COLUMN talent_import_report.created; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_report.created IS 'New people.';


--
-- Name: COLUMN talent_import_report.updated; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_report.updated IS 'People already on the roster (same identity document, else same email) whose card was completed and updated.';


--
-- Name: COLUMN talent_import_report.merged; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_report.merged IS 'Lines that repeat an earlier line of the same file (same document or email), merged into it.';


--
-- Name: COLUMN talent_import_report.problems; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_report.problems IS 'Every problem, by line.';


--
-- Name: talent_import_row; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.talent_import_row AS (
	line integer,
	talent app_public.talent_details,
	contact app_public.talent_contact_details
);


--
-- Name: TYPE talent_import_row; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.talent_import_row IS 'One line of a roster file, already mapped to fields.';


--
-- Name: COLUMN talent_import_row.line; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_row.line IS 'Line number in the file (shown with its problems).';


--
-- Name: COLUMN talent_import_row.talent; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_row.talent IS 'The comp card and consent.';


--
-- Name: COLUMN talent_import_row.contact; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_import_row.contact IS 'Contact, guardian and identity document.';


--
-- Name: ticket_pass; Type: TYPE; Schema: app_public; Owner: -
--

CREATE TYPE app_public.ticket_pass AS (
	code text,
	seat integer,
	seats integer,
	status text,
	checked_in_at timestamp with time zone,
	holder_name text,
	tier_name text,
	reference text,
	event_id uuid,
	event_title text,
	event_starts_at timestamp with time zone,
	event_ends_at timestamp with time zone,
	event_timezone text,
	venue_name text,
	venue_address text,
	venue_city text
);


--
-- Name: TYPE ticket_pass; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TYPE app_public.ticket_pass IS 'A ticket as its holder sees it (the public ticket page, the booking page, the mail).';


--
-- Name: COLUMN ticket_pass.code; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.code IS 'The ticket code (26 Crockford base32 characters) the QR holds.';


--
-- Name: COLUMN ticket_pass.seat; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.seat IS 'Which ticket of the booking (1 to seats).';


--
-- Name: COLUMN ticket_pass.seats; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.seats IS 'How many tickets the booking has.';


--
-- Name: COLUMN ticket_pass.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.status IS 'valid, checked_in, or not_valid (its booking is not paid: pending, expired, cancelled or refunded).';


--
-- Name: COLUMN ticket_pass.checked_in_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.checked_in_at IS 'When it was checked in.';


--
-- Name: COLUMN ticket_pass.holder_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.holder_name IS 'The buyer''s name.';


--
-- Name: COLUMN ticket_pass.tier_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.tier_name IS 'The ticket tier.';


--
-- Name: COLUMN ticket_pass.reference; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.reference IS 'The booking reference.';


--
-- Name: COLUMN ticket_pass.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.event_id IS 'The event.';


--
-- Name: COLUMN ticket_pass.event_title; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.event_title IS 'The event''s title.';


--
-- Name: COLUMN ticket_pass.event_starts_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.event_starts_at IS 'When the event starts (UTC).';


--
-- Name: COLUMN ticket_pass.event_ends_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.event_ends_at IS 'When it ends (UTC).';


--
-- Name: COLUMN ticket_pass.event_timezone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.event_timezone IS 'The event''s time zone (IANA), for showing times.';


--
-- Name: COLUMN ticket_pass.venue_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.venue_name IS 'Venue.';


--
-- Name: COLUMN ticket_pass.venue_address; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.venue_address IS 'Venue address.';


--
-- Name: COLUMN ticket_pass.venue_city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_pass.venue_city IS 'Venue city.';


--
-- Name: access_token_hash(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.access_token_hash(token text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select digest(app_private.base32_decode(token, 20), 'sha256');
$$;


--
-- Name: FUNCTION access_token_hash(token text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.access_token_hash(token text) IS 'SHA-256 of the bytes a booking access token spells (null when the text is not one).';


--
-- Name: ai_record_columns(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.ai_record_columns() RETURNS TABLE(table_name regclass, column_name name, is_json boolean)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select c.oid::regclass, a.attname, a.atttypid = 'jsonb'::regtype
    from pg_class c
    join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped
     and a.atttypid in ('text'::regtype, 'public.citext'::regtype, 'jsonb'::regtype)
   where c.relnamespace = 'app_public'::regnamespace and c.relkind = 'r'
     and (c.oid in ('app_public.agent_runs'::regclass, 'app_public.ai_agent_logs'::regclass)
          or exists (select 1 from pg_constraint f
                      where f.conrelid = c.oid and f.contype = 'f' and f.confrelid = 'app_public.agent_runs'::regclass))
     and not app_private.is_closed_vocabulary(c.oid, a.attnum)
   order by 1, 2;
$$;


--
-- Name: FUNCTION ai_record_columns(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.ai_record_columns() IS 'For erase_talent: the free-text columns of the AI agents'' records.';


--
-- Name: apply_identity_event(text, text, text, timestamp with time zone, text, boolean, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.apply_identity_event(svix_id text, event_type text, subject text, event_at timestamp with time zone, email text, email_verified boolean, full_name text, avatar_url text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  state app_private.identity_subjects;
  result jsonb;
begin
  -- Deliveries for one subject run one at a time.
  perform pg_advisory_xact_lock(hashtextextended('identity:' || apply_identity_event.subject, 0));
  insert into app_private.identity_webhook_deliveries (svix_id, subject, event_type, event_at, outcome)
    values (apply_identity_event.svix_id, apply_identity_event.subject, apply_identity_event.event_type,
            apply_identity_event.event_at, 'processing')
    on conflict on constraint identity_webhook_deliveries_pkey do nothing;
  if not found then
    return jsonb_build_object('outcome', 'duplicate', 'profileId',
      (select p.id from app_public.profiles p where p.auth_subject = apply_identity_event.subject));
  end if;
  insert into app_private.identity_subjects (subject) values (apply_identity_event.subject)
    on conflict on constraint identity_subjects_pkey do nothing;
  select s.* into state from app_private.identity_subjects s where s.subject = apply_identity_event.subject for update;

  if event_type = 'user.deleted' then
    result := jsonb_build_object('outcome', app_private.forget_identity(apply_identity_event.subject));
    update app_private.identity_subjects s
       set deleted_at = coalesce(s.deleted_at, now()),
           last_event_at = greatest(s.last_event_at, apply_identity_event.event_at)
     where s.subject = apply_identity_event.subject;
  elsif state.deleted_at is not null then
    result := jsonb_build_object('outcome', 'ignored_deleted');
  elsif apply_identity_event.event_at is not null and state.last_event_at is not null
        and apply_identity_event.event_at < state.last_event_at then
    result := jsonb_build_object('outcome', 'ignored_stale');
  elsif event_type in ('user.created', 'user.updated') then
    result := app_private.link_identity(apply_identity_event.subject, apply_identity_event.email,
                                        coalesce(apply_identity_event.email_verified, false),
                                        apply_identity_event.full_name, apply_identity_event.avatar_url);
    update app_private.identity_subjects s
       set last_event_at = greatest(s.last_event_at, apply_identity_event.event_at)
     where s.subject = apply_identity_event.subject;
  else
    result := jsonb_build_object('outcome', 'ignored');
  end if;
  update app_private.identity_webhook_deliveries d set outcome = result ->> 'outcome'
   where d.svix_id = apply_identity_event.svix_id;
  -- Svix retries for about three days; keep a month of delivery ids.
  delete from app_private.identity_webhook_deliveries d where d.received_at < now() - interval '30 days';
  return result;
end;
$$;


--
-- Name: FUNCTION apply_identity_event(svix_id text, event_type text, subject text, event_at timestamp with time zone, email text, email_verified boolean, full_name text, avatar_url text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.apply_identity_event(svix_id text, event_type text, subject text, event_at timestamp with time zone, email text, email_verified boolean, full_name text, avatar_url text) IS 'Applies one verified Clerk webhook delivery: a repeated svix-id is answered "duplicate" without effect; after user.deleted the subject is tombstoned and later user.created/updated are ignored; an event older (Clerk updated_at, else the event timestamp) than the last applied one for the subject is ignored. Returns {outcome, profileId}.';


--
-- Name: payments; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.payments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    booking_id uuid NOT NULL,
    profile_id uuid,
    kind text DEFAULT 'charge'::text NOT NULL,
    provider text NOT NULL,
    provider_transaction_id text,
    reference text NOT NULL,
    amount_in_cents bigint NOT NULL,
    currency text DEFAULT 'COP'::text NOT NULL,
    status text NOT NULL,
    payment_method_type text,
    status_message text,
    refund_of uuid,
    reason text,
    recorded_by uuid,
    settled_at timestamp with time zone,
    provider_event_at timestamp with time zone,
    raw jsonb,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT payments_amount_in_cents_check CHECK ((amount_in_cents >= 0)),
    CONSTRAINT payments_check CHECK (((kind = 'refund'::text) = ((refund_of IS NOT NULL) OR (reason = 'booking_refunded'::text)))),
    CONSTRAINT payments_currency_check CHECK ((currency ~ '^[A-Z]{3}$'::text)),
    CONSTRAINT payments_kind_check CHECK ((kind = ANY (ARRAY['charge'::text, 'refund'::text]))),
    CONSTRAINT payments_payment_method_type_check CHECK (((length(payment_method_type) >= 1) AND (length(payment_method_type) <= 40))),
    CONSTRAINT payments_provider_check CHECK ((provider = ANY (ARRAY['wompi'::text, 'cash'::text, 'manual'::text]))),
    CONSTRAINT payments_provider_transaction_id_check CHECK (((length(provider_transaction_id) >= 1) AND (length(provider_transaction_id) <= 100))),
    CONSTRAINT payments_raw_check CHECK ((octet_length((raw)::text) <= 20000)),
    CONSTRAINT payments_reason_check CHECK ((reason = ANY (ARRAY['booking_refunded'::text, 'booking_cancelled'::text, 'sold_out_after_expiry'::text, 'duplicate_payment'::text, 'amount_mismatch'::text]))),
    CONSTRAINT payments_reference_check CHECK (((length(reference) >= 1) AND (length(reference) <= 100))),
    CONSTRAINT payments_status_check CHECK ((status = ANY (ARRAY['PENDING'::text, 'APPROVED'::text, 'DECLINED'::text, 'VOIDED'::text, 'ERROR'::text]))),
    CONSTRAINT payments_status_message_check CHECK ((length(status_message) <= 500))
);


--
-- Name: TABLE payments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.payments IS 'Money movements of bookings, never deleted: every Wompi transaction (a charge: PENDING, then APPROVED, DECLINED, VOIDED or ERROR, as Wompi''s signed events say) and every refund owed or made (a refund: PENDING while owed, APPROVED once paid out). A buyer sees their own; owners, admins and producers their organization''s.';


--
-- Name: COLUMN payments.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.id IS 'Unique identifier of the movement.';


--
-- Name: COLUMN payments.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.organization_id IS 'Organization of the booking.';


--
-- Name: COLUMN payments.booking_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.booking_id IS 'The booking it pays or refunds.';


--
-- Name: COLUMN payments.profile_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.profile_id IS 'The signed-in buyer of the booking, if any (who may read it).';


--
-- Name: COLUMN payments.kind; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.kind IS 'charge (money in) or refund (money owed back or paid back).';


--
-- Name: COLUMN payments.provider; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.provider IS 'wompi, cash or manual (a refund paid outside Wompi).';


--
-- Name: COLUMN payments.provider_transaction_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.provider_transaction_id IS 'Wompi''s transaction id (charges).';


--
-- Name: COLUMN payments.reference; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.reference IS 'The booking reference the transaction carried.';


--
-- Name: COLUMN payments.amount_in_cents; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.amount_in_cents IS 'Amount in COP cents, as Wompi counts (a price of $ 45.000 is 4500000).';


--
-- Name: COLUMN payments.currency; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.currency IS 'ISO 4217 currency: COP.';


--
-- Name: COLUMN payments.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.status IS 'Charges: Wompi''s status (PENDING, APPROVED, DECLINED, VOIDED, ERROR). Refunds: PENDING (owed) or APPROVED (paid out).';


--
-- Name: COLUMN payments.payment_method_type; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.payment_method_type IS 'CARD, PSE, NEQUI, BANCOLOMBIA_TRANSFER, … as Wompi names it.';


--
-- Name: COLUMN payments.status_message; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.status_message IS 'Wompi''s message for a declined or failed transaction.';


--
-- Name: COLUMN payments.refund_of; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.refund_of IS 'For a refund: the charge it returns.';


--
-- Name: COLUMN payments.reason; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.reason IS 'For a refund: booking_refunded (the producer refunded a paid booking), booking_cancelled (money came for a booking already closed), sold_out_after_expiry (a late payment found the tier sold out), duplicate_payment (a booking paid twice) or amount_mismatch (the amount was not the booking''s).';


--
-- Name: COLUMN payments.recorded_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.recorded_by IS 'Who refunded, or marked a refund as paid out.';


--
-- Name: COLUMN payments.settled_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.settled_at IS 'When a charge was approved, or a refund paid out.';


--
-- Name: COLUMN payments.provider_event_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.provider_event_at IS 'Time of the Wompi event whose status this row holds.';


--
-- Name: COLUMN payments.raw; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.raw IS 'The transaction object of the last applied Wompi event, as received.';


--
-- Name: COLUMN payments.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.created_at IS 'When the movement was first recorded.';


--
-- Name: COLUMN payments.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.payments.updated_at IS 'When it last changed.';


--
-- Name: ticket_tiers; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.ticket_tiers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    name text NOT NULL,
    description text,
    price_cop bigint NOT NULL,
    quantity integer NOT NULL,
    sold_count integer DEFAULT 0 NOT NULL,
    sales_start_at timestamp with time zone,
    sales_end_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    max_per_order integer DEFAULT 10 NOT NULL,
    CONSTRAINT ticket_tiers_check CHECK ((sold_count <= quantity)),
    CONSTRAINT ticket_tiers_check1 CHECK (((sales_start_at IS NULL) OR (sales_end_at IS NULL) OR (sales_start_at < sales_end_at))),
    CONSTRAINT ticket_tiers_description_length CHECK ((length(description) <= 2000)),
    CONSTRAINT ticket_tiers_max_per_order_check CHECK (((max_per_order >= 1) AND (max_per_order <= 50))),
    CONSTRAINT ticket_tiers_name_check CHECK (((length(TRIM(BOTH FROM name)) >= 1) AND (length(TRIM(BOTH FROM name)) <= 100))),
    CONSTRAINT ticket_tiers_name_length CHECK ((length(name) <= 100)),
    CONSTRAINT ticket_tiers_price_cop_check CHECK ((price_cop >= 0)),
    CONSTRAINT ticket_tiers_quantity_check CHECK ((quantity >= 0)),
    CONSTRAINT ticket_tiers_sold_count_check CHECK ((sold_count >= 0))
);


--
-- Name: TABLE ticket_tiers; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.ticket_tiers IS 'A kind of ticket for an event (general, VIP, front row...), with its price and stock.';


--
-- Name: COLUMN ticket_tiers.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.id IS 'Unique identifier of the tier.';


--
-- Name: COLUMN ticket_tiers.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN ticket_tiers.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.event_id IS 'The event.';


--
-- Name: COLUMN ticket_tiers.name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.name IS 'Tier name, e.g. General, VIP, Front Row.';


--
-- Name: COLUMN ticket_tiers.description; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.description IS 'What the ticket includes.';


--
-- Name: COLUMN ticket_tiers.price_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.price_cop IS 'Price per ticket in whole Colombian pesos.';


--
-- Name: COLUMN ticket_tiers.quantity; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.quantity IS 'Tickets available in total.';


--
-- Name: COLUMN ticket_tiers.sold_count; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.sold_count IS 'Tickets held by pending (reserved) and paid bookings; never above quantity. A reservation past its expiry still counts here until it is expired (within a minute, or at the next booking); availableCount already leaves it out.';


--
-- Name: COLUMN ticket_tiers.sales_start_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.sales_start_at IS 'When sales open (null: already open).';


--
-- Name: COLUMN ticket_tiers.sales_end_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.sales_end_at IS 'When sales close (null: until the event starts).';


--
-- Name: COLUMN ticket_tiers.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.created_at IS 'When the tier was created.';


--
-- Name: COLUMN ticket_tiers.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.updated_at IS 'When the tier was last changed.';


--
-- Name: COLUMN ticket_tiers.max_per_order; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_tiers.max_per_order IS 'Most tickets one booking may hold (1 to 50, default 10).';


--
-- Name: apply_payment_status(app_public.payments, app_public.bookings, app_public.ticket_tiers); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.apply_payment_status(payment app_public.payments, booking app_public.bookings, tier app_public.ticket_tiers) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  refund_reason text;
begin
  if payment.status = 'APPROVED' then
    if payment.amount_in_cents <> booking.total_cop * 100 or payment.currency <> 'COP' then
      refund_reason := 'amount_mismatch';
    elsif booking.status = 'pending' then
      update app_public.bookings set status = 'paid', confirmed_at = now(), payment_provider = 'wompi',
                                     payment_reference = payment.provider_transaction_id
       where id = booking.id;
      perform app_private.booking_confirmed(booking.id);
      return 'confirmed';
    elsif booking.status = 'expired' then
      if tier.quantity - tier.sold_count >= booking.quantity then
        update app_public.bookings set status = 'paid', confirmed_at = now(), closed_at = null,
                                       payment_provider = 'wompi', payment_reference = payment.provider_transaction_id
         where id = booking.id;
        perform app_private.booking_confirmed(booking.id);
        return 'confirmed_after_expiry';
      end if;
      refund_reason := 'sold_out_after_expiry';
    elsif booking.status = 'paid' then
      refund_reason := 'duplicate_payment';
    else
      refund_reason := 'booking_cancelled';
    end if;
    insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, reference,
                                     amount_in_cents, currency, status, refund_of, reason)
      values (booking.organization_id, booking.id, booking.profile_id, 'refund', 'wompi', payment.reference,
              payment.amount_in_cents, payment.currency, 'PENDING', payment.id, refund_reason);
    return 'refund_due_' || refund_reason;
  elsif payment.status = 'VOIDED' then
    -- The money went back by the void: nothing is owed for this charge any more.
    update app_public.payments set status = 'APPROVED', settled_at = now(), provider = 'wompi'
     where refund_of = payment.id and kind = 'refund' and status = 'PENDING';
    if booking.status in ('pending', 'expired')
       or (booking.status = 'paid' and booking.payment_reference = payment.provider_transaction_id) then
      update app_public.bookings set status = 'cancelled', closed_at = now(), close_reason = 'payment voided'
       where id = booking.id;
      return 'cancelled_voided';
    end if;
    return 'voided';
  end if;
  return 'recorded_' || lower(payment.status);
end;
$$;


--
-- Name: FUNCTION apply_payment_status(payment app_public.payments, booking app_public.bookings, tier app_public.ticket_tiers); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.apply_payment_status(payment app_public.payments, booking app_public.bookings, tier app_public.ticket_tiers) IS 'What a Wompi charge''s new status does to its booking (confirm, confirm after expiry, owe a refund, cancel on void). The caller holds the tier and booking locks.';


--
-- Name: apply_whatsapp_message(text, text, text, text, text, text, text, timestamp with time zone, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.apply_whatsapp_message(provider_message_id text, from_number text, phone_number_id text, message_type text, body text, button_payload text, context_message_id text, sent_at timestamp with time zone, sender_name text) RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
#variable_conflict use_column
declare
  sender text := app_private.whatsapp_number(apply_whatsapp_message.from_number);
  reply text := app_private.whatsapp_answer(coalesce(apply_whatsapp_message.body, ''));
  payload_casting uuid;
  casting app_public.model_castings;
  talent_row record;
  org uuid;
  result text;
  did text;
  inbox_id uuid;
  event_ref uuid;
  at timestamptz := least(coalesce(apply_whatsapp_message.sent_at, now()), now());
begin
  if sender is null then
    raise exception 'Not a WhatsApp number: %', apply_whatsapp_message.from_number using errcode = '22023';
  end if;
  -- Once per wamid: a replayed delivery finds its row and changes nothing.
  insert into app_private.whatsapp_inbound (provider_message_id, from_number, phone_number_id, message_type, sent_at, outcome)
  values (apply_whatsapp_message.provider_message_id, sender, apply_whatsapp_message.phone_number_id,
          coalesce(apply_whatsapp_message.message_type, 'unknown'), at, 'unmatched')
  on conflict on constraint whatsapp_inbound_pkey do nothing;
  if not found then
    return jsonb_build_object('outcome', 'duplicate');
  end if;

  -- A quick-reply button carries the casting and the answer we put in it: casting:<uuid>:si|no.
  if apply_whatsapp_message.button_payload ~ '^casting:[0-9a-f-]{36}:(si|no)$' then
    payload_casting := split_part(apply_whatsapp_message.button_payload, ':', 2)::uuid;
    reply := case split_part(apply_whatsapp_message.button_payload, ':', 3) when 'si' then 'yes' else 'no' end;
  end if;

  if reply = 'stop' then
    insert into app_private.whatsapp_opt_outs (number, opted_out_at, provider_message_id)
    values (sender, now(), apply_whatsapp_message.provider_message_id)
    on conflict (number) do update set opted_out_at = excluded.opted_out_at,
                                       provider_message_id = excluded.provider_message_id;
    update app_public.talent_contacts tc set whatsapp_opt_in = false
     where (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
       and tc.whatsapp_opt_in;
    -- The outbox's record, per organization that has this number as a contact (its consent check honours it),
    -- and what is still queued to them on WhatsApp is suppressed.
    insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id,
                                                   talent_id, address, source, message_id)
    select t.organization_id, 'whatsapp', null, 'talent', t.id, t.id, tc.phone, 'whatsapp_reply',
           (select m.id from app_public.outbound_messages m
             where m.channel = 'whatsapp' and m.talent_id = t.id order by m.created_at desc limit 1)
      from app_public.talent_contacts tc
      join app_public.talent t on t.id = tc.talent_id
     where (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
       and not exists (select 1 from app_public.communication_opt_outs o
                        where o.organization_id = t.organization_id and o.channel = 'whatsapp'
                          and o.recipient_id = t.id and o.purpose is null);
    update app_public.outbound_messages m
       set status = 'suppressed', last_error_code = 'OPTED_OUT'
     where m.channel = 'whatsapp' and m.status = 'queued'
       and m.talent_id in (select tc.talent_id from app_public.talent_contacts tc
                            where app_private.whatsapp_number(tc.phone) = sender
                               or app_private.whatsapp_number(tc.guardian_phone) = sender);
  end if;

  -- A reply to one of our messages names it (context.id): a casting invitation's reply answers that casting.
  if payload_casting is null and apply_whatsapp_message.context_message_id is not null and reply in ('yes', 'no') then
    select m.cause_id into payload_casting
      from app_public.outbound_messages m
     where m.channel = 'whatsapp' and m.provider_message_id = apply_whatsapp_message.context_message_id
       and m.cause_kind = 'casting_invitation';
  end if;

  -- The casting this answers: the button's (or the replied message's), else the one invitation awaiting an answer
  -- from this sender.
  if payload_casting is not null then
    select c.* into casting
      from app_public.model_castings c
      join app_public.talent_contacts tc on tc.talent_id = c.talent_id
     where c.id = payload_casting
       and (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
     for update of c;
  elsif reply in ('yes', 'no') then
    select c.* into casting
      from app_public.model_castings c
      join app_public.talent_contacts tc on tc.talent_id = c.talent_id
     where c.status = 'invited'
       and (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
     order by c.updated_at desc
     limit 1
     for update of c;
    -- Two invitations awaiting an answer: "SÍ" alone does not say which; a person decides.
    if (select count(*) from app_public.model_castings c
          join app_public.talent_contacts tc on tc.talent_id = c.talent_id
         where c.status = 'invited'
           and (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)) > 1 then
      reply := null;
      casting := null;
    end if;
  end if;

  if casting.id is not null and reply in ('yes', 'no') and casting.status = 'invited' then
    update app_public.model_castings c
       set status = case reply when 'yes' then 'confirmed' else 'declined' end,
           responded_at = at
     where c.id = casting.id and c.status = 'invited'
     returning * into casting;
    did := case reply when 'yes' then 'casting_confirmed' else 'casting_declined' end;
  elsif reply = 'stop' then
    did := 'opt_out';
  end if;

  -- Whose inbox: the casting's organization, else the organization that has this sender as a contact
  -- (the one that spoke to the person last, when several do).
  if casting.id is not null then
    org := casting.organization_id;
    select t.id, t.organization_id into talent_row from app_public.talent t where t.id = casting.talent_id;
  else
    select t.id, t.organization_id into talent_row
      from app_public.talent_contacts tc
      join app_public.talent t on t.id = tc.talent_id
     where (app_private.whatsapp_number(tc.phone) = sender or app_private.whatsapp_number(tc.guardian_phone) = sender)
       and t.erased_at is null
     order by (select max(c.updated_at) from app_public.model_castings c where c.talent_id = t.id) desc nulls last,
              t.updated_at desc
     limit 1;
    org := talent_row.organization_id;
  end if;

  -- A question from someone cast for an upcoming event belongs to that event's conversation.
  if casting.id is null and talent_row.id is not null then
    select c.event_id into event_ref
      from app_public.model_castings c
      join app_public.events e on e.id = c.event_id
     where c.talent_id = talent_row.id and c.status in ('invited', 'confirmed') and e.ends_at > now()
     order by e.starts_at
     limit 1;
  end if;

  if org is null then
    result := case when did = 'opt_out' then 'opt_out' else 'unmatched' end;
  else
    insert into app_public.inbox_messages (organization_id, provider_message_id, event_id, talent_id, model_casting_id,
                                           sender_name, sender_number_masked, message_type, body, action, sent_at)
    values (org, apply_whatsapp_message.provider_message_id, coalesce(casting.event_id, event_ref), talent_row.id, casting.id,
            left(apply_whatsapp_message.sender_name, 200), app_private.mask_number(sender),
            case when apply_whatsapp_message.message_type in ('text', 'button', 'interactive', 'image', 'audio', 'video', 'document',
                                                               'sticker', 'location', 'contacts', 'reaction', 'order')
                 then apply_whatsapp_message.message_type else 'unknown' end,
            left(apply_whatsapp_message.body, 4096),
            did, at)
    returning id into inbox_id;
    result := coalesce(did, 'inbox');
  end if;
  update app_private.whatsapp_inbound i set outcome = result, organization_id = org
   where i.provider_message_id = apply_whatsapp_message.provider_message_id;
  return jsonb_strip_nulls(jsonb_build_object('outcome', result, 'castingId', casting.id, 'inboxMessageId', inbox_id));
end;
$_$;


--
-- Name: FUNCTION apply_whatsapp_message(provider_message_id text, from_number text, phone_number_id text, message_type text, body text, button_payload text, context_message_id text, sent_at timestamp with time zone, sender_name text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.apply_whatsapp_message(provider_message_id text, from_number text, phone_number_id text, message_type text, body text, button_payload text, context_message_id text, sent_at timestamp with time zone, sender_name text) IS 'Applies one inbound WhatsApp message (after POST /webhooks/whatsapp verified its signature), once per wamid: PARAR/STOP/BAJA records an opt-out at once; "SÍ"/"NO" (typed, or the invitation''s quick-reply button, payload casting:<id>:si|no) moves the casting invitation awaiting that number''s answer from invited to confirmed/declined with responded_at; the message lands in the inbox of the organization that has the number as a contact (with what was done), or, from a number that is no one''s, only in app_private.whatsapp_inbound. Returns {outcome, castingId?, inboxMessageId?}; outcome duplicate for a replay.';


--
-- Name: apply_whatsapp_status(text, text, timestamp with time zone, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.apply_whatsapp_status(provider_message_id text, status text, at timestamp with time zone, error_code text, error_title text) RETURNS jsonb
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  message_id uuid;
begin
  -- Meta's statuses: sent, delivered, read, failed (and deleted / warning, which move nothing).
  if apply_whatsapp_status.status not in ('sent', 'delivered', 'read', 'failed') then
    return jsonb_build_object('outcome', 'ignored');
  end if;
  message_id := app_private.outbox_record_event('whatsapp', apply_whatsapp_status.provider_message_id,
                                                apply_whatsapp_status.status, least(apply_whatsapp_status.at, now()),
                                                nullif(concat_ws(': ', apply_whatsapp_status.error_code,
                                                                 apply_whatsapp_status.error_title), ''));
  return jsonb_strip_nulls(jsonb_build_object('outcome', case when message_id is null then 'unknown_message' else 'applied' end,
                                              'messageId', message_id));
end;
$$;


--
-- Name: FUNCTION apply_whatsapp_status(provider_message_id text, status text, at timestamp with time zone, error_code text, error_title text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.apply_whatsapp_status(provider_message_id text, status text, at timestamp with time zone, error_code text, error_title text) IS 'Applies one status from the WhatsApp webhook (sent, delivered, read, failed with its Graph error) to the outbox row with that wamid through app_private.outbox_record_event: statuses only move forward, so a late "delivered" after "read" changes nothing. Idempotent; {outcome: applied | unknown_message | ignored}.';


--
-- Name: apply_wompi_event(text, jsonb, timestamp with time zone); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.apply_wompi_event(checksum text, txn jsonb, event_at timestamp with time zone) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  txn_id text := txn ->> 'id';
  new_status text := txn ->> 'status';
  amount bigint := (txn ->> 'amount_in_cents')::bigint;
  ref text := txn ->> 'reference';
  booking app_public.bookings;
  tier app_public.ticket_tiers;
  payment app_public.payments;
  result text;
begin
  insert into app_private.wompi_events (checksum, transaction_id, status, event_at, outcome)
    values (lower(apply_wompi_event.checksum), txn_id, coalesce(new_status, '?'), event_at, 'processing')
    on conflict do nothing;
  if not found then
    return jsonb_build_object('outcome', 'duplicate');
  end if;
  if app_private.wompi_status_rank(new_status) < 0 then
    result := 'ignored_unknown_status';
  else
    select * into booking from app_public.bookings b where b.reference = ref;
    if booking.id is null then
      result := 'unknown_reference';
    else
      select * into tier from app_public.ticket_tiers t where t.id = booking.tier_id for update;
      select * into booking from app_public.bookings b where b.id = booking.id for update;
      select * into payment from app_public.payments p where p.provider = 'wompi' and p.provider_transaction_id = txn_id for update;
      if payment.id is not null and payment.booking_id <> booking.id then
        result := 'reference_mismatch';
      elsif payment.id is not null
            and app_private.wompi_status_rank(new_status) <= app_private.wompi_status_rank(payment.status) then
        result := 'stale';
      else
        if payment.id is null then
          insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, provider_transaction_id,
                                           reference, amount_in_cents, currency, status, payment_method_type,
                                           status_message, settled_at, provider_event_at, raw)
            values (booking.organization_id, booking.id, booking.profile_id, 'charge', 'wompi', txn_id, ref, amount,
                    coalesce(txn ->> 'currency', 'COP'), new_status, left(txn ->> 'payment_method_type', 40),
                    left(txn ->> 'status_message', 500), case when new_status = 'APPROVED' then event_at end,
                    event_at, txn)
            returning * into payment;
        else
          update app_public.payments p
             set status = new_status, status_message = left(txn ->> 'status_message', 500),
                 payment_method_type = coalesce(left(txn ->> 'payment_method_type', 40), p.payment_method_type),
                 settled_at = case when new_status = 'APPROVED' then event_at else p.settled_at end,
                 provider_event_at = event_at, raw = txn
           where p.id = payment.id
           returning * into payment;
        end if;
        result := app_private.apply_payment_status(payment, booking, tier);
      end if;
    end if;
  end if;
  update app_private.wompi_events w set outcome = result where w.checksum = lower(apply_wompi_event.checksum);
  return jsonb_build_object('outcome', result, 'bookingId', booking.id, 'paymentId', payment.id);
end;
$$;


--
-- Name: FUNCTION apply_wompi_event(checksum text, txn jsonb, event_at timestamp with time zone); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.apply_wompi_event(checksum text, txn jsonb, event_at timestamp with time zone) IS 'Applies a verified Wompi transaction.updated event once (by checksum), in any order: statuses only move up, and what an approval or a void does to the booking is decided under the tier''s lock. Returns {outcome, bookingId, paymentId}.';


--
-- Name: assert_email_verified(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.assert_email_verified() RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if not exists (select 1 from app_public.profiles p
                  where p.id = app_public.current_profile_id() and p.email_verified_at is not null) then
    raise exception 'Confirm your email address first: open the link we sent you, or ask for a new one.' using errcode = 'UNVER';
  end if;
end;
$$;


--
-- Name: FUNCTION assert_email_verified(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.assert_email_verified() IS 'Raises LOGIN when nobody is signed in and UNVER when the signed-in account''s email is not verified.';


--
-- Name: assert_org_role(uuid, text[]); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.assert_org_role(org uuid, roles text[]) RETURNS void
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if not app_private.has_org_role(org, roles) then
    raise exception 'You do not have permission to do this in that organization.' using errcode = 'DNIED';
  end if;
end;
$$;


--
-- Name: FUNCTION assert_org_role(org uuid, roles text[]); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.assert_org_role(org uuid, roles text[]) IS 'Raises LOGIN or DNIED unless the signed-in profile holds one of the roles.';


--
-- Name: base32_decode(text, integer); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.base32_decode(input text, byte_count integer) RETURNS bytea
    LANGUAGE plpgsql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  alphabet constant text := '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
  clean text := translate(upper(regexp_replace(input, '[[:space:]-]', '', 'g')), 'OIL', '011');
  result bytea := '';
  buffer bigint := 0;
  bits int := 0;
  value int;
begin
  if length(clean) <> (byte_count * 8 + 4) / 5 or clean !~ '^[0-9A-HJKMNP-TV-Z]+$' then
    return null;
  end if;
  for i in 1 .. length(clean) loop
    value := strpos(alphabet, substr(clean, i, 1)) - 1;
    buffer := (buffer << 5) | value;
    bits := bits + 5;
    if bits >= 8 then
      bits := bits - 8;
      result := result || set_byte('\x00'::bytea, 0, ((buffer >> bits) & 255)::int);
      buffer := buffer & ((1::bigint << bits) - 1);
    end if;
  end loop;
  if buffer <> 0 then
    return null; -- padding bits must be zero: one code has one spelling
  end if;
  return result;
end;
$_$;


--
-- Name: FUNCTION base32_decode(input text, byte_count integer); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.base32_decode(input text, byte_count integer) IS 'The byte_count bytes a Crockford base32 text spells (case, spaces and dashes ignored; O = 0, I = L = 1), or null when it is not such a text.';


--
-- Name: booking_access_secret(uuid, bytea); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.booking_access_secret(booking_id uuid, key bytea) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select substring(hmac(convert_to('booking:' || booking_id::text, 'UTF8'), key, 'sha256') from 1 for 20);
$$;


--
-- Name: FUNCTION booking_access_secret(booking_id uuid, key bytea); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.booking_access_secret(booking_id uuid, key bytea) IS 'The 20 secret bytes (160 bits) of a booking''s access token: HMAC-SHA-256 of its id under the box office key, truncated.';


--
-- Name: booking_access_token(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.booking_access_token(booking_id uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select app_private.base32(app_private.booking_access_secret(booking_id, app_private.box_office_key()));
$$;


--
-- Name: FUNCTION booking_access_token(booking_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.booking_access_token(booking_id uuid) IS 'The secret that opens a booking''s page: 32 Crockford base32 characters (160 bits of HMAC-SHA-256 of its id). Stored only as bookings.access_hash.';


--
-- Name: booking_by_access_token(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.booking_by_access_token(access_token text) RETURNS app_public.bookings
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select b.* from app_public.bookings b where b.access_hash = app_private.access_token_hash(access_token);
$$;


--
-- Name: FUNCTION booking_by_access_token(access_token text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.booking_by_access_token(access_token text) IS 'The booking an access token opens, or null.';


--
-- Name: booking_confirmed(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.booking_confirmed(booking_id uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  perform graphile_worker.add_job('send_booking_email', json_build_object('bookingId', booking_id),
                                  job_key => 'booking-email:' || booking_id, max_attempts => 10);
end;
$$;


--
-- Name: FUNCTION booking_confirmed(booking_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.booking_confirmed(booking_id uuid) IS 'Enqueues the confirmation mail (tickets with their QR codes) of a paid booking, once per booking (job key).';


--
-- Name: box_office_key(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.box_office_key() RETURNS bytea
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select ticket_key from app_private.box_office_keys where id;
$$;


--
-- Name: FUNCTION box_office_key(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.box_office_key() IS 'The box office HMAC key (app_private.box_office_keys).';


--
-- Name: can_grant_role(text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.can_grant_role(grantor_role text, role text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case grantor_role when 'owner' then true when 'admin' then role <> 'owner' else false end;
$$;


--
-- Name: FUNCTION can_grant_role(grantor_role text, role text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.can_grant_role(grantor_role text, role text) IS 'Whether a member with grantor_role may invite someone as role (owners: any role; admins: any but owner).';


--
-- Name: check_agent_limits(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.check_agent_limits(organization uuid) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  limits app_private.agent_limits;
  me uuid := app_public.current_profile_id();
begin
  select * into limits from app_private.agent_limits;
  -- Serialise one requester's checks so parallel requests cannot all pass.
  perform pg_advisory_xact_lock(hashtextextended('agent_limits:' || me::text, 0));
  if (select count(*) from app_public.agent_runs r
       where r.requested_by = me and r.created_at > now() - limits.per_user_window) >= limits.per_user_limit then
    raise exception 'You have reached the limit of % agent requests per %.', limits.per_user_limit, limits.per_user_window
      using errcode = 'RLIMT';
  end if;
  if (select count(*) from app_public.agent_runs r
       where r.organization_id = organization and r.created_at > now() - limits.per_organization_window) >= limits.per_organization_limit then
    raise exception 'Your organization has reached the limit of % agent requests per %.', limits.per_organization_limit, limits.per_organization_window
      using errcode = 'RLIMT';
  end if;
end;
$$;


--
-- Name: FUNCTION check_agent_limits(organization uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.check_agent_limits(organization uuid) IS 'Raises RLIMT when the caller or the organization is over its agent request limit.';


--
-- Name: tickets; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.tickets (
    id uuid NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    booking_id uuid NOT NULL,
    seat integer NOT NULL,
    code_hash bytea NOT NULL,
    checked_in_at timestamp with time zone,
    checked_in_gate text,
    checked_in_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT tickets_check CHECK (((checked_in_at IS NULL) = (checked_in_gate IS NULL))),
    CONSTRAINT tickets_checked_in_gate_check CHECK (((length(checked_in_gate) >= 1) AND (length(checked_in_gate) <= 60))),
    CONSTRAINT tickets_code_hash_check CHECK ((length(code_hash) = 32)),
    CONSTRAINT tickets_seat_check CHECK (((seat >= 1) AND (seat <= 50)))
);


--
-- Name: TABLE tickets; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.tickets IS 'One ticket per seat of a booking, made with the booking. Valid at the door while its booking is paid; checked in once. Its code (26 Crockford base32 characters, 128 bits, an HMAC of the id under a key in app_private) is never stored: only its SHA-256.';


--
-- Name: COLUMN tickets.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.id IS 'Unique identifier of the ticket.';


--
-- Name: COLUMN tickets.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN tickets.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.event_id IS 'The event the ticket admits to.';


--
-- Name: COLUMN tickets.booking_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.booking_id IS 'The booking it belongs to.';


--
-- Name: COLUMN tickets.seat; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.seat IS 'Which ticket of the booking it is (1 to quantity).';


--
-- Name: COLUMN tickets.code_hash; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.code_hash IS '@behavior -*
SHA-256 of the ticket code''s bytes.';


--
-- Name: COLUMN tickets.checked_in_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.checked_in_at IS 'When it was checked in (the earliest scan; null: not on site).';


--
-- Name: COLUMN tickets.checked_in_gate; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.checked_in_gate IS 'The gate (door) where it was checked in, as the device named it.';


--
-- Name: COLUMN tickets.checked_in_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.checked_in_by IS 'Who checked it in.';


--
-- Name: COLUMN tickets.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.created_at IS 'When the ticket was made (with its booking).';


--
-- Name: COLUMN tickets.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.tickets.updated_at IS 'When it was last changed.';


--
-- Name: check_in(app_public.tickets, uuid, text, timestamp with time zone, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.check_in(ticket app_public.tickets, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text) RETURNS app_public.check_in_result
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  booking app_public.bookings;
  result app_public.check_in_result;
  me uuid := app_public.current_profile_id();
  action text;
  note text;
begin
  select * into booking from app_public.bookings b where b.id = ticket.booking_id;
  select 'not_found', ticket.id, ticket.seat, booking.quantity, booking.buyer_name, tt.name, e.id, e.title,
         ticket.checked_in_at, ticket.checked_in_gate, app_public.bookings_current_status(booking)
    into result
    from app_public.ticket_tiers tt, app_public.events e
   where tt.id = booking.tier_id and e.id = booking.event_id;
  if expected_event is not null and ticket.event_id <> expected_event then
    result.outcome := 'wrong_event';
    action := 'refused';
    note := 'ticket of another event';
  elsif booking.status <> 'paid' then
    result.outcome := 'not_valid';
    action := 'refused';
    note := 'booking ' || app_public.bookings_current_status(booking);
  elsif ticket.checked_in_at is null then
    update app_public.tickets t set checked_in_at = scanned, checked_in_gate = gate, checked_in_by = me
     where t.id = ticket.id;
    result.outcome := 'checked_in';
    result.checked_in_at := scanned;
    result.checked_in_gate := gate;
    action := 'check_in';
  elsif method = 'offline_sync' and scanned < ticket.checked_in_at then
    -- An earlier scan (queued offline) reaches the server after a later one:
    -- the first scan by time is the check-in of record. (An online scan is
    -- always now, so it is never earlier than one already recorded.)
    update app_public.tickets t set checked_in_at = scanned, checked_in_gate = gate, checked_in_by = me
     where t.id = ticket.id;
    result.outcome := 'checked_in';
    result.checked_in_at := scanned;
    result.checked_in_gate := gate;
    action := 'check_in';
    note := format('earlier than the scan recorded at %s (%s), which now counts as a duplicate',
                   to_char(ticket.checked_in_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'), ticket.checked_in_gate);
  else
    result.outcome := 'already_checked_in';
    action := 'duplicate';
  end if;
  insert into app_public.ticket_check_ins (organization_id, event_id, ticket_id, action, method, gate, device_id,
                                           scanned_at, actor_id, note)
    values (ticket.organization_id, ticket.event_id, ticket.id, action, method, gate, device, scanned, me, note);
  return result;
end;
$$;


--
-- Name: FUNCTION check_in(ticket app_public.tickets, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.check_in(ticket app_public.tickets, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text) IS 'Checks a locked ticket in (or says why not) and logs the attempt.';


--
-- Name: guest_invitations; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.guest_invitations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    guest_id uuid NOT NULL,
    status text DEFAULT 'invited'::text NOT NULL,
    plus_one_allowed boolean DEFAULT false NOT NULL,
    plus_one_name text,
    notes text,
    responded_at timestamp with time zone,
    rsvp_version integer DEFAULT 1 NOT NULL,
    rsvp_hash bytea NOT NULL,
    rsvp_expires_at timestamp with time zone NOT NULL,
    door_code_hash bytea NOT NULL,
    checked_in_at timestamp with time zone,
    checked_in_gate text,
    checked_in_by uuid,
    invited_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT guest_invitations_check_in_gate CHECK (((checked_in_at IS NULL) = (checked_in_gate IS NULL))),
    CONSTRAINT guest_invitations_checked_in_gate_length CHECK ((length(checked_in_gate) <= 60)),
    CONSTRAINT guest_invitations_door_code_hash_check CHECK ((length(door_code_hash) = 32)),
    CONSTRAINT guest_invitations_notes_length CHECK ((length(notes) <= 500)),
    CONSTRAINT guest_invitations_plus_one_name_length CHECK ((length(plus_one_name) <= 200)),
    CONSTRAINT guest_invitations_plus_one_named CHECK (((plus_one_name IS NULL) OR (plus_one_allowed AND (length(TRIM(BOTH FROM plus_one_name)) >= 1)))),
    CONSTRAINT guest_invitations_rsvp_hash_check CHECK ((length(rsvp_hash) = 32)),
    CONSTRAINT guest_invitations_rsvp_version_check CHECK ((rsvp_version >= 1)),
    CONSTRAINT guest_invitations_status_check CHECK ((status = ANY (ARRAY['invited'::text, 'accepted'::text, 'declined'::text, 'waitlist'::text, 'cancelled'::text])))
);


--
-- Name: TABLE guest_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.guest_invitations IS 'A guest invited to an event, with an optional +1. The guest answers through the RSVP link (/rsvp/<token>: signed, expiring, one per invitation, no account needed); accepting beyond the event''s guest_capacity puts the party on the waitlist. Its door code (in the QR of the RSVP confirmation) checks the party in at the door like a ticket.';


--
-- Name: COLUMN guest_invitations.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.id IS 'Unique identifier of the invitation.';


--
-- Name: COLUMN guest_invitations.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN guest_invitations.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.event_id IS 'The event.';


--
-- Name: COLUMN guest_invitations.guest_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.guest_id IS 'The guest.';


--
-- Name: COLUMN guest_invitations.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.status IS 'invited (no answer yet), accepted, declined, waitlist (accepted when the show was full; moved to accepted, oldest first, when places free up) or cancelled (withdrawn by the producer; its link opens nothing).';


--
-- Name: COLUMN guest_invitations.plus_one_allowed; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.plus_one_allowed IS 'Whether the guest may bring a +1.';


--
-- Name: COLUMN guest_invitations.plus_one_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.plus_one_name IS 'The +1 the guest named (only when allowed); null: coming alone.';


--
-- Name: COLUMN guest_invitations.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.notes IS 'Dietary or access needs the guest gave (at most 500 characters).';


--
-- Name: COLUMN guest_invitations.responded_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.responded_at IS 'When the guest last answered.';


--
-- Name: COLUMN guest_invitations.rsvp_version; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.rsvp_version IS '@behavior -*
Version of the RSVP link; reissuing the link bumps it and the previous link opens nothing.';


--
-- Name: COLUMN guest_invitations.rsvp_hash; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.rsvp_hash IS '@behavior -*
SHA-256 of the RSVP token''s bytes; the token itself is never stored.';


--
-- Name: COLUMN guest_invitations.rsvp_expires_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.rsvp_expires_at IS 'Until when the RSVP link opens (UTC): the end of the event unless set otherwise.';


--
-- Name: COLUMN guest_invitations.door_code_hash; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.door_code_hash IS '@behavior -*
SHA-256 of the door code''s bytes.';


--
-- Name: COLUMN guest_invitations.checked_in_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.checked_in_at IS 'When the party was checked in at the door (null: not on site).';


--
-- Name: COLUMN guest_invitations.checked_in_gate; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.checked_in_gate IS 'Where it was checked in.';


--
-- Name: COLUMN guest_invitations.checked_in_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.checked_in_by IS 'Who checked it in.';


--
-- Name: COLUMN guest_invitations.invited_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.invited_by IS 'Who invited the guest.';


--
-- Name: COLUMN guest_invitations.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.created_at IS 'When the guest was invited.';


--
-- Name: COLUMN guest_invitations.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_invitations.updated_at IS 'When it was last changed.';


--
-- Name: check_in_guest(app_public.guest_invitations, uuid, text, timestamp with time zone, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.check_in_guest(invitation app_public.guest_invitations, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text) RETURNS app_public.check_in_result
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  result app_public.check_in_result;
  me uuid := app_public.current_profile_id();
  action text;
  note text;
begin
  select 'not_found', null::uuid, null::int, app_public.guest_invitations_party_size(invitation),
         g.full_name || coalesce(' + ' || invitation.plus_one_name, ''), null, e.id, e.title,
         invitation.checked_in_at, invitation.checked_in_gate, invitation.status,
         g.category, g.tier,
         (select array_agg(app_private.seat_label(s) order by a.plus_one)
            from app_public.seat_assignments a join app_public.seats s on s.id = a.seat_id
           where a.invitation_id = invitation.id),
         invitation.id
    into result
    from app_public.guests g, app_public.events e
   where g.id = invitation.guest_id and e.id = invitation.event_id;
  if expected_event is not null and invitation.event_id <> expected_event then
    result.outcome := 'wrong_event';
    action := 'refused';
    note := 'invitation to another event';
  elsif invitation.status <> 'accepted' then
    result.outcome := 'not_valid';
    action := 'refused';
    note := 'invitation ' || invitation.status;
  elsif invitation.checked_in_at is null or (method = 'offline_sync' and scanned < invitation.checked_in_at) then
    update app_public.guest_invitations i set checked_in_at = scanned, checked_in_gate = gate, checked_in_by = me
     where i.id = invitation.id;
    result.outcome := 'checked_in';
    result.checked_in_at := scanned;
    result.checked_in_gate := gate;
    action := 'check_in';
  else
    result.outcome := 'already_checked_in';
    action := 'duplicate';
  end if;
  insert into app_public.ticket_check_ins (organization_id, event_id, invitation_id, action, method, gate, device_id,
                                           scanned_at, actor_id, note)
    values (invitation.organization_id, invitation.event_id, invitation.id, action, method, gate, device, scanned, me, note);
  return result;
end;
$$;


--
-- Name: FUNCTION check_in_guest(invitation app_public.guest_invitations, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.check_in_guest(invitation app_public.guest_invitations, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text) IS 'Checks a locked invitation''s party in (or says why not: not accepted, another event, already in) and logs it in the door log, with the same once-only and offline rules as a ticket.';


--
-- Name: check_in_inputs(text, timestamp with time zone, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.check_in_inputs(gate text, scanned_at timestamp with time zone, device_id text) RETURNS void
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if gate is null or length(trim(gate)) = 0 or length(trim(gate)) > 60 then
    raise exception 'Name the gate (1 to 60 characters).' using errcode = 'INVAL';
  end if;
  if length(device_id) > 100 then
    raise exception 'The device id may have at most 100 characters.' using errcode = 'INVAL';
  end if;
end;
$$;


--
-- Name: FUNCTION check_in_inputs(gate text, scanned_at timestamp with time zone, device_id text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.check_in_inputs(gate text, scanned_at timestamp with time zone, device_id text) IS 'Validates the gate and device of a check-in (INVAL).';


--
-- Name: check_invitation_limits(uuid, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.check_invitation_limits(organization uuid, recipient text) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  limits app_private.invitation_limits;
  me uuid := app_public.current_profile_id();
  recipient_key bytea := app_private.email_digest(recipient);
begin
  select * into limits from app_private.invitation_limits;
  -- Counted under locks (always taken in this order) so concurrent
  -- invitations cannot all see the count below the limit.
  perform pg_advisory_xact_lock(hashtextextended('invitation_limits:inviter:' || me::text, 0));
  perform pg_advisory_xact_lock(hashtextextended('invitation_limits:organization:' || organization::text, 0));
  perform pg_advisory_xact_lock(hashtextextended('invitation_limits:recipient:' || encode(recipient_key, 'hex'), 0));
  if (select count(*) from app_private.invitation_log l
       where l.inviter = me and l.created_at > now() - limits.per_inviter_window) >= limits.per_inviter_limit
     or (select count(*) from app_private.invitation_log l
          where l.inviter = me and l.created_at > now() - interval '1 day') >= limits.per_inviter_daily_limit then
    raise exception 'You have sent too many invitations. Try again later.' using errcode = 'RLIMT';
  end if;
  if (select count(*) from app_private.invitation_log l
       where l.organization_id = organization and l.created_at > now() - limits.per_organization_window) >= limits.per_organization_limit then
    raise exception 'This organization has sent too many invitations today. Try again tomorrow.' using errcode = 'RLIMT';
  end if;
  if (select count(*) from app_private.invitation_log l
       where l.recipient_digest = recipient_key and l.created_at > now() - limits.per_recipient_window) >= limits.per_recipient_limit then
    raise exception 'That address has received too many invitations today. Try again tomorrow.' using errcode = 'RLIMT';
  end if;
  delete from app_private.invitation_log l where l.created_at < now() - interval '2 days';
  insert into app_private.invitation_log (inviter, organization_id, recipient_digest) values (me, organization, recipient_key);
end;
$$;


--
-- Name: FUNCTION check_invitation_limits(organization uuid, recipient text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.check_invitation_limits(organization uuid, recipient text) IS 'Raises RLIMT when the signed-in inviter, the organization or the recipient address is over its invitation_limits; otherwise counts this invitation. Serialised per inviter, organization and recipient.';


--
-- Name: checkout_by_access_token(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.checkout_by_access_token(access_token text, OUT booking_id uuid, OUT reference text, OUT status text, OUT amount_in_cents bigint, OUT currency text, OUT buyer_email text, OUT buyer_name text, OUT expires_at timestamp with time zone) RETURNS record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select b.id, b.reference, app_public.bookings_current_status(b), b.total_cop * 100, 'COP', b.buyer_email::text,
         b.buyer_name, b.expires_at
    from app_private.booking_by_access_token(checkout_by_access_token.access_token) b where b.id is not null;
$$;


--
-- Name: FUNCTION checkout_by_access_token(access_token text, OUT booking_id uuid, OUT reference text, OUT status text, OUT amount_in_cents bigint, OUT currency text, OUT buyer_email text, OUT buyer_name text, OUT expires_at timestamp with time zone); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.checkout_by_access_token(access_token text, OUT booking_id uuid, OUT reference text, OUT status text, OUT amount_in_cents bigint, OUT currency text, OUT buyer_email text, OUT buyer_name text, OUT expires_at timestamp with time zone) IS 'Reference, amount in COP cents (total_cop × 100), buyer and status of the booking an access token opens: the inputs of the Wompi integrity signature.';


--
-- Name: claimed_session_id(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.claimed_session_id() RETURNS uuid
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
  select case when current_setting('jwt.claims.session_id', true) ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
              then current_setting('jwt.claims.session_id', true)::uuid end;
$_$;


--
-- Name: FUNCTION claimed_session_id(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.claimed_session_id() IS 'The session id claim as a uuid, or null when missing or malformed.';


--
-- Name: constraint_field(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.constraint_field(constraint_name text) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case constraint_name
    when 'talent_contacts_document_idx' then 'document_number'
    when 'talent_contacts_document_complete' then 'document_number'
    when 'talent_contacts_minor_guardian' then 'guardian_name'
    when 'talent_check' then 'consent_granted_at'
    when 'talent_consent_source_required' then 'consent_source'
    when 'talent_consent_revoked_after_granted' then 'consent_granted_at'
    else (select a.attname::text from pg_constraint k
            join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
           where k.conname = constraint_name and k.connamespace = 'app_public'::regnamespace
             and cardinality(k.conkey) = 1 limit 1)
  end;
$$;


--
-- Name: FUNCTION constraint_field(constraint_name text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.constraint_field(constraint_name text) IS 'The field a constraint of talent or talent_contacts guards, for problems reported by line.';


--
-- Name: contains_pattern(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.contains_pattern(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select '%' || replace(replace(replace(app_private.fold(value), '\', '\\'), '%', '\%'), '_', '\_') || '%';
$$;


--
-- Name: FUNCTION contains_pattern(value text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.contains_pattern(value text) IS 'A LIKE pattern matching folded text that contains the folded value (wildcards in the value are escaped).';


--
-- Name: cop(numeric); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.cop(amount numeric) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
  select '$' || replace(to_char(round(amount), 'FM999G999G999G999G990'), ',', '.');
$_$;


--
-- Name: FUNCTION cop(amount numeric); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.cop(amount numeric) IS 'A COP amount as Colombians write it: $1.250.000 (whole pesos, dots between thousands).';


--
-- Name: email_digest(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.email_digest(email text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select public.digest(lower(trim(email)), 'sha256');
$$;


--
-- Name: FUNCTION email_digest(email text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.email_digest(email text) IS 'SHA-256 of the trimmed, lower-cased address: the key of sign_in_failures and invitation_log.';


--
-- Name: enqueue_account_email(text, text, text, jsonb); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.enqueue_account_email(kind text, recipient text, locale text, details jsonb) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  perform graphile_worker.add_job(
    'send_account_email',
    (jsonb_build_object('kind', kind, 'to', recipient, 'locale', coalesce(locale, 'es-CO')) || coalesce(details, '{}'))::json,
    max_attempts => 10
  );
end;
$$;


--
-- Name: FUNCTION enqueue_account_email(kind text, recipient text, locale text, details jsonb); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.enqueue_account_email(kind text, recipient text, locale text, details jsonb) IS 'Enqueues the send_account_email job (verify_email, account_exists, invitation or password_reset) in the current transaction.';


--
-- Name: enqueue_outbound_message(uuid, text, text, uuid, text, jsonb, text, text, uuid, uuid, boolean, text, text, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.enqueue_outbound_message(organization_id uuid, channel text, recipient_kind text, recipient_id uuid, template_key text, variables jsonb, purpose text, cause_kind text, cause_id uuid, event_id uuid DEFAULT NULL::uuid, urgent boolean DEFAULT false, locale text DEFAULT 'es-CO'::text, rendered_subject text DEFAULT NULL::text, rendered_body text DEFAULT NULL::text, rendered_html text DEFAULT NULL::text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  s app_private.outbox_settings := app_private.outbox_settings_for(organization_id);
  address text;
  name text;
  owner_org uuid;
  consent boolean;
  quiet timestamptz;
  message_id uuid;
  new_status text;
  code text;
begin
  -- The address, copied from the contact data of a person of this organization.
  case recipient_kind
  when 'talent' then
    select t.organization_id, coalesce(t.stage_name, t.full_name),
           case channel when 'email' then c.email::text else c.phone end
      into owner_org, name, address
      from app_public.talent t left join app_public.talent_contacts c on c.talent_id = t.id
     where t.id = recipient_id;
  when 'guest' then
    select g.organization_id, g.full_name, case channel when 'email' then c.email::text else c.phone end
      into owner_org, name, address
      from app_public.guests g left join app_public.guest_contacts c on c.guest_id = g.id
     where g.id = recipient_id;
  when 'vendor' then
    select v.organization_id, coalesce(v.contact_name, v.name),
           case channel when 'email' then v.contact_email::text else v.contact_phone end
      into owner_org, name, address
      from app_public.vendors v where v.id = recipient_id;
  when 'buyer' then
    select b.organization_id, b.buyer_name, case channel when 'email' then b.buyer_email::text end
      into owner_org, name, address
      from app_public.bookings b where b.id = recipient_id;
  when 'account' then
    select enqueue_outbound_message.organization_id, p.full_name, case channel when 'email' then p.email::text end
      into owner_org, name, address
      from app_public.profiles p where p.id = recipient_id;
  else
    raise exception 'Unknown recipient kind "%".', recipient_kind using errcode = 'INVAL';
  end case;
  if owner_org is null or owner_org <> enqueue_outbound_message.organization_id then
    raise exception 'That recipient does not exist.' using errcode = 'NTFND';
  end if;

  consent := app_private.outbox_has_consent(organization_id, channel, purpose, recipient_kind, recipient_id, address);
  if address is null then
    new_status := 'suppressed'; code := 'NO_ADDRESS';
  elsif not consent then
    new_status := 'suppressed'; code := 'NO_CONSENT';
  else
    new_status := 'queued';
  end if;
  quiet := case when urgent then null else app_private.outbox_quiet_until(organization_id, now()) end;

  insert into app_public.outbound_messages as m (
    organization_id, event_id, channel, purpose, recipient_kind,
    talent_id, guest_id, vendor_id, booking_id, profile_id,
    recipient_address, recipient_name, locale, template_key, variables,
    rendered_subject, rendered_body, rendered_html, urgent, status, last_error_code, max_attempts,
    cause_kind, cause_id, scheduled_at)
  values (
    organization_id, event_id, channel, purpose, recipient_kind,
    case recipient_kind when 'talent' then recipient_id end,
    case recipient_kind when 'guest' then recipient_id end,
    case recipient_kind when 'vendor' then recipient_id end,
    case recipient_kind when 'buyer' then recipient_id end,
    case recipient_kind when 'account' then recipient_id end,
    address, name, coalesce(locale, 'es-CO'), template_key, coalesce(variables, '{}'),
    rendered_subject, rendered_body, rendered_html, coalesce(urgent, false), new_status, code, s.max_attempts,
    cause_kind, cause_id, coalesce(quiet, now()))
  on conflict on constraint outbound_messages_idempotent do nothing
  returning m.id into message_id;

  if message_id is null then
    -- Already enqueued (a retried transaction, a second click): the same message.
    select m.id into message_id from app_public.outbound_messages m
     where m.cause_kind = enqueue_outbound_message.cause_kind and m.cause_id = enqueue_outbound_message.cause_id
       and m.channel = enqueue_outbound_message.channel and m.recipient_kind = enqueue_outbound_message.recipient_kind
       and m.recipient_id = enqueue_outbound_message.recipient_id and m.template_key = enqueue_outbound_message.template_key;
    return message_id;
  end if;

  if new_status = 'queued' then
    perform graphile_worker.add_job(
      'send_outbound_message', json_build_object('id', message_id),
      run_at => coalesce(quiet, now()), max_attempts => s.max_attempts,
      job_key => 'outbound_message:' || message_id);
  end if;
  return message_id;
end;
$$;


--
-- Name: FUNCTION enqueue_outbound_message(organization_id uuid, channel text, recipient_kind text, recipient_id uuid, template_key text, variables jsonb, purpose text, cause_kind text, cause_id uuid, event_id uuid, urgent boolean, locale text, rendered_subject text, rendered_body text, rendered_html text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.enqueue_outbound_message(organization_id uuid, channel text, recipient_kind text, recipient_id uuid, template_key text, variables jsonb, purpose text, cause_kind text, cause_id uuid, event_id uuid, urgent boolean, locale text, rendered_subject text, rendered_body text, rendered_html text) IS 'Enqueues one message in the current transaction and returns its id: the row (address copied from the recipient''s contact data; suppressed, with NO_ADDRESS or NO_CONSENT and no job, when there is no address or no consent for the purpose and channel) and its send_outbound_message job (job key outbound_message:<id>, run at the end of quiet hours unless urgent). Idempotent per (cause, channel, recipient, template): enqueued again, even by a concurrent transaction, it returns the first message''s id and adds nothing. recipient_id is the talent, guest, vendor, booking (buyer) or profile (account) id; a recipient of another organization is NTFND. Callers: the business functions and triggers that cause messages.';


--
-- Name: erasure_patterns(text[]); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.erasure_patterns(names text[]) RETURNS text[]
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  -- Longest first, so a full name goes as a whole before a shorter name inside it.
  select coalesce(array_agg(app_private.name_pattern(n) order by length(trim(n)) desc, n), '{}')
    from (select distinct trim(u.raw) as n from unnest(coalesce(names, '{}')) as u(raw) where length(trim(u.raw)) >= 3) found;
$$;


--
-- Name: FUNCTION erasure_patterns(names text[]); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.erasure_patterns(names text[]) IS 'The name patterns of a person''s names (at least 3 characters), longest first.';


--
-- Name: error_reason(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.error_reason(state text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case state
    when '23514' then 'OUT_OF_RANGE' when '23502' then 'REQUIRED' when '23505' then 'ALREADY_EXISTS'
    when '22P02' then 'INVALID_FORMAT' when '22007' then 'INVALID_FORMAT' when '22008' then 'INVALID_FORMAT'
    when '22003' then 'OUT_OF_RANGE' when '22001' then 'TOO_LONG' when '23503' then 'REFERENCE_INVALID'
    when '42501' then 'NOT_ALLOWED' else 'INVALID_INPUT' end;
$$;


--
-- Name: FUNCTION error_reason(state text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.error_reason(state text) IS 'The API reason (server/errors.ts) for an SQLSTATE, for problems reported in a result instead of raised.';


--
-- Name: event_health_checks(uuid, timestamp with time zone); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.event_health_checks(event_id uuid, as_of timestamp with time zone DEFAULT now()) RETURNS jsonb
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  e app_public.events;
  days_left int;
  checks jsonb := '[]';
  r record;
  n int;
  total int;
  missing int;
  sev text;
  schedule app_public.runway_schedules;
  sold int;
  capacity int;
  past_share numeric;
  share numeric;
  spent numeric;
  planned bigint;
begin
  select * into e from app_public.events where id = event_health_checks.event_id;
  if e.id is null then
    return null;
  end if;
  days_left := (e.starts_at at time zone e.timezone)::date - (as_of at time zone e.timezone)::date;

  -- Casting: confirmed models vs the models each brief needs, sooner is worse.
  for r in
    select b.id, b.title, b.models_needed,
           (select count(*) from app_public.model_castings c
             where c.brief_id = b.id and c.organization_id = b.organization_id and c.status = 'confirmed')::int as confirmed
      from app_public.casting_briefs b
     where b.event_id = e.id and b.organization_id = e.organization_id
     order by b.created_at, b.id
  loop
    missing := greatest(r.models_needed - r.confirmed, 0);
    sev := case when missing = 0 then 'green' when days_left <= 14 then 'red' else 'amber' end;
    checks := checks || app_private.health_check(
      'casting:' || r.id, 'casting', sev,
      case when missing = 0 then 'casting.complete' else 'casting.missing' end,
      case when missing = 0 then format('Casting «%s» completo: %s de %s modelos confirmados.', r.title, r.confirmed, r.models_needed)
           else format('Faltan %s %s para «%s» (%s de %s confirmados, %s días para el show).', missing,
                       case when missing = 1 then 'modelo' else 'modelos' end, r.title, r.confirmed, r.models_needed, days_left) end,
      case when missing = 0 then 'none' else 'casting.ask_agent' end,
      case when missing = 0 then 'Nada por hacer.'
           else 'Pide sugerencias al agente de casting para este brief o confirma a las personas de respaldo.' end,
      jsonb_build_object('briefId', r.id, 'brief', r.title, 'needed', r.models_needed, 'confirmed', r.confirmed,
                         'missing', missing, 'daysLeft', days_left));
  end loop;

  -- Looks without a confirmed model (a look's model is always a confirmed one: tg_looks__model_confirmed).
  select count(*)::int, count(*) filter (where l.talent_id is null)::int into total, missing
    from app_public.looks l where l.event_id = e.id and l.organization_id = e.organization_id;
  if total = 0 then
    checks := checks || app_private.health_check('looks', 'looks_without_model',
      case when days_left <= 14 then 'red' else 'amber' end,
      'looks.none', 'Aún no hay looks en la alineación.',
      'looks.upload', 'Pide a cada diseñador su lista de looks y cárgala en Alineación.',
      jsonb_build_object('looks', 0, 'withoutModel', 0, 'daysLeft', days_left));
  else
    checks := checks || app_private.health_check('looks', 'looks_without_model',
      case when missing = 0 then 'green' when days_left <= 7 then 'red' else 'amber' end,
      case when missing = 0 then 'looks.all_cast' else 'looks.missing' end,
      case when missing = 0 then format('Los %s looks tienen modelo confirmado.', total)
           else format('%s de %s looks sin modelo confirmado.', missing, total) end,
      case when missing = 0 then 'none' else 'looks.assign' end,
      case when missing = 0 then 'Nada por hacer.' else 'Asigna una modelo confirmada a cada look en Alineación.' end,
      jsonb_build_object('looks', total, 'withoutModel', missing, 'daysLeft', days_left));
  end if;

  -- Run of show: the published one, else the latest version.
  select * into schedule from app_public.runway_schedules s
   where s.event_id = e.id and s.organization_id = e.organization_id
   order by (s.status = 'published') desc, s.version desc limit 1;
  if schedule.id is null then
    if total > 0 then
      checks := checks || app_private.health_check('run_of_show', 'run_of_show',
        case when days_left <= 7 then 'red' else 'amber' end,
        'run_of_show.missing', 'No hay orden de salida (run of show).',
        'run_of_show.solve', 'Pide al agente de pasarela que resuelva el orden de salida.',
        jsonb_build_object('state', 'missing', 'daysLeft', days_left));
    end if;
  elsif schedule.solver_status = 'infeasible' then
    checks := checks || app_private.health_check('run_of_show', 'run_of_show', 'red',
      'run_of_show.infeasible', 'El orden de salida no es viable: no hay un orden que respete los cambios rápidos.',
      'run_of_show.fix_changes', 'Revisa los cambios de vestuario y las modelos con varios looks, y vuelve a resolver el orden.',
      jsonb_build_object('state', 'infeasible', 'scheduleId', schedule.id, 'daysLeft', days_left));
  elsif schedule.stale_at is not null then
    checks := checks || app_private.health_check('run_of_show', 'run_of_show',
      case when days_left <= 3 then 'red' else 'amber' end,
      'run_of_show.stale', format('El orden de salida está desactualizado (%s cambios desde que se resolvió).',
             jsonb_array_length(schedule.stale_reasons)),
      'run_of_show.solve_again', 'Vuelve a resolver el orden de salida con los cambios de looks y modelos.',
      jsonb_build_object('state', 'stale', 'scheduleId', schedule.id, 'changes', jsonb_array_length(schedule.stale_reasons),
                         'staleSince', schedule.stale_at, 'daysLeft', days_left));
  else
    checks := checks || app_private.health_check('run_of_show', 'run_of_show', 'green',
      'run_of_show.fresh', 'El orden de salida está al día.', 'none', 'Nada por hacer.',
      jsonb_build_object('state', 'fresh', 'scheduleId', schedule.id, 'daysLeft', days_left));
  end if;

  -- Venue.
  if e.venue_id is null then
    checks := checks || app_private.health_check('venue', 'venue',
      case when days_left <= 30 then 'red' else 'amber' end,
      'venue.missing', 'No hay venue confirmado.', 'venue.confirm', 'Confirma el venue y asígnalo al evento.',
      jsonb_build_object('daysLeft', days_left));
  end if;

  -- Vendors: one booked per category the event needs.
  for r in
    select c.category,
           count(v.id) filter (where v.status = 'booked')::int as booked,
           count(v.id) filter (where v.status = 'contacted')::int as contacted
      from unnest(e.required_vendor_categories) as c(category)
      left join app_public.vendor_recommendations v
        on v.event_id = e.id and v.organization_id = e.organization_id and v.category = c.category
     group by c.category
     order by c.category
  loop
    checks := checks || app_private.health_check('vendor:' || r.category, 'vendor',
      case when r.booked > 0 then 'green' when days_left <= 14 then 'red' else 'amber' end,
      case when r.booked > 0 then 'vendor.booked' when r.contacted > 0 then 'vendor.quoting' else 'vendor.missing' end,
      case when r.booked > 0 then format('Proveedor de %s confirmado.', app_private.vendor_category_es(r.category))
           else format('Sin proveedor de %s confirmado%s.', app_private.vendor_category_es(r.category),
                       case when r.contacted > 0 then format(' (%s en cotización)', r.contacted) else '' end) end,
      case when r.booked > 0 then 'none' else 'vendor.recommend' end,
      case when r.booked > 0 then 'Nada por hacer.'
           else format('Pide recomendaciones de %s en Proveedores y reserva uno.', app_private.vendor_category_es(r.category)) end,
      jsonb_build_object('category', r.category, 'booked', r.booked, 'contacted', r.contacted, 'daysLeft', days_left));
  end loop;

  -- Tickets: sold vs capacity vs past events of the organization at the same point before the show.
  if exists (select 1 from app_public.ticket_tiers t where t.event_id = e.id and t.organization_id = e.organization_id) then
    select coalesce(sum(b.quantity) filter (where b.status = 'paid'), 0)::int into sold
      from app_public.bookings b where b.event_id = e.id and b.organization_id = e.organization_id;
    select coalesce(e.capacity, sum(t.quantity))::int into capacity
      from app_public.ticket_tiers t where t.event_id = e.id and t.organization_id = e.organization_id;
    share := case when capacity > 0 then sold::numeric / capacity else 0 end;
    -- The five latest past events that sold tickets: their share sold by the same number of days before.
    select avg(p.share) into past_share from (
      select (select coalesce(sum(b.quantity), 0) from app_public.bookings b
               where b.event_id = pe.id and b.organization_id = pe.organization_id
                 and b.confirmed_at is not null and b.status in ('paid', 'refunded')
                 and b.confirmed_at <= pe.starts_at - make_interval(days => greatest(days_left, 0)))::numeric
             / nullif(coalesce(pe.capacity, (select sum(t.quantity) from app_public.ticket_tiers t
                                              where t.event_id = pe.id and t.organization_id = pe.organization_id)), 0) as share
        from app_public.events pe
       where pe.organization_id = e.organization_id and pe.id <> e.id and pe.starts_at < as_of and pe.status <> 'cancelled'
         and exists (select 1 from app_public.bookings b where b.event_id = pe.id and b.organization_id = pe.organization_id
                        and b.status in ('paid', 'refunded'))
       order by pe.starts_at desc limit 5
    ) p where p.share is not null;
    sev := case
      when past_share is null or past_share = 0 then case when days_left <= 7 and share < 0.5 then 'amber' else 'green' end
      when share < past_share * 0.5 then case when days_left <= 14 then 'red' else 'amber' end
      when share < past_share * 0.8 then 'amber'
      else 'green' end;
    checks := checks || app_private.health_check('ticket_sales', 'ticket_sales', sev,
      case when past_share is null then 'ticket_sales.sold' else 'ticket_sales.sold_vs_past' end,
      format('%s de %s boletas vendidas (%s %%)%s.', sold, capacity, round(share * 100),
             case when past_share is null then ''
                  else format('; a esta altura los eventos anteriores llevaban %s %%', round(past_share * 100)) end),
      case when sev = 'green' then 'none' else 'ticket_sales.promote' end,
      case when sev = 'green' then 'Nada por hacer.'
           else 'Refuerza la promoción (redes, patrocinadores, invitaciones) o revisa precios y preventas.' end,
      jsonb_build_object('sold', sold, 'capacity', capacity, 'share', round(share, 4),
                         'pastShare', round(past_share, 4), 'daysLeft', days_left));
  end if;

  -- Pending reservations and failed payments (last 7 days).
  select count(*) filter (where b.status = 'pending' and b.expires_at > as_of)::int into n
    from app_public.bookings b where b.event_id = e.id and b.organization_id = e.organization_id;
  select count(*)::int into missing
    from app_public.payments p join app_public.bookings b on b.id = p.booking_id and b.organization_id = p.organization_id
   where b.event_id = e.id and b.organization_id = e.organization_id and p.kind = 'charge'
     and p.status in ('DECLINED', 'ERROR') and p.created_at > as_of - interval '7 days';
  if n > 0 or missing > 0 then
    checks := checks || app_private.health_check('payments', 'payments',
      case when missing >= 10 then 'red' when missing > 0 then 'amber' else 'green' end,
      'payments.open', format('%s %s de pago; %s %s en los últimos 7 días.',
             n, case when n = 1 then 'reserva pendiente' else 'reservas pendientes' end,
             missing, case when missing = 1 then 'pago fallido' else 'pagos fallidos' end),
      case when missing > 0 then 'payments.review_declined' else 'payments.pending_expire' end,
      case when missing > 0 then 'Revisa los pagos rechazados en Boletería y contacta a esos compradores.'
           else 'Nada por hacer: las reservas sin pagar vencen solas.' end,
      jsonb_build_object('pendingReservations', n, 'failedPayments', missing));
  end if;

  -- The organization's AI error rate over the last 24 hours (the seed's alert: over 5 %).
  select count(*)::int, count(*) filter (where not l.success)::int into total, missing
    from app_public.ai_agent_logs l
   where l.organization_id = e.organization_id and l.created_at > as_of - interval '24 hours' and l.created_at <= as_of;
  if total > 0 and missing::numeric / total > 0.05 then
    checks := checks || app_private.health_check('ai_errors', 'ai_errors',
      case when missing::numeric / total > 0.25 then 'red' else 'amber' end,
      'ai_errors.rate', format('%s %% de las llamadas a la IA fallaron en las últimas 24 horas (%s de %s).',
             round(100 * missing::numeric / total), missing, total),
      'ai_errors.review', 'Revisa los errores de los agentes (clave, créditos, límites del proveedor) en la configuración de IA.',
      jsonb_build_object('calls', total, 'failed', missing, 'rate', round(missing::numeric / total, 4)));
  end if;

  -- The plan is in event_budgets (money, kept from door staff).
  select b.budget_cop into planned from app_public.event_budgets b
   where b.event_id = e.id and b.organization_id = e.organization_id;
  -- Budget: agreed prices of booked vendors (their minimum price when none was agreed) vs the plan.
  select coalesce(sum(coalesce(v.agreed_price_cop, vd.price_min_cop, 0)), 0) into spent
    from app_public.vendor_recommendations v
    join app_public.vendors vd on vd.id = v.vendor_id and vd.organization_id = v.organization_id
   where v.event_id = e.id and v.organization_id = e.organization_id and v.status = 'booked';
  if planned is null then
    checks := checks || app_private.health_check('budget', 'budget', 'amber',
      'budget.unplanned', format('No hay presupuesto planeado (comprometido: %s).', app_private.cop(spent)),
      'budget.plan', 'Define el presupuesto del evento para poder comparar lo comprometido con lo planeado.',
      jsonb_build_object('spentCop', spent, 'plannedCop', null));
  else
    checks := checks || app_private.health_check('budget', 'budget',
      case when spent > planned then 'red' when spent >= 0.9 * planned then 'amber' else 'green' end,
      'budget.committed', format('Comprometido %s de %s planeados (%s %%).', app_private.cop(spent), app_private.cop(planned),
             case when planned > 0 then round(100 * spent / planned) else 0 end),
      case when spent > planned then 'budget.over' when spent >= 0.9 * planned then 'budget.near' else 'none' end,
      case when spent > planned then 'Renegocia o cambia proveedores, o ajusta el presupuesto con el cliente.'
           when spent >= 0.9 * planned then 'Queda menos del 10 %: revisa las cotizaciones pendientes antes de reservar.'
           else 'Nada por hacer.' end,
      jsonb_build_object('spentCop', spent, 'plannedCop', planned));
  end if;

  -- Worst first, then in the order above.
  return (select coalesce(jsonb_agg(c.value order by
            case c.value ->> 'severity' when 'red' then 0 when 'amber' then 1 else 2 end, c.ordinality), '[]'::jsonb)
            from jsonb_array_elements(checks) with ordinality as c(value, ordinality));
end;
$$;


--
-- Name: FUNCTION event_health_checks(event_id uuid, as_of timestamp with time zone); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.event_health_checks(event_id uuid, as_of timestamp with time zone) IS 'The Event Health checks of one event as of an instant (default now), worst first (see event_health_reports.checks); null when the event does not exist. Days left are calendar days in the event''s time zone. The budget check reads event_budgets.';


--
-- Name: event_health_codes(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.event_health_codes() RETURNS TABLE(kind text, code text)
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  values
    ('title', 'casting.complete'),
    ('title', 'casting.missing'),
    ('title', 'looks.none'),
    ('title', 'looks.all_cast'),
    ('title', 'looks.missing'),
    ('title', 'run_of_show.missing'),
    ('title', 'run_of_show.infeasible'),
    ('title', 'run_of_show.stale'),
    ('title', 'run_of_show.fresh'),
    ('title', 'venue.missing'),
    ('title', 'vendor.booked'),
    ('title', 'vendor.quoting'),
    ('title', 'vendor.missing'),
    ('title', 'ticket_sales.sold'),
    ('title', 'ticket_sales.sold_vs_past'),
    ('title', 'payments.open'),
    ('title', 'ai_errors.rate'),
    ('title', 'budget.unplanned'),
    ('title', 'budget.committed'),
    ('next_step', 'none'),
    ('next_step', 'casting.ask_agent'),
    ('next_step', 'looks.upload'),
    ('next_step', 'looks.assign'),
    ('next_step', 'run_of_show.solve'),
    ('next_step', 'run_of_show.fix_changes'),
    ('next_step', 'run_of_show.solve_again'),
    ('next_step', 'venue.confirm'),
    ('next_step', 'vendor.recommend'),
    ('next_step', 'ticket_sales.promote'),
    ('next_step', 'payments.review_declined'),
    ('next_step', 'payments.pending_expire'),
    ('next_step', 'ai_errors.review'),
    ('next_step', 'budget.plan'),
    ('next_step', 'budget.over'),
    ('next_step', 'budget.near');
$$;


--
-- Name: FUNCTION event_health_codes(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.event_health_codes() IS 'Every Event Health message code: kind title (titleCode of a check) or next_step (nextStepCode). The web translates each (health.checkTitles.<code>, health.nextSteps.<code>) with the check''s facts as parameters.';


--
-- Name: event_health_due(timestamp with time zone); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.event_health_due(as_of timestamp with time zone DEFAULT now()) RETURNS SETOF uuid
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select e.id from app_public.events e
   where e.status in ('draft', 'published') and e.starts_at >= as_of and e.starts_at < as_of + interval '60 days'
   order by e.starts_at, e.id;
$$;


--
-- Name: FUNCTION event_health_due(as_of timestamp with time zone); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.event_health_due(as_of timestamp with time zone) IS 'The events the daily Event Health run checks: draft or published, starting in the next 60 days (from as_of), soonest first.';


--
-- Name: expire_reservations(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.expire_reservations() RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  total int := 0;
  tier uuid;
begin
  for tier in
    select distinct b.tier_id from app_public.bookings b where b.status = 'pending' and b.expires_at <= now()
  loop
    perform 1 from app_public.ticket_tiers t where t.id = tier for update skip locked;
    if found then
      total := total + app_private.expire_tier_reservations(tier);
    end if;
  end loop;
  return total;
end;
$$;


--
-- Name: FUNCTION expire_reservations(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.expire_reservations() IS 'Expires every lapsed reservation whose tier is not locked by a buyer at this moment, releasing their tickets in the same transaction. Run every minute by the worker''s crontab (expire_reservations). Returns how many.';


--
-- Name: expire_tier_reservations(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.expire_tier_reservations(tier_id uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  expired int;
begin
  update app_public.bookings b set status = 'expired', closed_at = now()
   where b.tier_id = expire_tier_reservations.tier_id and b.status = 'pending' and b.expires_at <= now();
  get diagnostics expired = row_count;
  return expired;
end;
$$;


--
-- Name: FUNCTION expire_tier_reservations(tier_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.expire_tier_reservations(tier_id uuid) IS 'Marks the tier''s lapsed reservations expired (their tickets return to sale by the status trigger). The caller must hold the tier row''s lock. Returns how many.';


--
-- Name: file_writer_roles(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.file_writer_roles(purpose text) RETURNS text[]
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case purpose
    when 'talent_photo' then '{owner,admin,casting}'::text[]
    when 'look_photo' then '{owner,admin,producer}'::text[]
    when 'event_cover' then '{owner,admin,producer}'::text[]
    when 'organization_logo' then '{owner,admin}'::text[]
    else '{}'::text[]
  end;
$$;


--
-- Name: FUNCTION file_writer_roles(purpose text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.file_writer_roles(purpose text) IS 'The membership roles that write the rows a file of this purpose is attached to (talent: casting staff; looks and events: producers; logos: admins).';


--
-- Name: fold(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.fold(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select lower(public.unaccent('public.unaccent'::regdictionary, value));
$$;


--
-- Name: FUNCTION fold(value text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.fold(value text) IS 'Text for comparing as people do: lower case, without accents ("Bogotá" → "bogota", "MARÍA" → "maria").';


--
-- Name: forget_identity(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.forget_identity(subject text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  target uuid;
begin
  select id into target from app_public.profiles where auth_subject = subject;
  if target is null then
    return 'unknown';
  end if;
  begin
    delete from app_public.profiles where id = target;
    return 'deleted';
  exception when sqlstate 'OWNER' then
    update app_public.profiles set auth_subject = null where id = target;
    update app_private.sessions set revoked_at = now() where profile_id = target and revoked_at is null;
    return 'detached';
  end;
end;
$$;


--
-- Name: FUNCTION forget_identity(subject text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.forget_identity(subject text) IS 'Removes (or, for a last owner, detaches) the profile of a deleted external identity.';


--
-- Name: guest_category(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.guest_category(value text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case lower(trim(translate(value, 'áéíóúÁÉÍÓÚ', 'aeiouAEIOU')))
    when '' then 'industry'
    when 'press' then 'press' when 'prensa' then 'press'
    when 'buyer' then 'buyer' when 'comprador' then 'buyer' when 'compradora' then 'buyer'
    when 'stylist' then 'stylist' when 'estilista' then 'stylist'
    when 'influencer' then 'influencer' when 'influenciador' then 'influencer' when 'influenciadora' then 'influencer'
    when 'vip' then 'vip'
    when 'designer_guest' then 'designer_guest' when 'designer guest' then 'designer_guest'
    when 'invitado del disenador' then 'designer_guest' when 'invitada del disenador' then 'designer_guest'
    when 'sponsor' then 'sponsor' when 'patrocinador' then 'sponsor'
    when 'industry' then 'industry' when 'industria' then 'industry'
  end;
$$;


--
-- Name: FUNCTION guest_category(value text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.guest_category(value text) IS 'The category code of a list''s category text (press/prensa, buyer/comprador, …; empty: industry), or null when unknown.';


--
-- Name: guest_door_secret(uuid, bytea); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.guest_door_secret(invitation_id uuid, key bytea) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select substring(hmac(convert_to('guest:' || invitation_id::text, 'UTF8'), key, 'sha256') from 1 for 16);
$$;


--
-- Name: FUNCTION guest_door_secret(invitation_id uuid, key bytea); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.guest_door_secret(invitation_id uuid, key bytea) IS 'The 16 secret bytes (128 bits) of an invitation''s door code: HMAC-SHA-256 of its id under the box office key. Same shape as a ticket code, so the door scans both.';


--
-- Name: has_org_role(uuid, text[]); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.has_org_role(org uuid, roles text[]) RETURNS boolean
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select exists (
    select 1 from app_public.memberships m
     where m.organization_id = org
       and m.profile_id = app_public.current_profile_id()
       and m.role = any(roles)
  );
$$;


--
-- Name: FUNCTION has_org_role(org uuid, roles text[]); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.has_org_role(org uuid, roles text[]) IS 'Whether the signed-in profile holds one of the roles in the organization.';


--
-- Name: health_check(text, text, text, text, text, text, text, jsonb); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.health_check(key text, code text, severity text, title_code text, title text, next_step_code text, next_step text, facts jsonb) RETURNS jsonb
    LANGUAGE plpgsql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if not exists (select 1 from app_private.event_health_codes() c where c.kind = 'title' and c.code = title_code)
     or not exists (select 1 from app_private.event_health_codes() c where c.kind = 'next_step' and c.code = next_step_code) then
    raise exception 'Unknown Event Health message code: % / %', title_code, next_step_code;
  end if;
  return jsonb_build_object('key', key, 'code', code, 'severity', severity, 'titleCode', title_code, 'title', title,
                            'nextStepCode', next_step_code, 'nextStep', next_step, 'facts', coalesce(facts, '{}'::jsonb));
end;
$$;


--
-- Name: FUNCTION health_check(key text, code text, severity text, title_code text, title text, next_step_code text, next_step text, facts jsonb); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.health_check(key text, code text, severity text, title_code text, title text, next_step_code text, next_step text, facts jsonb) IS 'Builds one Event Health check: {key, code, severity (red, amber, green), titleCode, title (es-CO), nextStepCode, nextStep (es-CO), facts}; an unknown message code (see event_health_codes()) is a bug and raises.';


--
-- Name: identity_settings; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.identity_settings (
    id boolean DEFAULT true NOT NULL,
    invitation_ttl interval DEFAULT '7 days'::interval NOT NULL,
    email_verification_ttl interval DEFAULT '24:00:00'::interval NOT NULL,
    verification_emails_per_hour integer DEFAULT 5 NOT NULL,
    registration_notice_interval interval DEFAULT '01:00:00'::interval NOT NULL,
    password_reset_ttl interval DEFAULT '01:00:00'::interval NOT NULL,
    password_reset_emails_per_hour integer DEFAULT 5 NOT NULL,
    CONSTRAINT identity_settings_email_verification_ttl_check CHECK ((email_verification_ttl > '00:00:00'::interval)),
    CONSTRAINT identity_settings_id_check CHECK (id),
    CONSTRAINT identity_settings_invitation_ttl_check CHECK ((invitation_ttl > '00:00:00'::interval)),
    CONSTRAINT identity_settings_password_reset_emails_per_hour_check CHECK ((password_reset_emails_per_hour >= 1)),
    CONSTRAINT identity_settings_password_reset_ttl_check CHECK ((password_reset_ttl > '00:00:00'::interval)),
    CONSTRAINT identity_settings_registration_notice_interval_check CHECK ((registration_notice_interval >= '00:00:00'::interval)),
    CONSTRAINT identity_settings_verification_emails_per_hour_check CHECK ((verification_emails_per_hour >= 1))
);


--
-- Name: TABLE identity_settings; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.identity_settings IS 'Identity settings (one row): invitation lifetime (default 7 days), verification link lifetime (24 hours), verification mails per account per hour (5), least time between two "someone tried to register with your email" notices to one account (1 hour), password reset link lifetime (1 hour) and reset mails per account per hour (5).';


--
-- Name: identity_settings(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.identity_settings() RETURNS app_private.identity_settings
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select * from app_private.identity_settings where id;
$$;


--
-- Name: FUNCTION identity_settings(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.identity_settings() IS 'The identity_settings row.';


--
-- Name: invitation_by_rsvp_token(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.invitation_by_rsvp_token(token text) RETURNS app_public.guest_invitations
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select i.* from app_public.guest_invitations i
   where i.rsvp_hash = app_private.access_token_hash(token)
     and i.status <> 'cancelled' and i.rsvp_expires_at > now();
$$;


--
-- Name: FUNCTION invitation_by_rsvp_token(token text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.invitation_by_rsvp_token(token text) IS 'The invitation an RSVP token opens (current link version, not cancelled, not expired), or null.';


--
-- Name: invitation_expiry(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.invitation_expiry() RETURNS timestamp with time zone
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select now() + (app_private.identity_settings()).invitation_ttl;
$$;


--
-- Name: FUNCTION invitation_expiry(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.invitation_expiry() IS 'now() plus identity_settings.invitation_ttl: when an invitation sent now expires.';


--
-- Name: is_closed_vocabulary(regclass, smallint); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.is_closed_vocabulary(table_name regclass, column_number smallint) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select exists (
    select 1 from pg_constraint k
      join pg_attribute a on a.attrelid = k.conrelid and a.attnum = column_number
     where k.conrelid = table_name and k.contype = 'c' and k.conkey = array[column_number]
       and pg_get_constraintdef(k.oid) ~ ('^CHECK \(\(' || a.attname || ' = ANY \(ARRAY\['));
$$;


--
-- Name: FUNCTION is_closed_vocabulary(table_name regclass, column_number smallint); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.is_closed_vocabulary(table_name regclass, column_number smallint) IS 'Whether a check constraint limits the column to a list of values.';


--
-- Name: is_membership_role(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.is_membership_role(role text) RETURNS boolean
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select role in ('owner', 'admin', 'producer', 'casting', 'viewer', 'door');
$$;


--
-- Name: FUNCTION is_membership_role(role text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.is_membership_role(role text) IS 'Whether a text names a membership role.';


--
-- Name: is_request_role(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.is_request_role() RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select current_setting('role') in (':DATABASE_ANONYMOUS', ':DATABASE_MEMBER');
$$;


--
-- Name: FUNCTION is_request_role(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.is_request_role() IS 'Whether the statement runs for an API request (the anonymous or member role the authenticator switched to), as opposed to the owner (worker, migrations, fixtures). Read from the role setting, which SECURITY DEFINER functions do not change. Trust is decided by this, never by whether a profile is signed in.';


--
-- Name: is_time_zone(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.is_time_zone(name text) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ select name = any ('{Africa/Abidjan,Africa/Accra,Africa/Addis_Ababa,Africa/Algiers,Africa/Asmara,Africa/Asmera,Africa/Bamako,Africa/Bangui,Africa/Banjul,Africa/Bissau,Africa/Blantyre,Africa/Brazzaville,Africa/Bujumbura,Africa/Cairo,Africa/Casablanca,Africa/Ceuta,Africa/Conakry,Africa/Dakar,Africa/Dar_es_Salaam,Africa/Djibouti,Africa/Douala,Africa/El_Aaiun,Africa/Freetown,Africa/Gaborone,Africa/Harare,Africa/Johannesburg,Africa/Juba,Africa/Kampala,Africa/Khartoum,Africa/Kigali,Africa/Kinshasa,Africa/Lagos,Africa/Libreville,Africa/Lome,Africa/Luanda,Africa/Lubumbashi,Africa/Lusaka,Africa/Malabo,Africa/Maputo,Africa/Maseru,Africa/Mbabane,Africa/Mogadishu,Africa/Monrovia,Africa/Nairobi,Africa/Ndjamena,Africa/Niamey,Africa/Nouakchott,Africa/Ouagadougou,Africa/Porto-Novo,Africa/Sao_Tome,Africa/Timbuktu,Africa/Tripoli,Africa/Tunis,Africa/Windhoek,America/Adak,America/Anchorage,America/Anguilla,America/Antigua,America/Araguaina,America/Argentina/Buenos_Aires,America/Argentina/Catamarca,America/Argentina/ComodRivadavia,America/Argentina/Cordoba,America/Argentina/Jujuy,America/Argentina/La_Rioja,America/Argentina/Mendoza,America/Argentina/Rio_Gallegos,America/Argentina/Salta,America/Argentina/San_Juan,America/Argentina/San_Luis,America/Argentina/Tucuman,America/Argentina/Ushuaia,America/Aruba,America/Asuncion,America/Atikokan,America/Atka,America/Bahia,America/Bahia_Banderas,America/Barbados,America/Belem,America/Belize,America/Blanc-Sablon,America/Boa_Vista,America/Bogota,America/Boise,America/Buenos_Aires,America/Cambridge_Bay,America/Campo_Grande,America/Cancun,America/Caracas,America/Catamarca,America/Cayenne,America/Cayman,America/Chicago,America/Chihuahua,America/Ciudad_Juarez,America/Coral_Harbour,America/Cordoba,America/Costa_Rica,America/Coyhaique,America/Creston,America/Cuiaba,America/Curacao,America/Danmarkshavn,America/Dawson,America/Dawson_Creek,America/Denver,America/Detroit,America/Dominica,America/Edmonton,America/Eirunepe,America/El_Salvador,America/Ensenada,America/Fort_Nelson,America/Fort_Wayne,America/Fortaleza,America/Glace_Bay,America/Godthab,America/Goose_Bay,America/Grand_Turk,America/Grenada,America/Guadeloupe,America/Guatemala,America/Guayaquil,America/Guyana,America/Halifax,America/Havana,America/Hermosillo,America/Indiana/Indianapolis,America/Indiana/Knox,America/Indiana/Marengo,America/Indiana/Petersburg,America/Indiana/Tell_City,America/Indiana/Vevay,America/Indiana/Vincennes,America/Indiana/Winamac,America/Indianapolis,America/Inuvik,America/Iqaluit,America/Jamaica,America/Jujuy,America/Juneau,America/Kentucky/Louisville,America/Kentucky/Monticello,America/Knox_IN,America/Kralendijk,America/La_Paz,America/Lima,America/Los_Angeles,America/Louisville,America/Lower_Princes,America/Maceio,America/Managua,America/Manaus,America/Marigot,America/Martinique,America/Matamoros,America/Mazatlan,America/Mendoza,America/Menominee,America/Merida,America/Metlakatla,America/Mexico_City,America/Miquelon,America/Moncton,America/Monterrey,America/Montevideo,America/Montreal,America/Montserrat,America/Nassau,America/New_York,America/Nipigon,America/Nome,America/Noronha,America/North_Dakota/Beulah,America/North_Dakota/Center,America/North_Dakota/New_Salem,America/Nuuk,America/Ojinaga,America/Panama,America/Pangnirtung,America/Paramaribo,America/Phoenix,America/Port-au-Prince,America/Port_of_Spain,America/Porto_Acre,America/Porto_Velho,America/Puerto_Rico,America/Punta_Arenas,America/Rainy_River,America/Rankin_Inlet,America/Recife,America/Regina,America/Resolute,America/Rio_Branco,America/Rosario,America/Santa_Isabel,America/Santarem,America/Santiago,America/Santo_Domingo,America/Sao_Paulo,America/Scoresbysund,America/Shiprock,America/Sitka,America/St_Barthelemy,America/St_Johns,America/St_Kitts,America/St_Lucia,America/St_Thomas,America/St_Vincent,America/Swift_Current,America/Tegucigalpa,America/Thule,America/Thunder_Bay,America/Tijuana,America/Toronto,America/Tortola,America/Vancouver,America/Virgin,America/Whitehorse,America/Winnipeg,America/Yakutat,America/Yellowknife,Antarctica/Casey,Antarctica/Davis,Antarctica/DumontDUrville,Antarctica/Macquarie,Antarctica/Mawson,Antarctica/McMurdo,Antarctica/Palmer,Antarctica/Rothera,Antarctica/South_Pole,Antarctica/Syowa,Antarctica/Troll,Antarctica/Vostok,Arctic/Longyearbyen,Asia/Aden,Asia/Almaty,Asia/Amman,Asia/Anadyr,Asia/Aqtau,Asia/Aqtobe,Asia/Ashgabat,Asia/Ashkhabad,Asia/Atyrau,Asia/Baghdad,Asia/Bahrain,Asia/Baku,Asia/Bangkok,Asia/Barnaul,Asia/Beirut,Asia/Bishkek,Asia/Brunei,Asia/Calcutta,Asia/Chita,Asia/Choibalsan,Asia/Chongqing,Asia/Chungking,Asia/Colombo,Asia/Dacca,Asia/Damascus,Asia/Dhaka,Asia/Dili,Asia/Dubai,Asia/Dushanbe,Asia/Famagusta,Asia/Gaza,Asia/Harbin,Asia/Hebron,Asia/Ho_Chi_Minh,Asia/Hong_Kong,Asia/Hovd,Asia/Irkutsk,Asia/Istanbul,Asia/Jakarta,Asia/Jayapura,Asia/Jerusalem,Asia/Kabul,Asia/Kamchatka,Asia/Karachi,Asia/Kashgar,Asia/Kathmandu,Asia/Katmandu,Asia/Khandyga,Asia/Kolkata,Asia/Krasnoyarsk,Asia/Kuala_Lumpur,Asia/Kuching,Asia/Kuwait,Asia/Macao,Asia/Macau,Asia/Magadan,Asia/Makassar,Asia/Manila,Asia/Muscat,Asia/Nicosia,Asia/Novokuznetsk,Asia/Novosibirsk,Asia/Omsk,Asia/Oral,Asia/Phnom_Penh,Asia/Pontianak,Asia/Pyongyang,Asia/Qatar,Asia/Qostanay,Asia/Qyzylorda,Asia/Rangoon,Asia/Riyadh,Asia/Saigon,Asia/Sakhalin,Asia/Samarkand,Asia/Seoul,Asia/Shanghai,Asia/Singapore,Asia/Srednekolymsk,Asia/Taipei,Asia/Tashkent,Asia/Tbilisi,Asia/Tehran,Asia/Tel_Aviv,Asia/Thimbu,Asia/Thimphu,Asia/Tokyo,Asia/Tomsk,Asia/Ujung_Pandang,Asia/Ulaanbaatar,Asia/Ulan_Bator,Asia/Urumqi,Asia/Ust-Nera,Asia/Vientiane,Asia/Vladivostok,Asia/Yakutsk,Asia/Yangon,Asia/Yekaterinburg,Asia/Yerevan,Atlantic/Azores,Atlantic/Bermuda,Atlantic/Canary,Atlantic/Cape_Verde,Atlantic/Faeroe,Atlantic/Faroe,Atlantic/Jan_Mayen,Atlantic/Madeira,Atlantic/Reykjavik,Atlantic/South_Georgia,Atlantic/St_Helena,Atlantic/Stanley,Australia/ACT,Australia/Adelaide,Australia/Brisbane,Australia/Broken_Hill,Australia/Canberra,Australia/Currie,Australia/Darwin,Australia/Eucla,Australia/Hobart,Australia/LHI,Australia/Lindeman,Australia/Lord_Howe,Australia/Melbourne,Australia/NSW,Australia/North,Australia/Perth,Australia/Queensland,Australia/South,Australia/Sydney,Australia/Tasmania,Australia/Victoria,Australia/West,Australia/Yancowinna,Brazil/Acre,Brazil/DeNoronha,Brazil/East,Brazil/West,CET,CST6CDT,Canada/Atlantic,Canada/Central,Canada/Eastern,Canada/Mountain,Canada/Newfoundland,Canada/Pacific,Canada/Saskatchewan,Canada/Yukon,Chile/Continental,Chile/EasterIsland,Cuba,EET,EST,EST5EDT,Egypt,Eire,Etc/GMT,Etc/GMT+0,Etc/GMT+1,Etc/GMT+10,Etc/GMT+11,Etc/GMT+12,Etc/GMT+2,Etc/GMT+3,Etc/GMT+4,Etc/GMT+5,Etc/GMT+6,Etc/GMT+7,Etc/GMT+8,Etc/GMT+9,Etc/GMT-0,Etc/GMT-1,Etc/GMT-10,Etc/GMT-11,Etc/GMT-12,Etc/GMT-13,Etc/GMT-14,Etc/GMT-2,Etc/GMT-3,Etc/GMT-4,Etc/GMT-5,Etc/GMT-6,Etc/GMT-7,Etc/GMT-8,Etc/GMT-9,Etc/GMT0,Etc/Greenwich,Etc/UCT,Etc/UTC,Etc/Universal,Etc/Zulu,Europe/Amsterdam,Europe/Andorra,Europe/Astrakhan,Europe/Athens,Europe/Belfast,Europe/Belgrade,Europe/Berlin,Europe/Bratislava,Europe/Brussels,Europe/Bucharest,Europe/Budapest,Europe/Busingen,Europe/Chisinau,Europe/Copenhagen,Europe/Dublin,Europe/Gibraltar,Europe/Guernsey,Europe/Helsinki,Europe/Isle_of_Man,Europe/Istanbul,Europe/Jersey,Europe/Kaliningrad,Europe/Kiev,Europe/Kirov,Europe/Kyiv,Europe/Lisbon,Europe/Ljubljana,Europe/London,Europe/Luxembourg,Europe/Madrid,Europe/Malta,Europe/Mariehamn,Europe/Minsk,Europe/Monaco,Europe/Moscow,Europe/Nicosia,Europe/Oslo,Europe/Paris,Europe/Podgorica,Europe/Prague,Europe/Riga,Europe/Rome,Europe/Samara,Europe/San_Marino,Europe/Sarajevo,Europe/Saratov,Europe/Simferopol,Europe/Skopje,Europe/Sofia,Europe/Stockholm,Europe/Tallinn,Europe/Tirane,Europe/Tiraspol,Europe/Ulyanovsk,Europe/Uzhgorod,Europe/Vaduz,Europe/Vatican,Europe/Vienna,Europe/Vilnius,Europe/Volgograd,Europe/Warsaw,Europe/Zagreb,Europe/Zaporozhye,Europe/Zurich,GB,GB-Eire,GMT,GMT+0,GMT-0,GMT0,Greenwich,HST,Hongkong,Iceland,Indian/Antananarivo,Indian/Chagos,Indian/Christmas,Indian/Cocos,Indian/Comoro,Indian/Kerguelen,Indian/Mahe,Indian/Maldives,Indian/Mauritius,Indian/Mayotte,Indian/Reunion,Iran,Israel,Jamaica,Japan,Kwajalein,Libya,MET,MST,MST7MDT,Mexico/BajaNorte,Mexico/BajaSur,Mexico/General,NZ,NZ-CHAT,Navajo,PRC,PST8PDT,Pacific/Apia,Pacific/Auckland,Pacific/Bougainville,Pacific/Chatham,Pacific/Chuuk,Pacific/Easter,Pacific/Efate,Pacific/Enderbury,Pacific/Fakaofo,Pacific/Fiji,Pacific/Funafuti,Pacific/Galapagos,Pacific/Gambier,Pacific/Guadalcanal,Pacific/Guam,Pacific/Honolulu,Pacific/Johnston,Pacific/Kanton,Pacific/Kiritimati,Pacific/Kosrae,Pacific/Kwajalein,Pacific/Majuro,Pacific/Marquesas,Pacific/Midway,Pacific/Nauru,Pacific/Niue,Pacific/Norfolk,Pacific/Noumea,Pacific/Pago_Pago,Pacific/Palau,Pacific/Pitcairn,Pacific/Pohnpei,Pacific/Ponape,Pacific/Port_Moresby,Pacific/Rarotonga,Pacific/Saipan,Pacific/Samoa,Pacific/Tahiti,Pacific/Tarawa,Pacific/Tongatapu,Pacific/Truk,Pacific/Wake,Pacific/Wallis,Pacific/Yap,Poland,Portugal,ROC,ROK,Singapore,Turkey,UCT,US/Alaska,US/Aleutian,US/Arizona,US/Central,US/East-Indiana,US/Eastern,US/Hawaii,US/Indiana-Starke,US/Michigan,US/Mountain,US/Pacific,US/Samoa,UTC,Universal,W-SU,WET,Zulu}'::text[]) $$;


--
-- Name: FUNCTION is_time_zone(name text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.is_time_zone(name text) IS 'Whether a text is an IANA time zone name as pg_timezone_names spells it (e.g. America/Bogota). Immutable: the list is a literal written by app_private.refresh_time_zones().';


--
-- Name: issue_email_verification(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.issue_email_verification(profile_id uuid) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  settings app_private.identity_settings := app_private.identity_settings();
  profile app_public.profiles;
  token text := encode(gen_random_bytes(32), 'hex');
  expires timestamptz := now() + settings.email_verification_ttl;
begin
  select p.* into profile from app_public.profiles p where p.id = issue_email_verification.profile_id;
  if profile.id is null or profile.email_verified_at is not null then
    return false;
  end if;
  if (select count(*) from app_private.email_verification_tokens t
       where t.profile_id = profile.id and t.created_at > now() - interval '1 hour') >= settings.verification_emails_per_hour then
    return false;
  end if;
  insert into app_private.email_verification_tokens (profile_id, email, token_hash, expires_at)
    values (profile.id, profile.email, encode(digest(token, 'sha256'), 'hex'), expires);
  perform app_private.enqueue_account_email('verify_email', profile.email, profile.locale,
    jsonb_build_object('token', token, 'expiresAt', expires));
  return true;
end;
$$;


--
-- Name: FUNCTION issue_email_verification(profile_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.issue_email_verification(profile_id uuid) IS 'For a signed-in account whose address is not verified (an identity-provider account, or one from before pending registrations): a verification token (stored hashed, expiring after identity_settings.email_verification_ttl) and its mail; false when verified already or over verification_emails_per_hour for this account. Only that account''s own session spends its budget.';


--
-- Name: like_escape(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.like_escape(value text) RETURNS text
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select replace(replace(replace(value, '\', '\\'), '%', '\%'), '_', '\_');
$$;


--
-- Name: FUNCTION like_escape(value text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.like_escape(value text) IS 'The text with LIKE''s wildcards (%, _) and escape character taken literally.';


--
-- Name: link_identity(text, text, boolean, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.link_identity(subject text, email text, email_verified boolean, full_name text, avatar_url text) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  profile app_public.profiles;
  holder app_public.profiles;
  name text := left(coalesce(nullif(trim(link_identity.full_name), ''), split_part(link_identity.email, '@', 1)), 200);
begin
  select p.* into profile from app_public.profiles p where p.auth_subject = link_identity.subject for update;
  if profile.id is not null then
    if profile.email = link_identity.email::citext then
      update app_public.profiles p
         set full_name = name,
             avatar_url = coalesce(link_identity.avatar_url, p.avatar_url),
             email_verified_at = coalesce(p.email_verified_at, case when email_verified then now() end)
       where p.id = profile.id;
      return jsonb_build_object('outcome', 'updated', 'profileId', profile.id);
    end if;
    if exists (select 1 from app_public.profiles p where p.email = link_identity.email::citext) then
      -- Another account holds the new address: keep the old one.
      update app_public.profiles p set full_name = name, avatar_url = coalesce(link_identity.avatar_url, p.avatar_url)
       where p.id = profile.id;
      return jsonb_build_object('outcome', 'email_taken', 'profileId', profile.id);
    end if;
    update app_public.profiles p
       set email = link_identity.email, full_name = name,
           avatar_url = coalesce(link_identity.avatar_url, p.avatar_url),
           email_verified_at = case when email_verified then now() end
     where p.id = profile.id;
    update app_private.email_verification_tokens t set used_at = now() where t.profile_id = profile.id and t.used_at is null;
    return jsonb_build_object('outcome', 'updated', 'profileId', profile.id);
  end if;

  select p.* into holder from app_public.profiles p where p.email = link_identity.email::citext for update;
  if holder.id is null then
    insert into app_public.profiles (email, full_name, avatar_url, auth_subject, email_verified_at)
      values (link_identity.email, name, link_identity.avatar_url, link_identity.subject,
              case when email_verified then now() end)
      returning * into profile;
    if email_verified then
      -- The provider proved who owns the address: pending registrations of it die.
      delete from app_private.pending_registrations r where r.email = link_identity.email::citext;
    end if;
    return jsonb_build_object('outcome', 'created', 'profileId', profile.id);
  end if;
  if holder.auth_subject is not null then
    return jsonb_build_object('outcome', 'not_linked_email_taken', 'profileId', null);
  end if;
  if not email_verified then
    -- The provider has not verified the address: it proves nothing about who owns this account.
    return jsonb_build_object('outcome', 'not_linked_unverified', 'profileId', null);
  end if;
  delete from app_private.pending_registrations r where r.email = link_identity.email::citext;
  if holder.email_verified_at is not null then
    update app_public.profiles p set auth_subject = link_identity.subject, avatar_url = coalesce(link_identity.avatar_url, p.avatar_url)
     where p.id = holder.id;
    return jsonb_build_object('outcome', 'linked', 'profileId', holder.id);
  end if;
  -- The account claims an address its password holder never verified; the
  -- provider says this identity owns it. The identity takes the account over.
  update app_public.profiles p
     set auth_subject = link_identity.subject, full_name = name, avatar_url = link_identity.avatar_url,
         email_verified_at = now()
   where p.id = holder.id;
  update app_private.profile_secrets s set password_hash = null where s.profile_id = holder.id;
  update app_private.sessions s set revoked_at = now() where s.profile_id = holder.id and s.revoked_at is null;
  update app_private.email_verification_tokens t set used_at = now() where t.profile_id = holder.id and t.used_at is null;
  return jsonb_build_object('outcome', 'linked_password_dropped', 'profileId', holder.id);
end;
$$;


--
-- Name: FUNCTION link_identity(subject text, email text, email_verified boolean, full_name text, avatar_url text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.link_identity(subject text, email text, email_verified boolean, full_name text, avatar_url text) IS 'Creates, updates or links the profile of an identity-provider user (Clerk user.created / user.updated). Links to an existing account by email only when the provider verified the email; drops the password and sessions of an account whose email its password holder never verified; a provider-verified address ends its pending registrations. Returns {outcome, profileId}.';


--
-- Name: lock_booking(uuid, text[]); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.lock_booking(booking_id uuid, roles text[]) RETURNS app_public.bookings
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  booking app_public.bookings;
begin
  select * into booking from app_public.bookings b where b.id = lock_booking.booking_id;
  if booking.id is null or not app_private.has_org_role(booking.organization_id, roles) then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That booking does not exist.' using errcode = 'NTFND';
  end if;
  perform 1 from app_public.ticket_tiers t where t.id = booking.tier_id for update;
  select * into booking from app_public.bookings b where b.id = booking.id for update;
  return booking;
end;
$$;


--
-- Name: FUNCTION lock_booking(booking_id uuid, roles text[]); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.lock_booking(booking_id uuid, roles text[]) IS 'Locks a booking''s tier, then the booking, for a caller holding one of the roles in its organization; LOGIN or NTFND (another organization''s booking is answered like a missing one).';


--
-- Name: lock_event_guests(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.lock_event_guests(event_id uuid, OUT capacity integer, OUT accepted integer) RETURNS record
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  select e.guest_capacity into capacity from app_public.events e where e.id = lock_event_guests.event_id for update;
  select coalesce(sum(app_public.guest_invitations_party_size(i)), 0)::int into accepted
    from app_public.guest_invitations i where i.event_id = lock_event_guests.event_id and i.status = 'accepted';
end;
$$;


--
-- Name: FUNCTION lock_event_guests(event_id uuid, OUT capacity integer, OUT accepted integer); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.lock_event_guests(event_id uuid, OUT capacity integer, OUT accepted integer) IS 'Locks the event row (the guest capacity lock) and counts the people of its accepted invitations.';


--
-- Name: lock_invitation(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.lock_invitation(invitation_id uuid) RETURNS app_public.guest_invitations
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  invitation app_public.guest_invitations;
begin
  select * into invitation from app_public.guest_invitations i where i.id = lock_invitation.invitation_id;
  if invitation.id is null or not app_private.has_org_role(invitation.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That invitation does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.lock_event_guests(invitation.event_id);
  select * into invitation from app_public.guest_invitations i where i.id = invitation.id for update;
  return invitation;
end;
$$;


--
-- Name: FUNCTION lock_invitation(invitation_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.lock_invitation(invitation_id uuid) IS 'Finds an invitation for its producers (else NTFND, or LOGIN for visitors) and locks its event, then it.';


--
-- Name: mark_runway_stale(uuid, jsonb, boolean); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.mark_runway_stale(event_id uuid, reason jsonb, fixed_order_only boolean DEFAULT false) RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  update app_public.runway_schedules s
     set stale_at = coalesce(s.stale_at, now()),
         stale_reasons = (
           select coalesce(jsonb_agg(r.value order by r.ordinality), '[]')
             from jsonb_array_elements(s.stale_reasons || jsonb_build_array(reason || jsonb_build_object('at', now())))
                  with ordinality r
            where r.ordinality > jsonb_array_length(s.stale_reasons) + 1 - 50
         )
   where s.event_id = mark_runway_stale.event_id
     and s.solved_at is not null
     and (not fixed_order_only or s.block_order = 'fixed');
end;
$$;


--
-- Name: FUNCTION mark_runway_stale(event_id uuid, reason jsonb, fixed_order_only boolean); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.mark_runway_stale(event_id uuid, reason jsonb, fixed_order_only boolean) IS 'Marks the solved run-of-show schedules of an event stale and appends the reason (keeps the last 50). SECURITY DEFINER: a casting change must mark a schedule its author cannot edit.';


--
-- Name: mask_number(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.mask_number(number text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
  select case when number is null then null
              when number ~ '^57[0-9]{10}$' then '+57 ••• ••• ' || right(number, 4)
              else '+' || left(number, 2) || ' ••• ' || right(number, 4) end;
$_$;


--
-- Name: FUNCTION mask_number(number text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.mask_number(number text) IS 'A WhatsApp number with all but its country code and last four digits hidden, for the inbox.';


--
-- Name: mentions_person(text, uuid, text[]); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.mentions_person(value text, person uuid, names text[]) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select value is not null and (
    strpos(lower(value), person::text) > 0
    or exists (select 1 from unnest(app_private.erasure_patterns(names)) p where value ~* p)
  );
$$;


--
-- Name: FUNCTION mentions_person(value text, person uuid, names text[]); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.mentions_person(value text, person uuid, names text[]) IS 'Whether a text holds a person''s id or one of their names as whole words (any case, with or without accents).';


--
-- Name: model_casting_candidates(uuid, integer); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.model_casting_candidates(brief_id uuid, max_candidates integer) RETURNS TABLE(talent_id uuid, display_name text, agency text, city text, willing_to_travel boolean, division text, height_cm integer, bust_cm integer, waist_cm integer, hips_cm integer, shoe_eu numeric, hair_color text, eye_color text, is_minor boolean, measurements_taken_on date, fit_score numeric)
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  b record;
  boards text[];
  large boolean := false;
  -- Half-widths of the band in cm.
  widths int[] := array[0, 1, 2, 4, 8, 16, 20];
  width int;
  -- The band as whole centimetres: an integer comparison is an index condition (and leakproof, so
  -- it reaches through the security-barrier view); a numeric one would be a filter on every row.
  low int;
  high int;
  ids uuid[];
  fits numeric[];
begin
  if coalesce(max_candidates, 0) <= 0 then
    return;
  end if;
  select bb.organization_id, bb.event_id, bb.divisions, bb.cities, bb.height_min_cm, bb.height_max_cm,
         'kids' = any(bb.divisions) as kids, tstzrange(e.starts_at, e.ends_at) as event_period,
         (coalesce(bb.height_min_cm, 0) + coalesce(bb.height_max_cm, 250)) / 2.0 as height_target
    into b
    from app_public.casting_briefs bb join app_public.events e on e.id = bb.event_id
   where bb.id = model_casting_candidates.brief_id;
  if not found then
    return;
  end if;

  -- Bands pay off on a large roster (the probe stops at 2,000 index entries) and need a height
  -- range (without one, people without a height rank at the target, everyone else far from it).
  if b.height_min_cm is not null and b.height_max_cm is not null then
    select count(*) >= 2000 into large
      from (select 1 from app_public.talent t where t.organization_id = b.organization_id limit 2000) roster;
  end if;
  if large then
    -- No board named means every board; listing them lets the index serve the band.
    boards := case when cardinality(b.divisions) = 0
                   then array['women', 'men', 'non_binary', 'kids', 'curve', 'petite', 'mature']
                   else b.divisions end;
    foreach width in array widths loop
      -- A band that covers the whole height range is the one pass below.
      exit when b.height_target - width <= b.height_min_cm and b.height_target + width >= b.height_max_cm;
      low := greatest(ceil(b.height_target - width), b.height_min_cm);
      high := least(floor(b.height_target + width), b.height_max_cm);
      select array_agg(q.id order by q.fit desc, q.id), array_agg(q.fit order by q.fit desc, q.id)
        into ids, fits
        from (
          select c.id,
                 round(
                   100
                   - least(40, abs(c.height_cm - b.height_target) * 2)
                   - case when cardinality(b.cities) = 0 or c.city = any(b.cities) then 0 else 15 end
                   - case when c.measurements_taken_on is null or c.measurements_taken_on < current_date - 365 then 10 else 0 end
                 , 1) as fit
            from app_private.ai_talent_candidates c
           where c.organization_id = b.organization_id
             and c.division = any(boards)
             and c.height_cm between low and high
             and (cardinality(b.cities) = 0 or c.city = any(b.cities) or c.willing_to_travel)
             and (not c.is_minor or b.kids)
             and not exists (
               select 1 from app_public.talent_availability a where a.talent_id = c.id and a.period && b.event_period
             )
             and not exists (
               select 1 from app_public.model_castings m where m.event_id = b.event_id and m.talent_id = c.id
             )
           order by fit desc, c.id
           limit max_candidates
        ) q;
      -- Done when the band's worst kept fit is above the best fit of anyone outside it: 2 × the
      -- distance is a whole number, so the nearest outsider is at least 2 × width + 1 from the target.
      if coalesce(cardinality(ids), 0) >= max_candidates and fits[max_candidates] > 100 - least(40, 2 * width + 1) then
        return query
          select c.id, c.display_name, c.agency, c.city, c.willing_to_travel, c.division, c.height_cm, c.bust_cm,
                 c.waist_cm, c.hips_cm, c.shoe_eu, c.hair_color, c.eye_color, c.is_minor, c.measurements_taken_on,
                 fits[array_position(ids, c.id)]
            from app_private.ai_talent_candidates c
           where c.id = any(ids)
           order by array_position(ids, c.id);
        return;
      end if;
    end loop;
  end if;

  return query
    select c.id, c.display_name, c.agency, c.city, c.willing_to_travel, c.division, c.height_cm, c.bust_cm, c.waist_cm,
           c.hips_cm, c.shoe_eu, c.hair_color, c.eye_color, c.is_minor, c.measurements_taken_on,
           round(
             100
             - least(40, abs(coalesce(c.height_cm, b.height_target) - b.height_target) * 2)
             - case when cardinality(b.cities) = 0 or c.city = any(b.cities) then 0 else 15 end
             - case when c.measurements_taken_on is null or c.measurements_taken_on < current_date - 365 then 10 else 0 end
           , 1) as fit_score
      from app_private.ai_talent_candidates c
     where c.organization_id = b.organization_id
       and (cardinality(b.divisions) = 0 or c.division = any(b.divisions))
       and (b.height_min_cm is null or c.height_cm >= b.height_min_cm)
       and (b.height_max_cm is null or c.height_cm <= b.height_max_cm)
       and (cardinality(b.cities) = 0 or c.city = any(b.cities) or c.willing_to_travel)
       and (not c.is_minor or b.kids)
       and not exists (
         select 1 from app_public.talent_availability a where a.talent_id = c.id and a.period && b.event_period
       )
       and not exists (
         select 1 from app_public.model_castings m where m.event_id = b.event_id and m.talent_id = c.id
       )
     order by fit_score desc, c.id
     limit max_candidates;
end;
$$;


--
-- Name: FUNCTION model_casting_candidates(brief_id uuid, max_candidates integer); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.model_casting_candidates(brief_id uuid, max_candidates integer) IS 'Eligible, pre-ranked candidates for a casting brief (fit desc, then id); on a large roster read nearest the height target first. The Model Casting agent sends only these to the model.';


--
-- Name: name_pattern(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.name_pattern(name text) RETURNS text
    LANGUAGE plpgsql STABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  words text[] := regexp_split_to_array(public.unaccent(lower(trim(name))), '[[:space:]]+');
  word text;
  letter text;
  part text;
  parts text[] := '{}';
begin
  foreach word in array words loop
    part := '';
    foreach letter in array regexp_split_to_array(word, '') loop
      part := part || case letter
        when 'a' then '[aáàâäãåā]' when 'e' then '[eéèêëē]' when 'i' then '[iíìîïī]'
        when 'o' then '[oóòôöõøō]' when 'u' then '[uúùûüū]' when 'n' then '[nñ]'
        when 'c' then '[cç]' when 'y' then '[yýÿ]'
        -- Letters and digits are themselves; anything else is escaped (a
        -- backslash before a non-alphanumeric character is that character).
        else case when letter ~ '^[[:alnum:]]$' then letter else '\' || letter end
      end;
    end loop;
    parts := parts || part;
  end loop;
  -- Whole words only: no letter, digit or underscore right before or after.
  return '(?<![[:alnum:]_])' || array_to_string(parts, '[[:space:]]+') || '(?![[:alnum:]_])';
end;
$_$;


--
-- Name: FUNCTION name_pattern(name text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.name_pattern(name text) IS 'A regular expression (use it with the case-insensitive flag) that finds a name as whole words in any case and with or without accents: "Ángela Gómez" finds "angela  GOMEZ" but not "Teo" inside "Mateo". For erase_talent.';


--
-- Name: organization_day(uuid, date); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.organization_day(organization uuid, day date) RETURNS tstzrange
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select tstzrange((day::timestamp at time zone o.timezone), ((day + 1)::timestamp at time zone o.timezone), '[)')
    from app_public.organizations o where o.id = organization;
$$;


--
-- Name: FUNCTION organization_day(organization uuid, day date); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.organization_day(organization uuid, day date) IS 'The calendar day as a time range in the organization''s time zone (America/Bogota by default).';


--
-- Name: organization_ids_with_role(text[]); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.organization_ids_with_role(roles text[]) RETURNS uuid[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  return (select coalesce(array_agg(m.organization_id), '{}') from app_public.memberships m
           where m.profile_id = app_public.current_profile_id() and m.role = any(roles));
end;
$$;


--
-- Name: FUNCTION organization_ids_with_role(roles text[]); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.organization_ids_with_role(roles text[]) IS 'Organizations where the signed-in profile holds one of the roles; policies call it once per statement.';


--
-- Name: outbox_claim(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_claim(message_id uuid) RETURNS jsonb
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  m app_public.outbound_messages;
  s app_private.outbox_settings;
  later timestamptz;
  local_day date;
  counted int;
  reason text;
  resumed boolean;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id for update;
  if m.id is null then
    return jsonb_build_object('action', 'gone');
  end if;
  if m.status not in ('queued', 'sending') then
    return jsonb_build_object('action', 'done', 'status', m.status);
  end if;
  -- Consent is checked again: an opt-out or a withdrawal after enqueueing wins.
  if m.recipient_address is null
     or not app_private.outbox_has_consent(m.organization_id, m.channel, m.purpose, m.recipient_kind, m.recipient_id, m.recipient_address) then
    update app_public.outbound_messages x
       set status = 'suppressed', last_error_code = case when x.recipient_address is null then 'NO_ADDRESS' else 'NO_CONSENT' end
     where x.id = m.id;
    return jsonb_build_object('action', 'suppressed');
  end if;
  s := app_private.outbox_settings_for(m.organization_id);
  if m.status = 'queued' then
    later := case when m.urgent then null else app_private.outbox_quiet_until(m.organization_id, now()) end;
    reason := case when later is not null then 'QUIET_HOURS' end;
    if later is null and m.attempts = 0 then
      -- The daily cap: the first claim of a message takes a slot of its local day.
      local_day := (now() at time zone s.time_zone)::date;
      insert into app_private.outbox_daily_counts as d (organization_id, day, claimed)
      select m.organization_id, local_day, 1 where s.daily_cap > 0
      on conflict (organization_id, day) do update set claimed = d.claimed + 1 where d.claimed < s.daily_cap
      returning d.claimed into counted;
      if counted is null then
        reason := 'DAILY_CAP';
        later := ((local_day + 1) + case when s.quiet_hours_start = s.quiet_hours_end then '00:00'::time else s.quiet_hours_end end)
                 at time zone s.time_zone;
      end if;
    end if;
    if later is not null then
      update app_public.outbound_messages x set scheduled_at = later where x.id = m.id;
      perform graphile_worker.add_job(
        'send_outbound_message', json_build_object('id', m.id),
        run_at => later, max_attempts => m.max_attempts, job_key => 'outbound_message:' || m.id);
      return jsonb_build_object('action', 'later', 'runAt', later, 'reason', reason);
    end if;
  end if;
  -- A row found in `sending` was claimed by a worker that stopped before it
  -- recorded the outcome: it is handed to the channel again with the same
  -- idempotency key (resumed = true), so the provider (or the mailbox, for
  -- email: the same Message-ID) can tell it is the same message.
  resumed := m.status = 'sending';
  update app_public.outbound_messages x
     set status = 'sending', attempts = x.attempts + 1, sending_at = now()
   where x.id = m.id
   returning * into m;
  return jsonb_build_object(
    'action', 'send',
    'resumed', resumed,
    'unsubscribeToken', app_private.outbox_unsubscribe_token(m.id),
    'message', to_jsonb(m));
end;
$$;


--
-- Name: FUNCTION outbox_claim(message_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_claim(message_id uuid) IS 'The worker''s claim, under the row lock: gone (no row), done (already finished), suppressed (consent or address missing now), later (quiet hours or the daily cap: the job is moved to run_at) or send (queued/sending → sending, attempts + 1; the row, its unsubscribe token and whether it resumes an attempt a stopped worker left in sending).';


--
-- Name: outbox_event_variables(uuid, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_event_variables(event_id uuid, name text) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select jsonb_build_object(
           'eventTitle', e.title,
           'startsAt', to_char(e.starts_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
           'timeZone', e.timezone,
           'venue', v.name,
           'organizationName', o.name,
           'name', coalesce(outbox_event_variables.name, ''))
    from app_public.events e
    join app_public.organizations o on o.id = e.organization_id
    left join app_public.venues v on v.id = e.venue_id
   where e.id = outbox_event_variables.event_id;
$$;


--
-- Name: FUNCTION outbox_event_variables(event_id uuid, name text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_event_variables(event_id uuid, name text) IS 'The variables every event message template takes: {eventTitle, startsAt (UTC, ISO 8601), timeZone (the event''s IANA zone), venue (its name or null), organizationName, name (who it greets)}.';


--
-- Name: outbox_has_consent(uuid, text, text, text, uuid, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_has_consent(organization_id uuid, channel text, purpose text, recipient_kind text, recipient_id uuid, address text) RETURNS boolean
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  t app_public.talent;
  g app_public.guests;
  whatsapp boolean;
begin
  -- An opt-out stops the purpose (or everything) on the channel, for the
  -- person and for the address. Account mail (sign-in, security) is not
  -- stopped by an unsubscribe.
  if purpose <> 'account' and exists (
    select 1 from app_public.communication_opt_outs o
     where o.organization_id = outbox_has_consent.organization_id
       and o.channel = outbox_has_consent.channel
       and (o.purpose is null or o.purpose = outbox_has_consent.purpose)
       and (o.recipient_id = outbox_has_consent.recipient_id
            or (outbox_has_consent.address is not null and lower(o.address) = lower(outbox_has_consent.address)))
  ) then
    return false;
  end if;
  case recipient_kind
  when 'talent' then
    -- The roster's consent (talent.consent_purposes): casting calls need
    -- 'casting' or 'contact'; marketing needs 'marketing'; anything else
    -- 'contact'. WhatsApp also needs talent_contacts.whatsapp_opt_in.
    select * into t from app_public.talent x where x.id = recipient_id and x.organization_id = outbox_has_consent.organization_id;
    if t.id is null or t.erased_at is not null or t.consent_granted_at is null or t.consent_revoked_at is not null then
      return false;
    end if;
    if not (case purpose when 'casting' then t.consent_purposes && '{casting,contact}'
                         when 'marketing' then 'marketing' = any(t.consent_purposes)
                         else 'contact' = any(t.consent_purposes) or 'casting' = any(t.consent_purposes) end) then
      return false;
    end if;
    if channel = 'whatsapp' then
      select c.whatsapp_opt_in into whatsapp from app_public.talent_contacts c where c.talent_id = t.id;
      return coalesce(whatsapp, false);
    end if;
    return true;
  when 'guest' then
    -- The guest list's consent (guests.consent_granted_at, not revoked);
    -- WhatsApp also needs guest_contacts.whatsapp_opt_in.
    select * into g from app_public.guests x where x.id = recipient_id and x.organization_id = outbox_has_consent.organization_id;
    if g.id is null or g.consent_granted_at is null or g.consent_revoked_at is not null then
      return false;
    end if;
    if channel = 'whatsapp' then
      select c.whatsapp_opt_in into whatsapp from app_public.guest_contacts c where c.guest_id = g.id;
      return coalesce(whatsapp, false);
    end if;
    return true;
  when 'buyer' then
    -- A buyer gave their address for their purchase: mail about it
    -- (transactional) only, by email; never marketing.
    return purpose = 'transactional' and channel = 'email';
  when 'vendor' then
    -- A vendor's business contact, for the work they are hired for.
    return purpose in ('coordination', 'transactional') and channel = 'email';
  when 'account' then
    return purpose = 'account' and channel = 'email';
  else
    return false;
  end case;
end;
$$;


--
-- Name: FUNCTION outbox_has_consent(organization_id uuid, channel text, purpose text, recipient_kind text, recipient_id uuid, address text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_has_consent(organization_id uuid, channel text, purpose text, recipient_kind text, recipient_id uuid, address text) IS 'Whether a message of this purpose may reach this person on this channel (Ley 1581 de 2012): no opt-out for the purpose (or for everything) by the person or the address, and their recorded consent — talent: consent granted, not revoked or erased, with casting/contact (marketing: marketing) among consent_purposes, and whatsapp_opt_in for WhatsApp; guests: consent granted and not revoked, whatsapp_opt_in for WhatsApp; buyers: transactional email about their purchase; vendors: coordination or transactional email; accounts: account email.';


--
-- Name: outbox_quiet_until(uuid, timestamp with time zone); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_quiet_until(organization_id uuid, at timestamp with time zone) RETURNS timestamp with time zone
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  s app_private.outbox_settings := app_private.outbox_settings_for(organization_id);
  local timestamp := at at time zone s.time_zone;
  t time := local::time;
begin
  if s.quiet_hours_start = s.quiet_hours_end then
    return null;
  elsif s.quiet_hours_start > s.quiet_hours_end then
    -- Wraps midnight (21:00–07:00).
    if t >= s.quiet_hours_start then
      return ((local::date + 1) + s.quiet_hours_end) at time zone s.time_zone;
    elsif t < s.quiet_hours_end then
      return (local::date + s.quiet_hours_end) at time zone s.time_zone;
    end if;
  elsif t >= s.quiet_hours_start and t < s.quiet_hours_end then
    return (local::date + s.quiet_hours_end) at time zone s.time_zone;
  end if;
  return null;
end;
$$;


--
-- Name: FUNCTION outbox_quiet_until(organization_id uuid, at timestamp with time zone); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_quiet_until(organization_id uuid, at timestamp with time zone) IS 'When `at` falls in the organization''s quiet hours (its time zone''s wall clock, default 21:00–07:00 America/Bogota): the end of them (UTC); otherwise null.';


--
-- Name: outbox_record_event(text, text, text, timestamp with time zone, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_record_event(channel text, provider_message_id text, event text, at timestamp with time zone DEFAULT now(), detail text DEFAULT NULL::text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  m app_public.outbound_messages;
  rank_now int;
  rank_new int;
begin
  select * into m from app_public.outbound_messages x
   where x.channel = outbox_record_event.channel and x.provider_message_id = outbox_record_event.provider_message_id
   for update;
  if m.id is null then
    return null;
  end if;
  if event = 'complained' then
    -- Once per message, however often the provider repeats it.
    if not exists (select 1 from app_public.communication_opt_outs o where o.message_id = m.id and o.source = 'complaint') then
      insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id, talent_id, address, source, message_id)
      values (m.organization_id, m.channel, null, m.recipient_kind, m.recipient_id, m.talent_id, m.recipient_address, 'complaint', m.id);
      update app_public.outbound_messages x set status = 'suppressed', last_error_code = 'COMPLAINED'
       where x.organization_id = m.organization_id and x.channel = m.channel and x.recipient_id = m.recipient_id
         and x.status = 'queued' and x.purpose <> 'account';
    end if;
    return m.id;
  end if;
  -- Statuses only move forward, whatever order the provider's events arrive in:
  -- sent < delivered < read; failed and bounced end a message that was not
  -- yet delivered.
  rank_now := case m.status when 'sending' then 0 when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 else 9 end;
  rank_new := case event when 'sent' then 1 when 'delivered' then 2 when 'read' then 3 when 'failed' then 4 when 'bounced' then 4 else -1 end;
  if rank_new < 0 then
    raise exception 'Unknown provider event "%".', event using errcode = 'INVAL';
  end if;
  if rank_new = 4 then
    if rank_now < 2 then
      update app_public.outbound_messages x
         set status = event, failed_at = at, last_error_code = case event when 'bounced' then 'BOUNCED' else 'PROVIDER_FAILED' end,
             last_error = left(detail, 2000)
       where x.id = m.id;
    end if;
  elsif rank_new > rank_now then
    update app_public.outbound_messages x
       set status = event,
           sent_at = coalesce(x.sent_at, at),
           delivered_at = case when rank_new >= 2 then coalesce(x.delivered_at, at) else x.delivered_at end,
           read_at = case when rank_new = 3 then at else x.read_at end
     where x.id = m.id;
  end if;
  return m.id;
end;
$$;


--
-- Name: FUNCTION outbox_record_event(channel text, provider_message_id text, event text, at timestamp with time zone, detail text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_record_event(channel text, provider_message_id text, event text, at timestamp with time zone, detail text) IS 'A provider''s event about a message (matched on channel and provider_message_id): sent, delivered, read move it forward only; failed and bounced end a message not yet delivered; complained records an opt-out from everything on the channel. Returns the message id, null when no message matches.';


--
-- Name: outbox_record_failure(uuid, text, text, boolean, boolean); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_record_failure(message_id uuid, code text, detail text, permanent boolean, bounced boolean DEFAULT false) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  m app_public.outbound_messages;
begin
  update app_public.outbound_messages x
     set status = case when bounced then 'bounced'
                       when permanent or x.attempts >= x.max_attempts then 'failed'
                       else 'queued' end,
         failed_at = case when bounced or permanent or x.attempts >= x.max_attempts then now() end,
         last_error_code = case when code in ('NO_CONSENT', 'OPTED_OUT', 'NO_ADDRESS', 'INVALID_ADDRESS', 'BOUNCED', 'COMPLAINED', 'PROVIDER_REJECTED', 'PROVIDER_UNAVAILABLE', 'PROVIDER_DEFERRED', 'PROVIDER_FAILED', 'PROVIDER_AUTH', 'RATE_LIMITED', 'CHANNEL_NOT_CONFIGURED', 'SMTP_NOT_CONFIGURED', 'TEMPLATE_INVALID', 'TEMPLATE_NOT_APPROVED', 'OUTSIDE_SERVICE_WINDOW') then code else 'PROVIDER_FAILED' end,
         last_error = left(detail, 2000)
   where x.id = message_id and x.status = 'sending'
   returning * into m;
  return m.status;
end;
$$;


--
-- Name: FUNCTION outbox_record_failure(message_id uuid, code text, detail text, permanent boolean, bounced boolean); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_record_failure(message_id uuid, code text, detail text, permanent boolean, bounced boolean) IS 'An attempt failed: bounced (the address refused it), failed (permanent, or the last attempt), else back to queued for the job''s retry with back-off. Returns the new status (null when the row was not sending).';


--
-- Name: outbox_record_sent(uuid, text, text, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_record_sent(message_id uuid, provider_message_id text, rendered_subject text, rendered_body text, rendered_html text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  update app_public.outbound_messages m
     set status = 'sent', sent_at = now(), provider_message_id = outbox_record_sent.provider_message_id,
         rendered_subject = coalesce(outbox_record_sent.rendered_subject, m.rendered_subject),
         rendered_body = coalesce(outbox_record_sent.rendered_body, m.rendered_body),
         rendered_html = coalesce(outbox_record_sent.rendered_html, m.rendered_html),
         last_error = null, last_error_code = null
   where m.id = message_id and m.status = 'sending';
  return found;
end;
$$;


--
-- Name: FUNCTION outbox_record_sent(message_id uuid, provider_message_id text, rendered_subject text, rendered_body text, rendered_html text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_record_sent(message_id uuid, provider_message_id text, rendered_subject text, rendered_body text, rendered_html text) IS 'sending → sent with the provider''s id and what was sent. False when the row was not sending.';


--
-- Name: outbox_settings; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.outbox_settings (
    organization_id uuid NOT NULL,
    quiet_hours_start time without time zone DEFAULT '21:00:00'::time without time zone NOT NULL,
    quiet_hours_end time without time zone DEFAULT '07:00:00'::time without time zone NOT NULL,
    time_zone text DEFAULT 'America/Bogota'::text NOT NULL,
    daily_cap integer DEFAULT 2000 NOT NULL,
    max_attempts integer DEFAULT 8 NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT outbox_settings_daily_cap_check CHECK ((daily_cap >= 0)),
    CONSTRAINT outbox_settings_max_attempts_check CHECK (((max_attempts >= 1) AND (max_attempts <= 25))),
    CONSTRAINT outbox_settings_time_zone_check CHECK (app_private.is_time_zone(time_zone))
);


--
-- Name: TABLE outbox_settings; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.outbox_settings IS 'Per organization: quiet hours (local wall clock in time_zone; start > end wraps midnight; start = end: none), the daily cap (messages claimed for sending per local day) and attempts per message. No row: the defaults (21:00–07:00 America/Bogota, 2,000 a day, 8 attempts).';


--
-- Name: outbox_settings_for(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_settings_for(organization_id uuid) RETURNS app_private.outbox_settings
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce(
    (select s from app_private.outbox_settings s where s.organization_id = outbox_settings_for.organization_id),
    row(outbox_settings_for.organization_id, '21:00'::time, '07:00'::time, 'America/Bogota', 2000, 8, now())::app_private.outbox_settings);
$$;


--
-- Name: FUNCTION outbox_settings_for(organization_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_settings_for(organization_id uuid) IS 'The organization''s outbox settings, or the defaults.';


--
-- Name: outbox_unsubscribe_token(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.outbox_unsubscribe_token(message_id uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select encode(hmac(convert_to('unsubscribe:' || message_id::text, 'UTF8'), k.unsubscribe_key, 'sha256'), 'hex')
    from app_private.outbox_keys k where k.id;
$$;


--
-- Name: FUNCTION outbox_unsubscribe_token(message_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.outbox_unsubscribe_token(message_id uuid) IS 'The token of a message''s unsubscribe link: hex HMAC-SHA-256 of "unsubscribe:<message id>" under app_private.outbox_keys.';


--
-- Name: promote_waitlist(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.promote_waitlist(event_id uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  room int;
  state record;
  invitation app_public.guest_invitations;
  promoted int := 0;
begin
  select * into state from app_private.lock_event_guests(promote_waitlist.event_id);
  if state.capacity is null then
    room := 2147483647;
  else
    room := state.capacity - state.accepted;
  end if;
  for invitation in
    select * from app_public.guest_invitations i
     where i.event_id = promote_waitlist.event_id and i.status = 'waitlist'
     order by i.responded_at, i.id
  loop
    exit when room <= 0;
    if app_public.guest_invitations_party_size(invitation) <= room then
      update app_public.guest_invitations i set status = 'accepted' where i.id = invitation.id;
      room := room - app_public.guest_invitations_party_size(invitation);
      promoted := promoted + 1;
    end if;
  end loop;
  return promoted;
end;
$$;


--
-- Name: FUNCTION promote_waitlist(event_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.promote_waitlist(event_id uuid) IS 'Accepts waitlisted invitations of the event, first answered first, while their parties fit the guest capacity; returns how many.';


--
-- Name: record_opt_out(uuid, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.record_opt_out(message_id uuid, source text, purpose text DEFAULT NULL::text) RETURNS uuid
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  m app_public.outbound_messages;
  opt_out uuid;
begin
  select * into m from app_public.outbound_messages x where x.id = message_id;
  if m.id is null then
    return null;
  end if;
  select o.id into opt_out from app_public.communication_opt_outs o
   where o.organization_id = m.organization_id and o.channel = m.channel and o.recipient_id = m.recipient_id
     and o.purpose is not distinct from record_opt_out.purpose;
  if opt_out is null then
    insert into app_public.communication_opt_outs (organization_id, channel, purpose, recipient_kind, recipient_id, talent_id, address, source, message_id)
    values (m.organization_id, m.channel, record_opt_out.purpose, m.recipient_kind, m.recipient_id, m.talent_id, m.recipient_address, source, m.id)
    returning id into opt_out;
  end if;
  -- Honoured at once: what is still waiting to go to them on that channel is suppressed.
  update app_public.outbound_messages x
     set status = 'suppressed', last_error_code = 'OPTED_OUT'
   where x.organization_id = m.organization_id and x.channel = m.channel and x.recipient_id = m.recipient_id
     and x.status = 'queued' and x.purpose <> 'account'
     and (record_opt_out.purpose is null or x.purpose = record_opt_out.purpose);
  return opt_out;
end;
$$;


--
-- Name: FUNCTION record_opt_out(message_id uuid, source text, purpose text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.record_opt_out(message_id uuid, source text, purpose text) IS 'The recipient of a message asked to stop (unsubscribe link, "PARAR", …): records the opt-out (purpose null: everything on that channel) once and suppresses what is still queued for them. Returns the opt-out''s id; null when the message does not exist.';


--
-- Name: redact_person(jsonb, uuid, text[]); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.redact_person(document jsonb, person uuid, names text[]) RETURNS jsonb
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  id_value jsonb := to_jsonb(person::text);
  result jsonb;
begin
  case jsonb_typeof(document)
    when 'object' then
      if exists (select 1 from jsonb_each(document) e where e.value = id_value) then
        select jsonb_object_agg(e.key, e.value) || '{"suprimido": true}' into result
          from jsonb_each(document) e where e.value = id_value;
      else
        select coalesce(jsonb_object_agg(e.key, app_private.redact_person(e.value, person, names)), '{}') into result
          from jsonb_each(document) e;
      end if;
      return result;
    when 'array' then
      select coalesce(jsonb_agg(app_private.redact_person(e.value, person, names) order by e.n), '[]') into result
        from jsonb_array_elements(document) with ordinality as e(value, n);
      return result;
    when 'string' then
      return to_jsonb(app_private.redact_person_text(document #>> '{}', person, names));
    else
      return document;
  end case;
end;
$$;


--
-- Name: FUNCTION redact_person(document jsonb, person uuid, names text[]); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.redact_person(document jsonb, person uuid, names text[]) IS 'Removes a person from a JSON document (see redact_person_text; objects holding their id keep only the id). For erase_talent.';


--
-- Name: redact_person_text(text, uuid, text[]); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.redact_person_text(value text, person uuid, names text[]) RETURNS text
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  pattern text;
begin
  if value is null or value = person::text then
    return value;
  end if;
  if strpos(lower(value), person::text) > 0 then
    return '[dato suprimido: Ley 1581]';
  end if;
  foreach pattern in array app_private.erasure_patterns(names) loop
    value := regexp_replace(value, pattern, 'Persona anonimizada', 'gi');
  end loop;
  return value;
end;
$$;


--
-- Name: FUNCTION redact_person_text(value text, person uuid, names text[]); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.redact_person_text(value text, person uuid, names text[]) IS 'Removes a person from a free-form text: the whole text when it contains their id, else each of their names where it appears as whole words (any case, with or without accents; longest name first). For erase_talent.';


--
-- Name: event_health_reports; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.event_health_reports (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    report_date date NOT NULL,
    status text NOT NULL,
    checks jsonb NOT NULL,
    red_count integer DEFAULT 0 NOT NULL,
    amber_count integer DEFAULT 0 NOT NULL,
    computed_at timestamp with time zone DEFAULT now() NOT NULL,
    computations integer DEFAULT 1 NOT NULL,
    summary text,
    summary_model text,
    summary_run_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_health_reports_amber_count_check CHECK ((amber_count >= 0)),
    CONSTRAINT event_health_reports_checks_check CHECK ((octet_length((checks)::text) <= 200000)),
    CONSTRAINT event_health_reports_computations_check CHECK ((computations >= 1)),
    CONSTRAINT event_health_reports_red_count_check CHECK ((red_count >= 0)),
    CONSTRAINT event_health_reports_status_check CHECK ((status = ANY (ARRAY['green'::text, 'amber'::text, 'red'::text]))),
    CONSTRAINT event_health_reports_summary_check CHECK ((length(summary) <= 1000)),
    CONSTRAINT event_health_reports_summary_model_check CHECK ((length(summary_model) <= 200))
);


--
-- Name: TABLE event_health_reports; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.event_health_reports IS '@omit create,update,delete
One health report per event per day (the America/Bogota date), history kept: the checks computed in SQL, each with a severity and a next step, and the Event Health agent''s summary. Written by the daily run (graphile-worker crontab event_health_daily, 07:00 America/Bogota) and requestEventHealth; a second run the same day updates the report.';


--
-- Name: COLUMN event_health_reports.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.id IS 'Unique identifier of the report.';


--
-- Name: COLUMN event_health_reports.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN event_health_reports.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.event_id IS 'The event checked.';


--
-- Name: COLUMN event_health_reports.report_date; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.report_date IS 'The day the report is for, in America/Bogota (the daily run''s 07:00; a backfilled run keeps the day it was due).';


--
-- Name: COLUMN event_health_reports.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.status IS 'The traffic light: red when any check is red, else amber when any is amber, else green.';


--
-- Name: COLUMN event_health_reports.checks; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.checks IS 'The checks, worst first: objects {key, code, severity (red, amber, green), titleCode, title, nextStepCode, nextStep, facts}. code is the kind of check: casting, looks_without_model, run_of_show, venue, vendor, ticket_sales, payments, ai_errors, budget; key is unique within a report (e.g. vendor:sound). titleCode and nextStepCode are stable message codes for any language, with facts as their parameters (counts, daysLeft, brief, category, sold, capacity, share and pastShare as ratios, spentCop and plannedCop in COP whole pesos…); title and nextStep are the same messages in es-CO. titleCode: casting.complete, casting.missing, looks.none, looks.all_cast, looks.missing, run_of_show.missing, run_of_show.infeasible, run_of_show.stale, run_of_show.fresh, venue.missing, vendor.booked, vendor.quoting, vendor.missing, ticket_sales.sold, ticket_sales.sold_vs_past, payments.open, ai_errors.rate, budget.unplanned, budget.committed. nextStepCode: none, casting.ask_agent, looks.upload, looks.assign, run_of_show.solve, run_of_show.fix_changes, run_of_show.solve_again, venue.confirm, vendor.recommend, ticket_sales.promote, payments.review_declined, payments.pending_expire, ai_errors.review, budget.plan, budget.over, budget.near. Reports computed before the codes existed have title and nextStep only.';


--
-- Name: COLUMN event_health_reports.red_count; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.red_count IS 'How many checks are red.';


--
-- Name: COLUMN event_health_reports.amber_count; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.amber_count IS 'How many checks are amber.';


--
-- Name: COLUMN event_health_reports.computed_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.computed_at IS 'When the checks were last computed (UTC).';


--
-- Name: COLUMN event_health_reports.computations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.computations IS 'How many times the checks were computed that day (the daily run, its re-runs and requestEventHealth).';


--
-- Name: COLUMN event_health_reports.summary; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.summary IS 'The Event Health agent''s short summary in es-CO of these checks; null until it answers, and cleared when the checks change. Never used to compute a check.';


--
-- Name: COLUMN event_health_reports.summary_model; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.summary_model IS 'The model that wrote the summary (local: the deterministic local provider, no AI).';


--
-- Name: COLUMN event_health_reports.summary_run_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.summary_run_id IS 'The agent run asked for the summary of the current checks.';


--
-- Name: COLUMN event_health_reports.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.created_at IS 'When the day''s report was first computed.';


--
-- Name: COLUMN event_health_reports.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_health_reports.updated_at IS 'When it last changed.';


--
-- Name: refresh_event_health(uuid, date, uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.refresh_event_health(event_id uuid, report_date date, requested_by uuid DEFAULT NULL::uuid) RETURNS app_public.event_health_reports
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
#variable_conflict use_column
declare
  e app_public.events;
  previous app_public.event_health_reports;
  report app_public.event_health_reports;
  new_checks jsonb;
  before_red text[];
  new_red jsonb;
  run app_public.agent_runs;
  worst text;
begin
  select * into e from app_public.events where id = refresh_event_health.event_id;
  if e.id is null then
    return null;
  end if;
  perform pg_advisory_xact_lock(hashtextextended('event_health:' || e.id::text, 0));
  new_checks := app_private.event_health_checks(e.id, now());
  worst := coalesce((select c ->> 'severity' from jsonb_array_elements(new_checks) c
                      order by case c ->> 'severity' when 'red' then 0 when 'amber' then 1 else 2 end limit 1), 'green');

  -- What was red before: today's report if it exists, else the latest earlier one.
  select * into previous from app_public.event_health_reports r
   where r.event_id = e.id and r.report_date <= refresh_event_health.report_date
   order by r.report_date desc limit 1;
  select coalesce(array_agg(c ->> 'key'), '{}') into before_red
    from jsonb_array_elements(case when jsonb_typeof(previous.checks) = 'array' then previous.checks else '[]' end) c
   where c ->> 'severity' = 'red';

  insert into app_public.event_health_reports as r
         (organization_id, event_id, report_date, status, checks, red_count, amber_count, computed_at)
  values (e.organization_id, e.id, refresh_event_health.report_date, worst, new_checks,
          (select count(*) from jsonb_array_elements(new_checks) c where c ->> 'severity' = 'red'),
          (select count(*) from jsonb_array_elements(new_checks) c where c ->> 'severity' = 'amber'), now())
  on conflict (event_id, report_date) do update
     set status = excluded.status, checks = excluded.checks, red_count = excluded.red_count,
         amber_count = excluded.amber_count, computed_at = excluded.computed_at, computations = r.computations + 1,
         summary = case when r.checks = excluded.checks then r.summary end,
         summary_model = case when r.checks = excluded.checks then r.summary_model end
  returning * into report;

  -- New red items → one notice per owner and producer.
  select coalesce(jsonb_agg(c), '[]') into new_red
    from jsonb_array_elements(new_checks) c
   where c ->> 'severity' = 'red' and not ((c ->> 'key') = any(before_red));
  if jsonb_array_length(new_red) > 0 then
    insert into app_public.notifications (organization_id, profile_id, kind, event_id, report_id, title, body, data)
    select e.organization_id, m.profile_id, 'event_health_red', e.id, report.id,
           left(format('%s: %s %s en rojo', e.title, jsonb_array_length(new_red),
                       case when jsonb_array_length(new_red) = 1 then 'punto nuevo' else 'puntos nuevos' end), 500),
           left((select string_agg(format('• %s %s', c ->> 'title', c ->> 'nextStep'), E'\n') from jsonb_array_elements(new_red) c), 2000),
           jsonb_build_object('keys', (select jsonb_agg(c -> 'key') from jsonb_array_elements(new_red) c),
                              'reportDate', report.report_date, 'eventTitle', e.title,
                              -- What the app translates (the title and body above are es-CO).
                              'items', (select jsonb_agg(jsonb_build_object('key', c -> 'key', 'titleCode', c -> 'titleCode',
                                                                            'nextStepCode', c -> 'nextStepCode', 'facts', c -> 'facts'))
                                          from jsonb_array_elements(new_red) c))
      from app_public.memberships m
     where m.organization_id = e.organization_id and m.role in ('owner', 'producer');
  end if;

  -- The summary: one queued run per report at a time (it reads the checks when it starts).
  if report.summary is null then
    select * into run from app_public.agent_runs a where a.id = report.summary_run_id;
    if run.id is null or run.status not in ('queued') then
      insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
        values (e.organization_id, e.id, 'event_health', refresh_event_health.requested_by,
                jsonb_build_object('reportId', report.id, 'eventId', e.id, 'reportDate', report.report_date))
        returning * into run;
      perform graphile_worker.add_job('event_health', json_build_object('agentRunId', run.id),
        job_key => 'agent_run:' || run.id, max_attempts => 3);
      update app_public.event_health_reports set summary_run_id = run.id where id = report.id returning * into report;
    end if;
  end if;
  return report;
end;
$$;


--
-- Name: FUNCTION refresh_event_health(event_id uuid, report_date date, requested_by uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.refresh_event_health(event_id uuid, report_date date, requested_by uuid) IS 'Computes one event''s health report for a day (America/Bogota date): upserts it (one per event per day), notifies owners and producers of red items that were not red before, and queues the Event Health summary when the checks changed (agent_runs.input: {reportId: uuid, eventId: uuid, reportDate: date}). Runs in the caller''s transaction.';


--
-- Name: refresh_time_zones(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.refresh_time_zones() RETURNS integer
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  names text[] := (select array_agg(z.name order by z.name) from pg_timezone_names z where z.name <> 'Factory');
  checked record;
  invalid bigint;
begin
  execute format($f$
    create or replace function app_private.is_time_zone(name text) returns boolean
    language sql immutable parallel safe as $body$ select name = any (%L::text[]) $body$
  $f$, names);
  execute $c$comment on function app_private.is_time_zone(text) is
    'Whether a text is an IANA time zone name as pg_timezone_names spells it (e.g. America/Bogota). Immutable: the list is a literal written by app_private.refresh_time_zones().'$c$;
  -- Values stored under an older list must still be valid.
  for checked in
    select k.conrelid::regclass as table_name, a.attname as column_name
      from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
     where k.contype = 'c' and pg_get_constraintdef(k.oid) like '%app_private.is_time_zone(%'
  loop
    execute format('select count(*) from %s where not app_private.is_time_zone(%I)', checked.table_name, checked.column_name)
      into invalid;
    if invalid > 0 then
      raise exception '% rows of % have a % that is no longer a time zone.', invalid, checked.table_name, checked.column_name;
    end if;
  end loop;
  return cardinality(names);
end;
$_$;


--
-- Name: FUNCTION refresh_time_zones(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.refresh_time_zones() IS 'Rewrites app_private.is_time_zone() from pg_timezone_names (run after a tzdata upgrade) and re-checks stored time zones. Returns how many names it holds.';


--
-- Name: reservation_minutes(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.reservation_minutes() RETURNS integer
    LANGUAGE plpgsql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  configured text := current_setting('fashionos.reservation_minutes', true);
begin
  if configured ~ '^[0-9]{1,4}$' then
    return least(greatest(configured::int, 1), 60);
  end if;
  return 15;
end;
$_$;


--
-- Name: FUNCTION reservation_minutes(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.reservation_minutes() IS 'Minutes a reservation holds its tickets: the request setting fashionos.reservation_minutes (RESERVATION_MINUTES on the server) clamped to 1..60, else 15.';


--
-- Name: reserve_account_mail_slot(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.reserve_account_mail_slot() RETURNS timestamp with time zone
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  rate app_private.account_mail_rate;
  spacing interval;
  theoretical timestamptz;
  send_at timestamptz;
begin
  select * into rate from app_private.account_mail_rate where id for update;
  spacing := rate.per / rate.mails;
  theoretical := greatest(rate.next_slot_at, now());
  -- A burst of up to `mails` goes at once; later mails wait their turn.
  send_at := greatest(now(), theoretical - (rate.per - spacing));
  update app_private.account_mail_rate set next_slot_at = theoretical + spacing where id;
  return send_at;
end;
$$;


--
-- Name: FUNCTION reserve_account_mail_slot(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.reserve_account_mail_slot() IS 'Reserves the next send slot under account_mail_rate and returns when that mail may go (now, or later when over the rate). The mail task (tasks/mail/send-account-email.ts) reschedules a mail whose slot is later instead of dropping it.';


--
-- Name: role_rank(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.role_rank(role text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case role when 'owner' then 4 when 'admin' then 3 when 'producer' then 2 when 'casting' then 2
                   when 'viewer' then 1 else 0 end;
$$;


--
-- Name: FUNCTION role_rank(role text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.role_rank(role text) IS 'owner 4, admin 3, producer and casting 2, viewer 1, door 0.';


--
-- Name: rsvp_of(app_public.guest_invitations); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.rsvp_of(invitation app_public.guest_invitations) RETURNS app_public.rsvp
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select invitation.status, g.full_name, invitation.plus_one_allowed, invitation.plus_one_name, invitation.notes,
         invitation.responded_at,
         now() < coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at),
         coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at),
         case when invitation.status = 'accepted'
              then app_private.base32(app_private.guest_door_secret(invitation.id, app_private.box_office_key())) end,
         case when invitation.status = 'accepted' then
           (select array_agg(app_private.seat_label(s) order by a.plus_one, s.id)
              from app_public.seat_assignments a join app_public.seats s on s.id = a.seat_id
             where a.invitation_id = invitation.id) end,
         e.title, e.starts_at, e.timezone, v.name, v.address, v.city, o.name
    from app_public.guests g, app_public.events e
    join app_public.organizations o on o.id = e.organization_id
    left join app_public.venues v on v.id = e.venue_id
   where g.id = invitation.guest_id and e.id = invitation.event_id;
$$;


--
-- Name: rsvp_secret(uuid, integer, bytea); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.rsvp_secret(invitation_id uuid, version integer, key bytea) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select substring(hmac(convert_to('rsvp:' || invitation_id::text || ':' || version::text, 'UTF8'), key, 'sha256') from 1 for 20);
$$;


--
-- Name: FUNCTION rsvp_secret(invitation_id uuid, version integer, key bytea); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.rsvp_secret(invitation_id uuid, version integer, key bytea) IS 'The 20 secret bytes (160 bits) of an invitation''s RSVP token: HMAC-SHA-256 of its id and link version under the box office key, truncated.';


--
-- Name: rsvp_token(uuid, integer); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.rsvp_token(invitation_id uuid, version integer) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select app_private.base32(app_private.rsvp_secret(invitation_id, version, app_private.box_office_key()));
$$;


--
-- Name: FUNCTION rsvp_token(invitation_id uuid, version integer); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.rsvp_token(invitation_id uuid, version integer) IS 'The RSVP token of an invitation (32 Crockford base32 characters), as in /rsvp/<token>.';


--
-- Name: run_event_health_daily(date, timestamp with time zone); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.run_event_health_daily(report_date date, as_of timestamp with time zone DEFAULT now()) RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select count(app_private.refresh_event_health(due, run_event_health_daily.report_date))::int
    from app_private.event_health_due(as_of) as due;
$$;


--
-- Name: FUNCTION run_event_health_daily(report_date date, as_of timestamp with time zone); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.run_event_health_daily(report_date date, as_of timestamp with time zone) IS 'Refreshes the report of every event app_private.event_health_due() lists, in one transaction; returns how many. The worker''s task (event_health_daily) does the same in batches of short transactions.';


--
-- Name: runway_solver_input(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.runway_solver_input(schedule_id uuid) RETURNS jsonb
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select jsonb_build_object(
    'scheduleId', s.id,
    'eventId', s.event_id,
    'organizationId', s.organization_id,
    'startsAt', s.starts_at,
    'settings', jsonb_build_object(
      'gapSeconds', s.gap_seconds,
      'defaultWalkSeconds', s.default_walk_seconds,
      'changeBufferMinutes', s.change_buffer_minutes,
      'noBackToBack', s.no_back_to_back,
      'blockOrder', s.block_order,
      'finaleSeconds', s.finale_seconds),
    'looks', coalesce((
      select jsonb_agg(jsonb_build_object(
               'id', l.id, 'title', l.title, 'designerId', l.designer_id, 'talentId', l.talent_id,
               'changeMinutes', l.change_minutes, 'walkSeconds', l.walk_seconds,
               'fixedPosition', l.fixed_position, 'sequence', l.sequence) order by l.sequence, l.id)
        from app_public.looks l where l.event_id = s.event_id), '[]'),
    'designers', coalesce((
      select jsonb_agg(jsonb_build_object('id', d.id, 'name', d.name, 'showOrder', ed.show_order)
                       order by ed.show_order, d.id)
        from app_public.event_designers ed join app_public.designers d on d.id = ed.designer_id
       where ed.event_id = s.event_id), '[]'),
    -- Confirmed models walk; backups may take a look over (remedies). Names only:
    -- never contact data. Backups unavailable or on hold during the event, or
    -- erased (habeas data), are left out.
    'models', coalesce((
      select jsonb_agg(jsonb_build_object(
               'talentId', t.id, 'name', coalesce(t.stage_name, t.full_name), 'division', t.division,
               'status', c.status) order by c.status desc, coalesce(t.stage_name, t.full_name), t.id)
        from app_public.model_castings c
        join app_public.talent t on t.id = c.talent_id
        join app_public.events e on e.id = c.event_id
       where c.event_id = s.event_id
         and (c.status = 'confirmed'
              or (c.status = 'backup' and t.erased_at is null
                  and not exists (select 1 from app_public.talent_availability a
                                   where a.talent_id = t.id and a.period && tstzrange(e.starts_at, e.ends_at))))), '[]')
  )
  from app_public.runway_schedules s
  where s.id = runway_solver_input.schedule_id;
$$;


--
-- Name: FUNCTION runway_solver_input(schedule_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.runway_solver_input(schedule_id uuid) IS 'Everything the Runway Timing solver needs for a schedule, as the JSON tasks/runway/show.ts validates (runwayShowSchema plus scheduleId, eventId, organizationId, startsAt): settings, looks, the line-up, confirmed models and available backups. For the worker (owner); never exposed.';


--
-- Name: seats; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.seats (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    layout_id uuid NOT NULL,
    section text NOT NULL,
    row_label text NOT NULL,
    row_index integer DEFAULT 1 NOT NULL,
    seat_number integer NOT NULL,
    front_row boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT seats_row_index_check CHECK (((row_index >= 1) AND (row_index <= 200))),
    CONSTRAINT seats_row_label_check CHECK ((length(TRIM(BOTH FROM row_label)) >= 1)),
    CONSTRAINT seats_row_label_length CHECK ((length(row_label) <= 10)),
    CONSTRAINT seats_seat_number_check CHECK (((seat_number >= 1) AND (seat_number <= 500))),
    CONSTRAINT seats_section_check CHECK ((length(TRIM(BOTH FROM section)) >= 1)),
    CONSTRAINT seats_section_length CHECK ((length(section) <= 60))
);


--
-- Name: TABLE seats; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.seats IS 'One seat of a layout: section, row and number; front row flagged.';


--
-- Name: COLUMN seats.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.id IS 'Unique identifier of the seat.';


--
-- Name: COLUMN seats.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.organization_id IS 'Organization of the layout (set automatically).';


--
-- Name: COLUMN seats.layout_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.layout_id IS 'The layout.';


--
-- Name: COLUMN seats.section; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.section IS 'Section (e.g. "Pasarela izquierda"; 1 to 60 characters).';


--
-- Name: COLUMN seats.row_label; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.row_label IS 'Row as printed (e.g. "A"; 1 to 10 characters).';


--
-- Name: COLUMN seats.row_index; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.row_index IS 'Row order from the runway (1 = nearest), for drawing the grid.';


--
-- Name: COLUMN seats.seat_number; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.seat_number IS 'Seat number in the row (1 to 500).';


--
-- Name: COLUMN seats.front_row; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.front_row IS 'Whether it is front row (tier A guests first).';


--
-- Name: COLUMN seats.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seats.created_at IS 'When it was added.';


--
-- Name: seat_label(app_public.seats); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.seat_label(seat app_public.seats) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select seat.section || ' · ' || seat.row_label || ' ' || seat.seat_number;
$$;


--
-- Name: FUNCTION seat_label(seat app_public.seats); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.seat_label(seat app_public.seats) IS 'A seat as printed: "Section · Row Number".';


--
-- Name: start_session(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.start_session(profile uuid) RETURNS app_public.jwt_token
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  session app_private.sessions;
  address citext;
begin
  insert into app_private.sessions (profile_id) values (profile) returning * into session;
  update app_private.profile_secrets set last_sign_in_at = now() where profile_id = profile;
  select p.email into address from app_public.profiles p where p.id = profile;
  delete from app_private.sign_in_failures f where f.email_digest = app_private.email_digest(address);
  return (session.profile_id, session.id, extract(epoch from session.expires_at)::bigint)::app_public.jwt_token;
end;
$$;


--
-- Name: FUNCTION start_session(profile uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.start_session(profile uuid) IS 'Starts a 30-day session for the profile (its failed sign-ins are forgotten) and returns the JWT payload.';


--
-- Name: talent_reference_columns(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.talent_reference_columns() RETURNS TABLE(table_name regclass, key_column name, assignments text)
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select c.conrelid::regclass, k.attname,
         string_agg(format('%I = null', a.attname), ', ' order by a.attnum)
    from pg_constraint c
    join pg_attribute k on k.attrelid = c.conrelid
     and k.attnum = c.conkey[array_position(c.confkey, (select r.attnum from pg_attribute r
                                                         where r.attrelid = 'app_public.talent'::regclass and r.attname = 'id'))]
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum > 0 and not a.attisdropped and not a.attnotnull
     and a.atttypid in ('text'::regtype, 'public.citext'::regtype, 'jsonb'::regtype, 'text[]'::regtype)
   where c.contype = 'f' and c.confrelid = 'app_public.talent'::regclass
     and c.conrelid not in ('app_public.talent_contacts'::regclass, 'app_public.talent_availability'::regclass,
                            'app_public.talent_photos'::regclass)
     and not app_private.is_closed_vocabulary(c.conrelid, a.attnum)
   group by c.conrelid, k.attname;
$$;


--
-- Name: FUNCTION talent_reference_columns(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.talent_reference_columns() IS 'For erase_talent: per table referencing talent (but contacts, availability and photos, which it deletes), the free-text columns to clear.';


--
-- Name: talent_search_ids(text[], text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.talent_search_ids(words text[], city text) RETURNS SETOF uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER ROWS 500
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  query text := 'select t.id from app_public.talent t where t.organization_id = any($1)';
  i int;
begin
  for i in 1 .. least(coalesce(cardinality(words), 0), 6) loop
    query := query || format(' and t.search_text like app_private.contains_pattern($2[%s])', i);
  end loop;
  if city is not null then
    query := query || ' and app_private.fold(t.city) = app_private.fold($3)';
  end if;
  return query execute query
    using app_private.organization_ids_with_role('{owner,admin,producer,casting}'), words, city;
end;
$_$;


--
-- Name: FUNCTION talent_search_ids(words text[], city text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.talent_search_ids(words text[], city text) IS 'Ids of the people, in the rosters the caller may read, whose name, stage name, agency or city contain every word (at most 6) and whose city is `city`, accents and case aside; index-backed (see why in the migration). For the talents(condition: {search, city}) of the API.';


--
-- Name: talent_search_text(text, text, text, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.talent_search_text(full_name text, stage_name text, agency text, city text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select app_private.fold(coalesce(full_name, '') || ' ' || coalesce(stage_name, '') || ' ' || coalesce(agency, '') || ' ' || coalesce(city, ''));
$$;


--
-- Name: FUNCTION talent_search_text(full_name text, stage_name text, agency text, city text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.talent_search_text(full_name text, stage_name text, agency text, city text) IS 'What roster search looks in: name, stage name, agency and city, folded (see fold). Indexed with pg_trgm.';


--
-- Name: text_array_fits(text[], integer, integer); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.text_array_fits(items text[], max_items integer, max_length integer) RETURNS boolean
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce(cardinality(items), 0) <= max_items
     and coalesce((select max(length(item)) from unnest(items) as item), 0) <= max_length;
$$;


--
-- Name: FUNCTION text_array_fits(items text[], max_items integer, max_length integer); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.text_array_fits(items text[], max_items integer, max_length integer) IS 'For check constraints on text[] columns: at most max_items elements of at most max_length characters each. Immutable.';


--
-- Name: tg__attach_file(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg__attach_file() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  file_column text := tg_argv[0];
  expected_purpose text := tg_argv[1];
  organization_column text := coalesce(tg_argv[2], 'organization_id');
  new_file uuid := (to_jsonb(new) ->> file_column)::uuid;
  old_file uuid := case when tg_op = 'UPDATE' then (to_jsonb(old) ->> file_column)::uuid end;
  organization uuid := (to_jsonb(new) ->> organization_column)::uuid;
  found_purpose text;
begin
  if new_file is not null and new_file is distinct from old_file then
    -- Only the row's own organization's files: another's is left to the
    -- foreign key, answered like an id that does not exist.
    select f.purpose into found_purpose from app_public.files f
     where f.id = new_file and f.organization_id = organization for update;
    if found_purpose is not null and found_purpose <> expected_purpose then
      raise exception 'This file was uploaded as % and cannot be used as %.', found_purpose, expected_purpose
        using errcode = 'INVAL', column = file_column;
    end if;
    update app_public.files f set attached_at = coalesce(f.attached_at, now())
     where f.id = new_file and f.organization_id = organization;
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg__attach_file(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg__attach_file() IS 'Before insert/update of a row that holds a file (arguments: column, purpose, organization column if not organization_id): refuses a file uploaded for another purpose (INVAL) and marks it attached.';


--
-- Name: tg__forget_erased_talent(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg__forget_erased_talent() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  row_json jsonb := to_jsonb(new);
  erased uuid[];
  person uuid;
  target record;
  value jsonb;
begin
  if tg_table_name = 'model_castings' then
    if exists (select 1 from app_public.talent t where t.id = new.talent_id and t.erased_at is not null) then
      row_json := row_json || jsonb_build_object('ai_reasoning', null);
      new := jsonb_populate_record(new, row_json);
    end if;
    return new;
  end if;
  select array_agg(distinct t.id) into erased
    from regexp_matches(row_json::text, '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}', 'g') as m(found)
    join app_public.talent t on t.id = m.found[1]::uuid
   where t.erased_at is not null and t.organization_id = new.organization_id;
  if erased is null then
    return new;
  end if;
  foreach person in array erased loop
    for target in select * from app_private.ai_record_columns() c where c.table_name = tg_relid::regclass loop
      value := row_json -> target.column_name::text;
      if value is not null and value <> 'null'::jsonb then
        row_json := jsonb_set(row_json, array[target.column_name::text],
          case when target.is_json then app_private.redact_person(value, person, '{}')
               else to_jsonb(app_private.redact_person_text(value #>> '{}', person, '{}')) end);
      end if;
    end loop;
  end loop;
  new := jsonb_populate_record(new, row_json);
  return new;
end;
$$;


--
-- Name: FUNCTION tg__forget_erased_talent(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg__forget_erased_talent() IS 'Redacts erased people from AI records (by id) and clears the reasoning of castings of erased people, whenever they are written after the erasure.';


--
-- Name: tg__inherit_organization(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg__inherit_organization() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  parent_table text := tg_argv[0];
  parent_column text := tg_argv[1];
  parent_id uuid := (to_jsonb(new) ->> parent_column)::uuid;
  parent_organization uuid;
  callers_organizations uuid[];
begin
  if parent_id is null then
    return new;
  end if;
  -- Who is asking comes first, before anything is said about the parent: a
  -- request with a dead session is refused (RVOKD) whatever it names.
  if app_private.is_request_role() then
    callers_organizations := app_public.current_organization_ids();
  end if;
  execute format('select organization_id from app_public.%I where id = $1', parent_table)
    into parent_organization using parent_id;
  -- A request may only attach rows to parents of its own organizations; a
  -- parent elsewhere is answered like a missing one. Only the owner (the
  -- worker, fixtures) is trusted, and a request with no profile has no
  -- organizations.
  if parent_organization is null
     or (callers_organizations is not null and not (parent_organization = any(callers_organizations))) then
    raise exception 'The referenced % does not exist.', parent_table using errcode = 'NTFND';
  end if;
  new.organization_id := parent_organization;
  return new;
end;
$_$;


--
-- Name: FUNCTION tg__inherit_organization(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg__inherit_organization() IS 'Copies organization_id from the parent row named by the trigger arguments (table, column). For a request role, a parent outside the caller''s organizations is NTFND, exactly like a missing one.';


--
-- Name: tg__person_is_member(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg__person_is_member() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  person_column text := tg_argv[0];
  person uuid := (to_jsonb(new) ->> person_column)::uuid;
  organization uuid := (to_jsonb(new) ->> 'organization_id')::uuid;
  constraint_name text;
begin
  -- For a request outside the row's organization (including one with no
  -- profile) say nothing and let row-level security refuse the row, so the
  -- answer is the same whoever the person is.
  if person is null
     or (tg_op = 'UPDATE' and person is not distinct from (to_jsonb(old) ->> person_column)::uuid)
     or (app_private.is_request_role() and not (organization = any(app_public.current_organization_ids())))
     or exists (select 1 from app_public.memberships m where m.organization_id = organization and m.profile_id = person) then
    return new;
  end if;
  select c.conname into constraint_name
    from pg_constraint c
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]
   where c.conrelid = tg_relid and c.contype = 'f' and c.confrelid = 'app_public.profiles'::regclass
     and a.attname = person_column;
  raise exception 'insert or update on table "%" violates foreign key constraint "%"', tg_table_name, constraint_name
    using errcode = 'foreign_key_violation',
          detail = format('Key (%s)=(%s) is not present in table "profiles".', person_column, person),
          schema = tg_table_schema, table = tg_table_name, constraint = constraint_name;
end;
$$;


--
-- Name: FUNCTION tg__person_is_member(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg__person_is_member() IS 'Refuses a person (profile id in the column named by the trigger argument) who is not a member of the row''s organization, with the very error the foreign key gives for an id that does not exist (23503). A request outside the row''s organization is left to row-level security, whoever the person is.';


--
-- Name: tg__release_file(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg__release_file() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  file_column text := tg_argv[0];
  old_file uuid := (to_jsonb(old) ->> file_column)::uuid;
begin
  if old_file is not null and (tg_op = 'DELETE' or old_file is distinct from (to_jsonb(new) ->> file_column)::uuid) then
    delete from app_public.files f where f.id = old_file;
  end if;
  return null;
end;
$$;


--
-- Name: FUNCTION tg__release_file(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg__release_file() IS 'After update/delete of a row that holds a file (argument: column): deletes the file it no longer holds (its objects follow through delete_stored_files).';


--
-- Name: tg__timestamps(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg__timestamps() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  new.created_at := case when tg_op = 'INSERT' then now() else old.created_at end;
  new.updated_at := case when tg_op = 'UPDATE' and old.updated_at >= now() then old.updated_at + interval '1 millisecond' else now() end;
  return new;
end;
$$;


--
-- Name: FUNCTION tg__timestamps(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg__timestamps() IS 'Keeps created_at immutable and updated_at moving forward.';


--
-- Name: tg_bookings__defaults(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_bookings__defaults() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  new.access_hash := digest(app_private.booking_access_secret(new.id, app_private.box_office_key()), 'sha256');
  if new.status = 'pending' and new.expires_at is null then
    new.expires_at := now() + make_interval(mins => app_private.reservation_minutes());
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_bookings__defaults(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_bookings__defaults() IS 'Sets a new booking''s access_hash from its id (the token itself is never stored) and, for a reservation, expires_at (RESERVATION_MINUTES from now) when none was given.';


--
-- Name: tg_bookings__event_open(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_bookings__event_open() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  perform 1 from app_public.events e
   where e.id = new.event_id and e.organization_id = new.organization_id and e.status = 'cancelled';
  if found then
    raise exception 'Tickets for this event are not on sale.' using errcode = 'CLOSD';
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_bookings__event_open(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_bookings__event_open() IS 'Refuses a booking of a cancelled event (CLOSD). A cancellation in progress is not waited for: it locks the tiers before reading the bookings, so it cancels a booking made meanwhile.';


--
-- Name: tg_bookings__make_tickets(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_bookings__make_tickets() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  key bytea := app_private.box_office_key();
begin
  insert into app_public.tickets (id, organization_id, event_id, booking_id, seat, code_hash)
  select t.id, b.organization_id, b.event_id, b.id, s.seat,
         digest(app_private.ticket_secret(t.id, key), 'sha256')
    from new_bookings b
   cross join lateral generate_series(1, b.quantity) as s(seat)
   cross join lateral (select app_private.ticket_id(b.id, s.seat) as id) t;
  return null;
end;
$$;


--
-- Name: FUNCTION tg_bookings__make_tickets(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_bookings__make_tickets() IS 'After bookings are inserted, makes one ticket per seat with its hashed code.';


--
-- Name: tg_bookings__stock(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_bookings__stock() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  held_before boolean := old.status in ('pending', 'paid');
  held_after boolean := new.status in ('pending', 'paid');
begin
  if old.status = new.status then
    return new;
  end if;
  if not (
    (old.status = 'pending' and new.status in ('paid', 'expired', 'cancelled'))
    or (old.status = 'paid' and new.status in ('refunded', 'cancelled'))
    or (old.status = 'expired' and new.status in ('paid', 'cancelled'))
  ) then
    raise exception 'A % booking cannot become %.', old.status, new.status using errcode = 'CONFL';
  end if;
  if held_before and not held_after then
    update app_public.ticket_tiers set sold_count = sold_count - old.quantity where id = old.tier_id;
  elsif held_after and not held_before then
    update app_public.ticket_tiers set sold_count = sold_count + new.quantity where id = new.tier_id;
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_bookings__stock(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_bookings__stock() IS 'Checks a booking''s status transition and moves its tickets in or out of the tier''s sold_count, once per transition.';


--
-- Name: tg_event_designers__keep_looks(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_event_designers__keep_looks() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  looks bigint;
begin
  -- The event or the designer is being deleted, and their looks with them.
  if not exists (select 1 from app_public.events e where e.id = old.event_id)
     or not exists (select 1 from app_public.designers d where d.id = old.designer_id) then
    return old;
  end if;
  select count(*) into looks from app_public.looks l where l.event_id = old.event_id and l.designer_id = old.designer_id;
  if looks > 0 then
    raise exception 'This designer has % look(s) at this event: delete or move them before taking the designer out of the line-up.', looks
      using errcode = 'HASLK', detail = looks::text;
  end if;
  return old;
end;
$$;


--
-- Name: FUNCTION tg_event_designers__keep_looks(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_event_designers__keep_looks() IS 'Refuses to take a designer out of an event''s line-up while they have looks at it (HASLK, the count as detail), so no look is left outside the line-up.';


--
-- Name: tg_event_designers__runway_stale(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_event_designers__runway_stale() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if tg_op = 'UPDATE' and new.show_order is not distinct from old.show_order then
    return null;
  end if;
  perform app_private.mark_runway_stale(coalesce(new.event_id, old.event_id),
    jsonb_build_object('kind', 'line_up_changed', 'designerId', coalesce(new.designer_id, old.designer_id)), true);
  return null;
end;
$$;


--
-- Name: FUNCTION tg_event_designers__runway_stale(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_event_designers__runway_stale() IS 'A change to the line-up marks the event''s solved schedules whose block order is fixed stale.';


--
-- Name: tg_events__capacity_holds_tiers(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_events__capacity_holds_tiers() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  offered bigint;
begin
  if new.capacity is not null and (old.capacity is null or new.capacity < old.capacity) then
    select coalesce(sum(t.quantity), 0) into offered from app_public.ticket_tiers t where t.event_id = new.id;
    if offered > new.capacity then
      raise exception 'The ticket tiers of this event offer % tickets; its capacity cannot be lower (asked %).',
        offered, new.capacity using errcode = 'CAPAC';
    end if;
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_events__capacity_holds_tiers(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_events__capacity_holds_tiers() IS 'Refuses (CAPAC) lowering an event''s capacity below the tickets its tiers offer.';


--
-- Name: tg_events__close_box_office(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_events__close_box_office() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  booking app_public.bookings;
  charge app_public.payments;
  actor uuid := app_public.current_profile_id();
begin
  -- Its own statement: the bookings below are read after every tier is ours (see the header).
  perform 1 from app_public.ticket_tiers t
   where t.event_id = new.id and t.organization_id = new.organization_id
   order by t.id for update;
  for booking in
    select b.* from app_public.bookings b
     where b.event_id = new.id and b.organization_id = new.organization_id and b.status in ('pending', 'paid')
     order by b.tier_id, b.id
       for update
  loop
    if booking.status = 'paid' and booking.total_cop > 0 then
      update app_public.bookings b set status = 'refunded', closed_at = now(), closed_by = actor,
                                       close_reason = 'Evento cancelado.'
       where b.id = booking.id;
      select * into charge from app_public.payments p
       where p.booking_id = booking.id and p.kind = 'charge' and p.status = 'APPROVED'
         and p.provider_transaction_id = booking.payment_reference;
      insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, reference,
                                       amount_in_cents, currency, status, refund_of, reason, recorded_by)
        values (booking.organization_id, booking.id, booking.profile_id, 'refund',
                case when charge.id is null then 'manual' else charge.provider end, booking.reference,
                booking.total_cop * 100, 'COP', 'PENDING', charge.id, 'booking_refunded', actor);
    else
      update app_public.bookings b set status = 'cancelled', closed_at = now(), closed_by = actor,
                                       close_reason = 'Evento cancelado.'
       where b.id = booking.id;
    end if;
  end loop;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_events__close_box_office(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_events__close_box_office() IS 'When an event becomes cancelled: its reservations and free bookings are cancelled and its paid bookings refunded (a refund of the total owed, reason booking_refunded), tiers locked first in id order; close_reason ''Evento cancelado.''.';


--
-- Name: tg_events__guest_capacity(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_events__guest_capacity() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if new.guest_capacity is null or new.guest_capacity > coalesce(old.guest_capacity, 0) then
    perform app_private.promote_waitlist(new.id);
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_events__guest_capacity(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_events__guest_capacity() IS 'Gives the places a larger (or removed) guest capacity opens to the waitlist, first answered first. A smaller capacity moves nobody out: it applies to the next answers.';


--
-- Name: tg_events__keep_bookings(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_events__keep_bookings() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  booked bigint;
begin
  -- Deleting the whole organization cascades here: bookings' own foreign key
  -- refuses that, as before.
  if not exists (select 1 from app_public.organizations o where o.id = old.organization_id) then
    return old;
  end if;
  select count(*) into booked from app_public.bookings b where b.event_id = old.id;
  if booked > 0 then
    raise exception 'This event has % booking(s) and cannot be deleted: cancel it instead.', booked
      using errcode = 'HASBK', detail = booked::text;
  end if;
  return old;
end;
$$;


--
-- Name: FUNCTION tg_events__keep_bookings(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_events__keep_bookings() IS 'Refuses to delete an event that has bookings (HASBK, the count as detail): bookings are financial records, never deleted; cancel the event instead.';


--
-- Name: tg_events__status(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_events__status() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  problems text[];
begin
  if new.status = old.status then
    return new;
  end if;
  if old.status = 'cancelled' then
    raise exception 'A cancelled event cannot change status.' using errcode = 'CONFL';
  end if;
  if new.status = 'published' then
    if old.status <> 'draft' then
      raise exception 'Only a draft can be published.' using errcode = 'CONFL';
    end if;
    problems := app_public.events_publication_problems(new);
    if cardinality(problems) > 0 then
      raise exception 'This event is not ready to publish: %.', array_to_string(problems, ', ')
        using errcode = 'NOTRD', detail = array_to_string(problems, ',');
    end if;
  elsif new.status = 'draft' then
    if old.status <> 'published' then
      raise exception 'Only a published event can go back to draft.' using errcode = 'CONFL';
    end if;
    -- Unpublishing hides the page from people who bought tickets on it.
    if exists (select 1 from app_public.bookings b where b.event_id = new.id) then
      raise exception 'This event has bookings: it stays published until it is cancelled.' using errcode = 'HASBK';
    end if;
  elsif new.status = 'completed' and old.status <> 'published' then
    raise exception 'Only a published event can be completed.' using errcode = 'CONFL';
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_events__status(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_events__status() IS 'An event''s status moves draft → published (only with no events_publication_problems: NOTRD with the codes as detail) → completed, and draft or published → cancelled, which is final (CONFL); a published event with bookings is not unpublished (HASBK).';


--
-- Name: tg_files__enqueue_object_deletion(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_files__enqueue_object_deletion() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  batch json;
begin
  for batch in
    select json_agg(json_build_object('organizationId', g.organization_id, 'fileId', g.id))
      from (select gone.*, (row_number() over () - 1) / 500 as chunk from gone) g
     group by g.chunk
  loop
    perform graphile_worker.add_job('delete_stored_files', json_build_object('files', batch), max_attempts => 25);
  end loop;
  return null;
end;
$$;


--
-- Name: FUNCTION tg_files__enqueue_object_deletion(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_files__enqueue_object_deletion() IS 'Enqueues delete_stored_files for the deleted file rows (the worker deletes the objects after commit).';


--
-- Name: tg_guest_invitations__defaults(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_guest_invitations__defaults() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  key bytea := app_private.box_office_key();
begin
  if tg_op = 'INSERT' then
    new.rsvp_version := 1;
    new.door_code_hash := digest(app_private.guest_door_secret(new.id, key), 'sha256');
    if new.rsvp_expires_at is null then
      select e.ends_at into new.rsvp_expires_at from app_public.events e where e.id = new.event_id;
    end if;
    new.invited_by := coalesce(new.invited_by, app_public.current_profile_id());
  end if;
  new.rsvp_hash := digest(app_private.rsvp_secret(new.id, new.rsvp_version, key), 'sha256');
  if not new.plus_one_allowed then
    new.plus_one_name := null;
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_guest_invitations__defaults(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_guest_invitations__defaults() IS 'Sets an invitation''s RSVP link hash (from its id and version), door code hash and link expiry (the event''s end), and drops a +1 name when no +1 is allowed.';


--
-- Name: tg_guest_invitations__enqueue_messages(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_guest_invitations__enqueue_messages() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  guest app_public.guests;
begin
  if new.status <> 'accepted' or (tg_op = 'UPDATE' and old.status = 'accepted') then
    return null;
  end if;
  select * into guest from app_public.guests g where g.id = new.guest_id;
  perform app_private.enqueue_outbound_message(new.organization_id, 'email', 'guest', new.guest_id,
    'rsvp_accepted', app_private.outbox_event_variables(new.event_id, guest.full_name)
      || jsonb_build_object('plusOne', new.plus_one_name),
    'invitation', 'rsvp_accepted', new.id, new.event_id);
  return null;
end;
$$;


--
-- Name: FUNCTION tg_guest_invitations__enqueue_messages(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_guest_invitations__enqueue_messages() IS 'An RSVP accepted enqueues its confirmation to the guest by email, in the same transaction (consent checked, idempotent per invitation).';


--
-- Name: tg_guest_invitations__free_places(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_guest_invitations__free_places() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if tg_op = 'DELETE' then
    if old.status = 'accepted' and exists (select 1 from app_public.events e where e.id = old.event_id) then
      perform app_private.promote_waitlist(old.event_id);
    end if;
    return old;
  end if;
  -- UPDATE of plus_one_allowed: a +1 taken away (its name dropped by _070_defaults).
  if old.plus_one_name is not null and new.plus_one_name is null then
    delete from app_public.seat_assignments a where a.invitation_id = new.id and a.plus_one;
    if new.status = 'accepted' then
      perform app_private.promote_waitlist(new.event_id);
    end if;
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_guest_invitations__free_places(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_guest_invitations__free_places() IS 'Gives the places an accepted invitation frees to the waitlist (promote_waitlist): when it is deleted (directly, or with its guest), or when its +1 is taken away (whose seat is freed too).';


--
-- Name: tg_looks__model_confirmed(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_looks__model_confirmed() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if new.talent_id is not null
     and (tg_op = 'INSERT' or new.talent_id is distinct from old.talent_id or new.event_id is distinct from old.event_id) then
    -- FOR SHARE (migration 000014): a decline of this casting waits for this
    -- transaction, then sees the look and marks the run of show stale; a
    -- status change already under way makes this wait and see its outcome.
    perform 1 from app_public.model_castings c
      where c.event_id = new.event_id and c.talent_id = new.talent_id and c.status = 'confirmed'
      for share;
    if not found then
      -- The constraint name lets the dashboard put the refusal by the model field.
      raise exception 'The model of a look must be a confirmed casting of the event.'
        using errcode = 'INVAL', constraint = 'looks_talent_confirmed';
    end if;
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_looks__model_confirmed(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_looks__model_confirmed() IS 'A look''s model must be a confirmed casting of the look''s event when it is set (issue 17), checked under a share lock on the casting so a concurrent decline is ordered after it (and marks the schedules stale) or before it (and this fails); refused with INVAL and the constraint name looks_talent_confirmed.';


--
-- Name: tg_looks__runway_stale(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_looks__runway_stale() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  fields text[];
begin
  if tg_op = 'INSERT' then
    perform app_private.mark_runway_stale(new.event_id,
      jsonb_build_object('kind', 'look_added', 'lookId', new.id, 'title', new.title));
  elsif tg_op = 'DELETE' then
    perform app_private.mark_runway_stale(old.event_id,
      jsonb_build_object('kind', 'look_removed', 'lookId', old.id, 'title', old.title));
  else
    fields := array_remove(array[
      case when new.talent_id is distinct from old.talent_id then 'talentId' end,
      case when new.change_minutes is distinct from old.change_minutes then 'changeMinutes' end,
      case when new.walk_seconds is distinct from old.walk_seconds then 'walkSeconds' end,
      case when new.fixed_position is distinct from old.fixed_position then 'fixedPosition' end,
      case when new.designer_id is distinct from old.designer_id then 'designerId' end
    ], null);
    if cardinality(fields) > 0 then
      perform app_private.mark_runway_stale(new.event_id,
        jsonb_build_object('kind', 'look_changed', 'lookId', new.id, 'title', new.title, 'fields', to_jsonb(fields),
                           'talentId', new.talent_id, 'previousTalentId', old.talent_id));
    end if;
  end if;
  return null;
end;
$$;


--
-- Name: FUNCTION tg_looks__runway_stale(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_looks__runway_stale() IS 'A look added, removed, or given another model, change, walk, fixed position or designer marks the event''s solved schedules stale.';


--
-- Name: tg_memberships__keep_an_owner(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_memberships__keep_an_owner() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  organization uuid;
begin
  if old.role = 'owner' and (tg_op = 'DELETE' or new.role <> 'owner') then
    select o.id into organization from app_public.organizations o where o.id = old.organization_id for no key update;
    -- No row: the organization itself is being deleted, and its memberships
    -- with it: there is no owner to keep and no ownership to manage. (Before,
    -- an owner deleting an organization with two owners was refused: the
    -- cascade removed their own membership first, and then they were no
    -- longer an owner who may remove the other.)
    if organization is null then
      return case when tg_op = 'DELETE' then old else new end;
    end if;
    if not exists (
      select 1 from app_public.memberships m
       where m.organization_id = old.organization_id and m.role = 'owner' and m.id <> old.id
    ) then
      raise exception 'An organization must keep at least one owner.' using errcode = 'OWNER';
    end if;
  end if;
  -- Only owners may grant or take away ownership (anyone may leave).
  if (old.role = 'owner' or (tg_op = 'UPDATE' and new.role = 'owner'))
     and app_public.current_profile_id() is not null
     and not app_private.has_org_role(old.organization_id, '{owner}')
     and not (tg_op = 'DELETE' and old.profile_id = app_public.current_profile_id())
     -- An owner's invitation accepted in this transaction by this member
     -- (accept_invitation checked that its inviter is still an owner).
     and not (tg_op = 'UPDATE' and new.role = 'owner' and exists (
       select 1 from app_public.organization_invitations i
        where i.organization_id = new.organization_id and i.accepted_by = new.profile_id
          and i.role = 'owner' and i.accepted_at = now())) then
    raise exception 'Only owners can manage owners.' using errcode = 'DNIED';
  end if;
  return case when tg_op = 'DELETE' then old else new end;
end;
$$;


--
-- Name: FUNCTION tg_memberships__keep_an_owner(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_memberships__keep_an_owner() IS 'Keeps at least one owner per organization (OWNER), also under concurrent removals: removing or demoting an owner locks the organization row first. Only owners manage owners (DNIED); a member raised to owner by an owner''s invitation accepted in the same transaction is an owner''s act.';


--
-- Name: tg_memberships__revoke_invitations(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_memberships__revoke_invitations() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  with dead as (
    update app_public.organization_invitations i
       set revoked_at = now(), revoked_reason = 'inviter_lost_role'
     where i.organization_id = old.organization_id
       and i.invited_by = old.profile_id
       and i.accepted_at is null
       and i.revoked_at is null
       and (tg_op = 'DELETE' or not app_private.can_grant_role(new.role, i.role))
    returning i.id
  )
  delete from app_private.invitation_tokens t using dead where t.invitation_id = dead.id;
  return null;
end;
$$;


--
-- Name: FUNCTION tg_memberships__revoke_invitations(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_memberships__revoke_invitations() IS 'After a member is removed or their role changes, revokes the pending invitations they sent for roles they may no longer grant.';


--
-- Name: tg_model_castings__enqueue_messages(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_model_castings__enqueue_messages() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  person app_public.talent;
  vars jsonb;
begin
  if tg_op = 'UPDATE' and new.status is not distinct from old.status then
    return null;
  end if;
  if new.status not in ('invited', 'confirmed') then
    return null;
  end if;
  select * into person from app_public.talent t where t.id = new.talent_id;
  if person.id is null or person.erased_at is not null then
    return null;
  end if;
  vars := app_private.outbox_event_variables(new.event_id, coalesce(person.stage_name, person.full_name));
  if new.status = 'invited' then
    perform app_private.enqueue_outbound_message(new.organization_id, channel, 'talent', new.talent_id,
      'casting_invitation', vars, 'casting', 'casting_invitation', new.id, new.event_id)
      from unnest(array['email', 'whatsapp']) as channel;
  else
    perform app_private.enqueue_outbound_message(new.organization_id, 'email', 'talent', new.talent_id,
      'casting_confirmed', vars, 'casting', 'casting_confirmed', new.id, new.event_id);
  end if;
  return null;
end;
$$;


--
-- Name: FUNCTION tg_model_castings__enqueue_messages(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_model_castings__enqueue_messages() IS 'A casting moved to invited enqueues the invitation (email and WhatsApp), one moved to confirmed the confirmation (email), in the same transaction (app_private.enqueue_outbound_message: consent checked, idempotent per casting).';


--
-- Name: tg_model_castings__runway_stale(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_model_castings__runway_stale() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  look_ids jsonb;
begin
  if old.status <> 'confirmed' or (tg_op = 'UPDATE' and new.status = 'confirmed') then
    return null;
  end if;
  select jsonb_agg(l.id order by l.sequence) into look_ids
    from app_public.looks l where l.event_id = old.event_id and l.talent_id = old.talent_id;
  if look_ids is not null then
    perform app_private.mark_runway_stale(old.event_id,
      jsonb_build_object('kind', 'model_unavailable', 'talentId', old.talent_id, 'lookIds', look_ids,
                         'status', case when tg_op = 'DELETE' then 'deleted' else new.status end));
  end if;
  return null;
end;
$$;


--
-- Name: FUNCTION tg_model_castings__runway_stale(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_model_castings__runway_stale() IS 'A confirmed model who walks looks and is no longer confirmed (declined, backup, deleted…) marks the event''s solved schedules stale, naming the looks.';


--
-- Name: tg_outbound_messages__whatsapp(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_outbound_messages__whatsapp() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  purpose text := case new.template_key when 'casting_invitation' then 'casting_invitation'
                                        when 'call_sheet' then 'call_sheet'
                                        when 'reminder' then 'casting_reminder' end;
  template_name text;
  template_language text;
begin
  if new.channel <> 'whatsapp' then
    return new;
  end if;
  if purpose is not null then
    select t.name, t.language_code into template_name, template_language
      from app_private.whatsapp_template(new.organization_id, purpose) t;
  end if;
  new.variables := coalesce(new.variables, '{}'::jsonb) || jsonb_build_object('whatsapp', jsonb_strip_nulls(jsonb_build_object(
    'template', template_name,
    'language', template_language,
    'castingId', case when new.cause_kind = 'casting_invitation' then new.cause_id end)));
  return new;
end;
$$;


--
-- Name: FUNCTION tg_outbound_messages__whatsapp(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_outbound_messages__whatsapp() IS 'A WhatsApp message carries what the channel needs in variables.whatsapp: the organization''s approved template for its template_key (casting_invitation, call_sheet, reminder; none: free text, only inside the 24-hour window) and, for a casting invitation, the casting its quick-reply buttons answer.';


--
-- Name: tg_runway_schedules__stale(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_runway_schedules__stale() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  fields text[];
begin
  -- The solver's own write (solved_at moves) is not a change after solving.
  if old.solved_at is null or new.solved_at is distinct from old.solved_at then
    return new;
  end if;
  fields := array_remove(array[
    case when new.starts_at is distinct from old.starts_at then 'startsAt' end,
    case when new.gap_seconds is distinct from old.gap_seconds then 'gapSeconds' end,
    case when new.default_walk_seconds is distinct from old.default_walk_seconds then 'defaultWalkSeconds' end,
    case when new.change_buffer_minutes is distinct from old.change_buffer_minutes then 'changeBufferMinutes' end,
    case when new.no_back_to_back is distinct from old.no_back_to_back then 'noBackToBack' end,
    case when new.block_order is distinct from old.block_order then 'blockOrder' end,
    case when new.finale_seconds is distinct from old.finale_seconds then 'finaleSeconds' end
  ], null);
  if cardinality(fields) > 0 then
    new.stale_at := coalesce(old.stale_at, now());
    new.stale_reasons := (
      select coalesce(jsonb_agg(r.value order by r.ordinality), '[]')
        from jsonb_array_elements(old.stale_reasons || jsonb_build_array(
               jsonb_build_object('kind', 'settings_changed', 'fields', to_jsonb(fields), 'at', now()))) with ordinality r
       where r.ordinality > jsonb_array_length(old.stale_reasons) + 1 - 50
    );
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_runway_schedules__stale(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_runway_schedules__stale() IS 'Changing a solved schedule''s start time or a setting the solver used marks it stale with the fields changed.';


--
-- Name: tg_seat_assignments__valid(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_seat_assignments__valid() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  invitation app_public.guest_invitations;
begin
  if not exists (select 1 from app_public.seats s join app_public.events e on e.venue_layout_id = s.layout_id
                  where s.id = new.seat_id and e.id = new.event_id) then
    raise exception 'That seat is not in this event''s seating plan.' using errcode = 'INVAL';
  end if;
  select * into invitation from app_public.guest_invitations i where i.id = new.invitation_id;
  if invitation.status <> 'accepted' then
    raise exception 'Only guests who accepted are seated.' using errcode = 'INVAL';
  end if;
  if new.plus_one and invitation.plus_one_name is null then
    raise exception 'This guest brings no +1.' using errcode = 'INVAL';
  end if;
  new.assigned_by := app_public.current_profile_id();
  return new;
end;
$$;


--
-- Name: FUNCTION tg_seat_assignments__valid(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_seat_assignments__valid() IS 'Refuses a seat outside the event''s layout and a person who is not coming (INVAL); records who seated them.';


--
-- Name: tg_talent__consent_not_after_now(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_talent__consent_not_after_now() RETURNS trigger
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if new.consent_granted_at > now() + interval '1 day' then
    raise exception 'Consent cannot be given in the future.' using errcode = '23514', constraint = 'talent_consent_granted_at_past';
  end if;
  if new.consent_granted_at > now() then
    new.consent_granted_at := now();
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_talent__consent_not_after_now(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_talent__consent_not_after_now() IS 'Consent (Ley 1581) is dated at the latest when it is recorded: a consent_granted_at up to a day ahead (a calendar date sent as noon in Bogotá, another time zone) is stored as now(), so it can be withdrawn at once; more than a day ahead is refused (23514 talent_consent_granted_at_past, VALIDATION_FAILED). On every insert and update of the column, whichever function or mutation writes it.';


--
-- Name: tg_talent__minor_needs_guardian(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_talent__minor_needs_guardian() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  person app_public.talent;
  person_id uuid;
begin
  if tg_op = 'DELETE' then
    person_id := old.talent_id;
  elsif tg_table_name = 'talent' then
    person_id := (to_jsonb(new) ->> 'id')::uuid;
  else
    person_id := (to_jsonb(new) ->> 'talent_id')::uuid;
  end if;
  select * into person from app_public.talent where id = person_id;
  if person.id is not null and person.erased_at is null and app_public.talent_is_minor(person)
     and not exists (
       select 1 from app_public.talent_contacts c
        where c.talent_id = person.id and c.guardian_name is not null
          and (c.guardian_phone is not null or c.guardian_email is not null)
     ) then
    raise exception 'A minor needs a guardian contact (name and phone or email).'
      using errcode = 'INVAL', constraint = 'talent_contacts_minor_guardian', column = 'guardian_name';
  end if;
  return null;
end;
$$;


--
-- Name: tg_talent_photos__at_most_twelve(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_talent_photos__at_most_twelve() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  -- The person's row is locked so two uploads at once cannot both be the 13th.
  perform 1 from app_public.talent t where t.id = new.talent_id for update;
  if (select count(*) from app_public.talent_photos p where p.talent_id = new.talent_id) >= 12 then
    raise exception 'A comp card holds at most 12 photos.' using errcode = 'INVAL', column = 'file_id';
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_talent_photos__at_most_twelve(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_talent_photos__at_most_twelve() IS 'Refuses a 13th photo of a person (INVAL).';


--
-- Name: tg_ticket_tiers__within_capacity(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_ticket_tiers__within_capacity() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  event_capacity int;
  others bigint;
begin
  if tg_op = 'UPDATE' and new.event_id = old.event_id and new.quantity <= old.quantity then
    return new;
  end if;
  select e.capacity into event_capacity from app_public.events e where e.id = new.event_id for no key update;
  if event_capacity is null then
    return new;
  end if;
  select coalesce(sum(t.quantity), 0) into others
    from app_public.ticket_tiers t where t.event_id = new.event_id and t.id <> new.id;
  if others + new.quantity > event_capacity then
    raise exception 'The ticket tiers of this event would offer % tickets, more than its capacity of %.',
      others + new.quantity, event_capacity using errcode = 'CAPAC';
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_ticket_tiers__within_capacity(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_ticket_tiers__within_capacity() IS 'Refuses (CAPAC) a tier whose quantity would take the event''s tiers above its capacity; serialised per event by a row lock.';


--
-- Name: tg_vendor_recommendations__availability(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_vendor_recommendations__availability() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if new.status = 'booked' then
    insert into app_public.vendor_availability (organization_id, vendor_id, period, kind, event_id)
    select e.organization_id, new.vendor_id, tstzrange(e.starts_at, e.ends_at), 'booked', e.id
      from app_public.events e where e.id = new.event_id and e.organization_id = new.organization_id
    on conflict (vendor_id, event_id) do nothing;
  elsif tg_op = 'UPDATE' and old.status = 'booked' then
    delete from app_public.vendor_availability a
     where a.vendor_id = old.vendor_id and a.event_id = old.event_id and a.kind = 'booked';
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_vendor_recommendations__availability(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_vendor_recommendations__availability() IS 'Keeps vendor_availability in step with bookings: booked → the vendor is busy for the event''s dates; no longer booked → freed.';


--
-- Name: tg_vendor_recommendations__rating(); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tg_vendor_recommendations__rating() RETURNS trigger
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  -- Only giving or changing the stars is held to the rule; clearing them, or rewriting the note alone
  -- (erase_talent redacts it), is always allowed.
  if new.rating is not distinct from old.rating or new.rating is null then
    return new;
  end if;
  if new.status <> 'booked' then
    raise exception 'Only a booked vendor can be rated.' using errcode = 'VNBKD';
  end if;
  if exists (select 1 from app_public.events e where e.id = new.event_id and e.organization_id = new.organization_id
                and e.ends_at > now()) then
    raise exception 'The vendor can be rated once the event is over.' using errcode = 'VNOVR';
  end if;
  return new;
end;
$$;


--
-- Name: FUNCTION tg_vendor_recommendations__rating(); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tg_vendor_recommendations__rating() IS 'A rating (1 to 5) is given to a booked vendor after its event ended: NOT_BOOKED (VNBKD) or EVENT_NOT_OVER (VNOVR) otherwise. The note alone may always be rewritten (erase_talent redacts it).';


--
-- Name: ticket_code(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.ticket_code(ticket_id uuid) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select app_private.base32(app_private.ticket_secret(ticket_id, app_private.box_office_key()));
$$;


--
-- Name: FUNCTION ticket_code(ticket_id uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.ticket_code(ticket_id uuid) IS 'The code printed on a ticket and in its QR: 26 Crockford base32 characters (128 bits). Only the ticket page, the buyer''s booking page and the confirmation mail show it.';


--
-- Name: ticket_code_hash(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.ticket_code_hash(code text) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select digest(app_private.base32_decode(code, 16), 'sha256');
$$;


--
-- Name: FUNCTION ticket_code_hash(code text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.ticket_code_hash(code text) IS 'SHA-256 of the bytes a ticket code spells (null when the text is not a code): what tickets.code_hash holds.';


--
-- Name: ticket_id(uuid, integer); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.ticket_id(booking_id uuid, seat integer) RETURNS uuid
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select md5('ticket:' || booking_id::text || ':' || seat::text)::uuid;
$$;


--
-- Name: FUNCTION ticket_id(booking_id uuid, seat integer); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.ticket_id(booking_id uuid, seat integer) IS 'The id of seat n of a booking (an md5-derived UUID; ids are not secrets, codes are).';


--
-- Name: ticket_passes(uuid, uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.ticket_passes(booking_id uuid, only_seat uuid DEFAULT NULL::uuid) RETURNS SETOF app_public.ticket_pass
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select app_private.ticket_code(t.id), t.seat, b.quantity,
         case when b.status <> 'paid' then 'not_valid' when t.checked_in_at is not null then 'checked_in' else 'valid' end,
         t.checked_in_at, b.buyer_name, tt.name, b.reference,
         e.id, e.title, e.starts_at, e.ends_at, e.timezone, v.name, v.address, v.city
    from app_public.tickets t
    join app_public.bookings b on b.id = t.booking_id
    join app_public.ticket_tiers tt on tt.id = b.tier_id
    join app_public.events e on e.id = b.event_id
    left join app_public.venues v on v.id = e.venue_id
   where t.booking_id = ticket_passes.booking_id and (only_seat is null or t.id = only_seat)
   order by t.seat;
$$;


--
-- Name: FUNCTION ticket_passes(booking_id uuid, only_seat uuid); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.ticket_passes(booking_id uuid, only_seat uuid) IS 'The passes (with codes) of a booking''s tickets, or of one of them.';


--
-- Name: ticket_secret(uuid, bytea); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.ticket_secret(ticket_id uuid, key bytea) RETURNS bytea
    LANGUAGE sql IMMUTABLE STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select substring(hmac(convert_to('ticket:' || ticket_id::text, 'UTF8'), key, 'sha256') from 1 for 16);
$$;


--
-- Name: FUNCTION ticket_secret(ticket_id uuid, key bytea); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.ticket_secret(ticket_id uuid, key bytea) IS 'The 16 secret bytes (128 bits) of a ticket: HMAC-SHA-256 of its id under the box office key, truncated.';


--
-- Name: tier_counts(uuid); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.tier_counts(tier_id uuid, OUT paid integer, OUT reserved integer) RETURNS record
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce(sum(b.quantity) filter (where b.status = 'paid'), 0)::int,
         coalesce(sum(b.quantity) filter (where b.status = 'pending' and b.expires_at > now()), 0)::int
    from app_public.bookings b where b.tier_id = tier_counts.tier_id and b.status in ('pending', 'paid');
$$;


--
-- Name: FUNCTION tier_counts(tier_id uuid, OUT paid integer, OUT reserved integer); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.tier_counts(tier_id uuid, OUT paid integer, OUT reserved integer) IS 'Paid tickets and tickets in live reservations of a tier.';


--
-- Name: unsubscribe(uuid, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.unsubscribe(message_id uuid, token text) RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  if token is null or message_id is null
     or app_private.outbox_unsubscribe_token(message_id) is distinct from lower(token) then
    return false;
  end if;
  return app_private.record_opt_out(message_id, 'unsubscribe_link', null) is not null;
end;
$$;


--
-- Name: FUNCTION unsubscribe(message_id uuid, token text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.unsubscribe(message_id uuid, token text) IS 'The one-click unsubscribe (RFC 8058) of a message''s link: with the right token, records an opt-out from everything on the message''s channel at once. False for a wrong token or an unknown message.';


--
-- Name: vendor_category_es(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.vendor_category_es(category text) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case category
    when 'catering' then 'catering' when 'lighting' then 'iluminación' when 'sound' then 'sonido'
    when 'staging' then 'escenografía' when 'security' then 'seguridad' when 'photography' then 'fotografía'
    when 'video' then 'video' when 'hair_makeup' then 'peinado y maquillaje' when 'models_agency' then 'agencia de modelos'
    when 'transport' then 'transporte' when 'printing' then 'impresos' else 'otros' end;
$$;


--
-- Name: FUNCTION vendor_category_es(category text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.vendor_category_es(category text) IS 'The es-CO name of a vendor category (sound → sonido).';


--
-- Name: vendor_shortlist(uuid, text, bigint, integer); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.vendor_shortlist(event_id uuid, category text, budget_cop bigint, max_vendors integer DEFAULT 30) RETURNS TABLE(vendor_id uuid, name text, city text, travels boolean, price_min_cop bigint, price_max_cop bigint, capacity integer, rating numeric, past_rating numeric, past_bookings integer, notes text)
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select v.id, v.name, v.city, v.travels, v.price_min_cop, v.price_max_cop, v.capacity, v.rating,
         app_public.vendors_past_rating(v),
         (select count(*)::int from app_public.vendor_recommendations b
           where b.vendor_id = v.id and b.organization_id = v.organization_id and b.status = 'booked'),
         left(v.notes, 500)
    from app_public.events e
    left join app_public.venues ve on ve.id = e.venue_id and ve.organization_id = e.organization_id
    join app_public.vendors v on v.organization_id = e.organization_id and v.category = vendor_shortlist.category
   where e.id = vendor_shortlist.event_id
     -- In the venue's city, or travels (an event without a venue yet: any city).
     and (ve.id is null or v.travels or lower(v.city) = lower(ve.city))
     -- Within budget: its lowest price fits (a vendor without prices is asked for a quote).
     and (v.price_min_cop is null or v.price_min_cop <= vendor_shortlist.budget_cop)
     -- Big enough for the event.
     and (v.capacity is null or e.capacity is null or v.capacity >= e.capacity)
     -- Free on the event's dates.
     and not exists (select 1 from app_public.vendor_availability a
                      where a.vendor_id = v.id and a.organization_id = v.organization_id
                        and a.period && tstzrange(e.starts_at, e.ends_at))
     -- Not already recommended, quoted, booked or declined for this event.
     and not exists (select 1 from app_public.vendor_recommendations r
                      where r.event_id = e.id and r.organization_id = e.organization_id and r.vendor_id = v.id)
   order by coalesce(app_public.vendors_past_rating(v), v.rating) desc nulls last, v.price_min_cop nulls last, v.id
   limit greatest(vendor_shortlist.max_vendors, 0);
$$;


--
-- Name: FUNCTION vendor_shortlist(event_id uuid, category text, budget_cop bigint, max_vendors integer); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.vendor_shortlist(event_id uuid, category text, budget_cop bigint, max_vendors integer) IS 'The vendors the Vendor Coordination agent may rank for an event and a category: the organization''s, in the venue''s city or travelling, lowest price within the budget (COP), capacity for the event, free on its dates, not already recommended for it; best rated first, at most max_vendors.';


--
-- Name: whatsapp_answer(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.whatsapp_answer(text text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case regexp_replace(app_private.fold(coalesce(text, '')), '[^a-z]', '', 'g')
           when 'si' then 'yes'
           when 'no' then 'no'
           when 'parar' then 'stop'
           when 'stop' then 'stop'
           when 'baja' then 'stop'
         end;
$$;


--
-- Name: FUNCTION whatsapp_answer(text text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.whatsapp_answer(text text) IS 'What a short reply means: "SÍ", "Si", "sí." → yes; "NO" → no; "PARAR", "STOP", "BAJA" → stop (opt-out); anything else null (a person reads it). Case, accents, spaces and punctuation do not matter; nothing else may be in the message.';


--
-- Name: whatsapp_number(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.whatsapp_number(phone text) RETURNS text
    LANGUAGE sql IMMUTABLE PARALLEL SAFE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
  select case when length(d) between 8 and 15 then d end
    from (select case
                   when btrim(phone) !~ '^\+' and regexp_replace(phone, '[^0-9]', '', 'g') ~ '^00'
                     then substr(regexp_replace(phone, '[^0-9]', '', 'g'), 3)
                   when btrim(phone) !~ '^\+' and regexp_replace(phone, '[^0-9]', '', 'g') ~ '^3[0-9]{9}$'
                     then '57' || regexp_replace(phone, '[^0-9]', '', 'g')
                   else regexp_replace(phone, '[^0-9]', '', 'g')
                 end as d) n;
$_$;


--
-- Name: FUNCTION whatsapp_number(phone text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.whatsapp_number(phone text) IS 'A phone number as WhatsApp writes it (wa_id): digits with the country code; a Colombian mobile written nationally (10 digits starting with 3) gets 57, a leading 00 is dropped. Null when it cannot be a number (E.164: 8 to 15 digits). Twin of whatsappNumber in tasks/outbox/channels/whatsapp.ts.';


--
-- Name: whatsapp_template(uuid, text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.whatsapp_template(organization uuid, purpose text, OUT name text, OUT language_code text) RETURNS record
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce(t.name, d.name), coalesce(t.language_code, d.language_code)
    from (values ('casting_invitation', 'invitacion_casting', 'es_CO'),
                 ('casting_reminder', 'recordatorio_casting', 'es_CO'),
                 ('call_sheet', 'hoja_de_llamado', 'es_CO')) d(purpose, name, language_code)
    left join app_public.whatsapp_templates t
      on t.organization_id = whatsapp_template.organization and t.purpose = d.purpose
   where d.purpose = whatsapp_template.purpose;
$$;


--
-- Name: FUNCTION whatsapp_template(organization uuid, purpose text, OUT name text, OUT language_code text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.whatsapp_template(organization uuid, purpose text, OUT name text, OUT language_code text) IS 'The template name and language an organization sends for a purpose: its own row in whatsapp_templates, else the default.';


--
-- Name: whatsapp_window_open(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.whatsapp_window_open(number text) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select exists (select 1 from app_private.whatsapp_inbound i
                  where i.from_number = app_private.whatsapp_number(whatsapp_window_open.number)
                    and i.sent_at > now() - interval '24 hours');
$$;


--
-- Name: FUNCTION whatsapp_window_open(number text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.whatsapp_window_open(number text) IS 'Whether free text may be sent to the number: WhatsApp''s customer-service window is open for 24 hours after the person''s last message. Outside it only an approved template may be sent (Meta answers 131047 otherwise).';


--
-- Name: wompi_status_rank(text); Type: FUNCTION; Schema: app_private; Owner: -
--

CREATE FUNCTION app_private.wompi_status_rank(status text) RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case status when 'PENDING' then 0 when 'APPROVED' then 1 when 'DECLINED' then 1 when 'ERROR' then 1
                     when 'VOIDED' then 2 else -1 end;
$$;


--
-- Name: FUNCTION wompi_status_rank(status text); Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON FUNCTION app_private.wompi_status_rank(status text) IS 'Order of Wompi transaction states: PENDING 0; APPROVED, DECLINED, ERROR 1 (final); VOIDED 2 (an approved card payment reversed). A status never moves to a lower rank, so events apply in any order.';


--
-- Name: memberships; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.memberships (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    profile_id uuid NOT NULL,
    role text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT memberships_role_check CHECK ((role = ANY (ARRAY['owner'::text, 'admin'::text, 'producer'::text, 'casting'::text, 'viewer'::text, 'door'::text])))
);


--
-- Name: TABLE memberships; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.memberships IS 'Who belongs to which organization, and with which role.';


--
-- Name: COLUMN memberships.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.memberships.id IS 'Unique identifier of the membership.';


--
-- Name: COLUMN memberships.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.memberships.organization_id IS 'The organization.';


--
-- Name: COLUMN memberships.profile_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.memberships.profile_id IS 'The member.';


--
-- Name: COLUMN memberships.role; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.memberships.role IS 'owner, admin, producer, casting, viewer or door (checks tickets in at events; sees only its organization, its events and its own membership).';


--
-- Name: COLUMN memberships.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.memberships.created_at IS 'When the person joined.';


--
-- Name: COLUMN memberships.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.memberships.updated_at IS 'When the membership was last changed.';


--
-- Name: accept_invitation(text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.accept_invitation(token text) RETURNS app_public.memberships
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  me uuid := app_public.current_profile_id();
  my_profile app_public.profiles;
  invitation app_public.organization_invitations;
  inviter_role text;
  existing app_public.memberships;
  membership app_public.memberships;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select i.* into invitation
    from app_private.invitation_tokens t
    join app_public.organization_invitations i on i.id = t.invitation_id
   where t.token_hash = encode(digest(accept_invitation.token, 'sha256'), 'hex');
  if invitation.id is null then
    raise exception 'That invitation is invalid or has expired.' using errcode = 'NTFND';
  end if;
  -- Lock the inviter's membership before the invitation, the order in which a
  -- demotion locks them (row, then its trigger's invitations), so the two
  -- serialise without deadlock and the check below sees the committed role.
  select m.role into inviter_role from app_public.memberships m
   where m.organization_id = invitation.organization_id and m.profile_id = invitation.invited_by
   for share;
  select i.* into invitation from app_public.organization_invitations i where i.id = invitation.id for update;
  if app_public.organization_invitations_status(invitation) <> 'pending' then
    raise exception 'That invitation is invalid or has expired.' using errcode = 'NTFND';
  end if;
  select p.* into my_profile from app_public.profiles p where p.id = me;
  if my_profile.email_verified_at is null then
    raise exception 'Confirm your email address before accepting an invitation.' using errcode = 'UNVER';
  end if;
  if my_profile.email <> invitation.email then
    raise exception 'This invitation was sent to another email address.' using errcode = 'DNIED';
  end if;
  if inviter_role is null or not app_private.can_grant_role(inviter_role, invitation.role) then
    raise exception 'That invitation is no longer valid: whoever sent it may no longer grant its role.' using errcode = 'NTFND';
  end if;

  select m.* into existing from app_public.memberships m
   where m.organization_id = invitation.organization_id and m.profile_id = me for update;
  -- A member is marked as the acceptor before their role changes: the
  -- owner-keeping trigger reads it as the proof that an owner invited them
  -- (a newcomer is marked after joining, as a reference to a person must be
  -- a member).
  if existing.id is not null then
    update app_public.organization_invitations set accepted_at = now(), accepted_by = me where id = invitation.id;
  end if;
  if existing.id is null then
    insert into app_public.memberships (organization_id, profile_id, role)
      values (invitation.organization_id, me, invitation.role)
      returning * into membership;
  elsif app_private.role_rank(existing.role) > app_private.role_rank(invitation.role) then
    -- An invitation never lowers a role.
    membership := existing;
  else
    update app_public.memberships set role = invitation.role where id = existing.id returning * into membership;
  end if;
  if existing.id is null then
    update app_public.organization_invitations set accepted_at = now(), accepted_by = me where id = invitation.id;
  end if;
  delete from app_private.invitation_tokens where invitation_id = invitation.id;
  return membership;
end;
$$;


--
-- Name: FUNCTION accept_invitation(token text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.accept_invitation(token text) IS 'Joins the organization of a pending invitation, once, with its role, when the signed-in account''s verified email is the invited address and the inviter may still grant that role. An existing membership is never lowered, and never raised above what the inviter may grant now. Errors: LOGIN, NTFND (unknown, used, expired or revoked token, or the inviter lost the right), UNVER (email not verified), DNIED (another address).';


--
-- Name: add_seat_rows(uuid, text, integer, integer, integer); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.add_seat_rows(layout_id uuid, section text, row_count integer, seats_per_row integer, front_rows integer DEFAULT 1) RETURNS SETOF app_public.seats
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  org uuid;
  first_index int;
begin
  select l.organization_id into org from app_public.venue_layouts l where l.id = add_seat_rows.layout_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That layout does not exist.' using errcode = 'NTFND';
  end if;
  if section is null or length(trim(section)) not between 1 and 60 then
    raise exception 'Name the section (1 to 60 characters).' using errcode = 'INVAL';
  end if;
  if row_count not between 1 and 26 or seats_per_row not between 1 and 100 or front_rows not between 0 and row_count then
    raise exception 'Rows must be 1 to 26, seats per row 1 to 100, front rows 0 to the rows.' using errcode = 'INVAL';
  end if;
  select coalesce(max(s.row_index), 0) into first_index
    from app_public.seats s where s.layout_id = add_seat_rows.layout_id and s.section = trim(add_seat_rows.section);
  if first_index + row_count > 26 then
    raise exception 'A section has at most 26 rows (A to Z).' using errcode = 'INVAL';
  end if;
  return query
    insert into app_public.seats (organization_id, layout_id, section, row_label, row_index, seat_number, front_row)
    select org, add_seat_rows.layout_id, trim(add_seat_rows.section), chr(64 + first_index + r), first_index + r, n,
           first_index + r <= front_rows
      from generate_series(1, row_count) r, generate_series(1, seats_per_row) n
    returning *;
end;
$$;


--
-- Name: FUNCTION add_seat_rows(layout_id uuid, section text, row_count integer, seats_per_row integer, front_rows integer); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.add_seat_rows(layout_id uuid, section text, row_count integer, seats_per_row integer, front_rows integer) IS 'Adds rows of seats to a section of a layout: rows labelled on from the section''s last (A, B, … up to Z), seats numbered 1 to seatsPerRow, the first frontRows rows of the section flagged front row. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';


--
-- Name: event_designers; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.event_designers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    designer_id uuid NOT NULL,
    show_order integer NOT NULL,
    collection_name text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_designers_collection_name_length CHECK ((length(collection_name) <= 200)),
    CONSTRAINT event_designers_show_order_check CHECK ((show_order > 0))
);


--
-- Name: TABLE event_designers; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.event_designers IS 'The designers showing at an event, in show order.';


--
-- Name: COLUMN event_designers.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_designers.id IS 'Unique identifier of this line-up entry.';


--
-- Name: COLUMN event_designers.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_designers.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN event_designers.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_designers.event_id IS 'The event.';


--
-- Name: COLUMN event_designers.designer_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_designers.designer_id IS 'The designer.';


--
-- Name: COLUMN event_designers.show_order; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_designers.show_order IS 'Position in the running order (1 opens the show).';


--
-- Name: COLUMN event_designers.collection_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_designers.collection_name IS 'Name of the collection shown.';


--
-- Name: COLUMN event_designers.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_designers.created_at IS 'When the designer was added to the event.';


--
-- Name: COLUMN event_designers.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_designers.updated_at IS 'When this entry was last changed.';


--
-- Name: add_to_line_up(uuid, uuid, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.add_to_line_up(event_id uuid, designer_id uuid, collection_name text DEFAULT NULL::text) RETURNS app_public.event_designers
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  entry app_public.event_designers;
begin
  if add_to_line_up.event_id is null or add_to_line_up.designer_id is null then
    raise exception 'The event and the designer are required.' using errcode = '23502';
  end if;
  -- Two producers appending at once get consecutive places, not the same one.
  perform pg_advisory_xact_lock(hashtextextended('line-up:' || add_to_line_up.event_id, 0));
  insert into app_public.event_designers (event_id, designer_id, collection_name, show_order)
    select add_to_line_up.event_id, add_to_line_up.designer_id, nullif(trim(add_to_line_up.collection_name), ''),
           coalesce((select max(ed.show_order) from app_public.event_designers ed
                      where ed.event_id = add_to_line_up.event_id), 0) + 1
    returning * into entry;
  return entry;
end;
$$;


--
-- Name: FUNCTION add_to_line_up(event_id uuid, designer_id uuid, collection_name text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.add_to_line_up(event_id uuid, designer_id uuid, collection_name text) IS 'Adds a designer at the end of an event''s line-up (show_order = last + 1, serialised per event). Errors: 23505 (the designer is already in the line-up: event_designers_event_id_designer_id_key), 42501 (may not write the line-up), REFERENCE_INVALID (unknown event or designer).';


--
-- Name: ai_usage(timestamp with time zone, uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.ai_usage(since timestamp with time zone, organization_id uuid DEFAULT NULL::uuid) RETURNS app_public.ai_usage_summary
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select count(*),
         count(*) filter (where not l.success),
         coalesce(round(count(*) filter (where not l.success)::numeric / nullif(count(*), 0), 4), 0),
         coalesce(sum(l.tokens_used), 0),
         coalesce(sum(l.cost_usd), 0)
    from app_public.ai_agent_logs l
   where l.created_at >= since
     and l.organization_id = any(app_private.organization_ids_with_role('{owner,admin}'))
     and (ai_usage.organization_id is null or l.organization_id = ai_usage.organization_id);
$$;


--
-- Name: FUNCTION ai_usage(since timestamp with time zone, organization_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.ai_usage(since timestamp with time zone, organization_id uuid) IS 'AI usage since a moment, over the organizations where the caller is owner or admin (or one of them).';


--
-- Name: email_drafts; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.email_drafts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    kind text NOT NULL,
    audience text NOT NULL,
    locale text DEFAULT 'es-CO'::text NOT NULL,
    subject text,
    preheader text,
    sections jsonb,
    status text DEFAULT 'writing'::text NOT NULL,
    written_by text,
    agent_run_id uuid,
    requested_by uuid,
    approved_by uuid,
    approved_at timestamp with time zone,
    recipients integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT email_drafts_audience_check CHECK ((audience = ANY (ARRAY['invited_talent'::text, 'confirmed_talent'::text, 'accepted_guests'::text]))),
    CONSTRAINT email_drafts_complete CHECK (((status = ANY (ARRAY['writing'::text, 'failed'::text, 'discarded'::text])) OR ((subject IS NOT NULL) AND (sections IS NOT NULL)))),
    CONSTRAINT email_drafts_kind_check CHECK ((kind = ANY (ARRAY['casting_invitation'::text, 'call_sheet'::text, 'confirmation'::text, 'reminder'::text, 'thank_you'::text]))),
    CONSTRAINT email_drafts_locale_check CHECK ((locale = ANY (ARRAY['es-CO'::text, 'en'::text]))),
    CONSTRAINT email_drafts_preheader_length CHECK ((length(preheader) <= 200)),
    CONSTRAINT email_drafts_recipients_check CHECK ((recipients >= 0)),
    CONSTRAINT email_drafts_sections_length CHECK ((octet_length((sections)::text) <= 20000)),
    CONSTRAINT email_drafts_status_check CHECK ((status = ANY (ARRAY['writing'::text, 'draft'::text, 'approved'::text, 'discarded'::text, 'failed'::text]))),
    CONSTRAINT email_drafts_subject_length CHECK (((length(subject) >= 1) AND (length(subject) <= 200))),
    CONSTRAINT email_drafts_written_by_check CHECK ((written_by = ANY (ARRAY['openai'::text, 'local'::text])))
);


--
-- Name: TABLE email_drafts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.email_drafts IS 'An email about an event written by the Email Generation agent (or the local writer) as structure — subject, preheader, sections — for a producer to edit and approve; approving sends it through the outbox to every person of the audience with consent. Producers, admins and owners.';


--
-- Name: COLUMN email_drafts.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.id IS 'The draft; its messages have cause email_draft and this id.';


--
-- Name: COLUMN email_drafts.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.organization_id IS 'The organization.';


--
-- Name: COLUMN email_drafts.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.event_id IS 'The event it is about.';


--
-- Name: COLUMN email_drafts.kind; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.kind IS 'casting_invitation, call_sheet (time and place), confirmation, reminder or thank_you.';


--
-- Name: COLUMN email_drafts.audience; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.audience IS 'Who receives it: invited_talent or confirmed_talent (the event''s castings in that status), accepted_guests (RSVPs accepted).';


--
-- Name: COLUMN email_drafts.locale; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.locale IS 'es-CO or en.';


--
-- Name: COLUMN email_drafts.subject; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.subject IS 'The subject (1–200 characters).';


--
-- Name: COLUMN email_drafts.preheader; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.preheader IS 'The line mail clients show after the subject (≤ 200 characters).';


--
-- Name: COLUMN email_drafts.sections; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.sections IS 'The body: [{heading?, paragraphs: [text, …] (1–8), button?: {label, href (http/https)}}] (1–8 sections). "{{nombre}}" in a paragraph becomes each person''s name.';


--
-- Name: COLUMN email_drafts.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.status IS 'writing (the agent is at work) → draft (editable) → approved (sent to the outbox); or discarded, failed (the agent could not write it).';


--
-- Name: COLUMN email_drafts.written_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.written_by IS 'openai (a model) or local (the deterministic writer, without AI).';


--
-- Name: COLUMN email_drafts.agent_run_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.agent_run_id IS 'The Email Generation run that wrote it.';


--
-- Name: COLUMN email_drafts.requested_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.requested_by IS 'Who asked for it.';


--
-- Name: COLUMN email_drafts.approved_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.approved_by IS 'Who approved it.';


--
-- Name: COLUMN email_drafts.approved_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.approved_at IS 'When it was approved (UTC).';


--
-- Name: COLUMN email_drafts.recipients; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.recipients IS 'Messages enqueued when it was approved (people with and without consent; the ones without are suppressed).';


--
-- Name: COLUMN email_drafts.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.created_at IS 'When it was requested.';


--
-- Name: COLUMN email_drafts.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.email_drafts.updated_at IS 'Last change.';


--
-- Name: approve_email_draft(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.approve_email_draft(id uuid) RETURNS app_public.email_drafts
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  draft app_public.email_drafts;
  person record;
  n int := 0;
  content jsonb;
begin
  select * into draft from app_public.email_drafts d where d.id = approve_email_draft.id for update;
  if draft.id is null or not (draft.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That draft does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(draft.organization_id, '{owner,admin,producer}');
  if draft.status <> 'draft' then
    raise exception 'Only a draft can be approved.' using errcode = 'CONFL';
  end if;
  if jsonb_typeof(draft.sections) <> 'array' or jsonb_array_length(draft.sections) not between 1 and 8
     or exists (select 1 from jsonb_array_elements(draft.sections) s
                 where jsonb_typeof(s) <> 'object' or jsonb_typeof(s -> 'paragraphs') <> 'array'
                    or jsonb_array_length(s -> 'paragraphs') not between 1 and 8
                    or exists (select 1 from jsonb_array_elements(s -> 'paragraphs') p
                                where jsonb_typeof(p) <> 'string' or length(p #>> '{}') not between 1 and 2000)) then
    raise exception 'The body must be 1 to 8 sections, each with 1 to 8 paragraphs of 1 to 2,000 characters.' using errcode = '23514';
  end if;
  content := jsonb_build_object('subject', draft.subject, 'preheader', coalesce(draft.preheader, ''), 'sections', draft.sections);
  for person in
    select 'talent' as kind, c.talent_id as id, coalesce(t.stage_name, t.full_name) as name
      from app_public.model_castings c join app_public.talent t on t.id = c.talent_id
     where c.event_id = draft.event_id and draft.audience in ('invited_talent', 'confirmed_talent')
       and c.status = case draft.audience when 'invited_talent' then 'invited' else 'confirmed' end
    union all
    select 'guest', i.guest_id, g.full_name
      from app_public.guest_invitations i join app_public.guests g on g.id = i.guest_id
     where i.event_id = draft.event_id and draft.audience = 'accepted_guests' and i.status = 'accepted'
  loop
    perform app_private.enqueue_outbound_message(draft.organization_id, 'email', person.kind, person.id, 'structured',
      content || jsonb_build_object('name', person.name),
      case person.kind when 'talent' then 'casting' else 'invitation' end,
      'email_draft', draft.id, draft.event_id, false, draft.locale);
    n := n + 1;
  end loop;
  update app_public.email_drafts d
     set status = 'approved', approved_by = app_public.current_profile_id(), approved_at = now(), recipients = n
   where d.id = draft.id
   returning * into draft;
  return draft;
end;
$$;


--
-- Name: FUNCTION approve_email_draft(id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.approve_email_draft(id uuid) IS 'Approves a draft (producer, admin, owner) and sends it, in this transaction, through the outbox to every person of its audience (each checked for consent; without it the message is suppressed); returns it with recipients. Not a draft: CONFLICT.';


--
-- Name: seat_assignments; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.seat_assignments (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    seat_id uuid NOT NULL,
    invitation_id uuid NOT NULL,
    plus_one boolean DEFAULT false NOT NULL,
    assigned_by uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE seat_assignments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.seat_assignments IS 'Who sits where at an event: an accepted guest (or their +1) on a seat of the event''s layout. A seat is never assigned twice at an event, nor a person to two seats (unique constraints). Moved with assignSeat, which refuses a stale move ("someone moved this").';


--
-- Name: COLUMN seat_assignments.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.id IS 'Unique identifier of the assignment.';


--
-- Name: COLUMN seat_assignments.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN seat_assignments.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.event_id IS 'The event.';


--
-- Name: COLUMN seat_assignments.seat_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.seat_id IS 'The seat (of the event''s layout).';


--
-- Name: COLUMN seat_assignments.invitation_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.invitation_id IS 'The invitation whose guest (or +1) sits there.';


--
-- Name: COLUMN seat_assignments.plus_one; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.plus_one IS 'Whether it is the guest''s +1 rather than the guest.';


--
-- Name: COLUMN seat_assignments.assigned_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.assigned_by IS 'Who seated them.';


--
-- Name: COLUMN seat_assignments.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.created_at IS 'When they were first seated.';


--
-- Name: COLUMN seat_assignments.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.seat_assignments.updated_at IS 'When the assignment last changed.';


--
-- Name: assign_seat(uuid, uuid, uuid, boolean, uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.assign_seat(event_id uuid, seat_id uuid, invitation_id uuid, plus_one boolean DEFAULT false, expected_seat_id uuid DEFAULT NULL::uuid) RETURNS app_public.seat_assignments
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  org uuid;
  mine app_public.seat_assignments;
  taken app_public.seat_assignments;
  result app_public.seat_assignments;
begin
  select e.organization_id into org from app_public.events e where e.id = assign_seat.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  -- The person's current assignment, locked.
  select * into mine from app_public.seat_assignments a
   where a.invitation_id = assign_seat.invitation_id and a.plus_one = coalesce(assign_seat.plus_one, false)
   for update;
  if mine.seat_id is distinct from expected_seat_id then
    raise exception 'Someone moved this guest meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end if;
  if mine.seat_id = assign_seat.seat_id then
    return mine;
  end if;
  select * into taken from app_public.seat_assignments a
   where a.event_id = assign_seat.event_id and a.seat_id = assign_seat.seat_id for update;
  if taken.id is not null then
    raise exception 'Someone seated another guest there meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end if;
  begin
    if mine.id is not null then
      update app_public.seat_assignments a set seat_id = assign_seat.seat_id where a.id = mine.id returning * into result;
    else
      insert into app_public.seat_assignments (event_id, seat_id, invitation_id, plus_one)
        values (assign_seat.event_id, assign_seat.seat_id, assign_seat.invitation_id, coalesce(assign_seat.plus_one, false))
        returning * into result;
    end if;
  exception when unique_violation then
    -- A concurrent move took the seat (or seated the person) first.
    raise exception 'Someone seated another guest there meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end;
  return result;
end;
$$;


--
-- Name: FUNCTION assign_seat(event_id uuid, seat_id uuid, invitation_id uuid, plus_one boolean, expected_seat_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.assign_seat(event_id uuid, seat_id uuid, invitation_id uuid, plus_one boolean, expected_seat_id uuid) IS 'Seats an accepted guest (plusOne: their +1) on a seat of the event''s layout, moving them if seated elsewhere. expectedSeatId is where the editor saw the person (null: not seated); if that is no longer so, or the target seat is taken, the move is refused with CONFLICT / SEATING_CHANGED ("someone moved this") and nothing changes, so two producers editing at once never lose an assignment. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED (a seat of another layout, a guest not accepted, no +1), CONFLICT / SEATING_CHANGED.';


--
-- Name: authenticate(text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.authenticate(email text, password text) RETURNS app_public.jwt_token
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  account_id uuid;
  stored_hash text;
  -- bcrypt of a random password nobody knows, at the cost gen_salt('bf')
  -- gives every real hash (6): an unknown address, or an account without a
  -- password (identity provider), is checked against it, so every path
  -- hashes exactly once.
  decoy constant text := '$2a$06$ztx.W6XNM8UqgAsu..rSbuOHAdlCWHvpwkZCFCXPuJUQZBuVAQWZW';
  checked text;
begin
  select p.id, s.password_hash into account_id, stored_hash
    from app_public.profiles p
    left join app_private.profile_secrets s on s.profile_id = p.id
   where p.email = authenticate.email::citext;
  checked := coalesce(stored_hash, decoy);
  if public.crypt(password, checked) = checked and stored_hash is not null then
    return app_private.start_session(account_id);
  end if;
  -- Every failure writes the same one row (no lock on the account): the
  -- answer's timing does not say whether the address has an account.
  insert into app_private.sign_in_failures as f (email_digest, failures, last_failed_at)
    values (app_private.email_digest(authenticate.email), 1, now())
    on conflict (email_digest) do update set failures = f.failures + 1, last_failed_at = excluded.last_failed_at;
  return null;
end;
$_$;


--
-- Name: FUNCTION authenticate(email text, password text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.authenticate(email text, password text) IS 'Signs in with email and password. Returns null when the address is unknown, belongs to an identity-provider account (no password) or the password is wrong, without saying which, and with the same work on every failure (one password check, one failure count per attempted address), so timing does not tell either.';


--
-- Name: auto_seat(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.auto_seat(event_id uuid) RETURNS integer
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  org uuid;
  layout uuid;
  placed int;
begin
  select e.organization_id, e.venue_layout_id into org, layout from app_public.events e where e.id = auto_seat.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  if layout is null then
    raise exception 'Choose a seating plan for the event first.' using errcode = 'INVAL';
  end if;
  perform 1 from app_public.events e where e.id = auto_seat.event_id for update;
  with people as (
    -- Unseated people, tier A first; a +1 right after their guest.
    select i.id as invitation_id, p.plus_one,
           row_number() over (order by g.tier, i.responded_at nulls last, g.full_name, i.id, p.plus_one) as k
      from app_public.guest_invitations i
      join app_public.guests g on g.id = i.guest_id
      cross join lateral (values (false), (true)) as p(plus_one)
     where i.event_id = auto_seat.event_id and i.status = 'accepted'
       and (not p.plus_one or i.plus_one_name is not null)
       and not exists (select 1 from app_public.seat_assignments a where a.invitation_id = i.id and a.plus_one = p.plus_one)
  ), free as (
    -- Free seats, front row first, then row by row from the runway.
    select s.id as seat_id,
           row_number() over (order by s.front_row desc, s.row_index, s.section, s.seat_number) as k
      from app_public.seats s
     where s.layout_id = layout
       and not exists (select 1 from app_public.seat_assignments a where a.event_id = auto_seat.event_id and a.seat_id = s.id)
  )
  insert into app_public.seat_assignments (event_id, seat_id, invitation_id, plus_one)
  select auto_seat.event_id, free.seat_id, people.invitation_id, people.plus_one
    from people join free on free.k = people.k;
  get diagnostics placed = row_count;
  return placed;
end;
$$;


--
-- Name: FUNCTION auto_seat(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.auto_seat(event_id uuid) IS 'Seats every accepted guest (and +1) not yet seated on the free seats of the event''s layout, tier A first into the front row, then by row, a +1 next to their guest; keeps existing assignments. One statement, so a thousand guests are seated within the request''s time. Returns how many people it seated. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED (no layout chosen).';


--
-- Name: book_tickets(uuid, integer, text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.book_tickets(tier_id uuid, quantity integer, buyer_name text, buyer_email text) RETURNS app_public.booking_reservation
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  tier app_public.ticket_tiers;
  event app_public.events;
  booking app_public.bookings;
  held app_public.bookings;
  email text := trim(book_tickets.buyer_email);
  name text := trim(book_tickets.buyer_name);
begin
  if book_tickets.quantity is null or book_tickets.quantity < 1 then
    raise exception 'Book at least one ticket.' using errcode = 'INVAL';
  end if;
  if name is null or length(name) = 0 then
    raise exception 'The buyer''s name is required.' using errcode = 'INVAL';
  end if;
  if length(name) > 200 then
    raise exception 'The buyer''s name may have at most 200 characters.' using errcode = 'INVAL';
  end if;
  if email is null or length(email) > 320 or email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  -- The row lock serialises everything that moves this tier's stock.
  select * into tier from app_public.ticket_tiers t where t.id = book_tickets.tier_id for update;
  if tier.id is not null then
    select * into event from app_public.events e where e.id = tier.event_id;
  end if;
  if tier.id is null
     or not (
       (event.status = 'published' and event.is_public)
       or app_private.has_org_role(event.organization_id, '{owner,admin,producer}')
     ) then
    raise exception 'That ticket tier does not exist.' using errcode = 'NTFND';
  end if;
  if event.status <> 'published' or event.ends_at < now() then
    raise exception 'Tickets for this event are not on sale.' using errcode = 'CLOSD';
  end if;
  if (tier.sales_start_at is not null and now() < tier.sales_start_at)
     or now() >= coalesce(tier.sales_end_at, event.starts_at) then
    raise exception 'Sales for this ticket tier are closed.' using errcode = 'CLOSD';
  end if;
  if book_tickets.quantity > tier.max_per_order then
    raise exception 'You can book at most % tickets of this tier at a time.', tier.max_per_order using errcode = 'MAXPO';
  end if;
  -- Lapsed reservations give their tickets back before anyone is told SOLD_OUT.
  perform app_private.expire_tier_reservations(tier.id);
  select * into tier from app_public.ticket_tiers t where t.id = tier.id;
  select * into held from app_public.bookings b
   where b.tier_id = tier.id and b.buyer_email = email::citext and b.status = 'pending';
  if held.id is not null then
    raise exception 'This email address already has a reservation for this ticket tier, held until %. Pay it or let it expire first.',
      to_char(held.expires_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') using errcode = 'RSVEX';
  end if;
  if tier.sold_count + book_tickets.quantity > tier.quantity then
    raise exception 'Not enough tickets left (% available).', tier.quantity - tier.sold_count using errcode = 'SOLDO';
  end if;
  update app_public.ticket_tiers t set sold_count = t.sold_count + book_tickets.quantity where t.id = tier.id;
  booking.id := gen_random_uuid();
  insert into app_public.bookings (id, organization_id, event_id, tier_id, profile_id, buyer_name, buyer_email,
                                   quantity, total_cop, status, payment_provider, expires_at, confirmed_at)
    values (booking.id, tier.organization_id, tier.event_id, tier.id, app_public.current_profile_id(), name, email,
            book_tickets.quantity, tier.price_cop * book_tickets.quantity,
            case when tier.price_cop = 0 then 'paid' else 'pending' end,
            case when tier.price_cop = 0 then 'free' end,
            case when tier.price_cop = 0 then null else now() + make_interval(mins => app_private.reservation_minutes()) end,
            case when tier.price_cop = 0 then now() end)
    returning * into booking;
  if booking.status = 'paid' then
    perform app_private.booking_confirmed(booking.id);
  end if;
  return row(booking, app_private.booking_access_token(booking.id))::app_public.booking_reservation;
end;
$_$;


--
-- Name: FUNCTION book_tickets(tier_id uuid, quantity integer, buyer_name text, buyer_email text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.book_tickets(tier_id uuid, quantity integer, buyer_name text, buyer_email text) IS 'Reserves 1 to the tier''s max_per_order tickets of a published event for a buyer (name ≤ 200, email ≤ 320 characters). A priced tier gives a pending reservation that holds the tickets for RESERVATION_MINUTES (default 15) until Wompi''s signed event says it is paid; a free tier is paid at once and its tickets mailed. Never oversells: the tier row is locked and lapsed reservations are expired first. The answer carries accessToken, the buyer''s only key to the booking page, payment and tickets. Errors: INVALID_INPUT, INVALID_EMAIL, TOO_MANY_TICKETS (over max_per_order), NOT_FOUND, SALES_CLOSED, RESERVATION_EXISTS (the email already holds a reservation of this tier), SOLD_OUT. One bookTickets per request.';


--
-- Name: booking_by_access_token(text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.booking_by_access_token(access_token text) RETURNS app_public.booking_receipt
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select b.id, b.reference, app_public.bookings_current_status(b), b.quantity, b.total_cop, b.expires_at, b.created_at,
         b.confirmed_at, b.buyer_name, b.buyer_email::text, tt.name, tt.price_cop, e.id, e.title, e.starts_at, e.timezone,
         v.name, v.city,
         (select p.status from app_public.payments p
           where p.booking_id = b.id and p.kind = 'charge' order by p.created_at desc, p.id limit 1),
         exists (select 1 from app_public.payments p where p.booking_id = b.id and p.kind = 'refund' and p.status = 'PENDING')
    from app_private.booking_by_access_token(booking_by_access_token.access_token) b
    join app_public.ticket_tiers tt on tt.id = b.tier_id
    join app_public.events e on e.id = b.event_id
    left join app_public.venues v on v.id = e.venue_id
   where b.id is not null;
$$;


--
-- Name: FUNCTION booking_by_access_token(access_token text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.booking_by_access_token(access_token text) IS 'The booking page (/reserva/<token>): its status as of now, amounts, event, and the latest payment attempt. Null for a token that opens nothing.';


--
-- Name: booking_passes(text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.booking_passes(access_token text) RETURNS SETOF app_public.ticket_pass
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select p.* from app_private.booking_by_access_token(booking_passes.access_token) b,
         lateral app_private.ticket_passes(b.id) p
   where b.status = 'paid';
$$;


--
-- Name: FUNCTION booking_passes(access_token text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.booking_passes(access_token text) IS 'The tickets (with their codes) of the booking an access token opens, once it is paid; none before.';


--
-- Name: bookings_current_status(app_public.bookings); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.bookings_current_status(booking app_public.bookings) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case when booking.status = 'pending' and booking.expires_at <= now() then 'expired' else booking.status end;
$$;


--
-- Name: FUNCTION bookings_current_status(booking app_public.bookings); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.bookings_current_status(booking app_public.bookings) IS 'The status as of now: a reservation past expires_at reads expired even before the minute job records it.';


--
-- Name: agent_runs; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.agent_runs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid,
    agent_type text NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    requested_by uuid,
    input jsonb DEFAULT '{}'::jsonb NOT NULL,
    output jsonb,
    error_code text,
    error_message text,
    attempts integer DEFAULT 0 NOT NULL,
    started_at timestamp with time zone,
    finished_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    kept_answer jsonb,
    deadline_at timestamp with time zone,
    CONSTRAINT agent_runs_agent_type_check CHECK ((agent_type = ANY (ARRAY['model_casting'::text, 'runway_timing'::text, 'vendor_coordination'::text, 'event_health'::text, 'email_generation'::text, 'whatsapp_automation'::text]))),
    CONSTRAINT agent_runs_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'running'::text, 'succeeded'::text, 'failed'::text, 'cancelled'::text])))
);


--
-- Name: TABLE agent_runs; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.agent_runs IS 'One request to an AI agent and its outcome.';


--
-- Name: COLUMN agent_runs.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.id IS 'Unique identifier of the run.';


--
-- Name: COLUMN agent_runs.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.organization_id IS 'Organization that requested the run.';


--
-- Name: COLUMN agent_runs.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.event_id IS 'Event the run is about, if any.';


--
-- Name: COLUMN agent_runs.agent_type; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.agent_type IS 'model_casting, runway_timing, vendor_coordination, event_health, email_generation or whatsapp_automation.';


--
-- Name: COLUMN agent_runs.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.status IS 'queued, running, succeeded, failed or cancelled.';


--
-- Name: COLUMN agent_runs.requested_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.requested_by IS 'Who asked for the run.';


--
-- Name: COLUMN agent_runs.input; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.input IS 'What the agent was asked (ids and parameters, no personal contact data). Its shape depends on agent_type: the request function of each agent states it in its COMMENT (e.g. request_model_casting: {briefId: uuid, eventId: uuid}).';


--
-- Name: COLUMN agent_runs.output; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.output IS 'Summary of the result.';


--
-- Name: COLUMN agent_runs.error_code; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.error_code IS 'Why the run failed, as a stable code from the error catalogue (shared/errors.ts), e.g. RATE_LIMITED, AI_INVALID_OUTPUT, CANCELLED; the client translates it. Null while it has not failed.';


--
-- Name: COLUMN agent_runs.error_message; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.error_message IS '@deprecated Read errorCode: the client translates it (the error catalogue, shared/errors.ts).
Always null: a run stores why it failed as a code (errorCode); kept so existing queries still validate.';


--
-- Name: COLUMN agent_runs.attempts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.attempts IS 'How many times a worker picked the run up.';


--
-- Name: COLUMN agent_runs.started_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.started_at IS 'When a worker first started the run.';


--
-- Name: COLUMN agent_runs.finished_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.finished_at IS 'When the run reached a final status.';


--
-- Name: COLUMN agent_runs.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.created_at IS 'When the run was requested.';


--
-- Name: COLUMN agent_runs.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.updated_at IS 'When the run last changed.';


--
-- Name: COLUMN agent_runs.kept_answer; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.kept_answer IS '@behavior -*
A validated (salvaged, sanitised) model answer whose persist failed, with its salvage steps, provider, model and attempt: the retry stores it without calling the provider again. Worker-only; cleared when the run finishes.';


--
-- Name: COLUMN agent_runs.deadline_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.agent_runs.deadline_at IS 'When the running attempt should have finished (set by the worker when it starts one); /health reports running runs past it.';


--
-- Name: cancel_agent_run(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.cancel_agent_run(id uuid) RETURNS app_public.agent_runs
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  run app_public.agent_runs;
begin
  select * into run from app_public.agent_runs r where r.id = cancel_agent_run.id for update;
  if run.id is null or not (run.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That agent run does not exist.' using errcode = 'NTFND';
  end if;
  if run.requested_by is distinct from app_public.current_profile_id() then
    perform app_private.assert_org_role(run.organization_id, '{owner,admin}');
  end if;
  if run.status not in ('queued', 'running') then
    raise exception 'Only queued or running runs can be cancelled (this one is %).', run.status using errcode = 'CONFL';
  end if;
  -- A queued job is deleted; a running one (locked by a worker) can no longer be retried, and
  -- the worker, which checks the run's status between steps, stores nothing.
  perform graphile_worker.remove_job('agent_run:' || run.id);
  update app_public.agent_runs r
     set status = 'cancelled', finished_at = now(), error_code = 'CANCELLED', kept_answer = null
   where r.id = run.id
   returning * into run;
  return run;
end;
$$;


--
-- Name: FUNCTION cancel_agent_run(id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.cancel_agent_run(id uuid) IS 'Cancels a queued or running agent run (its requester, an admin or an owner): error code CANCELLED. A running run stops at its next step and stores nothing; a finished one: CONFLICT.';


--
-- Name: cancel_booking(uuid, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.cancel_booking(booking_id uuid, reason text DEFAULT NULL::text) RETURNS app_public.bookings
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  booking app_public.bookings := app_private.lock_booking(cancel_booking.booking_id, '{owner,admin,producer}');
  charge app_public.payments;
begin
  if length(reason) > 500 then
    raise exception 'The reason may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  if booking.status in ('cancelled', 'refunded') then
    return booking; -- already closed: nothing moves twice
  end if;
  if booking.status = 'paid' and booking.total_cop > 0 then
    raise exception 'This booking is paid: refund it instead.' using errcode = 'CONFL';
  end if;
  update app_public.bookings b set status = 'cancelled', closed_at = now(), closed_by = app_public.current_profile_id(),
                                   close_reason = nullif(trim(cancel_booking.reason), '')
   where b.id = booking.id returning * into booking;
  return booking;
end;
$$;


--
-- Name: FUNCTION cancel_booking(booking_id uuid, reason text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.cancel_booking(booking_id uuid, reason text) IS 'Cancels a reservation (pending or expired) or a free booking; its tickets return to sale once. Owners, admins and producers of the event''s organization. A paid booking must be refunded (CONFLICT); an already closed one is returned unchanged. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED (reason over 500 characters), CONFLICT.';


--
-- Name: events; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.events (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    organizer_id uuid,
    venue_id uuid,
    title text NOT NULL,
    slug public.citext NOT NULL,
    description text,
    starts_at timestamp with time zone NOT NULL,
    ends_at timestamp with time zone NOT NULL,
    timezone text DEFAULT 'America/Bogota'::text NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    capacity integer,
    metadata jsonb DEFAULT '{}'::jsonb NOT NULL,
    is_public boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    cover_file_id uuid,
    required_vendor_categories text[] DEFAULT '{sound,lighting,catering,security,hair_makeup,photography}'::text[] NOT NULL,
    guest_capacity integer,
    rsvp_closes_at timestamp with time zone,
    venue_layout_id uuid,
    CONSTRAINT events_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT events_check CHECK ((ends_at > starts_at)),
    CONSTRAINT events_description_length CHECK ((length(description) <= 5000)),
    CONSTRAINT events_guest_capacity_check CHECK ((guest_capacity > 0)),
    CONSTRAINT events_metadata_check CHECK ((jsonb_typeof(metadata) = 'object'::text)),
    CONSTRAINT events_metadata_length CHECK ((octet_length((metadata)::text) <= 20000)),
    CONSTRAINT events_required_vendor_categories_check CHECK ((required_vendor_categories <@ ARRAY['catering'::text, 'lighting'::text, 'sound'::text, 'staging'::text, 'security'::text, 'photography'::text, 'video'::text, 'hair_makeup'::text, 'models_agency'::text, 'transport'::text, 'printing'::text, 'other'::text])),
    CONSTRAINT events_required_vendor_categories_check1 CHECK (app_private.text_array_fits(required_vendor_categories, 12, 20)),
    CONSTRAINT events_slug_check CHECK (((slug OPERATOR(public.~) '^[a-z0-9]+(-[a-z0-9]+)*$'::public.citext) AND (length((slug)::text) <= 100))),
    CONSTRAINT events_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text, 'cancelled'::text, 'completed'::text]))),
    CONSTRAINT events_timezone_iana CHECK (app_private.is_time_zone(timezone)),
    CONSTRAINT events_title_check CHECK (((length(TRIM(BOTH FROM title)) >= 1) AND (length(TRIM(BOTH FROM title)) <= 200))),
    CONSTRAINT events_title_length CHECK ((length(title) <= 200))
);


--
-- Name: TABLE events; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.events IS 'A fashion show or event produced by an organization.';


--
-- Name: COLUMN events.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.id IS 'Unique identifier of the event.';


--
-- Name: COLUMN events.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.organization_id IS 'Organization producing the event.';


--
-- Name: COLUMN events.organizer_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.organizer_id IS 'Profile of the lead producer: a member of the event''s organization.';


--
-- Name: COLUMN events.venue_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.venue_id IS 'Where the event happens (a venue of the same organization).';


--
-- Name: COLUMN events.title; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.title IS 'Event title.';


--
-- Name: COLUMN events.slug; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.slug IS 'URL-friendly identifier, unique within the organization.';


--
-- Name: COLUMN events.description; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.description IS 'Public description.';


--
-- Name: COLUMN events.starts_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.starts_at IS 'When doors open / the show starts.';


--
-- Name: COLUMN events.ends_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.ends_at IS 'When the event ends; after starts_at.';


--
-- Name: COLUMN events.timezone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.timezone IS 'IANA time zone of the event, e.g. America/Bogota (the default); other spellings are refused.';


--
-- Name: COLUMN events.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.status IS 'draft, published, cancelled or completed.';


--
-- Name: COLUMN events.capacity; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.capacity IS 'Maximum audience for this event; the ticket tiers together never offer more.';


--
-- Name: COLUMN events.metadata; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.metadata IS 'Free-form structured details (dress code, season, hashtags...), at most 20,000 bytes as JSON text.';


--
-- Name: COLUMN events.is_public; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.is_public IS 'Whether a published event is listed publicly and sells tickets to anyone.';


--
-- Name: COLUMN events.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.created_at IS 'When the event was created.';


--
-- Name: COLUMN events.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.updated_at IS 'When the event was last changed.';


--
-- Name: COLUMN events.cover_file_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.cover_file_id IS 'Cover image of the event (a file uploaded as event_cover); shown on the public page of a published public event. Replacing or removing it deletes the old one.';


--
-- Name: COLUMN events.required_vendor_categories; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.required_vendor_categories IS 'The vendor categories this event needs booked (default: sound, lighting, catering, security, hair_makeup, photography). Event Health reports each one without a booked vendor.';


--
-- Name: COLUMN events.guest_capacity; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.guest_capacity IS 'Invited people (guests and their +1s) the show can seat; accepting beyond it puts the party on the waitlist. Null: no limit.';


--
-- Name: COLUMN events.rsvp_closes_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.rsvp_closes_at IS 'When RSVPs close (UTC): after it, links still open but answers are refused (RSVP_CLOSED). Null: until the show starts.';


--
-- Name: COLUMN events.venue_layout_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.events.venue_layout_id IS 'The seating plan guests are seated on (one of the organization''s venue layouts).';


--
-- Name: cancel_event(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.cancel_event(event_id uuid) RETURNS app_public.events
    LANGUAGE plpgsql STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  event app_public.events;
begin
  select e.* into event from app_public.events e where e.id = cancel_event.event_id;
  if event.id is null then
    raise exception 'There is no such event.' using errcode = 'NTFND';
  end if;
  if event.status = 'cancelled' then
    return event;
  end if;
  if event.status = 'completed' then
    raise exception 'A completed event cannot be cancelled.' using errcode = 'CONFL';
  end if;
  update app_public.events e set status = 'cancelled' where e.id = cancel_event.event_id returning e.* into event;
  if event.id is null then
    raise exception 'You may not cancel this event.' using errcode = 'DNIED';
  end if;
  return event;
end;
$$;


--
-- Name: FUNCTION cancel_event(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.cancel_event(event_id uuid) IS 'Cancels a draft or published event (producers, admins and owners); final. Its box office closes in the same transaction: reservations and free bookings are cancelled, paid bookings refunded with the refund owed recorded (see refundBooking), and no booking can be made for it any more. Errors: NTFND, DNIED, CONFL (completed).';


--
-- Name: cancel_guest_invitation(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.cancel_guest_invitation(invitation_id uuid) RETURNS app_public.guest_invitations
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  invitation app_public.guest_invitations := app_private.lock_invitation(cancel_guest_invitation.invitation_id);
begin
  if invitation.status = 'cancelled' then
    return invitation;
  end if;
  update app_public.guest_invitations i set status = 'cancelled' where i.id = invitation.id returning * into invitation;
  delete from app_public.seat_assignments a where a.invitation_id = invitation.id;
  perform app_private.promote_waitlist(invitation.event_id);
  return invitation;
end;
$$;


--
-- Name: FUNCTION cancel_guest_invitation(invitation_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.cancel_guest_invitation(invitation_id uuid) IS 'Withdraws an invitation: its link opens nothing, its seats are freed and its places go to the waitlist. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND.';


--
-- Name: check_in_counts(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.check_in_counts(event_id uuid) RETURNS SETOF app_public.gate_count
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  org uuid;
begin
  select e.organization_id into org from app_public.events e where e.id = check_in_counts.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer,door}') then
    return;
  end if;
  return query
    select g.gate, g.entries from (
      select p.gate, sum(p.people)::int as entries
        from (
          select t.checked_in_gate as gate, 1 as people
            from app_public.tickets t
           where t.event_id = check_in_counts.event_id and t.checked_in_at is not null
          union all
          select i.checked_in_gate, app_public.guest_invitations_party_size(i)
            from app_public.guest_invitations i
           where i.event_id = check_in_counts.event_id and i.checked_in_at is not null
        ) p
       group by rollup (p.gate)
    ) g order by g.gate nulls first;
end;
$$;


--
-- Name: FUNCTION check_in_counts(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.check_in_counts(event_id uuid) IS 'People on site per gate, and the total (the row whose gate is null): checked-in tickets (one person each) and guest invitations (their party: the guest and their +1). For door staff, producers, admins and owners of the event''s organization; nothing for anyone else.';


--
-- Name: check_in_ticket(text, text, uuid, timestamp with time zone, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.check_in_ticket(code text, gate text, event_id uuid DEFAULT NULL::uuid, scanned_at timestamp with time zone DEFAULT NULL::timestamp with time zone, device_id text DEFAULT NULL::text) RETURNS app_public.check_in_result
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  me uuid := app_public.current_profile_id();
  door_orgs uuid[] := app_private.organization_ids_with_role('{owner,admin,producer,door}');
  ticket app_public.tickets;
  invitation app_public.guest_invitations;
  scanned timestamptz := coalesce(check_in_ticket.scanned_at, clock_timestamp());
  scanned_hash bytea := app_private.ticket_code_hash(check_in_ticket.code);
  method text := case when check_in_ticket.scanned_at is null then 'scan' else 'offline_sync' end;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if cardinality(door_orgs) = 0 then
    raise exception 'Only door staff, producers, admins and owners check tickets in.' using errcode = 'DNIED';
  end if;
  perform app_private.check_in_inputs(check_in_ticket.gate, check_in_ticket.scanned_at, check_in_ticket.device_id);
  if scanned > now() + interval '2 minutes' or scanned < now() - interval '7 days' then
    raise exception 'scannedAt must be within the last 7 days and not in the future.' using errcode = 'INVAL';
  end if;
  select * into ticket from app_public.tickets t
   where t.code_hash = scanned_hash and t.organization_id = any(door_orgs)
   for update;
  if ticket.id is not null then
    return app_private.check_in(ticket, check_in_ticket.event_id, trim(check_in_ticket.gate), scanned,
                                nullif(trim(check_in_ticket.device_id), ''), method);
  end if;
  select * into invitation from app_public.guest_invitations i
   where i.door_code_hash = scanned_hash and i.organization_id = any(door_orgs)
   for update;
  if invitation.id is not null then
    return app_private.check_in_guest(invitation, check_in_ticket.event_id, trim(check_in_ticket.gate), scanned,
                                      nullif(trim(check_in_ticket.device_id), ''), method);
  end if;
  return row('not_found', null, null, null, null, null, null, null, null, null, null, null, null, null, null)::app_public.check_in_result;
end;
$$;


--
-- Name: FUNCTION check_in_ticket(code text, gate text, event_id uuid, scanned_at timestamp with time zone, device_id text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.check_in_ticket(code text, gate text, event_id uuid, scanned_at timestamp with time zone, device_id text) IS 'Checks in the ticket, or the guest invitation, a scanned code opens, at a gate (1 to 60 characters), once: of two scans at the same moment one wins and the other gets already_checked_in with the first''s time and gate. An invitation admits its party (seats = 1, or 2 with a +1) when accepted, and answers with the guest''s category, tier and seats. eventId (optional) refuses another event''s code. scannedAt (offline scans synced later; within the last 7 days) makes the earliest scan by time the check-in of record. Door staff, producers, admins and owners of the organization; another organization''s code is not_found. Errors: UNAUTHENTICATED, FORBIDDEN (no door role anywhere), VALIDATION_FAILED.';


--
-- Name: check_in_ticket_by_hand(uuid, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.check_in_ticket_by_hand(ticket_id uuid, gate text) RETURNS app_public.check_in_result
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  ticket app_public.tickets;
begin
  perform app_private.check_in_inputs(check_in_ticket_by_hand.gate, null, null);
  select * into ticket from app_public.tickets t where t.id = check_in_ticket_by_hand.ticket_id;
  if ticket.id is null or not app_private.has_org_role(ticket.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That ticket does not exist.' using errcode = 'NTFND';
  end if;
  select * into ticket from app_public.tickets t where t.id = ticket.id for update;
  return app_private.check_in(ticket, null, trim(check_in_ticket_by_hand.gate), clock_timestamp(), null, 'manual');
end;
$$;


--
-- Name: FUNCTION check_in_ticket_by_hand(ticket_id uuid, gate text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.check_in_ticket_by_hand(ticket_id uuid, gate text) IS 'A supervisor checks a ticket in without its code (found by the buyer''s name): producers, admins and owners. Same once-only rule as checkInTicket. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';


--
-- Name: complete_refund(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.complete_refund(payment_id uuid) RETURNS app_public.payments
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  refund app_public.payments;
begin
  select * into refund from app_public.payments p where p.id = complete_refund.payment_id and p.kind = 'refund';
  if refund.id is null or not app_private.has_org_role(refund.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That refund does not exist.' using errcode = 'NTFND';
  end if;
  update app_public.payments p
     set status = 'APPROVED', settled_at = coalesce(p.settled_at, now()),
         recorded_by = coalesce(p.recorded_by, app_public.current_profile_id())
   where p.id = refund.id and p.status = 'PENDING'
   returning * into refund;
  if refund.id is null then
    select * into refund from app_public.payments p where p.id = complete_refund.payment_id;
  end if;
  return refund;
end;
$$;


--
-- Name: FUNCTION complete_refund(payment_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.complete_refund(payment_id uuid) IS 'Records that an owed refund was paid out to the buyer (status APPROVED, who and when). Idempotent. Owners, admins and producers. Errors: UNAUTHENTICATED, NOT_FOUND.';


--
-- Name: complete_registration(text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.complete_registration(token text, password text) RETURNS app_public.jwt_token
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  token_digest text := encode(digest(complete_registration.token, 'sha256'), 'hex');
  registration app_private.pending_registrations;
  profile app_public.profiles;
begin
  select r.* into registration from app_private.pending_registrations r where r.token_hash = token_digest;
  if registration.id is null or registration.expires_at <= now() then
    raise exception 'That link is invalid, was already used or has expired. Register again to get a new one.' using errcode = 'NTFND';
  end if;
  -- The link proves the mailbox; the password proves this is the person who
  -- registered. Neither alone makes an account.
  if crypt(complete_registration.password, registration.password_hash) <> registration.password_hash then
    raise exception 'That is not the password chosen when registering with this link.' using errcode = 'CREDS';
  end if;
  -- Completions of one address run one at a time (a second one sees the first's account).
  perform pg_advisory_xact_lock(hashtextextended('register:' || lower(registration.email), 0));
  select r.* into registration from app_private.pending_registrations r where r.token_hash = token_digest for update;
  if registration.id is null then
    raise exception 'That link is invalid, was already used or has expired. Register again to get a new one.' using errcode = 'NTFND';
  end if;
  select p.* into profile from app_public.profiles p where p.email = registration.email for update;
  if profile.id is null then
    insert into app_public.profiles (email, full_name, locale, email_verified_at)
      values (registration.email, registration.full_name, registration.locale, now())
      returning * into profile;
    insert into app_private.profile_secrets (profile_id, password_hash) values (profile.id, registration.password_hash);
  elsif profile.email_verified_at is null and profile.auth_subject is null
        and not exists (select 1 from app_public.memberships m where m.profile_id = profile.id) then
    -- An unverified account from before pending registrations: nobody proved
    -- they own the address, and it holds nothing. This registration takes it
    -- over; whoever set its password is signed out.
    update app_public.profiles p
       set full_name = registration.full_name, locale = registration.locale, email_verified_at = now()
     where p.id = profile.id returning * into profile;
    insert into app_private.profile_secrets (profile_id, password_hash) values (profile.id, registration.password_hash)
      on conflict (profile_id) do update set password_hash = excluded.password_hash;
    update app_private.sessions s set revoked_at = now() where s.profile_id = profile.id and s.revoked_at is null;
    update app_private.email_verification_tokens t set used_at = now() where t.profile_id = profile.id and t.used_at is null;
  else
    raise exception 'This address already has an account: sign in instead.' using errcode = 'NUNIQ';
  end if;
  -- The address is owned now: every other registration of it dies.
  delete from app_private.pending_registrations r where r.email = registration.email;
  return app_private.start_session(profile.id);
end;
$$;


--
-- Name: FUNCTION complete_registration(token text, password text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.complete_registration(token text, password text) IS 'Follows a registration''s link: with its token (from the mail) and the password chosen when registering, creates the account as that registration made it (verified) and returns the JWT payload of a new session; the address''s other pending registrations die. Errors: NTFND (unknown, used or expired link), CREDS (not that registration''s password), NUNIQ (the address got an account meanwhile: sign in).';


--
-- Name: organizations; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.organizations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    name text NOT NULL,
    slug public.citext NOT NULL,
    country text DEFAULT 'CO'::text NOT NULL,
    timezone text DEFAULT 'America/Bogota'::text NOT NULL,
    currency text DEFAULT 'COP'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    city text,
    logo_file_id uuid,
    CONSTRAINT organizations_city_length CHECK ((length(city) <= 100)),
    CONSTRAINT organizations_country_check CHECK ((country ~ '^[A-Z]{2}$'::text)),
    CONSTRAINT organizations_country_length CHECK ((length(country) <= 2)),
    CONSTRAINT organizations_currency_check CHECK ((currency ~ '^[A-Z]{3}$'::text)),
    CONSTRAINT organizations_currency_length CHECK ((length(currency) <= 3)),
    CONSTRAINT organizations_name_check CHECK (((length(TRIM(BOTH FROM name)) >= 1) AND (length(TRIM(BOTH FROM name)) <= 200))),
    CONSTRAINT organizations_name_length CHECK ((length(name) <= 200)),
    CONSTRAINT organizations_slug_check CHECK (((slug OPERATOR(public.~) '^[a-z0-9]+(-[a-z0-9]+)*$'::public.citext) AND (length((slug)::text) <= 64))),
    CONSTRAINT organizations_timezone_iana CHECK (app_private.is_time_zone(timezone))
);


--
-- Name: TABLE organizations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.organizations IS 'A production company or agency. Every tenant-owned row belongs to exactly one organization.';


--
-- Name: COLUMN organizations.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.id IS 'Unique identifier of the organization.';


--
-- Name: COLUMN organizations.name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.name IS 'Display name.';


--
-- Name: COLUMN organizations.slug; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.slug IS 'Unique URL-friendly identifier (lowercase letters, digits and dashes).';


--
-- Name: COLUMN organizations.country; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.country IS 'ISO 3166-1 alpha-2 country code (default CO).';


--
-- Name: COLUMN organizations.timezone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.timezone IS 'IANA time zone used to show dates, e.g. America/Bogota (the default); other spellings are refused.';


--
-- Name: COLUMN organizations.currency; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.currency IS 'ISO 4217 currency code for money (default COP).';


--
-- Name: COLUMN organizations.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.created_at IS 'When the organization was created.';


--
-- Name: COLUMN organizations.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.updated_at IS 'When the organization was last changed.';


--
-- Name: COLUMN organizations.city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.city IS 'Home city of the agency (e.g. Bogotá), up to 100 characters; optional.';


--
-- Name: COLUMN organizations.logo_file_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organizations.logo_file_id IS 'Logo of the organization (a file uploaded as organization_logo). Replacing or removing it deletes the old one.';


--
-- Name: create_organization(text, text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.create_organization(name text, slug text, city text DEFAULT NULL::text) RETURNS app_public.organizations
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  me uuid := app_public.current_profile_id();
  org app_public.organizations;
begin
  -- An unverified account could be a stranger holding someone else's address:
  -- an organization planted there would pass to the real owner on linking.
  perform app_private.assert_email_verified();
  -- Not STRICT (city is optional): a missing name or slug is refused by the
  -- same constraint a blank one is, so the dashboard shows it by that field.
  if create_organization.name is null then
    raise exception 'The name is required.' using errcode = '23514', constraint = 'organizations_name_check';
  end if;
  if create_organization.slug is null then
    raise exception 'The slug is required.' using errcode = '23514', constraint = 'organizations_slug_check';
  end if;
  if exists (select 1 from app_public.organizations o where o.slug = create_organization.slug::citext) then
    raise exception 'That organization slug is already taken.' using errcode = 'NUNIQ', constraint = 'organizations_slug_key';
  end if;
  insert into app_public.organizations (name, slug, city)
    values (trim(create_organization.name), lower(create_organization.slug), nullif(trim(create_organization.city), ''))
    returning * into org;
  insert into app_public.memberships (organization_id, profile_id, role) values (org.id, me, 'owner');
  return org;
end;
$$;


--
-- Name: FUNCTION create_organization(name text, slug text, city text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.create_organization(name text, slug text, city text) IS 'Creates an organization (an agency: name, URL slug of lowercase letters, digits and dashes, optional city) and makes the caller its owner. Errors: LOGIN, UNVER (email not verified), NUNIQ (slug taken, constraint organizations_slug_key), 23514 (name or slug missing or invalid, with the constraint).';


--
-- Name: current_organization_ids(); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.current_organization_ids() RETURNS uuid[]
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
begin
  return (select coalesce(array_agg(m.organization_id), '{}') from app_public.memberships m
           where m.profile_id = app_public.current_profile_id() and m.role <> 'door');
end;
$$;


--
-- Name: FUNCTION current_organization_ids(); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.current_organization_ids() IS 'Organizations whose content the signed-in profile reads: every membership but door (door staff see only their organization, its events and their own membership).';


--
-- Name: profiles; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.profiles (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email public.citext NOT NULL,
    full_name text NOT NULL,
    locale text DEFAULT 'es-CO'::text NOT NULL,
    phone text,
    avatar_url text,
    auth_subject text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    email_verified_at timestamp with time zone,
    CONSTRAINT profiles_avatar_url_check CHECK ((avatar_url ~ '^https://'::text)),
    CONSTRAINT profiles_avatar_url_length CHECK ((length(avatar_url) <= 2048)),
    CONSTRAINT profiles_email_check CHECK (((email OPERATOR(public.~) '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::public.citext) AND (length((email)::text) <= 320))),
    CONSTRAINT profiles_full_name_check CHECK (((length(TRIM(BOTH FROM full_name)) >= 1) AND (length(TRIM(BOTH FROM full_name)) <= 200))),
    CONSTRAINT profiles_full_name_length CHECK ((length(full_name) <= 200)),
    CONSTRAINT profiles_locale_check CHECK ((locale = ANY (ARRAY['es-CO'::text, 'en'::text]))),
    CONSTRAINT profiles_phone_check CHECK ((phone ~ '^\+?[0-9 ()-]{7,20}$'::text)),
    CONSTRAINT profiles_phone_length CHECK ((length(phone) <= 20))
);


--
-- Name: TABLE profiles; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.profiles IS 'A person who signs in to FashionOS. Profiles are global; what they see depends on their memberships.';


--
-- Name: COLUMN profiles.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.id IS 'Unique identifier of the profile.';


--
-- Name: COLUMN profiles.email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.email IS 'Sign-in email address (case-insensitive, unique).';


--
-- Name: COLUMN profiles.full_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.full_name IS 'Name shown to teammates.';


--
-- Name: COLUMN profiles.locale; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.locale IS 'Preferred language of the interface: es-CO (default) or en.';


--
-- Name: COLUMN profiles.phone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.phone IS 'Optional phone number, used for WhatsApp notifications.';


--
-- Name: COLUMN profiles.avatar_url; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.avatar_url IS 'Optional https URL of a profile picture.';


--
-- Name: COLUMN profiles.auth_subject; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.auth_subject IS 'The `sub` claim of an external identity provider (e.g. Clerk) mapped to this profile.';


--
-- Name: COLUMN profiles.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.created_at IS 'When the profile was created.';


--
-- Name: COLUMN profiles.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.updated_at IS 'When the profile was last changed.';


--
-- Name: COLUMN profiles.email_verified_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.profiles.email_verified_at IS 'When the person proved they own the email address (a verification link opened while signed in to this account, or the identity provider said so); null while unverified. Unverified accounts may sign in but may not create organizations, accept invitations or be linked to an identity provider.';


--
-- Name: current_profile(); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.current_profile() RETURNS app_public.profiles
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select * from app_public.profiles where id = app_public.current_profile_id();
$$;


--
-- Name: FUNCTION current_profile(); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.current_profile() IS 'The signed-in profile, or null.';


--
-- Name: current_profile_id(); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.current_profile_id() RETURNS uuid
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  claim text := current_setting('jwt.claims.session_id', true);
  result uuid;
begin
  if coalesce(claim, '') = '' then
    select p.id into result from app_public.profiles p
     where p.auth_subject = nullif(current_setting('jwt.claims.auth_subject', true), '');
    return result;
  end if;
  if claim ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$' then
    select s.profile_id into result from app_private.sessions s
     where s.id = claim::uuid and s.revoked_at is null and s.expires_at > now();
  end if;
  if result is null and app_private.is_request_role() then
    -- A request that claims a session which is gone (signed out, signed out
    -- everywhere, expired, or its account's password was dropped) is not a
    -- member with no profile: it is not signed in at all.
    raise exception 'Your session has ended (you signed out, or it expired or was revoked). Sign in again.'
      using errcode = 'RVOKD';
  end if;
  return result;
end;
$_$;


--
-- Name: FUNCTION current_profile_id(); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.current_profile_id() IS 'The signed-in profile: the live session''s (jwt.claims.session_id), else the identity-provider subject''s (jwt.claims.auth_subject), else null. For an API request whose session claim names a revoked, expired or unknown session it raises RVOKD (UNAUTHENTICATED / SESSION_REVOKED, HTTP 401); for the owner (worker, fixtures) it returns null.';


--
-- Name: discard_email_draft(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.discard_email_draft(id uuid) RETURNS app_public.email_drafts
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  draft app_public.email_drafts;
begin
  select * into draft from app_public.email_drafts d where d.id = discard_email_draft.id for update;
  if draft.id is null or not (draft.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That draft does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(draft.organization_id, '{owner,admin,producer}');
  if draft.status not in ('draft', 'failed', 'writing') then
    raise exception 'An approved draft cannot be discarded.' using errcode = 'CONFL';
  end if;
  update app_public.email_drafts d set status = 'discarded' where d.id = draft.id returning * into draft;
  return draft;
end;
$$;


--
-- Name: FUNCTION discard_email_draft(id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.discard_email_draft(id uuid) IS 'Discards a draft that was not approved (producer, admin, owner).';


--
-- Name: guests; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.guests (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    full_name text NOT NULL,
    outlet text,
    category text DEFAULT 'industry'::text NOT NULL,
    tier text DEFAULT 'B'::text NOT NULL,
    notes text,
    consent_granted_at timestamp with time zone,
    consent_source text,
    consent_revoked_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT guests_category_check CHECK ((category = ANY (ARRAY['press'::text, 'buyer'::text, 'stylist'::text, 'influencer'::text, 'vip'::text, 'designer_guest'::text, 'sponsor'::text, 'industry'::text]))),
    CONSTRAINT guests_consent_revoked_after_granted CHECK (((consent_revoked_at IS NULL) OR (consent_granted_at IS NOT NULL))),
    CONSTRAINT guests_consent_source_length CHECK ((length(consent_source) <= 200)),
    CONSTRAINT guests_full_name_check CHECK ((length(TRIM(BOTH FROM full_name)) >= 1)),
    CONSTRAINT guests_full_name_length CHECK ((length(full_name) <= 200)),
    CONSTRAINT guests_notes_length CHECK ((length(notes) <= 2000)),
    CONSTRAINT guests_outlet_length CHECK ((length(outlet) <= 200)),
    CONSTRAINT guests_tier_check CHECK ((tier = ANY (ARRAY['A'::text, 'B'::text, 'C'::text])))
);


--
-- Name: TABLE guests; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.guests IS 'The organization''s guest contacts (press, buyers, stylists, influencers, VIPs, designers'' guests, sponsors, industry). Email and phone live in guest_contacts. Personal data under Ley 1581 de 2012.';


--
-- Name: COLUMN guests.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.id IS 'Unique identifier of the guest.';


--
-- Name: COLUMN guests.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.organization_id IS 'The organization whose list it is.';


--
-- Name: COLUMN guests.full_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.full_name IS 'Full name (1 to 200 characters).';


--
-- Name: COLUMN guests.outlet; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.outlet IS 'Outlet or company (a magazine, a store, an agency).';


--
-- Name: COLUMN guests.category; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.category IS 'press, buyer, stylist, influencer, vip, designer_guest, sponsor or industry.';


--
-- Name: COLUMN guests.tier; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.tier IS 'A (front row: top press and buyers), B or C.';


--
-- Name: COLUMN guests.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.notes IS 'Internal notes (at most 2,000 characters).';


--
-- Name: COLUMN guests.consent_granted_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.consent_granted_at IS 'When the guest agreed to receive communications from the organization (Ley 1581: prior, express consent). Null: no consent recorded.';


--
-- Name: COLUMN guests.consent_source; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.consent_source IS 'How consent was given (a form, an email, a CSV import from a list with consent).';


--
-- Name: COLUMN guests.consent_revoked_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.consent_revoked_at IS 'When the guest withdrew consent; they are not invited again while it stands.';


--
-- Name: COLUMN guests.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.created_at IS 'When the guest was added.';


--
-- Name: COLUMN guests.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guests.updated_at IS 'When it was last changed.';


--
-- Name: erase_guest(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.erase_guest(guest_id uuid) RETURNS app_public.guests
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  guest app_public.guests;
  event uuid;
begin
  select * into guest from app_public.guests g where g.id = erase_guest.guest_id;
  if guest.id is null or not app_private.has_org_role(guest.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That guest does not exist.' using errcode = 'NTFND';
  end if;
  -- The lock order of every function that changes who is accepted: the
  -- events first (in id order), then their invitations.
  for event in
    select i.event_id from app_public.guest_invitations i where i.guest_id = guest.id order by i.event_id
  loop
    perform 1 from app_public.events e where e.id = event for update;
  end loop;
  -- Cascades to the contact, invitations, seats and door log; the places of
  -- accepted invitations go to the waitlist (tg_guest_invitations__free_places).
  delete from app_public.guests g where g.id = guest.id;
  return guest;
end;
$$;


--
-- Name: FUNCTION erase_guest(guest_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.erase_guest(guest_id uuid) IS 'Erases a guest (Ley 1581 de 2012: suppression on request): their contact data, invitations, seats and door records go with them, and the places they held at each event go to its waitlist, first answered first. Locks the events before the invitations, like the RSVP. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND.';


--
-- Name: talent; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.talent (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    full_name text NOT NULL,
    stage_name text,
    agency text,
    city text,
    willing_to_travel boolean DEFAULT false NOT NULL,
    division text NOT NULL,
    gender text,
    height_cm integer,
    bust_cm integer,
    waist_cm integer,
    hips_cm integer,
    shoe_eu numeric(3,1),
    hair_color text,
    eye_color text,
    measurements_taken_on date,
    birth_date date,
    portfolio_urls text[] DEFAULT '{}'::text[] NOT NULL,
    instagram text,
    consent_granted_at timestamp with time zone,
    consent_purposes text[] DEFAULT '{}'::text[] NOT NULL,
    consent_source text,
    consent_revoked_at timestamp with time zone,
    erased_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    search_text text GENERATED ALWAYS AS (app_private.talent_search_text(full_name, stage_name, agency, city)) STORED,
    name_key text GENERATED ALWAYS AS (app_private.fold(full_name)) STORED,
    CONSTRAINT talent_agency_length CHECK ((length(agency) <= 200)),
    CONSTRAINT talent_birth_date_check CHECK ((birth_date > '1900-01-01'::date)),
    CONSTRAINT talent_bust_cm_check CHECK (((bust_cm >= 30) AND (bust_cm <= 200))),
    CONSTRAINT talent_check CHECK (((consent_granted_at IS NOT NULL) OR (cardinality(consent_purposes) = 0))),
    CONSTRAINT talent_city_length CHECK ((length(city) <= 100)),
    CONSTRAINT talent_consent_purposes_check CHECK ((consent_purposes <@ ARRAY['casting'::text, 'ai_processing'::text, 'marketing'::text, 'contact'::text])),
    CONSTRAINT talent_consent_purposes_length CHECK (app_private.text_array_fits(consent_purposes, 4, 20)),
    CONSTRAINT talent_consent_revoked_after_granted CHECK (((consent_revoked_at IS NULL) OR ((consent_granted_at IS NOT NULL) AND (consent_revoked_at >= consent_granted_at)))),
    CONSTRAINT talent_consent_source_check CHECK ((consent_source = ANY (ARRAY['signed_form'::text, 'agency_contract'::text, 'web_form'::text, 'email'::text, 'whatsapp'::text]))),
    CONSTRAINT talent_consent_source_required CHECK (((consent_granted_at IS NULL) OR (consent_source IS NOT NULL))),
    CONSTRAINT talent_division_check CHECK ((division = ANY (ARRAY['women'::text, 'men'::text, 'non_binary'::text, 'kids'::text, 'curve'::text, 'petite'::text, 'mature'::text]))),
    CONSTRAINT talent_eye_color_length CHECK ((length(eye_color) <= 50)),
    CONSTRAINT talent_full_name_check CHECK (((length(TRIM(BOTH FROM full_name)) >= 1) AND (length(TRIM(BOTH FROM full_name)) <= 200))),
    CONSTRAINT talent_full_name_length CHECK ((length(full_name) <= 200)),
    CONSTRAINT talent_gender_length CHECK ((length(gender) <= 50)),
    CONSTRAINT talent_hair_color_length CHECK ((length(hair_color) <= 50)),
    CONSTRAINT talent_height_cm_check CHECK (((height_cm >= 50) AND (height_cm <= 230))),
    CONSTRAINT talent_hips_cm_check CHECK (((hips_cm >= 30) AND (hips_cm <= 200))),
    CONSTRAINT talent_instagram_check CHECK ((instagram ~ '^@?[A-Za-z0-9._]{1,30}$'::text)),
    CONSTRAINT talent_instagram_length CHECK ((length(instagram) <= 31)),
    CONSTRAINT talent_portfolio_urls_length CHECK (app_private.text_array_fits(portfolio_urls, 20, 2048)),
    CONSTRAINT talent_shoe_eu_check CHECK (((shoe_eu >= (15)::numeric) AND (shoe_eu <= (52)::numeric))),
    CONSTRAINT talent_stage_name_length CHECK ((length(stage_name) <= 200)),
    CONSTRAINT talent_waist_cm_check CHECK (((waist_cm >= 30) AND (waist_cm <= 200)))
);


--
-- Name: TABLE talent; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.talent IS 'The model roster with comp-card data. Contact details live in talent_contacts.';


--
-- Name: COLUMN talent.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.id IS 'Unique identifier of the person.';


--
-- Name: COLUMN talent.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.organization_id IS 'Organization whose roster this is.';


--
-- Name: COLUMN talent.full_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.full_name IS 'Legal name.';


--
-- Name: COLUMN talent.stage_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.stage_name IS 'Professional name, if different.';


--
-- Name: COLUMN talent.agency; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.agency IS 'Representing agency.';


--
-- Name: COLUMN talent.city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.city IS 'Home city.';


--
-- Name: COLUMN talent.willing_to_travel; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.willing_to_travel IS 'Whether the person accepts castings outside their city.';


--
-- Name: COLUMN talent.division; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.division IS 'Board: women, men, non_binary, kids, curve, petite or mature.';


--
-- Name: COLUMN talent.gender; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.gender IS 'Gender as the person describes it.';


--
-- Name: COLUMN talent.height_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.height_cm IS 'Height in centimetres.';


--
-- Name: COLUMN talent.bust_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.bust_cm IS 'Bust / chest in centimetres.';


--
-- Name: COLUMN talent.waist_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.waist_cm IS 'Waist in centimetres.';


--
-- Name: COLUMN talent.hips_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.hips_cm IS 'Hips in centimetres.';


--
-- Name: COLUMN talent.shoe_eu; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.shoe_eu IS 'Shoe size (EU).';


--
-- Name: COLUMN talent.hair_color; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.hair_color IS 'Hair colour.';


--
-- Name: COLUMN talent.eye_color; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.eye_color IS 'Eye colour.';


--
-- Name: COLUMN talent.measurements_taken_on; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.measurements_taken_on IS 'When the measurements were last taken.';


--
-- Name: COLUMN talent.birth_date; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.birth_date IS 'Date of birth; people under 18 are minors and need a guardian contact.';


--
-- Name: COLUMN talent.portfolio_urls; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.portfolio_urls IS 'Links to portfolio photos (at most 20, each at most 2,048 characters).';


--
-- Name: COLUMN talent.instagram; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.instagram IS 'Instagram handle.';


--
-- Name: COLUMN talent.consent_granted_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.consent_granted_at IS 'When prior, express, informed consent was given (Ley 1581 de 2012).';


--
-- Name: COLUMN talent.consent_purposes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.consent_purposes IS 'Purposes consented to: casting, ai_processing, marketing, contact.';


--
-- Name: COLUMN talent.consent_source; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.consent_source IS 'How consent was collected: signed_form, agency_contract, web_form, email or whatsapp.';


--
-- Name: COLUMN talent.consent_revoked_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.consent_revoked_at IS 'When consent was withdrawn, if it was.';


--
-- Name: COLUMN talent.erased_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.erased_at IS 'When the person was anonymised on request (habeas data).';


--
-- Name: COLUMN talent.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.created_at IS 'When the person was added.';


--
-- Name: COLUMN talent.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.updated_at IS 'When the record was last changed.';


--
-- Name: COLUMN talent.search_text; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.search_text IS '@behavior -*
What roster search looks in (see talent_search_text), kept by PostgreSQL.';


--
-- Name: COLUMN talent.name_key; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent.name_key IS '@behavior -*
The full name folded (see fold): the roster''s order by name, kept by PostgreSQL.';


--
-- Name: erase_talent(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.erase_talent(id uuid) RETURNS app_public.talent
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  person app_public.talent;
  names text[];
  target record;
  assignments text;
begin
  select * into person from app_public.talent t where t.id = erase_talent.id for update;
  -- Another organization's person is answered exactly like a missing one.
  if person.id is null or not (person.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That person does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(person.organization_id, '{owner,admin,casting}');
  names := array_remove(array[person.full_name, person.stage_name], null);
  if person.erased_at is not null then
    names := '{}';
  end if;

  delete from app_public.talent_contacts c where c.talent_id = person.id;
  delete from app_public.talent_availability a where a.talent_id = person.id;
  -- Their photos: the rows, the files (tg__release_file) and, once this
  -- transaction commits, the stored objects (delete_stored_files).
  delete from app_public.talent_photos p where p.talent_id = person.id;
  update app_public.talent t set
      full_name = 'Persona anonimizada',
      stage_name = null, agency = null, city = null, gender = null,
      height_cm = null, bust_cm = null, waist_cm = null, hips_cm = null, shoe_eu = null,
      hair_color = null, eye_color = null, measurements_taken_on = null, birth_date = null,
      portfolio_urls = '{}', instagram = null,
      -- Consent given is withdrawn; consent never given stays never given
      -- (talent_consent_revoked_after_granted).
      consent_purposes = '{}',
      consent_revoked_at = case when t.consent_granted_at is not null
                                then coalesce(t.consent_revoked_at, greatest(now(), t.consent_granted_at)) end,
      erased_at = coalesce(t.erased_at, now())
   where t.id = person.id
   returning * into person;

  for target in select * from app_private.talent_reference_columns() loop
    execute format('update %s set %s where %I = $1', target.table_name, target.assignments, target.key_column)
      using person.id;
  end loop;

  for target in select * from app_private.ai_record_columns() loop
    execute format(
      'update %1$s set %2$I = %3$s where organization_id = $3 and app_private.mentions_person(%2$I::text, $1, $2)',
      target.table_name, target.column_name,
      case when target.is_json then format('app_private.redact_person(%I, $1, $2)', target.column_name)
           else format('app_private.redact_person_text(%I, $1, $2)', target.column_name) end)
      using person.id, names, person.organization_id;
  end loop;
  return person;
end;
$_$;


--
-- Name: FUNCTION erase_talent(id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.erase_talent(id uuid) IS 'Erases a person on request (habeas data, Ley 1581 de 2012: supresión), in one transaction: personal data anonymised, contacts, availability and comp card photos deleted (the stored images are deleted by the worker right after commit), the free text of rows about them cleared, and AI prompts, answers and run summaries that hold them redacted. Castings, runway slots and bookings stay. Owner, admin or casting; another organization''s person is NOT_FOUND.';


--
-- Name: event_attendees(uuid, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.event_attendees(event_id uuid, search text) RETURNS SETOF app_public.tickets
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select t.* from app_public.tickets t
    join app_public.bookings b on b.id = t.booking_id
   where b.event_id = event_attendees.event_id and b.status = 'paid'
     and length(trim(event_attendees.search)) between 2 and 100
     and (b.buyer_name ilike '%' || app_private.like_escape(trim(event_attendees.search)) || '%'
          or b.buyer_email::text ilike '%' || app_private.like_escape(trim(event_attendees.search)) || '%'
          or b.reference ilike '%' || app_private.like_escape(trim(event_attendees.search)) || '%')
   order by b.buyer_name, b.id, t.seat
   limit 100;
$$;


--
-- Name: FUNCTION event_attendees(event_id uuid, search text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.event_attendees(event_id uuid, search text) IS '@behavior -filter -order
Tickets of paid bookings of an event whose buyer name, email or reference contains the search (2 to 100 characters, case-insensitive; % and _ taken literally), at most 100, by buyer and seat: what a supervisor at the door looks people up by. Row-level security applies: producers, admins and owners see them; anyone else nothing.';


--
-- Name: event_refunds_owed(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.event_refunds_owed(event_id uuid) RETURNS SETOF app_public.payments
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select p.* from app_public.payments p
    join app_public.bookings b on b.id = p.booking_id
   where b.event_id = event_refunds_owed.event_id and p.kind = 'refund' and p.status = 'PENDING'
   order by p.created_at, p.id;
$$;


--
-- Name: FUNCTION event_refunds_owed(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.event_refunds_owed(event_id uuid) IS '@behavior -filter -order
Refunds of an event''s bookings still owed to their buyers (a refunded booking, a late payment that found the tier sold out, a double payment, a payment for a cancelled booking), oldest first, until completeRefund marks them paid out. Row-level security applies: producers, admins and owners of the organization.';


--
-- Name: events_guest_list(app_public.events, text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.events_guest_list(event app_public.events, search text DEFAULT NULL::text, status text DEFAULT NULL::text) RETURNS SETOF app_public.guest_invitations
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select i.*
    from app_public.guest_invitations i
    join app_public.guests g on g.id = i.guest_id
   where i.event_id = event.id
     and (events_guest_list.status is null or i.status = events_guest_list.status)
     and (nullif(trim(events_guest_list.search), '') is null
          or not exists (
            select 1 from regexp_split_to_table(lower(public.unaccent(trim(left(events_guest_list.search, 200)))), '\s+') w
             where strpos(lower(public.unaccent(g.full_name || ' ' || coalesce(g.outlet, ''))), w) = 0))
   order by g.tier, lower(public.unaccent(g.full_name)), i.id;
$$;


--
-- Name: FUNCTION events_guest_list(event app_public.events, search text, status text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.events_guest_list(event app_public.events, search text, status text) IS '@sortable false
@filterable false
The event''s invitations as the guest list shows them: tier A first, then by name. search: words that must all appear in the guest''s name or outlet, accents and case aside ("maria vogue"); status: invited, accepted, declined, waitlist or cancelled (null: all). A cursor connection: page it with first/after.';


--
-- Name: events_latest_health_report(app_public.events); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.events_latest_health_report(event app_public.events) RETURNS app_public.event_health_reports
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select r.* from app_public.event_health_reports r
   where r.event_id = event.id and r.organization_id = event.organization_id
   order by r.report_date desc limit 1;
$$;


--
-- Name: FUNCTION events_latest_health_report(event app_public.events); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.events_latest_health_report(event app_public.events) IS 'The event''s most recent health report (the traffic light on the events list), or null.';


--
-- Name: events_publication_problems(app_public.events); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.events_publication_problems(event app_public.events) RETURNS text[]
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce(array_agg(problem order by ordinality), '{}')
    from unnest(array[
      case when coalesce(trim(event.description), '') = '' then 'DESCRIPTION_MISSING' end,
      case when event.venue_id is null then 'VENUE_MISSING' end,
      case when event.starts_at <= now() then 'STARTS_IN_PAST' end,
      case when not exists (select 1 from app_public.event_designers ed where ed.event_id = event.id)
           then 'LINE_UP_EMPTY' end,
      case when event.is_public and not exists (
             select 1 from app_public.ticket_tiers t where t.event_id = event.id and t.quantity > 0)
           then 'NO_TICKETS' end
    ]) with ordinality as p(problem, ordinality)
   where problem is not null;
$$;


--
-- Name: FUNCTION events_publication_problems(event app_public.events); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.events_publication_problems(event app_public.events) IS '@behavior -filterBy -orderBy
What the event''s public page still needs before it can be published, as codes in a fixed order (empty when ready): DESCRIPTION_MISSING, VENUE_MISSING, STARTS_IN_PAST (starts_at is not in the future), LINE_UP_EMPTY (no designer in the line-up), NO_TICKETS (a public event with no ticket tier on offer). The dashboard translates the codes.';


--
-- Name: events_valid_ticket_count(app_public.events); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.events_valid_ticket_count(event app_public.events) RETURNS integer
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case when app_private.has_org_role(event.organization_id, '{owner,admin,producer,door}') then
    (select count(*)::int from app_public.tickets t join app_public.bookings b on b.id = t.booking_id
      where t.event_id = event.id and b.status = 'paid') end;
$$;


--
-- Name: FUNCTION events_valid_ticket_count(event app_public.events); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.events_valid_ticket_count(event app_public.events) IS 'Tickets that admit to the event (of paid bookings), for its door staff and producers; null for anyone else.';


--
-- Name: guest_invitations_party_size(app_public.guest_invitations); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.guest_invitations_party_size(invitation app_public.guest_invitations) RETURNS integer
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select 1 + (invitation.plus_one_name is not null)::int;
$$;


--
-- Name: FUNCTION guest_invitations_party_size(invitation app_public.guest_invitations); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.guest_invitations_party_size(invitation app_public.guest_invitations) IS 'People the invitation brings: 1, or 2 with a named +1.';


--
-- Name: guest_invitations_rsvp_token(app_public.guest_invitations); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.guest_invitations_rsvp_token(invitation app_public.guest_invitations) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case when invitation.status <> 'cancelled'
               and app_private.has_org_role(invitation.organization_id, '{owner,admin,producer}')
              then app_private.rsvp_token(invitation.id, invitation.rsvp_version) end;
$$;


--
-- Name: FUNCTION guest_invitations_rsvp_token(invitation app_public.guest_invitations); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.guest_invitations_rsvp_token(invitation app_public.guest_invitations) IS 'The RSVP token for the link /rsvp/<token> (32 Crockford base32 characters), for the organization''s producers, admins and owners to copy or send; null for anyone else and for a cancelled invitation.';


--
-- Name: guest_report(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.guest_report(event_id uuid) RETURNS SETOF app_public.guest_report_row
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select g.category, count(*)::int,
         count(*) filter (where i.status = 'accepted')::int,
         count(*) filter (where i.status = 'declined')::int,
         count(*) filter (where i.status = 'waitlist')::int,
         count(*) filter (where i.checked_in_at is not null)::int,
         coalesce(sum(app_public.guest_invitations_party_size(i)) filter (where i.status = 'accepted'), 0)::int
    from app_public.guest_invitations i
    join app_public.guests g on g.id = i.guest_id
    join app_public.events e on e.id = i.event_id
   where i.event_id = guest_report.event_id and i.status <> 'cancelled'
     and app_private.has_org_role(e.organization_id, '{owner,admin,producer,casting,viewer}')
   group by rollup (g.category)
   order by g.category nulls first;
$$;


--
-- Name: FUNCTION guest_report(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.guest_report(event_id uuid) IS 'Invited, accepted (invitations, and the people they bring), declined, waitlisted and attended per guest category at the event, and the total (the row whose category is null). For the organization''s members; nothing for anyone else.';


--
-- Name: import_guests(uuid, jsonb, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.import_guests(organization_id uuid, rows jsonb, consent_source text DEFAULT NULL::text) RETURNS app_public.guest_import_result
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  result app_public.guest_import_result := row(0, 0, '[]'::jsonb);
  item record;
  errors jsonb := '[]';
  v_name text;
  v_category text;
  v_tier text;
  v_email text;
  v_phone text;
  guest uuid;
begin
  if not app_private.has_org_role(import_guests.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That organization does not exist.' using errcode = 'NTFND';
  end if;
  if jsonb_typeof(rows) is distinct from 'array' or jsonb_array_length(rows) not between 1 and 5000 then
    raise exception 'Send 1 to 5,000 rows.' using errcode = 'INVAL';
  end if;
  if length(consent_source) > 200 then
    raise exception 'The consent source may have at most 200 characters.' using errcode = 'INVAL';
  end if;
  -- First every row is checked; nothing is written unless all of them pass.
  for item in select r.value, r.ordinality::int as n from jsonb_array_elements(rows) with ordinality r loop
    if jsonb_typeof(item.value) <> 'object' then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'fullName', 'code', 'required');
      continue;
    end if;
    v_name := nullif(trim(item.value ->> 'fullName'), '');
    if v_name is null then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'fullName', 'code', 'required');
    elsif length(v_name) > 200 then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'fullName', 'code', 'too_long');
    end if;
    if length(item.value ->> 'outlet') > 200 then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'outlet', 'code', 'too_long');
    end if;
    if length(item.value ->> 'notes') > 2000 then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'notes', 'code', 'too_long');
    end if;
    if app_private.guest_category(coalesce(item.value ->> 'category', '')) is null then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'category', 'code', 'invalid_category');
    end if;
    if upper(coalesce(nullif(trim(item.value ->> 'tier'), ''), 'B')) not in ('A', 'B', 'C') then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'tier', 'code', 'invalid_tier');
    end if;
    v_email := nullif(trim(item.value ->> 'email'), '');
    if v_email is not null and (length(v_email) > 320 or v_email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$') then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'email', 'code', 'invalid_email');
    end if;
    v_phone := nullif(trim(item.value ->> 'phone'), '');
    if v_phone is not null and v_phone !~ '^\+?[0-9 ()-]{7,20}$' then
      errors := errors || jsonb_build_object('row', item.n, 'column', 'phone', 'code', 'invalid_phone');
    end if;
  end loop;
  if jsonb_array_length(errors) > 0 then
    result.errors := errors;
    return result;
  end if;
  for item in select r.value, r.ordinality::int as n from jsonb_array_elements(rows) with ordinality r loop
    v_name := trim(item.value ->> 'fullName');
    v_category := app_private.guest_category(coalesce(item.value ->> 'category', ''));
    v_tier := upper(coalesce(nullif(trim(item.value ->> 'tier'), ''), 'B'));
    v_email := lower(nullif(trim(item.value ->> 'email'), ''));
    v_phone := nullif(trim(item.value ->> 'phone'), '');
    guest := null;
    if v_email is not null then
      select c.guest_id into guest from app_public.guest_contacts c
       where c.organization_id = import_guests.organization_id and c.email = v_email::citext
       for update;
    end if;
    if guest is not null then
      -- Merge: the file's values win where it has them; the rest is kept.
      update app_public.guests g
         set full_name = v_name,
             outlet = coalesce(nullif(trim(item.value ->> 'outlet'), ''), g.outlet),
             category = case when nullif(trim(item.value ->> 'category'), '') is null then g.category else v_category end,
             tier = case when nullif(trim(item.value ->> 'tier'), '') is null then g.tier else v_tier end,
             notes = coalesce(nullif(trim(item.value ->> 'notes'), ''), g.notes),
             consent_granted_at = case when (item.value ->> 'consent')::boolean is true and g.consent_revoked_at is null
                                       then coalesce(g.consent_granted_at, now()) else g.consent_granted_at end,
             consent_source = case when (item.value ->> 'consent')::boolean is true and g.consent_granted_at is null
                                   and g.consent_revoked_at is null
                                   then coalesce(nullif(trim(import_guests.consent_source), ''), 'CSV import')
                                   else g.consent_source end
       where g.id = guest;
      update app_public.guest_contacts c set phone = coalesce(v_phone, c.phone) where c.guest_id = guest;
      result.merged := result.merged + 1;
    else
      insert into app_public.guests (organization_id, full_name, outlet, category, tier, notes, consent_granted_at, consent_source)
        values (import_guests.organization_id, v_name, nullif(trim(item.value ->> 'outlet'), ''), v_category, v_tier,
                nullif(trim(item.value ->> 'notes'), ''),
                case when (item.value ->> 'consent')::boolean is true then now() end,
                case when (item.value ->> 'consent')::boolean is true
                     then coalesce(nullif(trim(import_guests.consent_source), ''), 'CSV import') end)
        returning id into guest;
      if v_email is not null or v_phone is not null then
        insert into app_public.guest_contacts (guest_id, email, phone) values (guest, v_email, v_phone);
      end if;
      result.imported := result.imported + 1;
    end if;
  end loop;
  return result;
end;
$_$;


--
-- Name: FUNCTION import_guests(organization_id uuid, rows jsonb, consent_source text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.import_guests(organization_id uuid, rows jsonb, consent_source text) IS 'Imports guests from a CSV the browser has read and mapped: rows is [{ fullName, outlet, category (press, prensa, buyer, comprador, …), tier (A, B, C; empty: B), email, phone, notes, consent (true when the list was collected with consent for communications, Ley 1581) }], 1 to 5,000. All or nothing: every row is checked first, and if any fails the answer lists the errors per row and nothing is written. A row whose email is already a guest (or earlier in the file) is merged into it: the file''s values win where present. consentSource says where the consent comes from (default "CSV import"). Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';


--
-- Name: import_talent(uuid, app_public.talent_import_row[], boolean); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.import_talent(organization_id uuid, rows app_public.talent_import_row[], dry_run boolean DEFAULT false) RETURNS app_public.talent_import_report
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  report app_public.talent_import_report := row(false, 0, 0, 0, '{}')::app_public.talent_import_report;
  r app_public.talent_import_row;
  d app_public.talent_details;
  c app_public.talent_contact_details;
  match uuid;
  created_here uuid[] := '{}';
  state text;
  message text;
  failed_constraint text;
  failed_column text;
begin
  if app_public.current_profile_id() is null then
    raise exception 'Sign in to import a roster.' using errcode = 'LOGIN';
  end if;
  if not app_private.has_org_role(import_talent.organization_id, '{owner,admin,casting}') then
    raise exception 'Only casting staff, admins and owners of the organization import its roster.' using errcode = 'DNIED';
  end if;
  if coalesce(cardinality(rows), 0) = 0 then
    raise exception 'The file has no rows.' using errcode = '23502', column = 'rows';
  end if;
  if cardinality(rows) > 5000 then
    raise exception 'At most 5,000 rows per import.' using errcode = '22023';
  end if;

  begin
    foreach r in array rows loop
      d := r.talent;
      c := coalesce(r.contact, row(null, null, null, null, null, null, null, null)::app_public.talent_contact_details);
      begin
        if d is null then
          raise exception 'The line is empty.' using errcode = '23502', column = 'full_name';
        end if;
        -- The same person: by identity document, else by email.
        match := null;
        if c.document_number is not null then
          select tc.talent_id into match from app_public.talent_contacts tc
           where tc.organization_id = import_talent.organization_id and tc.document_type = c.document_type
             and upper(tc.document_number) = upper(c.document_number);
        end if;
        if match is null and c.email is not null then
          select tc.talent_id into match from app_public.talent_contacts tc
           where tc.organization_id = import_talent.organization_id and tc.email = c.email::citext
           order by tc.created_at limit 1;
        end if;

        if match is null then
          insert into app_public.talent (organization_id, full_name, stage_name, agency, city, willing_to_travel, division,
                                         gender, height_cm, bust_cm, waist_cm, hips_cm, shoe_eu, hair_color, eye_color,
                                         measurements_taken_on, birth_date, instagram,
                                         consent_granted_at, consent_purposes, consent_source)
          values (import_talent.organization_id, d.full_name, d.stage_name, d.agency, d.city,
                  coalesce(d.willing_to_travel, false), d.division, d.gender, d.height_cm, d.bust_cm, d.waist_cm,
                  d.hips_cm, d.shoe_eu, d.hair_color, d.eye_color, d.measurements_taken_on, d.birth_date, d.instagram,
                  d.consent_granted_at, coalesce(d.consent_purposes, '{}'), d.consent_source)
          returning id into match;
          created_here := created_here || match;
          report.created := report.created + 1;
        else
          -- A known person: what the line says completes and updates the card.
          update app_public.talent t set
              full_name = coalesce(d.full_name, t.full_name), stage_name = coalesce(d.stage_name, t.stage_name),
              agency = coalesce(d.agency, t.agency), city = coalesce(d.city, t.city),
              willing_to_travel = coalesce(d.willing_to_travel, t.willing_to_travel),
              division = coalesce(d.division, t.division), gender = coalesce(d.gender, t.gender),
              height_cm = coalesce(d.height_cm, t.height_cm), bust_cm = coalesce(d.bust_cm, t.bust_cm),
              waist_cm = coalesce(d.waist_cm, t.waist_cm), hips_cm = coalesce(d.hips_cm, t.hips_cm),
              shoe_eu = coalesce(d.shoe_eu, t.shoe_eu), hair_color = coalesce(d.hair_color, t.hair_color),
              eye_color = coalesce(d.eye_color, t.eye_color),
              measurements_taken_on = coalesce(d.measurements_taken_on, t.measurements_taken_on),
              birth_date = coalesce(d.birth_date, t.birth_date), instagram = coalesce(d.instagram, t.instagram),
              consent_granted_at = coalesce(d.consent_granted_at, t.consent_granted_at),
              consent_purposes = case when d.consent_granted_at is not null then coalesce(d.consent_purposes, '{}')
                                      else t.consent_purposes end,
              consent_source = case when d.consent_granted_at is not null then d.consent_source else t.consent_source end,
              consent_revoked_at = case when d.consent_granted_at is not null then null else t.consent_revoked_at end
           where t.id = match and t.erased_at is null;
          if match = any(created_here) then
            report.merged := report.merged + 1;
          else
            report.updated := report.updated + 1;
          end if;
        end if;

        if c.email is not null or c.phone is not null or c.guardian_name is not null or c.guardian_phone is not null
           or c.guardian_email is not null or c.document_number is not null or c.document_type is not null
           or coalesce(c.whatsapp_opt_in, false) then
          insert into app_public.talent_contacts as tc (talent_id, email, phone, whatsapp_opt_in, guardian_name,
                                                        guardian_phone, guardian_email, document_type, document_number)
          values (match, c.email, c.phone, coalesce(c.whatsapp_opt_in, false), c.guardian_name, c.guardian_phone,
                  c.guardian_email, c.document_type, c.document_number)
          on conflict on constraint talent_contacts_pkey do update set
            email = coalesce(excluded.email, tc.email), phone = coalesce(excluded.phone, tc.phone),
            whatsapp_opt_in = coalesce(c.whatsapp_opt_in, tc.whatsapp_opt_in),
            guardian_name = coalesce(excluded.guardian_name, tc.guardian_name),
            guardian_phone = coalesce(excluded.guardian_phone, tc.guardian_phone),
            guardian_email = coalesce(excluded.guardian_email, tc.guardian_email),
            document_type = coalesce(excluded.document_type, tc.document_type),
            document_number = coalesce(excluded.document_number, tc.document_number);
        end if;
        -- The rules checked at commit (a minor's guardian) are checked now, so
        -- a problem is reported on its own line.
        set constraints all immediate;
        set constraints all deferred;
      exception when others then
        get stacked diagnostics state = returned_sqlstate, message = message_text,
                                failed_constraint = constraint_name, failed_column = column_name;
        if state in ('LOGIN', 'DNIED', '57014') then
          raise;
        end if;
        report.problems := report.problems || row(
          r.line,
          coalesce(nullif(failed_column, ''), app_private.constraint_field(failed_constraint)),
          app_private.error_reason(state),
          message)::app_public.talent_import_problem;
      end;
    end loop;
    if cardinality(report.problems) > 0 or dry_run then
      -- Undo every line: all or nothing.
      raise exception 'import not committed' using errcode = 'P0IMP';
    end if;
    report.committed := true;
  exception when sqlstate 'P0IMP' then
    report.committed := false;
  end;
  return report;
end;
$$;


--
-- Name: FUNCTION import_talent(organization_id uuid, rows app_public.talent_import_row[], dry_run boolean); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.import_talent(organization_id uuid, rows app_public.talent_import_row[], dry_run boolean) IS 'Imports a roster (a CSV file mapped to fields by the dashboard), all or nothing, in one transaction: a line whose identity document (else email) matches someone on the roster updates that person (what the line leaves empty stays), a line that repeats an earlier line is merged into it, the rest are created. Every problem is reported with its line and field, and then nothing is written; dryRun checks everything and writes nothing. At most 5,000 lines. Casting staff, admins and owners.';


--
-- Name: invite_guests(uuid, text[], text[], boolean); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.invite_guests(event_id uuid, categories text[] DEFAULT NULL::text[], tiers text[] DEFAULT NULL::text[], plus_one_allowed boolean DEFAULT false) RETURNS SETOF app_public.guest_invitations
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  org uuid;
begin
  if cardinality(categories) > 8 or cardinality(tiers) > 3 then
    raise exception 'Too many categories or tiers.' using errcode = 'INVAL';
  end if;
  select e.organization_id into org from app_public.events e where e.id = invite_guests.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  return query
    insert into app_public.guest_invitations (event_id, guest_id, plus_one_allowed)
    select invite_guests.event_id, g.id, coalesce(invite_guests.plus_one_allowed, false)
      from app_public.guests g
     where g.organization_id = org
       and g.consent_revoked_at is null
       and (categories is null or cardinality(categories) = 0 or g.category = any(categories))
       and (tiers is null or cardinality(tiers) = 0 or g.tier = any(tiers))
     order by g.tier, g.full_name
    on conflict do nothing
    returning *;
end;
$$;


--
-- Name: FUNCTION invite_guests(event_id uuid, categories text[], tiers text[], plus_one_allowed boolean); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.invite_guests(event_id uuid, categories text[], tiers text[], plus_one_allowed boolean) IS 'Invites the organization''s guests of the given categories and tiers (null or empty: all) to the event, with or without a +1, skipping those already invited and those who withdrew consent (Ley 1581). Returns the new invitations; each has its RSVP link (rsvpToken) to copy until the outbox sends it. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';


--
-- Name: invite_to_organization(uuid, text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.invite_to_organization(organization_id uuid, email text, role text DEFAULT 'viewer'::text) RETURNS text
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  me uuid := app_public.current_profile_id();
  invitation app_public.organization_invitations;
  org app_public.organizations;
  inviter app_public.profiles;
  token text := encode(gen_random_bytes(24), 'hex');
begin
  perform app_private.assert_org_role(invite_to_organization.organization_id,
    case when invite_to_organization.role = 'owner' then '{owner}'::text[] else '{owner,admin}'::text[] end);
  if invite_to_organization.role is null or not app_private.is_membership_role(invite_to_organization.role) then
    raise exception 'Unknown role.' using errcode = 'INVAL';
  end if;
  if email is null or email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' or length(email) > 320 then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  perform app_private.check_invitation_limits(invite_to_organization.organization_id, invite_to_organization.email);
  -- One open invitation per address: a new one replaces the previous.
  perform pg_advisory_xact_lock(hashtextextended('invite:' || invite_to_organization.organization_id || ':' || lower(email), 0));
  with replaced as (
    update app_public.organization_invitations i
       set revoked_at = now(), revoked_by = me, revoked_reason = 'replaced'
     where i.organization_id = invite_to_organization.organization_id
       and i.email = invite_to_organization.email::citext
       and i.accepted_at is null and i.revoked_at is null
    returning i.id
  )
  delete from app_private.invitation_tokens t using replaced where t.invitation_id = replaced.id;
  insert into app_public.organization_invitations (organization_id, email, role, invited_by)
    values (invite_to_organization.organization_id, invite_to_organization.email, invite_to_organization.role, me)
    returning * into invitation;
  insert into app_private.invitation_tokens (invitation_id, token_hash)
    values (invitation.id, encode(digest(token, 'sha256'), 'hex'));
  select o.* into org from app_public.organizations o where o.id = invitation.organization_id;
  select p.* into inviter from app_public.profiles p where p.id = me;
  -- The organization's and the inviter's names are free text the inviter
  -- chose: the mail shows them only quoted and labelled, never in the subject.
  perform app_private.enqueue_account_email('invitation', invitation.email, inviter.locale,
    jsonb_build_object('token', token, 'organizationName', org.name, 'inviterName', inviter.full_name,
                       'inviterEmail', inviter.email, 'role', invitation.role, 'expiresAt', invitation.expires_at));
  return token;
end;
$_$;


--
-- Name: FUNCTION invite_to_organization(organization_id uuid, email text, role text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.invite_to_organization(organization_id uuid, email text, role text) IS 'Invites an email address with a role (admins; owners for the owner role), replacing an open invitation to the same address, and mails the invitation. Returns the secret token (also in the mail), shown only once; only an account whose verified email is the invited one can use it. Expires after identity_settings.invitation_ttl (7 days). Limited per inviter, organization and recipient (app_private.invitation_limits). Errors: LOGIN, DNIED, INVAL, EMAIL, RLIMT.';


--
-- Name: logout(); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.logout() RETURNS boolean
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  with revoked as (
    update app_private.sessions set revoked_at = now()
     where id = app_private.claimed_session_id() and revoked_at is null
    returning 1
  )
  select exists (select 1 from revoked);
$$;


--
-- Name: FUNCTION logout(); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.logout() IS 'Revokes the current session; the token stops working at once.';


--
-- Name: logout_everywhere(); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.logout_everywhere() RETURNS integer
    LANGUAGE sql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  with revoked as (
    update app_private.sessions set revoked_at = now()
     where profile_id = app_public.current_profile_id()
       and revoked_at is null
    returning 1
  )
  select count(*)::int from revoked;
$$;


--
-- Name: FUNCTION logout_everywhere(); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.logout_everywhere() IS 'Revokes every session of the signed-in profile; returns how many were revoked.';


--
-- Name: inbox_messages; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.inbox_messages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    channel text DEFAULT 'whatsapp'::text NOT NULL,
    provider_message_id text,
    event_id uuid,
    talent_id uuid,
    model_casting_id uuid,
    sender_name text,
    sender_number_masked text,
    message_type text NOT NULL,
    body text,
    action text,
    sent_at timestamp with time zone NOT NULL,
    read_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT inbox_messages_action_check CHECK ((action = ANY (ARRAY['casting_confirmed'::text, 'casting_declined'::text, 'opt_out'::text]))),
    CONSTRAINT inbox_messages_body_check CHECK ((length(body) <= 4096)),
    CONSTRAINT inbox_messages_channel_check CHECK ((channel = ANY (ARRAY['whatsapp'::text]))),
    CONSTRAINT inbox_messages_message_type_check CHECK ((message_type = ANY (ARRAY['text'::text, 'button'::text, 'interactive'::text, 'image'::text, 'audio'::text, 'video'::text, 'document'::text, 'sticker'::text, 'location'::text, 'contacts'::text, 'reaction'::text, 'order'::text, 'unknown'::text]))),
    CONSTRAINT inbox_messages_provider_message_id_check CHECK (((length(provider_message_id) >= 1) AND (length(provider_message_id) <= 200))),
    CONSTRAINT inbox_messages_sender_name_check CHECK ((length(sender_name) <= 200)),
    CONSTRAINT inbox_messages_sender_number_masked_check CHECK ((length(sender_number_masked) <= 200))
);


--
-- Name: TABLE inbox_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.inbox_messages IS '@omit create,delete
Replies that reached the organization on WhatsApp: each message from one of its contacts, with what FashionOS did with it (action: a casting confirmed or declined, an opt-out) or nothing, when a person must read it. Owners, admins, producers and casting staff read it; the full number stays in the contact (only the last four digits here).';


--
-- Name: COLUMN inbox_messages.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.id IS 'Unique identifier of the message.';


--
-- Name: COLUMN inbox_messages.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.organization_id IS 'The organization it reached.';


--
-- Name: COLUMN inbox_messages.channel; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.channel IS 'whatsapp.';


--
-- Name: COLUMN inbox_messages.provider_message_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.provider_message_id IS 'WhatsApp''s id of the message (wamid); cleared when the person is erased.';


--
-- Name: COLUMN inbox_messages.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.event_id IS 'The event of the conversation, when it answers an invitation.';


--
-- Name: COLUMN inbox_messages.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.talent_id IS 'The person from the roster who wrote, when the number is theirs (or their guardian''s).';


--
-- Name: COLUMN inbox_messages.model_casting_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.model_casting_id IS 'The casting invitation it answers, if any.';


--
-- Name: COLUMN inbox_messages.sender_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.sender_name IS 'The name on the sender''s WhatsApp profile.';


--
-- Name: COLUMN inbox_messages.sender_number_masked; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.sender_number_masked IS 'The sender''s number with all but the last four digits hidden (+57 ••• ••• 4567).';


--
-- Name: COLUMN inbox_messages.message_type; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.message_type IS 'WhatsApp''s message type: text, button (a template''s quick reply), interactive, image, audio, video, document, sticker, location, contacts, reaction, order, or unknown.';


--
-- Name: COLUMN inbox_messages.body; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.body IS 'The text, the button''s label, or a caption; null for media without one.';


--
-- Name: COLUMN inbox_messages.action; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.action IS 'What FashionOS did: casting_confirmed, casting_declined, opt_out; null: nothing, a person should answer.';


--
-- Name: COLUMN inbox_messages.sent_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.sent_at IS 'When the person sent it (WhatsApp''s timestamp, UTC).';


--
-- Name: COLUMN inbox_messages.read_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.read_at IS 'When someone of the organization marked it read; null: unread.';


--
-- Name: COLUMN inbox_messages.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.created_at IS 'When it arrived.';


--
-- Name: COLUMN inbox_messages.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.inbox_messages.updated_at IS 'When it was last changed.';


--
-- Name: mark_inbox_messages_read(uuid[]); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.mark_inbox_messages_read(ids uuid[]) RETURNS SETOF app_public.inbox_messages
    LANGUAGE sql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  update app_public.inbox_messages m set read_at = coalesce(m.read_at, now())
   where m.id = any(mark_inbox_messages_read.ids[1:500])
  returning m.*;
$$;


--
-- Name: FUNCTION mark_inbox_messages_read(ids uuid[]); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.mark_inbox_messages_read(ids uuid[]) IS 'Marks inbox messages read (at most 500 ids; those you cannot read are left alone). Owners, admins, producers and casting staff.';


--
-- Name: mark_notifications_read(uuid[]); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.mark_notifications_read(ids uuid[]) RETURNS integer
    LANGUAGE sql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  with marked as (
    update app_public.notifications n set read_at = now()
     where n.id = any(ids) and n.read_at is null and n.profile_id = app_public.current_profile_id()
    returning 1
  )
  select count(*)::int from marked;
$$;


--
-- Name: FUNCTION mark_notifications_read(ids uuid[]); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.mark_notifications_read(ids uuid[]) IS 'Marks the caller''s own notices read; returns how many changed (others'' ids are ignored).';


--
-- Name: vendor_availability; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.vendor_availability (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    vendor_id uuid NOT NULL,
    period tstzrange NOT NULL,
    kind text NOT NULL,
    event_id uuid,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT vendor_availability_check CHECK (((kind = 'booked'::text) = (event_id IS NOT NULL))),
    CONSTRAINT vendor_availability_kind_check CHECK ((kind = ANY (ARRAY['unavailable'::text, 'booked'::text]))),
    CONSTRAINT vendor_availability_notes_check CHECK ((length(notes) <= 1000)),
    CONSTRAINT vendor_availability_period_check CHECK (((NOT isempty(period)) AND (NOT lower_inf(period)) AND (NOT upper_inf(period))))
);


--
-- Name: TABLE vendor_availability; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.vendor_availability IS 'When a vendor cannot take another event: periods the producer marks unavailable, and the events it is booked for (written when a recommendation is booked, removed when it is not any more). The shortlist leaves out vendors busy on an event''s dates.';


--
-- Name: COLUMN vendor_availability.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.id IS 'Unique identifier of the period.';


--
-- Name: COLUMN vendor_availability.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.organization_id IS 'Organization of the vendor (set automatically).';


--
-- Name: COLUMN vendor_availability.vendor_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.vendor_id IS 'The vendor.';


--
-- Name: COLUMN vendor_availability.period; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.period IS 'From when to when (UTC instants, end excluded).';


--
-- Name: COLUMN vendor_availability.kind; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.kind IS 'unavailable (marked by a producer) or booked (for event_id, from its booking).';


--
-- Name: COLUMN vendor_availability.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.event_id IS 'The event it is booked for (kind booked).';


--
-- Name: COLUMN vendor_availability.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.notes IS 'Why, in a few words.';


--
-- Name: COLUMN vendor_availability.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.created_at IS 'When it was added.';


--
-- Name: COLUMN vendor_availability.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_availability.updated_at IS 'When it last changed.';


--
-- Name: mark_vendor_unavailable(uuid, date, date, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.mark_vendor_unavailable(vendor_id uuid, first_day date, last_day date, notes text DEFAULT NULL::text) RETURNS app_public.vendor_availability
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  v app_public.vendors;
  zone text;
  result app_public.vendor_availability;
  today date;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  -- Row-level security: a vendor of another organization is not found.
  select * into v from app_public.vendors where id = mark_vendor_unavailable.vendor_id;
  if v.id is null then
    raise exception 'That vendor does not exist.' using errcode = 'NTFND';
  end if;
  if not (v.organization_id = any(app_private.organization_ids_with_role('{owner,admin,producer}'))) then
    raise exception 'You do not have permission to do this in that organization.' using errcode = 'DNIED';
  end if;
  if first_day is null or last_day is null then
    raise exception 'Both days are required.' using errcode = 'INVAL';
  end if;
  if last_day < first_day then
    raise exception 'The last day is before the first day.' using errcode = 'VDATE';
  end if;
  select o.timezone into zone from app_public.organizations o where o.id = v.organization_id;
  today := (now() at time zone zone)::date;
  if last_day < today then
    raise exception 'Those days are in the past.' using errcode = 'VPAST';
  end if;
  if last_day - first_day > 366 then
    raise exception 'At most a year at a time.' using errcode = 'INVAL';
  end if;
  -- One producer's periods at a time per vendor, so two overlapping marks cannot both pass the check.
  perform pg_advisory_xact_lock(hashtextextended('vendor_availability:' || v.id::text, 0));
  if exists (select 1 from app_public.vendor_availability a
              where a.vendor_id = v.id and a.organization_id = v.organization_id and a.kind = 'unavailable'
                and a.period && tstzrange((first_day::timestamp at time zone zone), ((last_day + 1)::timestamp at time zone zone))) then
    raise exception 'The vendor is already marked unavailable on some of those days.' using errcode = 'VOVLP';
  end if;
  insert into app_public.vendor_availability (vendor_id, period, kind, notes)
  values (v.id, tstzrange((first_day::timestamp at time zone zone), ((last_day + 1)::timestamp at time zone zone)),
          'unavailable', nullif(trim(mark_vendor_unavailable.notes), ''))
  returning * into result;
  return result;
end;
$$;


--
-- Name: FUNCTION mark_vendor_unavailable(vendor_id uuid, first_day date, last_day date, notes text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.mark_vendor_unavailable(vendor_id uuid, first_day date, last_day date, notes text) IS 'Marks a vendor unavailable from first_day to last_day, both included, calendar days in the organization''s time zone (America/Bogota by default) (producer, admin, owner). The shortlist then leaves the vendor out of events on those days. Errors: VALIDATION_FAILED DATES_REVERSED (last day before the first), DATES_IN_PAST (all days past), INVALID_INPUT (a day missing, or over a year); CONFLICT ALREADY_UNAVAILABLE (overlaps a period already marked); NOT_FOUND; FORBIDDEN.';


--
-- Name: model_castings; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.model_castings (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    talent_id uuid NOT NULL,
    brief_id uuid,
    status text DEFAULT 'suggested'::text NOT NULL,
    ai_match_score integer,
    ai_reasoning text,
    contact_priority text,
    responded_at timestamp with time zone,
    agent_run_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT model_castings_ai_match_score_check CHECK (((ai_match_score >= 0) AND (ai_match_score <= 100))),
    CONSTRAINT model_castings_ai_reasoning_check CHECK ((length(ai_reasoning) <= 1000)),
    CONSTRAINT model_castings_contact_priority_check CHECK ((contact_priority = ANY (ARRAY['high'::text, 'medium'::text, 'low'::text]))),
    CONSTRAINT model_castings_status_check CHECK ((status = ANY (ARRAY['suggested'::text, 'invited'::text, 'confirmed'::text, 'declined'::text, 'backup'::text])))
);


--
-- Name: TABLE model_castings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.model_castings IS 'A person considered for an event: suggested by an agent or added by hand, then invited, confirmed, declined or kept as backup.';


--
-- Name: COLUMN model_castings.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.id IS 'Unique identifier of the casting.';


--
-- Name: COLUMN model_castings.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN model_castings.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.event_id IS 'The event.';


--
-- Name: COLUMN model_castings.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.talent_id IS 'The person from the roster.';


--
-- Name: COLUMN model_castings.brief_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.brief_id IS 'The brief this casting answers, if any.';


--
-- Name: COLUMN model_castings.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.status IS 'suggested, invited, confirmed, declined or backup.';


--
-- Name: COLUMN model_castings.ai_match_score; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.ai_match_score IS 'How well the person fits the brief, 0 to 100, as scored by the agent.';


--
-- Name: COLUMN model_castings.ai_reasoning; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.ai_reasoning IS 'The agent''s explanation, in Spanish.';


--
-- Name: COLUMN model_castings.contact_priority; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.contact_priority IS 'high, medium or low: whom to contact first.';


--
-- Name: COLUMN model_castings.responded_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.responded_at IS 'When the person answered the invitation.';


--
-- Name: COLUMN model_castings.agent_run_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.agent_run_id IS 'The agent run that suggested this person.';


--
-- Name: COLUMN model_castings.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.created_at IS 'When the casting was created.';


--
-- Name: COLUMN model_castings.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.model_castings.updated_at IS 'When the casting was last changed.';


--
-- Name: model_castings_whatsapp_status(app_public.model_castings); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.model_castings_whatsapp_status(casting app_public.model_castings) RETURNS text
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select m.status from app_public.outbound_messages m
   where m.cause_kind = 'casting_invitation' and m.cause_id = casting.id and m.channel = 'whatsapp'
     and m.organization_id = casting.organization_id
     and casting.organization_id = any(app_public.current_organization_ids())
   order by m.created_at desc limit 1;
$$;


--
-- Name: FUNCTION model_castings_whatsapp_status(casting app_public.model_castings); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.model_castings_whatsapp_status(casting app_public.model_castings) IS 'Where the casting invitation on WhatsApp is: queued, sending, sent, delivered, read, failed, suppressed (no consent, an opt-out or no number) or cancelled; null when none was sent. Only the state, never the number: whoever reads the casting reads it.';


--
-- Name: organization_invitations; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.organization_invitations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    email public.citext NOT NULL,
    role text NOT NULL,
    invited_by uuid,
    expires_at timestamp with time zone DEFAULT app_private.invitation_expiry() NOT NULL,
    accepted_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    accepted_by uuid,
    revoked_at timestamp with time zone,
    revoked_by uuid,
    revoked_reason text,
    CONSTRAINT organization_invitations_email_check CHECK ((email OPERATOR(public.~) '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::public.citext)),
    CONSTRAINT organization_invitations_email_length CHECK ((length((email)::text) <= 320)),
    CONSTRAINT organization_invitations_revoked_reason_check CHECK ((revoked_reason = ANY (ARRAY['revoked'::text, 'replaced'::text, 'inviter_lost_role'::text]))),
    CONSTRAINT organization_invitations_role_check CHECK ((role = ANY (ARRAY['owner'::text, 'admin'::text, 'producer'::text, 'casting'::text, 'viewer'::text, 'door'::text])))
);


--
-- Name: TABLE organization_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.organization_invitations IS 'Invitations to join an organization, kept as history: status tells pending, accepted, expired or revoked. The secret token is stored hashed elsewhere and shown only once.';


--
-- Name: COLUMN organization_invitations.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.id IS 'Unique identifier of the invitation.';


--
-- Name: COLUMN organization_invitations.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.organization_id IS 'The organization the person is invited to.';


--
-- Name: COLUMN organization_invitations.email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.email IS 'Email address the invitation was sent to.';


--
-- Name: COLUMN organization_invitations.role; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.role IS 'Role the person gets on accepting.';


--
-- Name: COLUMN organization_invitations.invited_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.invited_by IS 'Who sent the invitation.';


--
-- Name: COLUMN organization_invitations.expires_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.expires_at IS 'After this moment the invitation can no longer be accepted (identity_settings.invitation_ttl after it was sent, 7 days by default).';


--
-- Name: COLUMN organization_invitations.accepted_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.accepted_at IS 'When the invitation was accepted, if it was.';


--
-- Name: COLUMN organization_invitations.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.created_at IS 'When the invitation was created.';


--
-- Name: COLUMN organization_invitations.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.updated_at IS 'When the invitation was last changed.';


--
-- Name: COLUMN organization_invitations.accepted_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.accepted_by IS 'The account that accepted the invitation (its verified email is the invitation''s).';


--
-- Name: COLUMN organization_invitations.revoked_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.revoked_at IS 'When the invitation was revoked, replaced by a newer one, or died because its inviter lost the right to grant its role.';


--
-- Name: COLUMN organization_invitations.revoked_by; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.revoked_by IS 'Who revoked the invitation (null when it died on its own).';


--
-- Name: COLUMN organization_invitations.revoked_reason; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.organization_invitations.revoked_reason IS 'revoked (by an owner or admin), replaced (a newer invitation to the same email) or inviter_lost_role (the inviter was removed or demoted).';


--
-- Name: organization_invitations_status(app_public.organization_invitations); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.organization_invitations_status(invitation app_public.organization_invitations) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select case
    when invitation.accepted_at is not null then 'accepted'
    when invitation.revoked_at is not null and invitation.revoked_at < invitation.expires_at then 'revoked'
    when invitation.expires_at <= now() then 'expired'
    else 'pending'
  end;
$$;


--
-- Name: FUNCTION organization_invitations_status(invitation app_public.organization_invitations); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.organization_invitations_status(invitation app_public.organization_invitations) IS 'pending, accepted, expired or revoked (revoked by someone, replaced by a newer invitation, or dead because the inviter lost the right to grant its role; see revokedReason). An invitation closed after it had expired shows expired.';


--
-- Name: publish_event(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.publish_event(event_id uuid) RETURNS app_public.events
    LANGUAGE plpgsql STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  event app_public.events;
begin
  select e.* into event from app_public.events e where e.id = publish_event.event_id;
  if event.id is null then
    raise exception 'There is no such event.' using errcode = 'NTFND';
  end if;
  if event.status = 'published' then
    return event;
  end if;
  update app_public.events e set status = 'published' where e.id = publish_event.event_id returning e.* into event;
  if event.id is null then
    raise exception 'You may not publish this event.' using errcode = 'DNIED';
  end if;
  return event;
end;
$$;


--
-- Name: FUNCTION publish_event(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.publish_event(event_id uuid) IS 'Publishes a draft event (producers, admins and owners of its organization); publishing a published event changes nothing. Errors: NTFND, DNIED, CONFL (not a draft), NOTRD (not ready: the detail lists events_publication_problems codes).';


--
-- Name: record_talent_consent(uuid, text[], text, timestamp with time zone); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.record_talent_consent(talent_id uuid, purposes text[], source text, granted_at timestamp with time zone) RETURNS app_public.talent
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  person app_public.talent;
begin
  if granted_at is null then
    raise exception 'The date consent was given is required.' using errcode = '23514', constraint = 'talent_consent_granted_at_required';
  end if;
  if granted_at > now() + interval '1 day' then
    raise exception 'Consent cannot be given in the future.' using errcode = '23514', constraint = 'talent_consent_granted_at_past';
  end if;
  if coalesce(cardinality(purposes), 0) = 0 then
    raise exception 'Choose at least one purpose.' using errcode = '23514', constraint = 'talent_consent_purposes_required';
  end if;
  update app_public.talent t set
      consent_granted_at = record_talent_consent.granted_at,
      consent_purposes = (select array_agg(distinct p order by p) from unnest(purposes) p),
      consent_source = record_talent_consent.source,
      consent_revoked_at = null
   where t.id = record_talent_consent.talent_id and t.erased_at is null
   returning * into person;
  if person.id is null then
    raise exception 'That person does not exist.' using errcode = 'NTFND';
  end if;
  return person;
end;
$$;


--
-- Name: FUNCTION record_talent_consent(talent_id uuid, purposes text[], source text, granted_at timestamp with time zone); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.record_talent_consent(talent_id uuid, purposes text[], source text, granted_at timestamp with time zone) IS 'Records the consent a person gave (Ley 1581 de 2012): the purposes (casting, ai_processing, contact — WhatsApp and email —, marketing), how it was collected (signed_form, agency_contract, web_form, email, whatsapp) and when. Replaces an earlier or withdrawn consent. Casting staff, admins and owners (RLS); anyone else gets NOT_FOUND.';


--
-- Name: refund_booking(uuid, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.refund_booking(booking_id uuid, reason text DEFAULT NULL::text) RETURNS app_public.bookings
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  booking app_public.bookings := app_private.lock_booking(refund_booking.booking_id, '{owner,admin,producer}');
  charge app_public.payments;
begin
  if length(reason) > 500 then
    raise exception 'The reason may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  if booking.status = 'refunded' then
    return booking; -- refunded already: the money and the tickets move once
  end if;
  if booking.status <> 'paid' then
    raise exception 'Only a paid booking can be refunded (this one is %).', booking.status using errcode = 'CONFL';
  end if;
  update app_public.bookings b set status = 'refunded', closed_at = now(), closed_by = app_public.current_profile_id(),
                                   close_reason = nullif(trim(refund_booking.reason), '')
   where b.id = booking.id returning * into booking;
  if booking.total_cop > 0 then
    select * into charge from app_public.payments p
     where p.booking_id = booking.id and p.kind = 'charge' and p.status = 'APPROVED'
       and p.provider_transaction_id = booking.payment_reference;
    insert into app_public.payments (organization_id, booking_id, profile_id, kind, provider, reference, amount_in_cents,
                                     currency, status, refund_of, reason, recorded_by)
      values (booking.organization_id, booking.id, booking.profile_id, 'refund',
              case when charge.id is null then 'manual' else charge.provider end, booking.reference,
              booking.total_cop * 100, 'COP', 'PENDING', charge.id, 'booking_refunded', app_public.current_profile_id());
  end if;
  return booking;
end;
$$;


--
-- Name: FUNCTION refund_booking(booking_id uuid, reason text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.refund_booking(booking_id uuid, reason text) IS 'Refunds a paid booking: it becomes refunded, its tickets stop admitting and return to sale once, and a refund of its total is recorded as owed (pay it out in Wompi''s dashboard or by transfer, then completeRefund). A second call changes nothing. Owners, admins and producers. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED, CONFLICT (not paid).';


--
-- Name: register(text, text, text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.register(email text, password text, full_name text, locale text DEFAULT 'es-CO'::text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  existing app_public.profiles;
  hash text;
  settings app_private.identity_settings := app_private.identity_settings();
  noticed timestamptz;
  token text;
  expires timestamptz := now() + settings.email_verification_ttl;
begin
  if length(password) < 10 then
    raise exception 'Password must be at least 10 characters long.' using errcode = 'WEAKP';
  end if;
  if email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' or length(email) > 320 then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  if length(trim(full_name)) = 0 then
    raise exception 'Full name is required.' using errcode = 'INVAL';
  end if;
  if length(trim(full_name)) > 200 then
    raise exception 'Full name is too long (at most 200 characters).' using errcode = 'INVAL';
  end if;
  if register.locale not in ('es-CO', 'en') then
    raise exception 'Unknown language (es-CO or en).' using errcode = 'INVAL';
  end if;
  -- Every branch hashes once, so timing does not tell them apart either.
  hash := crypt(password, gen_salt('bf'));
  select p.* into existing from app_public.profiles p where p.email = register.email::citext;

  if existing.id is null
     or (existing.email_verified_at is null and existing.auth_subject is null
         and not exists (select 1 from app_public.memberships m where m.profile_id = existing.id)) then
    -- Nobody owns the address yet. This registration keeps its own
    -- credentials with its own token; nothing else changes (no password is
    -- replaced, nobody is signed out), so a stranger's registration can
    -- neither take over nor block anyone else's.
    delete from app_private.pending_registrations r where r.email = register.email::citext and r.expires_at <= now();
    token := encode(gen_random_bytes(32), 'hex');
    insert into app_private.pending_registrations (email, full_name, password_hash, token_hash, locale, expires_at)
      values (register.email, trim(register.full_name), hash, encode(digest(token, 'sha256'), 'hex'), register.locale,
              expires);
    perform app_private.enqueue_account_email('confirm_registration', register.email, register.locale,
      jsonb_build_object('token', token, 'expiresAt', expires));
  else
    -- The address has an owner: tell them (at most once per interval), change nothing.
    perform pg_advisory_xact_lock(hashtextextended('register-notice:' || existing.id, 0));
    select n.last_sent_at into noticed from app_private.registration_notices n where n.profile_id = existing.id;
    if noticed is null or noticed < now() - settings.registration_notice_interval then
      insert into app_private.registration_notices (profile_id, last_sent_at) values (existing.id, now())
        on conflict (profile_id) do update set last_sent_at = excluded.last_sent_at;
      perform app_private.enqueue_account_email('account_exists', existing.email, existing.locale,
        jsonb_build_object('name', existing.full_name, 'viaIdentityProvider', existing.auth_subject is not null));
    end if;
  end if;
  return true;
end;
$_$;


--
-- Name: FUNCTION register(email text, password text, full_name text, locale text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.register(email text, password text, full_name text, locale text) IS 'Starts a registration: answers true for every valid input, whether or not the email already has an account (no enumeration). An address nobody owns gets a pending registration holding this name and password with its own link (mailed; the account exists once the link is followed with this password, see complete_registration); an address whose account is verified, linked to an identity provider or holds memberships is only told by mail that someone tried to register. Never changes an existing account. locale (es-CO, the default, or en: the language the registrant used) is the language of the link''s mail and of the account it makes. Errors: WEAKP (password under 10 characters), EMAIL, INVAL (blank or over 200 characters name, unknown locale).';


--
-- Name: reissue_rsvp_link(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.reissue_rsvp_link(invitation_id uuid) RETURNS app_public.guest_invitations
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  invitation app_public.guest_invitations := app_private.lock_invitation(reissue_rsvp_link.invitation_id);
begin
  if invitation.status = 'cancelled' then
    raise exception 'A cancelled invitation has no link.' using errcode = 'CONFL';
  end if;
  update app_public.guest_invitations i set rsvp_version = i.rsvp_version + 1 where i.id = invitation.id
  returning * into invitation;
  return invitation;
end;
$$;


--
-- Name: FUNCTION reissue_rsvp_link(invitation_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.reissue_rsvp_link(invitation_id uuid) IS 'Gives an invitation a new RSVP link (e.g. the old one was forwarded); the previous link opens nothing from now on. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, CONFLICT (cancelled).';


--
-- Name: looks; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.looks (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    designer_id uuid NOT NULL,
    sequence integer NOT NULL,
    title text NOT NULL,
    notes text,
    change_minutes integer DEFAULT 5 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    talent_id uuid,
    walk_seconds integer,
    fixed_position text,
    photo_file_id uuid,
    CONSTRAINT looks_change_minutes_check CHECK (((change_minutes >= 0) AND (change_minutes <= 120))),
    CONSTRAINT looks_fixed_position_check CHECK ((fixed_position = ANY (ARRAY['opening'::text, 'closing'::text, 'finale'::text]))),
    CONSTRAINT looks_notes_length CHECK ((length(notes) <= 2000)),
    CONSTRAINT looks_sequence_check CHECK ((sequence > 0)),
    CONSTRAINT looks_title_check CHECK (((length(TRIM(BOTH FROM title)) >= 1) AND (length(TRIM(BOTH FROM title)) <= 200))),
    CONSTRAINT looks_title_length CHECK ((length(title) <= 200)),
    CONSTRAINT looks_walk_seconds_check CHECK (((walk_seconds >= 5) AND (walk_seconds <= 600)))
);


--
-- Name: TABLE looks; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.looks IS 'An outfit shown on the runway.';


--
-- Name: COLUMN looks.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.id IS 'Unique identifier of the look.';


--
-- Name: COLUMN looks.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN looks.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.event_id IS 'The event where the look is shown.';


--
-- Name: COLUMN looks.designer_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.designer_id IS 'The designer of the look.';


--
-- Name: COLUMN looks.sequence; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.sequence IS 'Order of the look within the event (1 walks first).';


--
-- Name: COLUMN looks.title; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.title IS 'Short description of the look.';


--
-- Name: COLUMN looks.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.notes IS 'Styling notes for backstage.';


--
-- Name: COLUMN looks.change_minutes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.change_minutes IS 'Minutes a model needs to get into this look (the quick change before it), 0 to 120; the schedule''s buffer is added to it.';


--
-- Name: COLUMN looks.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.created_at IS 'When the look was added.';


--
-- Name: COLUMN looks.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.updated_at IS 'When the look was last changed.';


--
-- Name: COLUMN looks.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.talent_id IS 'The model wearing the look: a confirmed casting of this event (checked when set).';


--
-- Name: COLUMN looks.walk_seconds; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.walk_seconds IS 'Seconds the look is on the runway, 5 to 600; null: the schedule''s default walk.';


--
-- Name: COLUMN looks.fixed_position; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.fixed_position IS 'opening (first of its designer''s block), closing (last of the block), finale (last look of the show, before the finale walk) or null.';


--
-- Name: COLUMN looks.photo_file_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.looks.photo_file_id IS 'Photo of the look (a file uploaded as look_photo); replacing or removing it deletes the old one.';


--
-- Name: renumber_looks(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.renumber_looks(event_id uuid) RETURNS SETOF app_public.looks
    LANGUAGE plpgsql STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  needed int;
  updated int;
begin
  perform pg_advisory_xact_lock(hashtextextended('looks:' || renumber_looks.event_id, 0));
  with numbered as (
    select l.id, l.sequence, row_number() over (order by ed.show_order nulls last, l.sequence, l.id) as position
      from app_public.looks l
      left join app_public.event_designers ed on ed.event_id = l.event_id and ed.designer_id = l.designer_id
     where l.event_id = renumber_looks.event_id
  )
  select count(*) into needed from numbered n where n.sequence <> n.position;
  with numbered as (
    select l.id, row_number() over (order by ed.show_order nulls last, l.sequence, l.id) as position
      from app_public.looks l
      left join app_public.event_designers ed on ed.event_id = l.event_id and ed.designer_id = l.designer_id
     where l.event_id = renumber_looks.event_id
  )
  update app_public.looks l set sequence = n.position
    from numbered n where l.id = n.id and l.sequence <> n.position;
  get diagnostics updated = row_count;
  if updated < needed then
    raise exception 'You may not change these looks.' using errcode = 'DNIED';
  end if;
  return query select l.* from app_public.looks l where l.event_id = renumber_looks.event_id order by l.sequence;
end;
$$;


--
-- Name: FUNCTION renumber_looks(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.renumber_looks(event_id uuid) IS 'Numbers an event''s looks 1, 2, … in running order: the line-up''s blocks in show_order, each designer''s looks in their current order (looks of designers not in the line-up last). Errors: DNIED (may not write looks).';


--
-- Name: reorder_line_up(uuid, uuid[]); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.reorder_line_up(event_id uuid, entry_ids uuid[]) RETURNS SETOF app_public.event_designers
    LANGUAGE plpgsql STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  current_ids uuid[];
  needed int;
  updated int;
begin
  perform pg_advisory_xact_lock(hashtextextended('line-up:' || reorder_line_up.event_id, 0));
  select coalesce(array_agg(ed.id order by ed.id), '{}') into current_ids
    from app_public.event_designers ed where ed.event_id = reorder_line_up.event_id;
  if cardinality(current_ids) = 0 then
    raise exception 'There is no such line-up.' using errcode = 'NTFND';
  end if;
  if cardinality(entry_ids) <> cardinality(current_ids)
     or current_ids <> (select array_agg(x order by x) from unnest(entry_ids) x) then
    raise exception 'The line-up changed meanwhile: reload it and order it again.' using errcode = 'CONFL';
  end if;
  select count(*) into needed
    from app_public.event_designers ed join unnest(entry_ids) with ordinality as o(id, position) on ed.id = o.id
   where ed.show_order is distinct from o.position::int;
  update app_public.event_designers ed set show_order = o.position
    from unnest(entry_ids) with ordinality as o(id, position)
   where ed.id = o.id and ed.show_order is distinct from o.position::int;
  -- Row-level security lets a reader see the line-up but skips the rows they may not change.
  get diagnostics updated = row_count;
  if updated < needed then
    raise exception 'You may not change this line-up.' using errcode = 'DNIED';
  end if;
  return query select ed.* from app_public.event_designers ed
                where ed.event_id = reorder_line_up.event_id order by ed.show_order;
end;
$$;


--
-- Name: FUNCTION reorder_line_up(event_id uuid, entry_ids uuid[]); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.reorder_line_up(event_id uuid, entry_ids uuid[]) IS 'Puts an event''s line-up in the given order: entry_ids lists every event_designers id of the event once, first opens the show (show_order 1, 2, …). Errors: NTFND, CONFL (the list is not exactly the current line-up), DNIED (may not write the line-up).';


--
-- Name: reorder_looks(uuid, uuid, uuid[]); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.reorder_looks(event_id uuid, designer_id uuid, look_ids uuid[]) RETURNS SETOF app_public.looks
    LANGUAGE plpgsql STRICT
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  current_ids uuid[];
  needed int;
  updated int;
begin
  perform pg_advisory_xact_lock(hashtextextended('looks:' || reorder_looks.event_id, 0));
  select coalesce(array_agg(l.id order by l.id), '{}') into current_ids
    from app_public.looks l where l.event_id = reorder_looks.event_id and l.designer_id = reorder_looks.designer_id;
  if cardinality(current_ids) = 0 then
    raise exception 'This designer has no looks at this event.' using errcode = 'NTFND';
  end if;
  if cardinality(look_ids) <> cardinality(current_ids)
     or current_ids <> (select array_agg(x order by x) from unnest(look_ids) x) then
    raise exception 'The looks changed meanwhile: reload them and order them again.' using errcode = 'CONFL';
  end if;
  -- The designer's look numbers stay the same set; only who holds which moves.
  with numbers as (
    select l.sequence, row_number() over (order by l.sequence) as position
      from app_public.looks l where l.event_id = reorder_looks.event_id and l.designer_id = reorder_looks.designer_id
  )
  select count(*) into needed
    from unnest(look_ids) with ordinality as o(id, position)
    join numbers n on n.position = o.position
    join app_public.looks l on l.id = o.id
   where l.sequence <> n.sequence;
  with numbers as (
    select l.sequence, row_number() over (order by l.sequence) as position
      from app_public.looks l where l.event_id = reorder_looks.event_id and l.designer_id = reorder_looks.designer_id
  )
  update app_public.looks l set sequence = n.sequence
    from unnest(look_ids) with ordinality as o(id, position)
    join numbers n on n.position = o.position
   where l.id = o.id and l.sequence <> n.sequence;
  get diagnostics updated = row_count;
  if updated < needed then
    raise exception 'You may not change these looks.' using errcode = 'DNIED';
  end if;
  return query select l.* from app_public.looks l
                where l.event_id = reorder_looks.event_id and l.designer_id = reorder_looks.designer_id
                order by l.sequence;
end;
$$;


--
-- Name: FUNCTION reorder_looks(event_id uuid, designer_id uuid, look_ids uuid[]); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.reorder_looks(event_id uuid, designer_id uuid, look_ids uuid[]) IS 'Puts one designer''s looks at an event in the given order: look_ids lists each of them once; they keep the same set of look numbers (sequence), the first listed gets the lowest. Errors: NTFND, CONFL (not exactly the designer''s looks), DNIED (may not write looks).';


--
-- Name: runway_schedules; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.runway_schedules (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    status text DEFAULT 'draft'::text NOT NULL,
    starts_at timestamp with time zone,
    agent_run_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    gap_seconds integer DEFAULT 10 NOT NULL,
    default_walk_seconds integer DEFAULT 40 NOT NULL,
    change_buffer_minutes integer DEFAULT 1 NOT NULL,
    no_back_to_back boolean DEFAULT true NOT NULL,
    block_order text DEFAULT 'fixed'::text NOT NULL,
    finale_seconds integer DEFAULT 90,
    solved_at timestamp with time zone,
    solver_status text,
    min_spare_seconds integer,
    relative_gap numeric(7,4),
    running_seconds integer,
    stale_at timestamp with time zone,
    stale_reasons jsonb DEFAULT '[]'::jsonb NOT NULL,
    explanation jsonb,
    notes jsonb,
    edited_at timestamp with time zone,
    CONSTRAINT runway_schedules_block_order_check CHECK ((block_order = ANY (ARRAY['fixed'::text, 'free'::text]))),
    CONSTRAINT runway_schedules_change_buffer_minutes_check CHECK (((change_buffer_minutes >= 0) AND (change_buffer_minutes <= 60))),
    CONSTRAINT runway_schedules_default_walk_seconds_check CHECK (((default_walk_seconds >= 5) AND (default_walk_seconds <= 600))),
    CONSTRAINT runway_schedules_explanation_check CHECK ((octet_length((explanation)::text) <= 200000)),
    CONSTRAINT runway_schedules_finale_seconds_check CHECK (((finale_seconds >= 0) AND (finale_seconds <= 1800))),
    CONSTRAINT runway_schedules_gap_seconds_check CHECK (((gap_seconds >= 0) AND (gap_seconds <= 600))),
    CONSTRAINT runway_schedules_notes_check CHECK ((octet_length((notes)::text) <= 50000)),
    CONSTRAINT runway_schedules_relative_gap_check CHECK (((relative_gap >= (0)::numeric) AND (relative_gap <= (1)::numeric))),
    CONSTRAINT runway_schedules_running_seconds_check CHECK ((running_seconds >= 0)),
    CONSTRAINT runway_schedules_solver_status_check CHECK ((solver_status = ANY (ARRAY['optimal'::text, 'feasible'::text, 'infeasible'::text, 'invalid'::text, 'unknown'::text]))),
    CONSTRAINT runway_schedules_stale_reasons_check CHECK ((octet_length((stale_reasons)::text) <= 100000)),
    CONSTRAINT runway_schedules_status_check CHECK ((status = ANY (ARRAY['draft'::text, 'published'::text]))),
    CONSTRAINT runway_schedules_version_check CHECK ((version > 0))
);


--
-- Name: TABLE runway_schedules; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.runway_schedules IS 'A version of the run of show for an event.';


--
-- Name: COLUMN runway_schedules.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.id IS 'Unique identifier of the schedule.';


--
-- Name: COLUMN runway_schedules.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN runway_schedules.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.event_id IS 'The event.';


--
-- Name: COLUMN runway_schedules.version; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.version IS 'Version number, increasing per event.';


--
-- Name: COLUMN runway_schedules.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.status IS 'draft or published.';


--
-- Name: COLUMN runway_schedules.starts_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.starts_at IS 'When the first look walks (an instant, stored in UTC; shown in America/Bogota). Slot times are offsets from it.';


--
-- Name: COLUMN runway_schedules.agent_run_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.agent_run_id IS 'The agent run that drafted this schedule, if any.';


--
-- Name: COLUMN runway_schedules.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.created_at IS 'When the schedule was created.';


--
-- Name: COLUMN runway_schedules.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.updated_at IS 'When the schedule was last changed.';


--
-- Name: COLUMN runway_schedules.gap_seconds; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.gap_seconds IS 'Seconds between the end of one walk and the start of the next (the runway never stops), 0 to 600.';


--
-- Name: COLUMN runway_schedules.default_walk_seconds; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.default_walk_seconds IS 'Walk length in seconds for looks without their own, 5 to 600 (e.g. 40).';


--
-- Name: COLUMN runway_schedules.change_buffer_minutes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.change_buffer_minutes IS 'Minutes added to every quick change (each look''s change_minutes), 0 to 60.';


--
-- Name: COLUMN runway_schedules.no_back_to_back; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.no_back_to_back IS 'The rule "a model never walks twice in a row".';


--
-- Name: COLUMN runway_schedules.block_order; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.block_order IS 'fixed: designers'' blocks walk in the line-up order (event_designers.show_order); free: the solver orders them.';


--
-- Name: COLUMN runway_schedules.finale_seconds; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.finale_seconds IS 'Length in seconds of the finale (all models out, each in the look they wore last), starting one gap after the last walk; null: no finale.';


--
-- Name: COLUMN runway_schedules.solved_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.solved_at IS 'When the Runway Timing solver last wrote this run of show; null: never solved (made by hand).';


--
-- Name: COLUMN runway_schedules.solver_status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.solver_status IS 'optimal (proved best), feasible (valid, best found within the time limit), infeasible (no valid order exists: see explanation), invalid (data to fix first, e.g. a look without a model: see explanation.structural) or unknown (no order found within the time limit, none proved impossible).';


--
-- Name: COLUMN runway_schedules.min_spare_seconds; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.min_spare_seconds IS 'Seconds to spare in the tightest quick change of the solved order (the solver maximises it); null when no model walks twice.';


--
-- Name: COLUMN runway_schedules.relative_gap; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.relative_gap IS 'Share of the best possible spare not proved reached when the time limit stopped the solver: 0 = proved optimal.';


--
-- Name: COLUMN runway_schedules.running_seconds; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.running_seconds IS 'Seconds from the first entrance to the end of the finale (or of the last walk) in the solved order.';


--
-- Name: COLUMN runway_schedules.stale_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.stale_at IS 'When a look, a model, the line-up or a setting changed after solving: the run of show may no longer hold. Null: fresh.';


--
-- Name: COLUMN runway_schedules.stale_reasons; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.stale_reasons IS 'What changed since solving, oldest first (at most 50): objects with kind (look_added, look_changed, look_removed, model_unavailable, line_up_changed, settings_changed), the ids involved, fields and at.';


--
-- Name: COLUMN runway_schedules.explanation; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.explanation IS 'Why the last solve found no valid run of show (solver_status infeasible, invalid or unknown), written by the Runway Timing agent: {structural: data problems to fix first, conflicts: [{kind quick_change | back_to_back, talentId, fromLookId, toLookId, positions, availableSeconds, requiredSeconds, missingSeconds, message}], missingSeconds, closestOrder: look ids of the order with the fewest seconds missing, remedies: [{rank, kind, message, …}] ranked least disruptive first, each verified to make the show solvable}. Messages in es-CO. Null when the last solve found an order.';


--
-- Name: COLUMN runway_schedules.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.notes IS 'Producer-facing notes in es-CO written by the Runway Timing agent''s model from the solved run of show (it never decides the order): {provider (openai or local: the deterministic local provider, no AI), model, runId, writtenAt, pacing, blocks: [{designerId, designerName, musicCue, notes}], watch: [what to watch backstage]}. Null until written (or when the model failed: see the agent run''s output.notesError).';


--
-- Name: COLUMN runway_schedules.edited_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_schedules.edited_at IS 'When a producer last reordered this run of show by hand (reorderRunwaySlots) after it was solved; null: as the solver left it.';


--
-- Name: reorder_runway_slots(uuid, uuid[]); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.reorder_runway_slots(schedule_id uuid, look_ids uuid[]) RETURNS app_public.runway_schedules
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  schedule app_public.runway_schedules;
  expected int;
begin
  select * into schedule from app_public.runway_schedules s where s.id = reorder_runway_slots.schedule_id for update;
  if schedule.id is null or not (schedule.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That run of show does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(schedule.organization_id, '{owner,admin,producer}');
  if cardinality(look_ids) > 1000 then
    raise exception 'A run of show holds at most 1000 looks.' using errcode = 'INVAL';
  end if;
  select count(*) into expected from app_public.looks l where l.event_id = schedule.event_id;
  -- Exactly the event's looks, each once.
  if cardinality(look_ids) <> expected
     or (select count(distinct x) from unnest(look_ids) x) <> expected
     or exists (select 1 from unnest(look_ids) x
                 where not exists (select 1 from app_public.looks l where l.id = x and l.event_id = schedule.event_id)) then
    raise exception 'The order must list every look of the event exactly once.' using errcode = 'INVAL';
  end if;

  delete from app_public.runway_slots s where s.schedule_id = schedule.id;
  -- Times from the current looks and settings: walk k+1 enters gap seconds after walk k ends.
  insert into app_public.runway_slots (schedule_id, sequence, look_id, talent_id, walk_starts_at, walk_seconds)
  select schedule.id, o.n, l.id, l.talent_id,
         make_interval(secs => coalesce(sum(coalesce(l.walk_seconds, schedule.default_walk_seconds) + schedule.gap_seconds)
                                          over (order by o.n rows between unbounded preceding and 1 preceding), 0)),
         coalesce(l.walk_seconds, schedule.default_walk_seconds)
    from unnest(look_ids) with ordinality o(look_id, n)
    join app_public.looks l on l.id = o.look_id;

  -- The order now reflects the current looks: what changed since solving no longer applies to it;
  -- what it breaks shows on each slot (runway_slots_warnings).
  update app_public.runway_schedules s
     set edited_at = now(), stale_at = null, stale_reasons = '[]'
   where s.id = schedule.id
   returning * into schedule;
  return schedule;
end;
$$;


--
-- Name: FUNCTION reorder_runway_slots(schedule_id uuid, look_ids uuid[]); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.reorder_runway_slots(schedule_id uuid, look_ids uuid[]) IS 'Saves a producer''s own run of show (producer, admin, owner): lookIds is every look of the event, each once, in walking order. Slots are rewritten with their models and clock offsets recomputed from the current looks and settings; the schedule gets edited_at and is no longer stale; rules the order breaks show as each slot''s warnings (the dashboard checks them before saving). Not every look exactly once: VALIDATION_FAILED; another organization''s schedule: NOT_FOUND.';


--
-- Name: request_email_draft(uuid, text, text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.request_email_draft(event_id uuid, kind text, audience text, locale text DEFAULT 'es-CO'::text) RETURNS app_public.email_drafts
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  e app_public.events;
  run app_public.agent_runs;
  draft app_public.email_drafts;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events x where x.id = request_email_draft.event_id;
  if e.id is null or not (e.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(e.organization_id, '{owner,admin,producer}');
  if kind is null or kind not in ('casting_invitation', 'call_sheet', 'confirmation', 'reminder', 'thank_you') then
    raise exception 'Unknown email kind.' using errcode = '23514';
  end if;
  if audience is null or audience not in ('invited_talent', 'confirmed_talent', 'accepted_guests') then
    raise exception 'Unknown audience.' using errcode = '23514';
  end if;
  perform app_private.check_agent_limits(e.organization_id);
  insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
  values (e.organization_id, e.id, 'email_generation', app_public.current_profile_id(),
          jsonb_build_object('eventId', e.id, 'kind', kind, 'audience', audience, 'locale', coalesce(locale, 'es-CO')))
  returning * into run;
  insert into app_public.email_drafts (organization_id, event_id, kind, audience, locale, agent_run_id, requested_by)
  values (e.organization_id, e.id, kind, audience, coalesce(locale, 'es-CO'), run.id, app_public.current_profile_id())
  returning * into draft;
  perform graphile_worker.add_job('email_generation', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return draft;
end;
$$;


--
-- Name: FUNCTION request_email_draft(event_id uuid, kind text, audience text, locale text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.request_email_draft(event_id uuid, kind text, audience text, locale text) IS 'Asks the Email Generation agent for a draft about an event (producer, admin, owner): kind casting_invitation, call_sheet, confirmation, reminder or thank_you; audience invited_talent, confirmed_talent or accepted_guests; locale es-CO (default) or en. Returns the draft (status writing); the run fills it in (agent_runs.input: {eventId: uuid, kind: string, audience: string, locale: string}). Over the agent request limit: RATE_LIMITED.';


--
-- Name: request_event_health(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.request_event_health(event_id uuid) RETURNS app_public.event_health_reports
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  e app_public.events;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events where id = request_event_health.event_id;
  if e.id is null or not (e.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(e.organization_id, '{owner,admin,producer}');
  perform app_private.check_agent_limits(e.organization_id);
  return app_private.refresh_event_health(e.id, (now() at time zone 'America/Bogota')::date,
                                          app_public.current_profile_id());
end;
$$;


--
-- Name: FUNCTION request_event_health(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.request_event_health(event_id uuid) IS 'Checks an event''s health now (owner, admin, producer): computes today''s report (America/Bogota date) in SQL and returns it, queueing the Event Health agent''s summary. The same report the daily run updates. Over the agent request limit: RATE_LIMITED.';


--
-- Name: request_model_casting(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.request_model_casting(brief_id uuid) RETURNS app_public.agent_runs
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  brief app_public.casting_briefs;
  run app_public.agent_runs;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into brief from app_public.casting_briefs b where b.id = request_model_casting.brief_id;
  if brief.id is null or not (brief.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That casting brief does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(brief.organization_id, '{owner,admin,producer,casting}');

  select * into run from app_public.agent_runs r
   where r.agent_type = 'model_casting' and r.input ->> 'briefId' = brief.id::text and r.status in ('queued', 'running')
     and r.input ? 'briefId';
  if run.id is not null then
    return run;
  end if;

  perform app_private.check_agent_limits(brief.organization_id);
  begin
    insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
      values (brief.organization_id, brief.event_id, 'model_casting', app_public.current_profile_id(),
              jsonb_build_object('briefId', brief.id, 'eventId', brief.event_id))
      returning * into run;
  exception when unique_violation then
    -- A concurrent request for the same brief won: return its run.
    select * into run from app_public.agent_runs r
     where r.agent_type = 'model_casting' and r.input ->> 'briefId' = brief.id::text and r.status in ('queued', 'running')
       and r.input ? 'briefId';
    return run;
  end;
  perform graphile_worker.add_job('model_casting', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return run;
end;
$$;


--
-- Name: FUNCTION request_model_casting(brief_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.request_model_casting(brief_id uuid) IS 'Asks the Model Casting agent to suggest people from the roster for a casting brief (casting, producer, admin, owner). Returns the queued run, or the run already queued or running for that brief. Over the agent request limit: RATE_LIMITED. agent_runs.input: {briefId: uuid, eventId: uuid} (tasks/agents/model-casting.ts, CastingRunInput; briefId is also the key of the one-active-run-per-brief index).';


--
-- Name: request_password_reset(text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.request_password_reset(email text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $_$
declare
  settings app_private.identity_settings := app_private.identity_settings();
  profile app_public.profiles;
  has_password boolean;
  token text := encode(gen_random_bytes(32), 'hex');
  expires timestamptz := now() + settings.password_reset_ttl;
begin
  if request_password_reset.email !~ '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$' or length(request_password_reset.email) > 320 then
    raise exception 'That email address is not valid.' using errcode = 'EMAIL';
  end if;
  -- Serialise requests for one address, so the hourly limit holds under concurrency.
  perform pg_advisory_xact_lock(hashtextextended('password-reset:' || lower(request_password_reset.email), 0));
  select p.* into profile from app_public.profiles p where p.email = request_password_reset.email::citext;
  -- Unknown address, or over the hourly limit: the same answer, no mail.
  if profile.id is null then
    return true;
  end if;
  if (select count(*) from app_private.password_reset_tokens t
       where t.profile_id = profile.id and t.created_at > now() - interval '1 hour') >= settings.password_reset_emails_per_hour then
    return true;
  end if;
  select s.password_hash is not null into has_password from app_private.profile_secrets s where s.profile_id = profile.id;
  if profile.auth_subject is not null and not coalesce(has_password, false) then
    -- Signs in through an identity provider: there is no password to reset,
    -- and a link would open a second way in past the provider. Say so.
    insert into app_private.password_reset_tokens (profile_id, email, token_hash, expires_at, used_at)
      values (profile.id, profile.email, encode(digest(token, 'sha256'), 'hex'), now(), now());
    perform app_private.enqueue_account_email('password_reset', profile.email, profile.locale,
      jsonb_build_object('name', profile.full_name, 'viaIdentityProvider', true));
    return true;
  end if;
  insert into app_private.password_reset_tokens (profile_id, email, token_hash, expires_at)
    values (profile.id, profile.email, encode(digest(token, 'sha256'), 'hex'), expires);
  perform app_private.enqueue_account_email('password_reset', profile.email, profile.locale,
    jsonb_build_object('name', profile.full_name, 'viaIdentityProvider', false, 'token', token, 'expiresAt', expires));
  return true;
end;
$_$;


--
-- Name: FUNCTION request_password_reset(email text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.request_password_reset(email text) IS 'Mails a password reset link (/restablecer-contrasena?token=…, valid identity_settings.password_reset_ttl, one hour by default, single use) to the account with this email. Answers true for every valid address, whether or not it has an account (no enumeration); at most password_reset_emails_per_hour mails per account. An account that signs in through an identity provider is told so instead of getting a link. Errors: EMAIL.';


--
-- Name: request_runway_timing(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.request_runway_timing(event_id uuid) RETURNS app_public.agent_runs
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  event app_public.events;
  schedule app_public.runway_schedules;
  run app_public.agent_runs;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into event from app_public.events e where e.id = request_runway_timing.event_id;
  if event.id is null or not (event.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(event.organization_id, '{owner,admin,producer}');

  select * into run from app_public.agent_runs r
   where r.event_id = event.id and r.agent_type = 'runway_timing' and r.status in ('queued', 'running');
  if run.id is not null then
    return run;
  end if;
  perform app_private.check_agent_limits(event.organization_id);

  -- The run of show solved is the event's latest version; the first request creates it.
  select * into schedule from app_public.runway_schedules s
   where s.event_id = event.id order by s.version desc limit 1;
  if schedule.id is null then
    insert into app_public.runway_schedules (event_id, version, status, starts_at)
      values (event.id, 1, 'draft', event.starts_at)
      on conflict on constraint runway_schedules_event_id_version_key do nothing;
    select * into schedule from app_public.runway_schedules s
     where s.event_id = event.id order by s.version desc limit 1;
  end if;

  begin
    insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
      values (event.organization_id, event.id, 'runway_timing', app_public.current_profile_id(),
              jsonb_build_object('eventId', event.id, 'scheduleId', schedule.id))
      returning * into run;
  exception when unique_violation then
    -- A concurrent request for the same event won: return its run.
    select * into run from app_public.agent_runs r
     where r.event_id = event.id and r.agent_type = 'runway_timing' and r.status in ('queued', 'running');
    return run;
  end;
  perform graphile_worker.add_job('runway_timing', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return run;
end;
$$;


--
-- Name: FUNCTION request_runway_timing(event_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.request_runway_timing(event_id uuid) IS 'Asks the Runway Timing agent to solve the event''s run of show (producer, admin, owner). The latest schedule version is solved (version 1 is created, starting at the event''s start, when there is none). The HiGHS solver orders the looks so every quick change fits; the slots and the schedule''s results are written in one transaction; an impossible show is stored with its explanation and ranked remedies; the model then writes es-CO notes. Returns the queued run, or the run already queued or running for the event. Over the agent request limit: RATE_LIMITED; another organization''s event: NOT_FOUND. agent_runs.input: {eventId: uuid, scheduleId: uuid} (tasks/agents/runway-timing.ts, RunwayTimingRequest; one active run per event: the agent_runs_one_active_runway_per_event index on event_id).';


--
-- Name: request_vendor_recommendations(uuid, text, bigint); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.request_vendor_recommendations(event_id uuid, category text, budget_cop bigint) RETURNS app_public.agent_runs
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  e app_public.events;
  run app_public.agent_runs;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events where id = request_vendor_recommendations.event_id;
  if e.id is null or not (e.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(e.organization_id, '{owner,admin,producer}');
  if category is null or not (category = any(array['catering', 'lighting', 'sound', 'staging', 'security', 'photography',
                                                   'video', 'hair_makeup', 'models_agency', 'transport', 'printing', 'other'])) then
    raise exception 'Unknown vendor category.' using errcode = '23514';
  end if;
  if budget_cop is null or budget_cop < 0 or budget_cop > 100000000000 then
    raise exception 'The budget must be between 0 and 100,000,000,000 COP.' using errcode = '23514';
  end if;

  select * into run from app_public.agent_runs r
   where r.agent_type = 'vendor_coordination' and r.event_id = e.id and r.input ->> 'category' = category
     and r.status in ('queued', 'running');
  if run.id is not null then
    return run;
  end if;
  perform app_private.check_agent_limits(e.organization_id);
  begin
    insert into app_public.agent_runs (organization_id, event_id, agent_type, requested_by, input)
      values (e.organization_id, e.id, 'vendor_coordination', app_public.current_profile_id(),
              jsonb_build_object('eventId', e.id, 'category', category, 'budgetCop', budget_cop,
                                 'vendorRequest', e.id::text || ':' || category))
      returning * into run;
  exception when unique_violation then
    select * into run from app_public.agent_runs r
     where r.agent_type = 'vendor_coordination' and r.event_id = e.id and r.input ->> 'category' = category
       and r.status in ('queued', 'running');
    return run;
  end;
  perform graphile_worker.add_job('vendor_coordination', json_build_object('agentRunId', run.id),
    job_key => 'agent_run:' || run.id, max_attempts => 3);
  return run;
end;
$$;


--
-- Name: FUNCTION request_vendor_recommendations(event_id uuid, category text, budget_cop bigint); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.request_vendor_recommendations(event_id uuid, category text, budget_cop bigint) IS 'Asks the Vendor Coordination agent to recommend vendors of a category for an event within a budget in COP (producer, admin, owner). Returns the queued run, or the one already queued or running for that event and category (agent_runs.input: {eventId: uuid, category: string, budgetCop: integer, vendorRequest: string}). Over the agent request limit: RATE_LIMITED.';


--
-- Name: resend_email_verification(); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.resend_email_verification() RETURNS boolean
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  me uuid := app_public.current_profile_id();
  profile app_public.profiles;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select p.* into profile from app_public.profiles p where p.id = me;
  if profile.email_verified_at is not null then
    return false;
  end if;
  if not app_private.issue_email_verification(me) then
    raise exception 'Too many verification emails. Try again in an hour.' using errcode = 'RLIMT';
  end if;
  return true;
end;
$$;


--
-- Name: FUNCTION resend_email_verification(); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.resend_email_verification() IS 'Mails the signed-in, unverified account a new verification link; false when it is verified already. Errors: LOGIN, RLIMT (over identity_settings.verification_emails_per_hour).';


--
-- Name: reset_password(text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.reset_password(token text, password text) RETURNS boolean
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  reset app_private.password_reset_tokens;
  profile app_public.profiles;
begin
  if length(reset_password.password) < 10 then
    raise exception 'Password must be at least 10 characters long.' using errcode = 'WEAKP';
  end if;
  select t.* into reset from app_private.password_reset_tokens t
   where t.token_hash = encode(digest(reset_password.token, 'sha256'), 'hex')
   for update;
  if reset.id is null or reset.used_at is not null or reset.expires_at <= now() then
    raise exception 'That link is invalid, was already used or has expired. Ask for a new one.' using errcode = 'NTFND';
  end if;
  select p.* into profile from app_public.profiles p where p.id = reset.profile_id for update;
  if profile.email <> reset.email then
    raise exception 'That link is for an email address this account no longer has.' using errcode = 'NTFND';
  end if;
  insert into app_private.profile_secrets (profile_id, password_hash)
    values (profile.id, crypt(reset_password.password, gen_salt('bf')))
    on conflict (profile_id) do update set password_hash = excluded.password_hash;
  -- The address's failed sign-ins (migration 000014 keeps them by its digest) are forgiven with the new password.
  delete from app_private.sign_in_failures f where f.email_digest = app_private.email_digest(profile.email);
  -- Single use: this token and every other outstanding one of the account.
  update app_private.password_reset_tokens set used_at = now() where profile_id = profile.id and used_at is null;
  -- Whoever knew the old password (or stole a session) is signed out everywhere.
  update app_private.sessions set revoked_at = now() where profile_id = profile.id and revoked_at is null;
  -- The mailbox (the token) and the newest password are now one person's: the
  -- same proof verify_email asks for.
  update app_public.profiles set email_verified_at = coalesce(email_verified_at, now()) where id = profile.id;
  return true;
end;
$$;


--
-- Name: FUNCTION reset_password(token text, password text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.reset_password(token text, password text) IS 'Sets a new password with the token from the reset mail: the token works once and only before it expires, every outstanding reset token of the account is spent, every session of the account is revoked (sign in again), and the email counts as verified (the mailbox and the new password prove it, as verify_email asks). Errors: WEAKP (under 10 characters), NTFND (unknown, used or expired token).';


--
-- Name: respond_to_invitation(text, boolean, text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.respond_to_invitation(token text, attending boolean, plus_one_name text DEFAULT NULL::text, notes text DEFAULT NULL::text) RETURNS app_public.rsvp
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  invitation app_public.guest_invitations;
  state record;
  e app_public.events;
  party int;
  new_status text;
  was_accepted boolean;
begin
  if attending is null then
    raise exception 'Say whether you will attend.' using errcode = 'INVAL';
  end if;
  if length(plus_one_name) > 200 then
    raise exception 'The +1''s name may have at most 200 characters.' using errcode = 'INVAL';
  end if;
  if length(notes) > 500 then
    raise exception 'Notes may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  invitation := app_private.invitation_by_rsvp_token(respond_to_invitation.token);
  if invitation.id is null then
    raise exception 'This invitation link is not valid or has expired.' using errcode = 'NTFND';
  end if;
  -- The event first, then the invitation (the lock order).
  select * into state from app_private.lock_event_guests(invitation.event_id);
  select * into invitation from app_public.guest_invitations i where i.id = invitation.id for update;
  if invitation.status = 'cancelled' then
    raise exception 'This invitation link is not valid or has expired.' using errcode = 'NTFND';
  end if;
  select * into e from app_public.events where id = invitation.event_id;
  if now() >= coalesce(least(e.rsvp_closes_at, e.starts_at), e.starts_at) then
    raise exception 'RSVPs for this event are closed.' using errcode = 'RSVPC';
  end if;
  if nullif(trim(respond_to_invitation.plus_one_name), '') is not null and not invitation.plus_one_allowed then
    raise exception 'This invitation is for one person.' using errcode = 'INVAL';
  end if;
  was_accepted := invitation.status = 'accepted';
  if not attending then
    new_status := 'declined';
    update app_public.guest_invitations i
       set status = new_status, responded_at = now(), notes = nullif(trim(respond_to_invitation.notes), '')
     where i.id = invitation.id returning * into invitation;
    delete from app_public.seat_assignments a where a.invitation_id = invitation.id;
  else
    party := 1 + (nullif(trim(respond_to_invitation.plus_one_name), '') is not null)::int;
    -- The party's own places, if already accepted, are free for it.
    if state.capacity is null
       or state.accepted - (case when was_accepted then app_public.guest_invitations_party_size(invitation) else 0 end)
          + party <= state.capacity then
      new_status := 'accepted';
    elsif was_accepted then
      -- Adding a +1 to an accepted place when the show is full: refused, and
      -- the guest keeps their own place (nothing is lost by asking).
      raise exception 'There is no room for a +1 now; your own place is kept.' using errcode = 'CAPAC';
    else
      new_status := 'waitlist';
    end if;
    update app_public.guest_invitations i
       set status = new_status,
           responded_at = case when i.status = new_status and i.responded_at is not null then i.responded_at else now() end,
           plus_one_name = nullif(trim(respond_to_invitation.plus_one_name), ''),
           notes = nullif(trim(respond_to_invitation.notes), '')
     where i.id = invitation.id returning * into invitation;
    if new_status <> 'accepted' then
      delete from app_public.seat_assignments a where a.invitation_id = invitation.id;
    elsif invitation.plus_one_name is null then
      delete from app_public.seat_assignments a where a.invitation_id = invitation.id and a.plus_one;
    end if;
  end if;
  if was_accepted then
    perform app_private.promote_waitlist(invitation.event_id);
    select * into invitation from app_public.guest_invitations i where i.id = invitation.id;
  end if;
  return app_private.rsvp_of(invitation);
end;
$$;


--
-- Name: FUNCTION respond_to_invitation(token text, attending boolean, plus_one_name text, notes text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.respond_to_invitation(token text, attending boolean, plus_one_name text, notes text) IS 'The guest''s answer on the RSVP page, with the token of the link: attending (true: accepted, or waitlist when the party would exceed the event''s guest_capacity; false: declined), the +1''s name (only when allowed; empty: alone), dietary or access notes (≤ 500 characters). Answering again changes the answer; a decline frees places for the waitlist, first answered first. Concurrent answers never exceed the capacity (the event row is locked). Errors: NOT_FOUND (the link opens nothing), CONFLICT / RSVP_CLOSED (after rsvp_closes_at or the start), VALIDATION_FAILED.';


--
-- Name: revoke_check_in(uuid, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.revoke_check_in(ticket_id uuid, reason text DEFAULT NULL::text) RETURNS app_public.tickets
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  ticket app_public.tickets;
begin
  if length(reason) > 500 then
    raise exception 'The reason may have at most 500 characters.' using errcode = 'INVAL';
  end if;
  select * into ticket from app_public.tickets t where t.id = revoke_check_in.ticket_id;
  if ticket.id is null or not app_private.has_org_role(ticket.organization_id, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That ticket does not exist.' using errcode = 'NTFND';
  end if;
  select * into ticket from app_public.tickets t where t.id = ticket.id for update;
  if ticket.checked_in_at is null then
    return ticket;
  end if;
  insert into app_public.ticket_check_ins (organization_id, event_id, ticket_id, action, method, gate, scanned_at, actor_id, note)
    values (ticket.organization_id, ticket.event_id, ticket.id, 'revoke', 'manual', ticket.checked_in_gate, now(),
            app_public.current_profile_id(), nullif(trim(revoke_check_in.reason), ''));
  update app_public.tickets t set checked_in_at = null, checked_in_gate = null, checked_in_by = null
   where t.id = ticket.id returning * into ticket;
  return ticket;
end;
$$;


--
-- Name: FUNCTION revoke_check_in(ticket_id uuid, reason text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.revoke_check_in(ticket_id uuid, reason text) IS 'Undoes a check-in (e.g. scanned by mistake), recorded in the door log with who, when and why (reason ≤ 500 characters); the ticket can enter again. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, VALIDATION_FAILED.';


--
-- Name: revoke_invitation(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.revoke_invitation(invitation_id uuid) RETURNS app_public.organization_invitations
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  me uuid := app_public.current_profile_id();
  invitation app_public.organization_invitations;
begin
  if me is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select i.* into invitation from app_public.organization_invitations i where i.id = revoke_invitation.invitation_id for update;
  if invitation.id is null or not app_private.has_org_role(invitation.organization_id, '{owner,admin}') then
    raise exception 'There is no such invitation.' using errcode = 'NTFND';
  end if;
  if invitation.role = 'owner' and not app_private.has_org_role(invitation.organization_id, '{owner}') then
    raise exception 'Only owners can revoke an invitation to become owner.' using errcode = 'DNIED';
  end if;
  if app_public.organization_invitations_status(invitation) <> 'pending' then
    raise exception 'Only a pending invitation can be revoked.' using errcode = 'CONFL';
  end if;
  update app_public.organization_invitations
     set revoked_at = now(), revoked_by = me, revoked_reason = 'revoked'
   where id = invitation.id
  returning * into invitation;
  delete from app_private.invitation_tokens t where t.invitation_id = invitation.id;
  return invitation;
end;
$$;


--
-- Name: FUNCTION revoke_invitation(invitation_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.revoke_invitation(invitation_id uuid) IS 'Revokes a pending invitation (owners; admins for roles other than owner): its token stops working at once. Errors: LOGIN, NTFND (no such invitation visible to you), DNIED, CONFL (not pending).';


--
-- Name: revoke_talent_consent(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.revoke_talent_consent(talent_id uuid) RETURNS app_public.talent
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  person app_public.talent;
begin
  update app_public.talent t set consent_revoked_at = coalesce(t.consent_revoked_at, now())
   where t.id = revoke_talent_consent.talent_id and t.consent_granted_at is not null
   returning * into person;
  if person.id is null then
    raise exception 'That person does not exist or never gave consent.' using errcode = 'NTFND';
  end if;
  return person;
end;
$$;


--
-- Name: FUNCTION revoke_talent_consent(talent_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.revoke_talent_consent(talent_id uuid) IS 'Withdraws a person''s consent in one action (Ley 1581 de 2012): from now on no agent processes them (ai_talent_candidates) and they are not contacted. The record of what was given stays. Casting staff, admins and owners.';


--
-- Name: rsvp_by_token(text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.rsvp_by_token(token text) RETURNS app_public.rsvp
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select app_private.rsvp_of(i) from app_private.invitation_by_rsvp_token(rsvp_by_token.token) i where i.id is not null;
$$;


--
-- Name: FUNCTION rsvp_by_token(token text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.rsvp_by_token(token text) IS 'The RSVP page (/rsvp/<token>): the invitation the token opens, as its guest sees it. Null for a token that opens nothing (forged, reissued, cancelled or expired). Anyone holding the link may read it; 160 bits cannot be guessed.';


--
-- Name: runway_schedules_unscheduled_looks(app_public.runway_schedules); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.runway_schedules_unscheduled_looks(schedule app_public.runway_schedules) RETURNS SETOF app_public.looks
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select l.* from app_public.looks l
   where l.event_id = schedule.event_id
     and not exists (select 1 from app_public.runway_slots s where s.schedule_id = schedule.id and s.look_id = l.id)
   order by l.sequence, l.id;
$$;


--
-- Name: FUNCTION runway_schedules_unscheduled_looks(schedule app_public.runway_schedules); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.runway_schedules_unscheduled_looks(schedule app_public.runway_schedules) IS 'Looks of the event that this run of show does not hold (added after it was solved or saved): solve again or reorder to place them.';


--
-- Name: runway_slots; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.runway_slots (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    schedule_id uuid NOT NULL,
    sequence integer NOT NULL,
    look_id uuid,
    talent_id uuid,
    walk_starts_at interval NOT NULL,
    walk_seconds integer DEFAULT 45 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT runway_slots_sequence_check CHECK ((sequence > 0)),
    CONSTRAINT runway_slots_walk_seconds_check CHECK (((walk_seconds >= 5) AND (walk_seconds <= 600))),
    CONSTRAINT runway_slots_walk_starts_at_check CHECK ((walk_starts_at >= '00:00:00'::interval))
);


--
-- Name: TABLE runway_slots; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.runway_slots IS 'One walk in a run of show: which look, which model, when.';


--
-- Name: COLUMN runway_slots.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.id IS 'Unique identifier of the slot.';


--
-- Name: COLUMN runway_slots.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.organization_id IS 'Organization of the schedule (set automatically).';


--
-- Name: COLUMN runway_slots.schedule_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.schedule_id IS 'The schedule.';


--
-- Name: COLUMN runway_slots.sequence; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.sequence IS 'Position in the run of show (1 opens).';


--
-- Name: COLUMN runway_slots.look_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.look_id IS 'The look worn.';


--
-- Name: COLUMN runway_slots.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.talent_id IS 'The model walking.';


--
-- Name: COLUMN runway_slots.walk_starts_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.walk_starts_at IS 'Offset from the schedule''s starts_at when the look enters the runway.';


--
-- Name: COLUMN runway_slots.walk_seconds; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.walk_seconds IS 'Seconds the look is on the runway.';


--
-- Name: COLUMN runway_slots.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.created_at IS 'When the slot was created.';


--
-- Name: COLUMN runway_slots.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.runway_slots.updated_at IS 'When the slot was last changed.';


--
-- Name: runway_slots_model_name(app_public.runway_slots); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.runway_slots_model_name(slot app_public.runway_slots) RETURNS text
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select coalesce(t.stage_name, t.full_name) from app_public.talent t where t.id = slot.talent_id;
$$;


--
-- Name: FUNCTION runway_slots_model_name(slot app_public.runway_slots); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.runway_slots_model_name(slot app_public.runway_slots) IS 'The name the model walks under (stage name, else full name), as a plain field so a whole run of show is one cheap query; null when none is set or the caller cannot read the person.';


--
-- Name: runway_slots_planned_at(app_public.runway_slots); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.runway_slots_planned_at(slot app_public.runway_slots) RETURNS timestamp with time zone
    LANGUAGE sql STABLE
    AS $$
  select s.starts_at + slot.walk_starts_at from app_public.runway_schedules s where s.id = slot.schedule_id;
$$;


--
-- Name: FUNCTION runway_slots_planned_at(slot app_public.runway_slots); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.runway_slots_planned_at(slot app_public.runway_slots) IS 'Clock time the look enters the runway (an instant; show it in America/Bogota): the schedule''s starts_at plus the slot''s offset. Null while the schedule has no start time.';


--
-- Name: runway_slots_required_change_seconds(app_public.runway_slots); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.runway_slots_required_change_seconds(slot app_public.runway_slots) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
  select (l.change_minutes + s.change_buffer_minutes) * 60
    from app_public.looks l, app_public.runway_schedules s
   where l.id = slot.look_id and s.id = slot.schedule_id
     and exists (select 1 from app_public.runway_slots p
                  where p.schedule_id = slot.schedule_id and p.talent_id = slot.talent_id and p.sequence < slot.sequence);
$$;


--
-- Name: FUNCTION runway_slots_required_change_seconds(slot app_public.runway_slots); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.runway_slots_required_change_seconds(slot app_public.runway_slots) IS 'Seconds the quick change into this look needs: (the look''s change_minutes + the schedule''s buffer) × 60; null on the model''s first walk. A quick-change warning when it exceeds sinceLastWalkSeconds.';


--
-- Name: runway_slots_since_last_walk_seconds(app_public.runway_slots); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.runway_slots_since_last_walk_seconds(slot app_public.runway_slots) RETURNS integer
    LANGUAGE sql STABLE
    AS $$
  select extract(epoch from slot.walk_starts_at - (p.walk_starts_at + make_interval(secs => p.walk_seconds)))::int
    from app_public.runway_slots p
   where p.schedule_id = slot.schedule_id and p.talent_id = slot.talent_id and p.sequence < slot.sequence
   order by p.sequence desc
   limit 1;
$$;


--
-- Name: FUNCTION runway_slots_since_last_walk_seconds(slot app_public.runway_slots); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.runway_slots_since_last_walk_seconds(slot app_public.runway_slots) IS 'Seconds between the end of this model''s previous walk in the same run of show and the start of this one; null on their first walk.';


--
-- Name: runway_slots_warnings(app_public.runway_slots); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.runway_slots_warnings(slot app_public.runway_slots) RETURNS text[]
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  -- SECURITY DEFINER so every member who reads the slot gets the same warnings (viewers cannot read
  -- castings); the schedule must be one of the caller's organizations.
  select array_remove(array[
    case when slot.look_id is null then 'look_removed' end,
    case when l.id is not null and l.talent_id is distinct from slot.talent_id then 'model_changed' end,
    case when slot.talent_id is not null and not exists (
           select 1 from app_public.model_castings c
            where c.event_id = s.event_id and c.talent_id = slot.talent_id and c.status = 'confirmed')
         then 'model_not_confirmed' end,
    case when p.walk_end is not null
          and extract(epoch from slot.walk_starts_at - p.walk_end) < (l.change_minutes + s.change_buffer_minutes) * 60
         then 'quick_change' end,
    case when s.no_back_to_back and prev.talent_id is not null and prev.talent_id = slot.talent_id then 'back_to_back' end,
    case when l.id is not null and coalesce(l.walk_seconds, s.default_walk_seconds) <> slot.walk_seconds then 'walk_changed' end
  ], null)
  from app_public.runway_schedules s
  left join app_public.looks l on l.id = slot.look_id
  left join lateral (
    select q.walk_starts_at + make_interval(secs => q.walk_seconds) as walk_end
      from app_public.runway_slots q
     where q.schedule_id = slot.schedule_id and q.talent_id = slot.talent_id and q.sequence < slot.sequence
     order by q.sequence desc limit 1) p on true
  left join lateral (
    select q.talent_id from app_public.runway_slots q
     where q.schedule_id = slot.schedule_id and q.sequence < slot.sequence
     order by q.sequence desc limit 1) prev on true
  where s.id = slot.schedule_id
    and s.organization_id = any(app_public.current_organization_ids());
$$;


--
-- Name: FUNCTION runway_slots_warnings(slot app_public.runway_slots); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.runway_slots_warnings(slot app_public.runway_slots) IS 'What this slot breaks with the current data (empty: nothing): look_removed (its look was deleted), model_changed (the look now has another model), model_not_confirmed (the model is no longer a confirmed casting), quick_change (less time since the model''s previous walk than the look''s change_minutes + buffer), back_to_back (same model as the slot before, with the rule on), walk_changed (the look''s walk length changed since the times were set).';


--
-- Name: save_guest(uuid, uuid, text, text, text, text, text, text, text, text, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.save_guest(organization_id uuid, guest_id uuid, full_name text, outlet text DEFAULT NULL::text, category text DEFAULT 'industry'::text, tier text DEFAULT 'B'::text, notes text DEFAULT NULL::text, email text DEFAULT NULL::text, phone text DEFAULT NULL::text, consent text DEFAULT NULL::text, consent_source text DEFAULT NULL::text) RETURNS app_public.guests
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  guest app_public.guests;
  v_email text := lower(nullif(trim(save_guest.email), ''));
  v_phone text := nullif(trim(save_guest.phone), '');
  v_source text := nullif(trim(save_guest.consent_source), '');
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  if save_guest.consent is not null and save_guest.consent not in ('granted', 'revoked') then
    raise exception 'consent is granted, revoked or null (unchanged).' using errcode = 'INVAL';
  end if;
  if save_guest.consent = 'granted' and v_source is null then
    raise exception 'Say how the guest gave consent (a form, an email…).'
      using errcode = 'INVAL', constraint = 'guests_consent_source_required';
  end if;
  if save_guest.guest_id is null then
    insert into app_public.guests (organization_id, full_name, outlet, category, tier, notes, consent_granted_at, consent_source)
      values (save_guest.organization_id, trim(save_guest.full_name), nullif(trim(save_guest.outlet), ''),
              coalesce(save_guest.category, 'industry'), coalesce(save_guest.tier, 'B'), nullif(trim(save_guest.notes), ''),
              case when save_guest.consent = 'granted' then now() end,
              case when save_guest.consent = 'granted' then v_source end)
      returning * into guest;
  else
    update app_public.guests g
       set full_name = trim(save_guest.full_name),
           outlet = nullif(trim(save_guest.outlet), ''),
           category = coalesce(save_guest.category, g.category),
           tier = coalesce(save_guest.tier, g.tier),
           notes = nullif(trim(save_guest.notes), ''),
           -- Granting records a new consent now (also after a withdrawal);
           -- withdrawing keeps when and how it had been given.
           consent_granted_at = case when save_guest.consent = 'granted' then now() else g.consent_granted_at end,
           consent_source = case when save_guest.consent = 'granted' then v_source else g.consent_source end,
           consent_revoked_at = case when save_guest.consent = 'granted' then null
                                     when save_guest.consent = 'revoked' and g.consent_granted_at is not null
                                       then coalesce(g.consent_revoked_at, now())
                                     else g.consent_revoked_at end
     where g.id = save_guest.guest_id
     returning * into guest;
    if guest.id is null then
      raise exception 'That guest does not exist.' using errcode = 'NTFND';
    end if;
  end if;
  begin
    if v_email is null and v_phone is null then
      delete from app_public.guest_contacts c where c.guest_id = guest.id;
    else
      insert into app_public.guest_contacts as c (guest_id, email, phone) values (guest.id, v_email, v_phone)
        on conflict on constraint guest_contacts_pkey do update set email = excluded.email, phone = excluded.phone;
    end if;
  exception when unique_violation then
    raise exception 'Another guest of the organization has that email.'
      using errcode = 'NUNIQ', constraint = 'guest_contacts_organization_email_key';
  end;
  return guest;
end;
$$;


--
-- Name: FUNCTION save_guest(organization_id uuid, guest_id uuid, full_name text, outlet text, category text, tier text, notes text, email text, phone text, consent text, consent_source text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.save_guest(organization_id uuid, guest_id uuid, full_name text, outlet text, category text, tier text, notes text, email text, phone text, consent text, consent_source text) IS 'Adds a guest (guestId null, to organizationId) or edits one (guestId), with their contact in the same statement: fullName (1 to 200 characters), outlet, category (press, buyer, stylist, influencer, vip, designer_guest, sponsor, industry), tier (A, B, C), notes (≤ 2,000), email (unique in the organization) and phone (both empty: no contact kept). consent (Ley 1581 de 2012): "granted" records consent for communications now with consentSource (how it was given, required), also after a withdrawal; "revoked" records its withdrawal now (the guest is not invited again); null leaves it as it is. Producers, admins and owners (row-level security). Errors: UNAUTHENTICATED, NOT_FOUND, FORBIDDEN, VALIDATION_FAILED (by constraint: guests_full_name_check, guests_consent_source_required, guest_contacts_email_check, …), CONFLICT / ALREADY_EXISTS (constraint guest_contacts_organization_email_key).';


--
-- Name: save_talent(uuid, uuid, app_public.talent_details, app_public.talent_contact_details); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.save_talent(organization_id uuid, talent_id uuid, talent app_public.talent_details, contact app_public.talent_contact_details) RETURNS app_public.talent
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  person app_public.talent;
  -- Field by field: a row value IS NOT NULL only when every field is.
  has_contact boolean := coalesce(contact.email, contact.phone, contact.guardian_name, contact.guardian_phone,
                                  contact.guardian_email, contact.document_type, contact.document_number) is not null
                         or coalesce(contact.whatsapp_opt_in, false);
begin
  if talent is null then  -- null, or every field null
    raise exception 'The person''s details are required.' using errcode = '23502', column = 'full_name';
  end if;
  if save_talent.talent_id is null then
    insert into app_public.talent (organization_id, full_name, stage_name, agency, city, willing_to_travel, division, gender,
                                   height_cm, bust_cm, waist_cm, hips_cm, shoe_eu, hair_color, eye_color,
                                   measurements_taken_on, birth_date, instagram,
                                   consent_granted_at, consent_purposes, consent_source)
    values (save_talent.organization_id, talent.full_name, talent.stage_name, talent.agency, talent.city,
            coalesce(talent.willing_to_travel, false), talent.division, talent.gender, talent.height_cm, talent.bust_cm,
            talent.waist_cm, talent.hips_cm, talent.shoe_eu, talent.hair_color, talent.eye_color,
            talent.measurements_taken_on, talent.birth_date, talent.instagram,
            talent.consent_granted_at, coalesce(talent.consent_purposes, '{}'), talent.consent_source)
    returning * into person;
  else
    -- Consent is not touched here: record_talent_consent / revoke_talent_consent.
    update app_public.talent t set
        full_name = talent.full_name, stage_name = talent.stage_name, agency = talent.agency, city = talent.city,
        willing_to_travel = coalesce(talent.willing_to_travel, false), division = talent.division,
        gender = talent.gender, height_cm = talent.height_cm, bust_cm = talent.bust_cm, waist_cm = talent.waist_cm,
        hips_cm = talent.hips_cm, shoe_eu = talent.shoe_eu, hair_color = talent.hair_color,
        eye_color = talent.eye_color, measurements_taken_on = talent.measurements_taken_on,
        birth_date = talent.birth_date, instagram = talent.instagram
     where t.id = save_talent.talent_id and t.erased_at is null
     returning * into person;
    if person.id is null then
      raise exception 'That person does not exist.' using errcode = 'NTFND';
    end if;
  end if;

  if has_contact then
    insert into app_public.talent_contacts (talent_id, email, phone, whatsapp_opt_in, guardian_name, guardian_phone,
                                            guardian_email, document_type, document_number)
    values (person.id, contact.email, contact.phone, coalesce(contact.whatsapp_opt_in, false), contact.guardian_name,
            contact.guardian_phone, contact.guardian_email, contact.document_type, contact.document_number)
    on conflict on constraint talent_contacts_pkey do update set
      email = excluded.email, phone = excluded.phone, whatsapp_opt_in = excluded.whatsapp_opt_in,
      guardian_name = excluded.guardian_name, guardian_phone = excluded.guardian_phone,
      guardian_email = excluded.guardian_email, document_type = excluded.document_type,
      document_number = excluded.document_number;
  elsif save_talent.talent_id is not null then
    delete from app_public.talent_contacts c where c.talent_id = person.id;
  end if;
  return person;
end;
$$;


--
-- Name: FUNCTION save_talent(organization_id uuid, talent_id uuid, talent app_public.talent_details, contact app_public.talent_contact_details); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.save_talent(organization_id uuid, talent_id uuid, talent app_public.talent_details, contact app_public.talent_contact_details) IS 'Creates (talentId null, in organizationId) or updates a person''s comp card and contact in one transaction, as the caller: casting staff, admins and owners. On create the consent fields are recorded too; on update they are left alone (recordTalentConsent, revokeTalentConsent). A contact with no value deletes the contact. Errors: VALIDATION_FAILED with the constraint (which field), NOT_FOUND, FORBIDDEN.';


--
-- Name: seats_label(app_public.seats); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.seats_label(seat app_public.seats) RETURNS text
    LANGUAGE sql IMMUTABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select seat.section || ' · ' || seat.row_label || ' ' || seat.seat_number;
$$;


--
-- Name: FUNCTION seats_label(seat app_public.seats); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.seats_label(seat app_public.seats) IS 'The seat as printed: "Section · Row Number" (e.g. "Pasarela · A 3").';


--
-- Name: event_budgets; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.event_budgets (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    budget_cop bigint NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT event_budgets_budget_cop_check CHECK (((budget_cop >= 0) AND (budget_cop <= '100000000000'::bigint)))
);


--
-- Name: TABLE event_budgets; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.event_budgets IS 'An event''s planned budget for suppliers, apart from the event because it is money: members who handle the organization''s content read it, producers, admins and owners write it, door staff never see it. Event Health compares the agreed prices of booked vendors with it. One per event; no row: not planned yet.';


--
-- Name: COLUMN event_budgets.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_budgets.id IS 'Unique identifier of the budget.';


--
-- Name: COLUMN event_budgets.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_budgets.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN event_budgets.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_budgets.event_id IS 'The event.';


--
-- Name: COLUMN event_budgets.budget_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_budgets.budget_cop IS 'The planned budget for suppliers, in COP (whole pesos), 0 to 100,000,000,000.';


--
-- Name: COLUMN event_budgets.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_budgets.created_at IS 'When it was first planned.';


--
-- Name: COLUMN event_budgets.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.event_budgets.updated_at IS 'When it last changed.';


--
-- Name: set_event_budget(uuid, bigint); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.set_event_budget(event_id uuid, budget_cop bigint) RETURNS app_public.event_budgets
    LANGUAGE plpgsql
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  e app_public.events;
  result app_public.event_budgets;
begin
  if app_public.current_profile_id() is null then
    raise exception 'You must sign in first.' using errcode = 'LOGIN';
  end if;
  select * into e from app_public.events where id = set_event_budget.event_id;
  if e.id is null then
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  if not (e.organization_id = any(app_private.organization_ids_with_role('{owner,admin,producer}'))) then
    raise exception 'You do not have permission to do this in that organization.' using errcode = 'DNIED';
  end if;
  if budget_cop is null then
    delete from app_public.event_budgets b where b.event_id = e.id returning * into result;
    return result;
  end if;
  insert into app_public.event_budgets as b (event_id, budget_cop) values (e.id, set_event_budget.budget_cop)
  on conflict on constraint event_budgets_event_id_key do update set budget_cop = excluded.budget_cop
  returning * into result;
  return result;
end;
$$;


--
-- Name: FUNCTION set_event_budget(event_id uuid, budget_cop bigint); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.set_event_budget(event_id uuid, budget_cop bigint) IS 'Sets an event''s planned supplier budget in COP (whole pesos; null: not planned) (producer, admin, owner). Returns the budget (the removed one for null). Errors: VALIDATION_FAILED OUT_OF_RANGE (below 0 or over 100,000,000,000), NOT_FOUND, FORBIDDEN.';


--
-- Name: talent_communication_consent(app_public.talent); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.talent_communication_consent(t app_public.talent) RETURNS jsonb
    LANGUAGE sql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select jsonb_agg(jsonb_build_object(
           'channel', ch.channel,
           'casting', app_private.outbox_has_consent(t.organization_id, ch.channel, 'casting', 'talent', t.id, null),
           'marketing', app_private.outbox_has_consent(t.organization_id, ch.channel, 'marketing', 'talent', t.id, null),
           'optedOut', exists (select 1 from app_public.communication_opt_outs o
                                where o.organization_id = t.organization_id and o.recipient_id = t.id and o.channel = ch.channel))
         order by ch.channel)
    from (values ('email'), ('whatsapp')) as ch(channel)
   where t.organization_id = any(app_public.current_organization_ids());
$$;


--
-- Name: FUNCTION talent_communication_consent(t app_public.talent); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.talent_communication_consent(t app_public.talent) IS 'Per channel (email, whatsapp): whether a casting call and a marketing message may reach this person now (their consent, WhatsApp opt-in and opt-outs; Ley 1581 de 2012), and whether they opted out. [{channel, casting, marketing, optedOut}].';


--
-- Name: talent_consent_active(app_public.talent); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.talent_consent_active(t app_public.talent) RETURNS boolean
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select t.consent_granted_at is not null and t.consent_revoked_at is null and cardinality(t.consent_purposes) > 0;
$$;


--
-- Name: FUNCTION talent_consent_active(t app_public.talent); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.talent_consent_active(t app_public.talent) IS 'Whether the person gave consent for at least one purpose and has not withdrawn it.';


--
-- Name: talent_has_ai_consent(app_public.talent); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.talent_has_ai_consent(t app_public.talent) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  select t.consent_granted_at is not null and t.consent_revoked_at is null and t.erased_at is null
     and 'ai_processing' = any(t.consent_purposes);
$$;


--
-- Name: FUNCTION talent_has_ai_consent(t app_public.talent); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.talent_has_ai_consent(t app_public.talent) IS 'Whether the person consented to processing by AI agents and has not withdrawn it.';


--
-- Name: talent_is_minor(app_public.talent); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.talent_is_minor(t app_public.talent) RETURNS boolean
    LANGUAGE sql STABLE
    AS $$
  select t.birth_date is not null and t.birth_date > (current_date - interval '18 years');
$$;


--
-- Name: FUNCTION talent_is_minor(t app_public.talent); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.talent_is_minor(t app_public.talent) IS 'Whether the person is under 18 today.';


--
-- Name: ticket_by_code(text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.ticket_by_code(code text) RETURNS app_public.ticket_pass
    LANGUAGE plpgsql STABLE SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  ticket app_public.tickets;
  pass app_public.ticket_pass;
begin
  select * into ticket from app_public.tickets t where t.code_hash = app_private.ticket_code_hash(ticket_by_code.code);
  if ticket.id is null then
    return null;
  end if;
  select * into pass from app_private.ticket_passes(ticket.booking_id, ticket.id);
  return pass;
end;
$$;


--
-- Name: FUNCTION ticket_by_code(code text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.ticket_by_code(code text) IS 'The ticket a code opens (the public ticket page /t/<code>): event, venue, tier, holder, status. Null for a code that opens nothing. Anyone holding the code may read it; 128 bits cannot be guessed.';


--
-- Name: ticket_tiers_available_count(app_public.ticket_tiers); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.ticket_tiers_available_count(tier app_public.ticket_tiers) RETURNS integer
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select greatest(tier.quantity - c.paid - c.reserved, 0) from app_private.tier_counts(tier.id) c;
$$;


--
-- Name: FUNCTION ticket_tiers_available_count(tier app_public.ticket_tiers); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.ticket_tiers_available_count(tier app_public.ticket_tiers) IS 'Tickets on sale now: quantity minus paid tickets and live reservations (lapsed ones count as free already).';


--
-- Name: ticket_tiers_paid_count(app_public.ticket_tiers); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.ticket_tiers_paid_count(tier app_public.ticket_tiers) RETURNS integer
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select c.paid from app_private.tier_counts(tier.id) c;
$$;


--
-- Name: FUNCTION ticket_tiers_paid_count(tier app_public.ticket_tiers); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.ticket_tiers_paid_count(tier app_public.ticket_tiers) IS 'Tickets sold and paid (or free and confirmed).';


--
-- Name: ticket_tiers_reserved_count(app_public.ticket_tiers); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.ticket_tiers_reserved_count(tier app_public.ticket_tiers) RETURNS integer
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select c.reserved from app_private.tier_counts(tier.id) c;
$$;


--
-- Name: FUNCTION ticket_tiers_reserved_count(tier app_public.ticket_tiers); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.ticket_tiers_reserved_count(tier app_public.ticket_tiers) IS 'Tickets held by reservations that have not lapsed, waiting for payment.';


--
-- Name: unassign_seat(uuid, uuid, uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.unassign_seat(event_id uuid, seat_id uuid, expected_invitation_id uuid) RETURNS app_public.seat_assignments
    LANGUAGE plpgsql SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  org uuid;
  mine app_public.seat_assignments;
begin
  select e.organization_id into org from app_public.events e where e.id = unassign_seat.event_id;
  if org is null or not app_private.has_org_role(org, '{owner,admin,producer}') then
    if app_public.current_profile_id() is null then
      raise exception 'You must sign in first.' using errcode = 'LOGIN';
    end if;
    raise exception 'That event does not exist.' using errcode = 'NTFND';
  end if;
  select * into mine from app_public.seat_assignments a
   where a.event_id = unassign_seat.event_id and a.seat_id = unassign_seat.seat_id for update;
  if mine.invitation_id is distinct from expected_invitation_id then
    raise exception 'Someone moved this guest meanwhile; the chart was reloaded.' using errcode = 'MOVED';
  end if;
  delete from app_public.seat_assignments a where a.id = mine.id;
  return mine;
end;
$$;


--
-- Name: FUNCTION unassign_seat(event_id uuid, seat_id uuid, expected_invitation_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.unassign_seat(event_id uuid, seat_id uuid, expected_invitation_id uuid) IS 'Frees a seat, if the guest the editor saw there (expectedInvitationId) is still on it; otherwise CONFLICT / SEATING_CHANGED. Producers, admins and owners. Errors: UNAUTHENTICATED, NOT_FOUND, CONFLICT / SEATING_CHANGED.';


--
-- Name: upcoming_vendor_availability(uuid); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.upcoming_vendor_availability(organization_id uuid) RETURNS SETOF app_public.vendor_availability
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select a.* from app_public.vendor_availability a
   where a.organization_id = upcoming_vendor_availability.organization_id and upper(a.period) > now()
   order by lower(a.period), a.id;
$$;


--
-- Name: FUNCTION upcoming_vendor_availability(organization_id uuid); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.upcoming_vendor_availability(organization_id uuid) IS '@behavior -filterBy -orderBy
The organization''s vendor periods not over yet (marked unavailable, or booked for an event), soonest first; row-level security shows only an organization the caller belongs to.';


--
-- Name: update_casting_status(uuid, text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.update_casting_status(id uuid, status text) RETURNS app_public.model_castings
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  casting app_public.model_castings;
begin
  select * into casting from app_public.model_castings c where c.id = update_casting_status.id for update;
  if casting.id is null or not (casting.organization_id = any(app_public.current_organization_ids())) then
    raise exception 'That casting does not exist.' using errcode = 'NTFND';
  end if;
  perform app_private.assert_org_role(casting.organization_id, '{owner,admin,producer,casting}');
  if update_casting_status.status not in ('invited', 'confirmed', 'declined', 'backup', 'suggested') then
    raise exception 'Unknown casting status "%".', update_casting_status.status using errcode = 'INVAL';
  end if;
  update app_public.model_castings c
     set status = update_casting_status.status,
         responded_at = case when update_casting_status.status in ('confirmed', 'declined') then now() else c.responded_at end
   where c.id = casting.id
   returning * into casting;
  return casting;
end;
$$;


--
-- Name: FUNCTION update_casting_status(id uuid, status text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.update_casting_status(id uuid, status text) IS 'Moves a casting to invited, confirmed, declined, backup (or back to suggested); confirmed and declined record responded_at. Casting, producer, admin, owner.';


--
-- Name: vendor_availability_first_day(app_public.vendor_availability); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.vendor_availability_first_day(a app_public.vendor_availability) RETURNS date
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select (lower(a.period) at time zone o.timezone)::date from app_public.organizations o where o.id = a.organization_id;
$$;


--
-- Name: FUNCTION vendor_availability_first_day(a app_public.vendor_availability); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.vendor_availability_first_day(a app_public.vendor_availability) IS 'The first day of the period, in the organization''s time zone.';


--
-- Name: vendor_availability_last_day(app_public.vendor_availability); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.vendor_availability_last_day(a app_public.vendor_availability) RETURNS date
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select ((upper(a.period) - interval '1 microsecond') at time zone o.timezone)::date
    from app_public.organizations o where o.id = a.organization_id;
$$;


--
-- Name: FUNCTION vendor_availability_last_day(a app_public.vendor_availability); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.vendor_availability_last_day(a app_public.vendor_availability) IS 'The last day of the period (included), in the organization''s time zone.';


--
-- Name: vendors; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.vendors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    category text NOT NULL,
    city text NOT NULL,
    price_min_cop bigint,
    price_max_cop bigint,
    rating numeric(2,1),
    contact_name text,
    contact_email public.citext,
    contact_phone text,
    website text,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    travels boolean DEFAULT false NOT NULL,
    capacity integer,
    CONSTRAINT vendors_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT vendors_category_check CHECK ((category = ANY (ARRAY['catering'::text, 'lighting'::text, 'sound'::text, 'staging'::text, 'security'::text, 'photography'::text, 'video'::text, 'hair_makeup'::text, 'models_agency'::text, 'transport'::text, 'printing'::text, 'other'::text]))),
    CONSTRAINT vendors_check CHECK (((price_min_cop IS NULL) OR (price_max_cop IS NULL) OR (price_min_cop <= price_max_cop))),
    CONSTRAINT vendors_city_check CHECK ((length(TRIM(BOTH FROM city)) >= 1)),
    CONSTRAINT vendors_city_length CHECK ((length(city) <= 100)),
    CONSTRAINT vendors_contact_email_check CHECK ((contact_email OPERATOR(public.~) '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::public.citext)),
    CONSTRAINT vendors_contact_email_length CHECK ((length((contact_email)::text) <= 320)),
    CONSTRAINT vendors_contact_name_length CHECK ((length(contact_name) <= 200)),
    CONSTRAINT vendors_contact_phone_check CHECK ((contact_phone ~ '^\+?[0-9 ()-]{7,20}$'::text)),
    CONSTRAINT vendors_contact_phone_length CHECK ((length(contact_phone) <= 20)),
    CONSTRAINT vendors_name_check CHECK (((length(TRIM(BOTH FROM name)) >= 1) AND (length(TRIM(BOTH FROM name)) <= 200))),
    CONSTRAINT vendors_name_length CHECK ((length(name) <= 200)),
    CONSTRAINT vendors_notes_length CHECK ((length(notes) <= 5000)),
    CONSTRAINT vendors_price_max_cop_check CHECK ((price_max_cop >= 0)),
    CONSTRAINT vendors_price_min_cop_check CHECK ((price_min_cop >= 0)),
    CONSTRAINT vendors_rating_check CHECK (((rating >= (0)::numeric) AND (rating <= (5)::numeric))),
    CONSTRAINT vendors_website_check CHECK ((website ~ '^https?://'::text)),
    CONSTRAINT vendors_website_length CHECK ((length(website) <= 2048))
);


--
-- Name: TABLE vendors; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.vendors IS 'Suppliers an organization works with: catering, lighting, sound, staging and more.';


--
-- Name: COLUMN vendors.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.id IS 'Unique identifier of the vendor.';


--
-- Name: COLUMN vendors.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.organization_id IS 'Organization that keeps this vendor record.';


--
-- Name: COLUMN vendors.name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.name IS 'Business name.';


--
-- Name: COLUMN vendors.category; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.category IS 'catering, lighting, sound, staging, security, photography, video, hair_makeup, models_agency, transport, printing or other.';


--
-- Name: COLUMN vendors.city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.city IS 'City where the vendor operates.';


--
-- Name: COLUMN vendors.price_min_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.price_min_cop IS 'Lowest typical price in whole Colombian pesos.';


--
-- Name: COLUMN vendors.price_max_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.price_max_cop IS 'Highest typical price in whole Colombian pesos.';


--
-- Name: COLUMN vendors.rating; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.rating IS 'Rating from 0 to 5.';


--
-- Name: COLUMN vendors.contact_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.contact_name IS 'Business contact person.';


--
-- Name: COLUMN vendors.contact_email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.contact_email IS 'Business email.';


--
-- Name: COLUMN vendors.contact_phone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.contact_phone IS 'Business phone.';


--
-- Name: COLUMN vendors.website; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.website IS 'Website URL.';


--
-- Name: COLUMN vendors.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.notes IS 'Internal notes.';


--
-- Name: COLUMN vendors.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.created_at IS 'When the vendor was added.';


--
-- Name: COLUMN vendors.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.updated_at IS 'When the vendor was last changed.';


--
-- Name: COLUMN vendors.travels; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.travels IS 'Works outside its city (travel paid by the event): shortlisted for events in any city.';


--
-- Name: COLUMN vendors.capacity; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendors.capacity IS 'How many guests it can serve at one event (catering, security, sound…); null: not limited or not known.';


--
-- Name: vendors_past_rating(app_public.vendors); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.vendors_past_rating(vendor app_public.vendors) RETURNS numeric
    LANGUAGE sql STABLE
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
  select round(avg(r.rating), 1) from app_public.vendor_recommendations r
   where r.vendor_id = vendor.id and r.organization_id = vendor.organization_id and r.rating is not null;
$$;


--
-- Name: FUNCTION vendors_past_rating(vendor app_public.vendors); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.vendors_past_rating(vendor app_public.vendors) IS 'The average of the ratings the organization gave this vendor at past events (1 to 5, one decimal); null when never rated.';


--
-- Name: verify_email(text); Type: FUNCTION; Schema: app_public; Owner: -
--

CREATE FUNCTION app_public.verify_email(token text) RETURNS app_public.profiles
    LANGUAGE plpgsql STRICT SECURITY DEFINER
    SET search_path TO 'pg_catalog', 'public', 'pg_temp'
    AS $$
declare
  me uuid := app_public.current_profile_id();
  verification app_private.email_verification_tokens;
  profile app_public.profiles;
begin
  if me is null then
    raise exception 'Sign in to confirm your email address.' using errcode = 'LOGIN';
  end if;
  select t.* into verification from app_private.email_verification_tokens t
   where t.token_hash = encode(digest(verify_email.token, 'sha256'), 'hex')
   for update;
  if verification.id is null or verification.used_at is not null or verification.expires_at <= now() then
    raise exception 'That link is invalid, was already used or has expired. Ask for a new one.' using errcode = 'NTFND';
  end if;
  if verification.profile_id <> me then
    raise exception 'That link was sent to another account. Sign in to that account to confirm its email.' using errcode = 'DNIED';
  end if;
  select p.* into profile from app_public.profiles p where p.id = me for update;
  if profile.email <> verification.email then
    raise exception 'That link is for an email address this account no longer has.' using errcode = 'NTFND';
  end if;
  update app_public.profiles set email_verified_at = coalesce(email_verified_at, now()) where id = me
    returning * into profile;
  -- Single use: this token and every other outstanding one of the account.
  update app_private.email_verification_tokens set used_at = now() where profile_id = me and used_at is null;
  return profile;
end;
$$;


--
-- Name: FUNCTION verify_email(token text); Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON FUNCTION app_public.verify_email(token text) IS 'Confirms the signed-in account''s email with the token from the verification mail. Needs both: the token (the mailbox) and a session of the same account (the password), so a stranger who registered someone else''s address cannot verify it, nor can the address owner verify a stranger''s password. Errors: LOGIN, NTFND (unknown, used or expired token), DNIED (token of another account).';


--
-- Name: account_mail_rate; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.account_mail_rate (
    id boolean DEFAULT true NOT NULL,
    mails integer DEFAULT 60 NOT NULL,
    per interval DEFAULT '00:01:00'::interval NOT NULL,
    next_slot_at timestamp with time zone DEFAULT '-infinity'::timestamp with time zone NOT NULL,
    CONSTRAINT account_mail_rate_id_check CHECK (id),
    CONSTRAINT account_mail_rate_mails_check CHECK ((mails >= 1)),
    CONSTRAINT account_mail_rate_per_check CHECK ((per > '00:00:00'::interval))
);


--
-- Name: TABLE account_mail_rate; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.account_mail_rate IS 'The global pace of account mail (one row): at most `mails` per `per` (default 60 a minute) in bursts of up to `mails`, then evenly spaced. next_slot_at is the state (the theoretical arrival time of the generic cell rate algorithm). Change with SQL, e.g. update app_private.account_mail_rate set mails = 300.';


--
-- Name: agent_limits; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.agent_limits (
    id boolean DEFAULT true NOT NULL,
    per_user_limit integer DEFAULT 10 NOT NULL,
    per_user_window interval DEFAULT '00:10:00'::interval NOT NULL,
    per_organization_limit integer DEFAULT 200 NOT NULL,
    per_organization_window interval DEFAULT '1 day'::interval NOT NULL,
    CONSTRAINT agent_limits_id_check CHECK (id),
    CONSTRAINT agent_limits_per_organization_limit_check CHECK ((per_organization_limit >= 0)),
    CONSTRAINT agent_limits_per_user_limit_check CHECK ((per_user_limit >= 0))
);


--
-- Name: TABLE agent_limits; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.agent_limits IS 'AI agent request limits: per user per window and per organization per window.';


--
-- Name: ai_talent_candidates; Type: VIEW; Schema: app_private; Owner: -
--

CREATE VIEW app_private.ai_talent_candidates WITH (security_barrier='true') AS
 SELECT t.id,
    t.organization_id,
    t.stage_name,
    COALESCE(t.stage_name, t.full_name) AS display_name,
    t.agency,
    t.city,
    t.willing_to_travel,
    t.division,
    t.gender,
    t.height_cm,
    t.bust_cm,
    t.waist_cm,
    t.hips_cm,
    t.shoe_eu,
    t.hair_color,
    t.eye_color,
    t.measurements_taken_on,
    app_public.talent_is_minor(t.*) AS is_minor,
    t.portfolio_urls,
    t.instagram
   FROM app_public.talent t
  WHERE app_public.talent_has_ai_consent(t.*);


--
-- Name: VIEW ai_talent_candidates; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON VIEW app_private.ai_talent_candidates IS 'Talent that AI agents may process (consent for ai_processing, not withdrawn, not erased). No contact data.';


--
-- Name: box_office_keys; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.box_office_keys (
    id boolean DEFAULT true NOT NULL,
    ticket_key bytea DEFAULT public.gen_random_bytes(32) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT box_office_keys_id_check CHECK (id),
    CONSTRAINT box_office_keys_ticket_key_check CHECK ((length(ticket_key) = 32))
);


--
-- Name: TABLE box_office_keys; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.box_office_keys IS 'One row: the 256-bit HMAC key that signs ticket codes and booking access tokens. Never exposed.';


--
-- Name: email_verification_tokens; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.email_verification_tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    profile_id uuid NOT NULL,
    email public.citext NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone
);


--
-- Name: TABLE email_verification_tokens; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.email_verification_tokens IS 'SHA-256 of each email verification token (the token itself is only in the mail), the address it verifies, its expiry and when it was used. Single use.';


--
-- Name: identity_subjects; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.identity_subjects (
    subject text NOT NULL,
    last_event_at timestamp with time zone,
    deleted_at timestamp with time zone
);


--
-- Name: TABLE identity_subjects; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.identity_subjects IS 'Per identity-provider user: the time of the newest event applied (older ones are ignored) and, once deleted, a tombstone so no late or replayed event brings the profile back.';


--
-- Name: identity_webhook_deliveries; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.identity_webhook_deliveries (
    svix_id text NOT NULL,
    subject text NOT NULL,
    event_type text NOT NULL,
    event_at timestamp with time zone,
    outcome text NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE identity_webhook_deliveries; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.identity_webhook_deliveries IS 'Every processed webhook delivery by its svix-id (Svix retries reuse it), so a redelivery is answered without being applied again.';


--
-- Name: invitation_limits; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.invitation_limits (
    id boolean DEFAULT true NOT NULL,
    per_inviter_limit integer DEFAULT 20 NOT NULL,
    per_inviter_window interval DEFAULT '01:00:00'::interval NOT NULL,
    per_inviter_daily_limit integer DEFAULT 100 NOT NULL,
    per_organization_limit integer DEFAULT 200 NOT NULL,
    per_organization_window interval DEFAULT '1 day'::interval NOT NULL,
    per_recipient_limit integer DEFAULT 5 NOT NULL,
    per_recipient_window interval DEFAULT '1 day'::interval NOT NULL,
    CONSTRAINT invitation_limits_id_check CHECK (id),
    CONSTRAINT invitation_limits_per_inviter_daily_limit_check CHECK ((per_inviter_daily_limit >= 0)),
    CONSTRAINT invitation_limits_per_inviter_limit_check CHECK ((per_inviter_limit >= 0)),
    CONSTRAINT invitation_limits_per_inviter_window_check CHECK ((per_inviter_window > '00:00:00'::interval)),
    CONSTRAINT invitation_limits_per_organization_limit_check CHECK ((per_organization_limit >= 0)),
    CONSTRAINT invitation_limits_per_organization_window_check CHECK ((per_organization_window > '00:00:00'::interval)),
    CONSTRAINT invitation_limits_per_recipient_limit_check CHECK ((per_recipient_limit >= 0)),
    CONSTRAINT invitation_limits_per_recipient_window_check CHECK ((per_recipient_window > '00:00:00'::interval))
);


--
-- Name: TABLE invitation_limits; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.invitation_limits IS 'Invitation limits (one row; change with SQL, e.g. update app_private.invitation_limits set per_organization_limit = 500): per inviter 20 an hour and 100 a day, per organization 200 a day, per recipient address 5 a day across all organizations. Over a limit invite_to_organization raises RLIMT.';


--
-- Name: invitation_log; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.invitation_log (
    id bigint NOT NULL,
    inviter uuid NOT NULL,
    organization_id uuid NOT NULL,
    recipient_digest bytea NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL
);


--
-- Name: TABLE invitation_log; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.invitation_log IS 'Every invitation sent, for the limits only: who sent it, from which organization, to which address (its SHA-256, not the address), when. No foreign keys, so deleting an organization or an account does not reset the counts; rows older than two days are deleted as new ones arrive.';


--
-- Name: invitation_log_id_seq; Type: SEQUENCE; Schema: app_private; Owner: -
--

ALTER TABLE app_private.invitation_log ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME app_private.invitation_log_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: invitation_tokens; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.invitation_tokens (
    invitation_id uuid NOT NULL,
    token_hash text NOT NULL
);


--
-- Name: TABLE invitation_tokens; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.invitation_tokens IS 'SHA-256 of each invitation token; the token itself is never stored.';


--
-- Name: outbox_daily_counts; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.outbox_daily_counts (
    organization_id uuid NOT NULL,
    day date NOT NULL,
    claimed integer DEFAULT 0 NOT NULL,
    CONSTRAINT outbox_daily_counts_claimed_check CHECK ((claimed >= 0))
);


--
-- Name: TABLE outbox_daily_counts; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.outbox_daily_counts IS 'Messages first claimed for sending per organization and local day (outbox_settings.time_zone): the daily cap counts these.';


--
-- Name: outbox_keys; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.outbox_keys (
    id boolean DEFAULT true NOT NULL,
    unsubscribe_key bytea DEFAULT public.gen_random_bytes(32) NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT outbox_keys_id_check CHECK (id),
    CONSTRAINT outbox_keys_unsubscribe_key_check CHECK ((length(unsubscribe_key) = 32))
);


--
-- Name: TABLE outbox_keys; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.outbox_keys IS 'One row: the 256-bit HMAC key that signs unsubscribe links. Never exposed.';


--
-- Name: password_reset_tokens; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.password_reset_tokens (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    profile_id uuid NOT NULL,
    email public.citext NOT NULL,
    token_hash text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    used_at timestamp with time zone
);


--
-- Name: TABLE password_reset_tokens; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.password_reset_tokens IS 'SHA-256 of each password reset token (the token itself is only in the mail), the address it was sent to, its expiry (identity_settings.password_reset_ttl) and when it was used. Single use: using one, or any successful reset, spends every outstanding token of the account.';


--
-- Name: pending_registrations; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.pending_registrations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    email public.citext NOT NULL,
    full_name text NOT NULL,
    password_hash text NOT NULL,
    token_hash text NOT NULL,
    locale text DEFAULT 'es-CO'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone NOT NULL,
    CONSTRAINT pending_registrations_email_check CHECK ((length((email)::text) <= 320)),
    CONSTRAINT pending_registrations_full_name_check CHECK (((length(full_name) >= 1) AND (length(full_name) <= 200))),
    CONSTRAINT pending_registrations_locale_check CHECK ((locale = ANY (ARRAY['es-CO'::text, 'en'::text])))
);


--
-- Name: TABLE pending_registrations; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.pending_registrations IS 'One row per register() of an address nobody owns yet: that registration''s name, password (bcrypt) and language with the SHA-256 of its own link''s token, until it expires (identity_settings.email_verification_ttl) or one registration of the address is completed (complete_registration), which makes the account that registration''s and deletes the others. Several strangers may register one address; none of them changes another''s.';


--
-- Name: profile_secrets; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.profile_secrets (
    profile_id uuid NOT NULL,
    password_hash text,
    last_sign_in_at timestamp with time zone
);


--
-- Name: TABLE profile_secrets; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.profile_secrets IS 'Password hashes and sign-in counters; never exposed.';


--
-- Name: rate_limits; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.rate_limits (
    key character varying(255) NOT NULL,
    points integer DEFAULT 0 NOT NULL,
    expire bigint
);


--
-- Name: TABLE rate_limits; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.rate_limits IS 'Shared request counters when RATE_LIMIT_STORE=postgres.';


--
-- Name: registration_notices; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.registration_notices (
    profile_id uuid NOT NULL,
    last_sent_at timestamp with time zone NOT NULL
);


--
-- Name: TABLE registration_notices; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.registration_notices IS 'When each account was last told that someone tried to register with its email, to throttle those mails.';


--
-- Name: sessions; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.sessions (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    profile_id uuid NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    expires_at timestamp with time zone DEFAULT (now() + '30 days'::interval) NOT NULL,
    revoked_at timestamp with time zone
);


--
-- Name: TABLE sessions; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.sessions IS 'Sign-in sessions. A JWT carries the session id; revoking the session invalidates the token at once.';


--
-- Name: sign_in_failures; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.sign_in_failures (
    email_digest bytea NOT NULL,
    failures integer DEFAULT 0 NOT NULL,
    last_failed_at timestamp with time zone NOT NULL,
    CONSTRAINT sign_in_failures_failures_check CHECK ((failures >= 0))
);


--
-- Name: TABLE sign_in_failures; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.sign_in_failures IS 'Failed sign-ins per attempted address, keyed by SHA-256 of the lower-cased address whether or not it has an account, so recording a failure is the same work for both (attack-report M6). A successful sign-in deletes its row.';


--
-- Name: whatsapp_inbound; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.whatsapp_inbound (
    provider_message_id text NOT NULL,
    from_number text NOT NULL,
    phone_number_id text,
    message_type text NOT NULL,
    sent_at timestamp with time zone NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    outcome text NOT NULL,
    organization_id uuid,
    CONSTRAINT whatsapp_inbound_from_number_check CHECK ((from_number ~ '^[0-9]{8,15}$'::text)),
    CONSTRAINT whatsapp_inbound_message_type_check CHECK ((length(message_type) <= 40)),
    CONSTRAINT whatsapp_inbound_outcome_check CHECK ((outcome = ANY (ARRAY['casting_confirmed'::text, 'casting_declined'::text, 'opt_out'::text, 'inbox'::text, 'unmatched'::text]))),
    CONSTRAINT whatsapp_inbound_phone_number_id_check CHECK ((length(phone_number_id) <= 40)),
    CONSTRAINT whatsapp_inbound_provider_message_id_check CHECK (((length(provider_message_id) >= 1) AND (length(provider_message_id) <= 200)))
);


--
-- Name: TABLE whatsapp_inbound; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.whatsapp_inbound IS 'Every message Meta delivered to POST /webhooks/whatsapp, once per wamid (a replay finds its row and changes nothing). It opens the 24-hour customer-service window for its number. unmatched: from a number that is no one''s contact (kept here for the operator; no organization may read it).';


--
-- Name: whatsapp_opt_outs; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.whatsapp_opt_outs (
    number text NOT NULL,
    opted_out_at timestamp with time zone DEFAULT now() NOT NULL,
    provider_message_id text,
    CONSTRAINT whatsapp_opt_outs_number_check CHECK ((number ~ '^[0-9]{8,15}$'::text)),
    CONSTRAINT whatsapp_opt_outs_provider_message_id_check CHECK ((length(provider_message_id) <= 200))
);


--
-- Name: TABLE whatsapp_opt_outs; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.whatsapp_opt_outs IS 'Numbers that wrote PARAR (or STOP, BAJA) on WhatsApp: nothing more is sent to them on WhatsApp (Ley 1581: the right to revoke, honoured at once), whichever organization has them as a contact. Recorded in the same transaction as the message.';


--
-- Name: wompi_events; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.wompi_events (
    checksum text NOT NULL,
    transaction_id text NOT NULL,
    status text NOT NULL,
    event_at timestamp with time zone NOT NULL,
    received_at timestamp with time zone DEFAULT now() NOT NULL,
    outcome text NOT NULL,
    CONSTRAINT wompi_events_checksum_check CHECK ((checksum ~ '^[0-9a-f]{64}$'::text))
);


--
-- Name: TABLE wompi_events; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.wompi_events IS 'Every Wompi event applied, by its checksum, with what it did (replays are answered from here and change nothing).';


--
-- Name: worker_heartbeats; Type: TABLE; Schema: app_private; Owner: -
--

CREATE TABLE app_private.worker_heartbeats (
    worker_id text NOT NULL,
    last_seen_at timestamp with time zone DEFAULT now() NOT NULL,
    graphile_worker_ids text[] DEFAULT '{}'::text[] NOT NULL
);


--
-- Name: TABLE worker_heartbeats; Type: COMMENT; Schema: app_private; Owner: -
--

COMMENT ON TABLE app_private.worker_heartbeats IS 'Each worker process upserts its row while it runs; /health reports the age of the newest.';


--
-- Name: ai_agent_logs; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.ai_agent_logs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid,
    agent_run_id uuid,
    agent_type text NOT NULL,
    event_id uuid,
    operation text NOT NULL,
    model text NOT NULL,
    input_data jsonb,
    output_data jsonb,
    prompt_tokens integer,
    completion_tokens integer,
    tokens_used integer,
    latency_ms integer,
    cost_usd numeric(12,6) DEFAULT 0 NOT NULL,
    success boolean NOT NULL,
    error_message text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    salvaged jsonb DEFAULT '[]'::jsonb NOT NULL
);


--
-- Name: TABLE ai_agent_logs; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.ai_agent_logs IS '@behavior -*
One call to an AI provider: model, tokens, latency, cost and outcome. Worker-only.';


--
-- Name: COLUMN ai_agent_logs.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.id IS 'Unique identifier of the log row.';


--
-- Name: COLUMN ai_agent_logs.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.organization_id IS 'Organization the call was made for.';


--
-- Name: COLUMN ai_agent_logs.agent_run_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.agent_run_id IS 'The agent run that made the call.';


--
-- Name: COLUMN ai_agent_logs.agent_type; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.agent_type IS 'Which agent made the call.';


--
-- Name: COLUMN ai_agent_logs.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.event_id IS 'Event the call was about.';


--
-- Name: COLUMN ai_agent_logs.operation; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.operation IS 'What the call did, e.g. rank_candidates or repair.';


--
-- Name: COLUMN ai_agent_logs.model; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.model IS 'Model name, or local for the deterministic local provider.';


--
-- Name: COLUMN ai_agent_logs.input_data; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.input_data IS 'What was sent (never contact data).';


--
-- Name: COLUMN ai_agent_logs.output_data; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.output_data IS 'What came back.';


--
-- Name: COLUMN ai_agent_logs.prompt_tokens; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.prompt_tokens IS 'Prompt tokens billed.';


--
-- Name: COLUMN ai_agent_logs.completion_tokens; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.completion_tokens IS 'Completion tokens billed.';


--
-- Name: COLUMN ai_agent_logs.tokens_used; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.tokens_used IS 'Total tokens billed.';


--
-- Name: COLUMN ai_agent_logs.latency_ms; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.latency_ms IS 'Time the provider took to answer, in milliseconds.';


--
-- Name: COLUMN ai_agent_logs.cost_usd; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.cost_usd IS 'Cost of the call in US dollars from the price table.';


--
-- Name: COLUMN ai_agent_logs.success; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.success IS 'Whether the call produced a valid answer.';


--
-- Name: COLUMN ai_agent_logs.error_message; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.error_message IS 'What went wrong, if anything.';


--
-- Name: COLUMN ai_agent_logs.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.created_at IS 'When the call was made.';


--
-- Name: COLUMN ai_agent_logs.salvaged; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ai_agent_logs.salvaged IS 'Each change salvage made to the answer without another call (ids normalised, scores coerced, reasoning cut, extras dropped).';


--
-- Name: casting_briefs; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.casting_briefs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    title text DEFAULT 'Casting'::text NOT NULL,
    models_needed integer NOT NULL,
    height_min_cm integer,
    height_max_cm integer,
    divisions text[] DEFAULT '{}'::text[] NOT NULL,
    cities text[] DEFAULT '{}'::text[] NOT NULL,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT casting_briefs_check CHECK (((height_min_cm IS NULL) OR (height_max_cm IS NULL) OR (height_min_cm <= height_max_cm))),
    CONSTRAINT casting_briefs_cities_length CHECK (app_private.text_array_fits(cities, 50, 100)),
    CONSTRAINT casting_briefs_divisions_check CHECK ((divisions <@ ARRAY['women'::text, 'men'::text, 'non_binary'::text, 'kids'::text, 'curve'::text, 'petite'::text, 'mature'::text])),
    CONSTRAINT casting_briefs_divisions_length CHECK (app_private.text_array_fits(divisions, 7, 20)),
    CONSTRAINT casting_briefs_height_max_cm_check CHECK (((height_max_cm >= 50) AND (height_max_cm <= 230))),
    CONSTRAINT casting_briefs_height_min_cm_check CHECK (((height_min_cm >= 50) AND (height_min_cm <= 230))),
    CONSTRAINT casting_briefs_models_needed_check CHECK (((models_needed >= 1) AND (models_needed <= 200))),
    CONSTRAINT casting_briefs_notes_length CHECK ((length(notes) <= 5000)),
    CONSTRAINT casting_briefs_title_check CHECK (((length(TRIM(BOTH FROM title)) >= 1) AND (length(TRIM(BOTH FROM title)) <= 200))),
    CONSTRAINT casting_briefs_title_length CHECK ((length(title) <= 200))
);


--
-- Name: TABLE casting_briefs; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.casting_briefs IS 'What an event needs from casting: how many models, which boards, heights and cities.';


--
-- Name: COLUMN casting_briefs.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.id IS 'Unique identifier of the brief.';


--
-- Name: COLUMN casting_briefs.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN casting_briefs.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.event_id IS 'The event being cast.';


--
-- Name: COLUMN casting_briefs.title; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.title IS 'Short name, e.g. "Pasarela principal".';


--
-- Name: COLUMN casting_briefs.models_needed; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.models_needed IS 'How many models to cast.';


--
-- Name: COLUMN casting_briefs.height_min_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.height_min_cm IS 'Minimum height in centimetres.';


--
-- Name: COLUMN casting_briefs.height_max_cm; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.height_max_cm IS 'Maximum height in centimetres.';


--
-- Name: COLUMN casting_briefs.divisions; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.divisions IS 'Boards to cast from (empty: any).';


--
-- Name: COLUMN casting_briefs.cities; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.cities IS 'Cities to cast from (empty: any; at most 50); people willing to travel also qualify.';


--
-- Name: COLUMN casting_briefs.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.notes IS 'Creative direction for the casting.';


--
-- Name: COLUMN casting_briefs.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.created_at IS 'When the brief was created.';


--
-- Name: COLUMN casting_briefs.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.casting_briefs.updated_at IS 'When the brief was last changed.';


--
-- Name: communication_opt_outs; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.communication_opt_outs (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    channel text NOT NULL,
    purpose text,
    recipient_kind text NOT NULL,
    recipient_id uuid NOT NULL,
    talent_id uuid,
    address text,
    source text NOT NULL,
    message_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT communication_opt_outs_address_length CHECK ((length(address) <= 320)),
    CONSTRAINT communication_opt_outs_channel_check CHECK ((channel = ANY (ARRAY['email'::text, 'whatsapp'::text]))),
    CONSTRAINT communication_opt_outs_purpose_check CHECK ((purpose = ANY (ARRAY['casting'::text, 'invitation'::text, 'transactional'::text, 'coordination'::text, 'marketing'::text]))),
    CONSTRAINT communication_opt_outs_recipient_kind_check CHECK ((recipient_kind = ANY (ARRAY['talent'::text, 'guest'::text, 'vendor'::text, 'buyer'::text, 'account'::text]))),
    CONSTRAINT communication_opt_outs_source_check CHECK ((source = ANY (ARRAY['unsubscribe_link'::text, 'whatsapp_reply'::text, 'complaint'::text, 'producer'::text]))),
    CONSTRAINT communication_opt_outs_talent_kind CHECK ((((recipient_kind = 'talent'::text) = (talent_id IS NOT NULL)) AND ((talent_id IS NULL) OR (talent_id = recipient_id))))
);


--
-- Name: TABLE communication_opt_outs; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.communication_opt_outs IS 'A person asked to stop (Ley 1581 de 2012): from then on nothing of that purpose (null: any purpose) reaches them on that channel, from this organization. Recorded at once by the unsubscribe link, a "PARAR" reply, a complaint or a producer. Never deleted by the product (a new consent is recorded on the person).';


--
-- Name: COLUMN communication_opt_outs.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.id IS 'The opt-out.';


--
-- Name: COLUMN communication_opt_outs.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.organization_id IS 'The organization they stopped.';


--
-- Name: COLUMN communication_opt_outs.channel; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.channel IS 'email or whatsapp.';


--
-- Name: COLUMN communication_opt_outs.purpose; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.purpose IS 'The purpose stopped; null: every purpose but account mail.';


--
-- Name: COLUMN communication_opt_outs.recipient_kind; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.recipient_kind IS 'talent, guest, vendor, buyer or account.';


--
-- Name: COLUMN communication_opt_outs.recipient_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.recipient_id IS 'The person (the id of their talent, guest, vendor, booking or profile row).';


--
-- Name: COLUMN communication_opt_outs.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.talent_id IS 'The person when they are talent (so erasure and the roster find it).';


--
-- Name: COLUMN communication_opt_outs.address; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.address IS 'The address that asked (also stops that address under another record).';


--
-- Name: COLUMN communication_opt_outs.source; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.source IS 'How they asked: unsubscribe_link, whatsapp_reply, complaint, producer.';


--
-- Name: COLUMN communication_opt_outs.message_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.message_id IS 'The message they answered, if any.';


--
-- Name: COLUMN communication_opt_outs.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.communication_opt_outs.created_at IS 'When (UTC).';


--
-- Name: designers; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.designers (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    brand text,
    city text,
    bio text,
    instagram text,
    website text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT designers_bio_length CHECK ((length(bio) <= 5000)),
    CONSTRAINT designers_brand_length CHECK ((length(brand) <= 200)),
    CONSTRAINT designers_city_length CHECK ((length(city) <= 100)),
    CONSTRAINT designers_instagram_check CHECK ((instagram ~ '^@?[A-Za-z0-9._]{1,30}$'::text)),
    CONSTRAINT designers_instagram_length CHECK ((length(instagram) <= 31)),
    CONSTRAINT designers_name_check CHECK (((length(TRIM(BOTH FROM name)) >= 1) AND (length(TRIM(BOTH FROM name)) <= 200))),
    CONSTRAINT designers_name_length CHECK ((length(name) <= 200)),
    CONSTRAINT designers_website_check CHECK ((website ~ '^https?://'::text)),
    CONSTRAINT designers_website_length CHECK ((length(website) <= 2048))
);


--
-- Name: TABLE designers; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.designers IS 'Designers and brands that show collections.';


--
-- Name: COLUMN designers.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.id IS 'Unique identifier of the designer.';


--
-- Name: COLUMN designers.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.organization_id IS 'Organization that keeps this designer record.';


--
-- Name: COLUMN designers.name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.name IS 'Designer name.';


--
-- Name: COLUMN designers.brand; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.brand IS 'Brand or label.';


--
-- Name: COLUMN designers.city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.city IS 'Home city.';


--
-- Name: COLUMN designers.bio; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.bio IS 'Short public biography.';


--
-- Name: COLUMN designers.instagram; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.instagram IS 'Instagram handle.';


--
-- Name: COLUMN designers.website; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.website IS 'Website URL.';


--
-- Name: COLUMN designers.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.created_at IS 'When the designer was added.';


--
-- Name: COLUMN designers.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.designers.updated_at IS 'When the designer was last changed.';


--
-- Name: files; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.files (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    purpose text NOT NULL,
    content_type text NOT NULL,
    byte_size integer NOT NULL,
    width integer NOT NULL,
    height integer NOT NULL,
    thumbnail_width integer NOT NULL,
    thumbnail_height integer NOT NULL,
    attached_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT files_byte_size_check CHECK (((byte_size >= 1) AND (byte_size <= 50000000))),
    CONSTRAINT files_content_type_check CHECK ((content_type = ANY (ARRAY['image/webp'::text]))),
    CONSTRAINT files_height_check CHECK (((height >= 1) AND (height <= 20000))),
    CONSTRAINT files_purpose_check CHECK ((purpose = ANY (ARRAY['talent_photo'::text, 'look_photo'::text, 'event_cover'::text, 'organization_logo'::text]))),
    CONSTRAINT files_thumbnail_height_check CHECK (((thumbnail_height >= 1) AND (thumbnail_height <= 20000))),
    CONSTRAINT files_thumbnail_width_check CHECK (((thumbnail_width >= 1) AND (thumbnail_width <= 20000))),
    CONSTRAINT files_width_check CHECK (((width >= 1) AND (width <= 20000)))
);


--
-- Name: TABLE files; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.files IS '@behavior -insert -update -delete
An uploaded image (re-encoded as WebP, with a thumbnail for lists). Uploaded with POST /uploads, then attached to the row that owns it; readable by whoever may read that row, and served through short-lived signed URLs (url, thumbnailUrl). Deleted, with its stored objects, when that row lets go of it.';


--
-- Name: COLUMN files.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.id IS 'Unique identifier of the file.';


--
-- Name: COLUMN files.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.organization_id IS 'Organization the file belongs to.';


--
-- Name: COLUMN files.purpose; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.purpose IS 'What it was uploaded for: talent_photo (comp card), look_photo, event_cover or organization_logo. It can only be attached there.';


--
-- Name: COLUMN files.content_type; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.content_type IS 'Media type of the stored image (always image/webp: uploads are re-encoded).';


--
-- Name: COLUMN files.byte_size; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.byte_size IS 'Size of the stored image in bytes.';


--
-- Name: COLUMN files.width; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.width IS 'Width of the stored image in pixels (at most 2,000).';


--
-- Name: COLUMN files.height; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.height IS 'Height of the stored image in pixels (at most 2,000).';


--
-- Name: COLUMN files.thumbnail_width; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.thumbnail_width IS 'Width of the thumbnail in pixels (at most 480).';


--
-- Name: COLUMN files.thumbnail_height; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.thumbnail_height IS 'Height of the thumbnail in pixels (at most 480).';


--
-- Name: COLUMN files.attached_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.attached_at IS 'When the file was attached to its row; null while only uploaded (unattached uploads are deleted after 24 hours).';


--
-- Name: COLUMN files.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.files.created_at IS 'When the file was uploaded.';


--
-- Name: guest_contacts; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.guest_contacts (
    guest_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    email public.citext,
    phone text,
    whatsapp_opt_in boolean DEFAULT false NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT guest_contacts_email_check CHECK ((email OPERATOR(public.~) '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::public.citext)),
    CONSTRAINT guest_contacts_email_length CHECK ((length((email)::text) <= 320)),
    CONSTRAINT guest_contacts_phone_check CHECK ((phone ~ '^\+?[0-9 ()-]{7,20}$'::text)),
    CONSTRAINT guest_contacts_phone_length CHECK ((length(phone) <= 20))
);


--
-- Name: TABLE guest_contacts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.guest_contacts IS 'A guest''s personal contact data, readable only by producers, admins and owners (viewers see the list, not how to reach people). One guest per email in an organization.';


--
-- Name: COLUMN guest_contacts.guest_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_contacts.guest_id IS 'The guest.';


--
-- Name: COLUMN guest_contacts.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_contacts.organization_id IS 'Organization of the guest (set automatically).';


--
-- Name: COLUMN guest_contacts.email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_contacts.email IS 'Email (unique in the organization; CSV imports merge on it).';


--
-- Name: COLUMN guest_contacts.phone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_contacts.phone IS 'Mobile phone.';


--
-- Name: COLUMN guest_contacts.whatsapp_opt_in; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_contacts.whatsapp_opt_in IS 'Whether the guest agreed to receive WhatsApp messages.';


--
-- Name: COLUMN guest_contacts.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_contacts.created_at IS 'When the contact was recorded.';


--
-- Name: COLUMN guest_contacts.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.guest_contacts.updated_at IS 'When it was last changed.';


--
-- Name: notifications; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.notifications (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    profile_id uuid NOT NULL,
    kind text NOT NULL,
    event_id uuid,
    report_id uuid,
    title text NOT NULL,
    body text,
    data jsonb DEFAULT '{}'::jsonb NOT NULL,
    read_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT notifications_body_check CHECK ((length(body) <= 2000)),
    CONSTRAINT notifications_data_check CHECK (((jsonb_typeof(data) = 'object'::text) AND (octet_length((data)::text) <= 20000))),
    CONSTRAINT notifications_kind_check CHECK ((kind = 'event_health_red'::text)),
    CONSTRAINT notifications_title_check CHECK (((length(title) >= 1) AND (length(title) <= 500)))
);


--
-- Name: TABLE notifications; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.notifications IS '@omit create,delete
In-app notices for one person (today: new red items in an event''s health report, sent to the organization''s owners and producers). Each person sees and marks read only their own.';


--
-- Name: COLUMN notifications.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.id IS 'Unique identifier of the notice.';


--
-- Name: COLUMN notifications.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.organization_id IS 'Organization it is about.';


--
-- Name: COLUMN notifications.profile_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.profile_id IS 'Who it is for.';


--
-- Name: COLUMN notifications.kind; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.kind IS 'event_health_red: checks that turned red in an event''s health report.';


--
-- Name: COLUMN notifications.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.event_id IS 'The event it is about, if any.';


--
-- Name: COLUMN notifications.report_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.report_id IS 'The health report with the new red items, if any.';


--
-- Name: COLUMN notifications.title; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.title IS 'One line, es-CO.';


--
-- Name: COLUMN notifications.body; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.body IS 'The new red items and their next steps, es-CO.';


--
-- Name: COLUMN notifications.data; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.data IS 'Details for the app (event_health_red: {keys, reportDate, eventTitle, items: [{key, titleCode, nextStepCode, facts}]}, the codes as in event_health_reports.checks).';


--
-- Name: COLUMN notifications.read_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.read_at IS 'When its recipient marked it read; null: unread.';


--
-- Name: COLUMN notifications.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.notifications.created_at IS 'When it was sent.';


--
-- Name: outbound_messages; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.outbound_messages (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid,
    channel text NOT NULL,
    purpose text NOT NULL,
    recipient_kind text NOT NULL,
    talent_id uuid,
    guest_id uuid,
    vendor_id uuid,
    booking_id uuid,
    profile_id uuid,
    recipient_id uuid GENERATED ALWAYS AS (COALESCE(talent_id, guest_id, vendor_id, booking_id, profile_id)) STORED NOT NULL,
    recipient_address text,
    recipient_name text,
    locale text DEFAULT 'es-CO'::text NOT NULL,
    template_key text NOT NULL,
    variables jsonb,
    rendered_subject text,
    rendered_body text,
    rendered_html text,
    urgent boolean DEFAULT false NOT NULL,
    status text DEFAULT 'queued'::text NOT NULL,
    provider_message_id text,
    attempts integer DEFAULT 0 NOT NULL,
    max_attempts integer DEFAULT 8 NOT NULL,
    last_error text,
    last_error_code text,
    cause_kind text NOT NULL,
    cause_id uuid NOT NULL,
    scheduled_at timestamp with time zone DEFAULT now() NOT NULL,
    sending_at timestamp with time zone,
    sent_at timestamp with time zone,
    delivered_at timestamp with time zone,
    read_at timestamp with time zone,
    failed_at timestamp with time zone,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT outbound_messages_attempts_check CHECK ((attempts >= 0)),
    CONSTRAINT outbound_messages_cause_kind_check CHECK ((cause_kind = ANY (ARRAY['casting_invitation'::text, 'casting_confirmed'::text, 'booking_paid'::text, 'rsvp_accepted'::text, 'email_draft'::text, 'manual'::text, 'test'::text]))),
    CONSTRAINT outbound_messages_channel_check CHECK ((channel = ANY (ARRAY['email'::text, 'whatsapp'::text]))),
    CONSTRAINT outbound_messages_last_error_code_check CHECK ((last_error_code = ANY (ARRAY['NO_CONSENT'::text, 'OPTED_OUT'::text, 'NO_ADDRESS'::text, 'INVALID_ADDRESS'::text, 'BOUNCED'::text, 'COMPLAINED'::text, 'PROVIDER_REJECTED'::text, 'PROVIDER_UNAVAILABLE'::text, 'PROVIDER_DEFERRED'::text, 'PROVIDER_FAILED'::text, 'PROVIDER_AUTH'::text, 'RATE_LIMITED'::text, 'CHANNEL_NOT_CONFIGURED'::text, 'SMTP_NOT_CONFIGURED'::text, 'TEMPLATE_INVALID'::text, 'TEMPLATE_NOT_APPROVED'::text, 'OUTSIDE_SERVICE_WINDOW'::text]))),
    CONSTRAINT outbound_messages_last_error_length CHECK ((length(last_error) <= 2000)),
    CONSTRAINT outbound_messages_locale_check CHECK ((locale = ANY (ARRAY['es-CO'::text, 'en'::text]))),
    CONSTRAINT outbound_messages_max_attempts_check CHECK (((max_attempts >= 1) AND (max_attempts <= 25))),
    CONSTRAINT outbound_messages_one_recipient CHECK ((((recipient_kind = 'talent'::text) = (talent_id IS NOT NULL)) AND ((recipient_kind = 'guest'::text) = (guest_id IS NOT NULL)) AND ((recipient_kind = 'vendor'::text) = (vendor_id IS NOT NULL)) AND ((recipient_kind = 'buyer'::text) = (booking_id IS NOT NULL)) AND ((recipient_kind = 'account'::text) = (profile_id IS NOT NULL)))),
    CONSTRAINT outbound_messages_provider_message_id_length CHECK ((length(provider_message_id) <= 500)),
    CONSTRAINT outbound_messages_purpose_check CHECK ((purpose = ANY (ARRAY['casting'::text, 'invitation'::text, 'transactional'::text, 'coordination'::text, 'marketing'::text, 'account'::text]))),
    CONSTRAINT outbound_messages_recipient_address_length CHECK ((length(recipient_address) <= 320)),
    CONSTRAINT outbound_messages_recipient_kind_check CHECK ((recipient_kind = ANY (ARRAY['talent'::text, 'guest'::text, 'vendor'::text, 'buyer'::text, 'account'::text]))),
    CONSTRAINT outbound_messages_recipient_name_length CHECK ((length(recipient_name) <= 200)),
    CONSTRAINT outbound_messages_rendered_body_length CHECK ((length(rendered_body) <= 50000)),
    CONSTRAINT outbound_messages_rendered_html_length CHECK ((length(rendered_html) <= 200000)),
    CONSTRAINT outbound_messages_rendered_subject_length CHECK ((length(rendered_subject) <= 500)),
    CONSTRAINT outbound_messages_status_check CHECK ((status = ANY (ARRAY['queued'::text, 'sending'::text, 'sent'::text, 'delivered'::text, 'read'::text, 'failed'::text, 'bounced'::text, 'suppressed'::text, 'cancelled'::text]))),
    CONSTRAINT outbound_messages_template_key_check CHECK ((template_key = ANY (ARRAY['casting_invitation'::text, 'casting_confirmed'::text, 'call_sheet'::text, 'reminder'::text, 'thank_you'::text, 'rsvp_accepted'::text, 'booking_paid'::text, 'structured'::text, 'test'::text]))),
    CONSTRAINT outbound_messages_variables_check CHECK (((variables IS NULL) OR ((jsonb_typeof(variables) = 'object'::text) AND (octet_length((variables)::text) <= 20000))))
);


--
-- Name: TABLE outbound_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.outbound_messages IS 'The outbox: one row per message to one person on one channel, enqueued with its job in the transaction that causes it (app_private.enqueue_outbound_message) and sent once by the worker (send_outbound_message). Readable only by the roles that may read the recipient''s contact data. Written only by SQL functions and the worker.';


--
-- Name: COLUMN outbound_messages.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.id IS 'The message; its job key is outbound_message:<id> and its email Message-ID <outbox.<id>@…>.';


--
-- Name: COLUMN outbound_messages.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.organization_id IS 'The organization that sends it.';


--
-- Name: COLUMN outbound_messages.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.event_id IS 'The event it is about, if any.';


--
-- Name: COLUMN outbound_messages.channel; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.channel IS 'email or whatsapp.';


--
-- Name: COLUMN outbound_messages.purpose; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.purpose IS 'Why it is sent, the purpose consent is checked for (Ley 1581): casting (a casting call or its answer), invitation (a guest''s invitation), transactional (a purchase), coordination (a vendor''s work), marketing, account (sign-in and security).';


--
-- Name: COLUMN outbound_messages.recipient_kind; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.recipient_kind IS 'Who receives it: talent, guest, vendor (its contact), buyer (of a booking) or account (a profile). Exactly the matching id column is set.';


--
-- Name: COLUMN outbound_messages.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.talent_id IS 'The recipient when recipient_kind is talent.';


--
-- Name: COLUMN outbound_messages.guest_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.guest_id IS 'The recipient when recipient_kind is guest.';


--
-- Name: COLUMN outbound_messages.vendor_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.vendor_id IS 'The recipient (the vendor''s contact) when recipient_kind is vendor.';


--
-- Name: COLUMN outbound_messages.booking_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.booking_id IS 'The booking whose buyer receives it when recipient_kind is buyer.';


--
-- Name: COLUMN outbound_messages.profile_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.profile_id IS 'The recipient when recipient_kind is account.';


--
-- Name: COLUMN outbound_messages.recipient_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.recipient_id IS 'Whichever recipient id is set (generated): part of the idempotency key.';


--
-- Name: COLUMN outbound_messages.recipient_address; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.recipient_address IS 'The address it goes to, copied from the contact data when enqueued: an email address, or a phone number for WhatsApp. Null: the recipient has none (the message is suppressed).';


--
-- Name: COLUMN outbound_messages.recipient_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.recipient_name IS 'The name the message greets.';


--
-- Name: COLUMN outbound_messages.locale; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.locale IS 'es-CO or en.';


--
-- Name: COLUMN outbound_messages.template_key; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.template_key IS 'The template it is rendered from (tasks/outbox/templates.ts; WhatsApp maps it to an approved template): casting_invitation, casting_confirmed, call_sheet, reminder, thank_you, rsvp_accepted, booking_paid, structured (a whole structured email in variables, e.g. an approved draft), test.';


--
-- Name: COLUMN outbound_messages.variables; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.variables IS 'The template''s variables (a JSON object, at most 20,000 bytes).';


--
-- Name: COLUMN outbound_messages.rendered_subject; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.rendered_subject IS 'The subject as sent (emails).';


--
-- Name: COLUMN outbound_messages.rendered_body; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.rendered_body IS 'The plain-text body as sent.';


--
-- Name: COLUMN outbound_messages.rendered_html; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.rendered_html IS 'The HTML body as sent (emails, built with MJML).';


--
-- Name: COLUMN outbound_messages.urgent; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.urgent IS 'Sent even in quiet hours.';


--
-- Name: COLUMN outbound_messages.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.status IS 'queued → sending → sent → delivered → read; or failed (gave up), bounced (the address refused it), suppressed (no consent, an opt-out or no address: never sent), cancelled.';


--
-- Name: COLUMN outbound_messages.provider_message_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.provider_message_id IS 'The provider''s id for it (the email Message-ID, the WhatsApp message id); provider events are matched on it.';


--
-- Name: COLUMN outbound_messages.attempts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.attempts IS 'Times it was handed to the provider.';


--
-- Name: COLUMN outbound_messages.max_attempts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.max_attempts IS 'Attempts before it fails for good.';


--
-- Name: COLUMN outbound_messages.last_error; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.last_error IS 'The last error, as the provider gave it.';


--
-- Name: COLUMN outbound_messages.last_error_code; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.last_error_code IS 'Why it was not sent (yet): NO_CONSENT, OPTED_OUT, NO_ADDRESS (suppressed); BOUNCED, INVALID_ADDRESS, PROVIDER_REJECTED, TEMPLATE_INVALID, TEMPLATE_NOT_APPROVED, OUTSIDE_SERVICE_WINDOW (permanent); PROVIDER_UNAVAILABLE, PROVIDER_DEFERRED, PROVIDER_AUTH, RATE_LIMITED, CHANNEL_NOT_CONFIGURED, SMTP_NOT_CONFIGURED (retried); PROVIDER_FAILED (a provider''s failed event, or any other code); COMPLAINED.';


--
-- Name: COLUMN outbound_messages.cause_kind; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.cause_kind IS 'What caused it: casting_invitation, casting_confirmed, booking_paid, rsvp_accepted, email_draft (a producer approved a draft), manual, test.';


--
-- Name: COLUMN outbound_messages.cause_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.cause_id IS 'The row that caused it (a casting, a booking, an invitation, a draft).';


--
-- Name: COLUMN outbound_messages.scheduled_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.scheduled_at IS 'When it may be sent (UTC): later than created_at when quiet hours or the daily cap hold it.';


--
-- Name: COLUMN outbound_messages.sending_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.sending_at IS 'When it was last handed to the provider.';


--
-- Name: COLUMN outbound_messages.sent_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.sent_at IS 'When the provider accepted it.';


--
-- Name: COLUMN outbound_messages.delivered_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.delivered_at IS 'When the provider reported it delivered.';


--
-- Name: COLUMN outbound_messages.read_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.read_at IS 'When the provider reported it read (WhatsApp).';


--
-- Name: COLUMN outbound_messages.failed_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.failed_at IS 'When it failed or bounced.';


--
-- Name: COLUMN outbound_messages.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.created_at IS 'When it was enqueued.';


--
-- Name: COLUMN outbound_messages.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.outbound_messages.updated_at IS 'Last change.';


--
-- Name: sponsors; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.sponsors (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    name text NOT NULL,
    tier text DEFAULT 'partner'::text NOT NULL,
    amount_cop bigint DEFAULT 0 NOT NULL,
    status text DEFAULT 'prospect'::text NOT NULL,
    contact_name text,
    contact_email public.citext,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT sponsors_amount_cop_check CHECK ((amount_cop >= 0)),
    CONSTRAINT sponsors_contact_email_check CHECK ((contact_email OPERATOR(public.~) '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::public.citext)),
    CONSTRAINT sponsors_contact_email_length CHECK ((length((contact_email)::text) <= 320)),
    CONSTRAINT sponsors_contact_name_length CHECK ((length(contact_name) <= 200)),
    CONSTRAINT sponsors_name_check CHECK (((length(TRIM(BOTH FROM name)) >= 1) AND (length(TRIM(BOTH FROM name)) <= 200))),
    CONSTRAINT sponsors_name_length CHECK ((length(name) <= 200)),
    CONSTRAINT sponsors_status_check CHECK ((status = ANY (ARRAY['prospect'::text, 'negotiating'::text, 'confirmed'::text, 'paid'::text, 'declined'::text]))),
    CONSTRAINT sponsors_tier_check CHECK ((tier = ANY (ARRAY['title'::text, 'gold'::text, 'silver'::text, 'bronze'::text, 'partner'::text, 'in_kind'::text])))
);


--
-- Name: TABLE sponsors; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.sponsors IS 'Brands supporting an event, with money or in kind.';


--
-- Name: COLUMN sponsors.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.id IS 'Unique identifier of the sponsorship.';


--
-- Name: COLUMN sponsors.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN sponsors.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.event_id IS 'The event.';


--
-- Name: COLUMN sponsors.name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.name IS 'Sponsor brand.';


--
-- Name: COLUMN sponsors.tier; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.tier IS 'title, gold, silver, bronze, partner or in_kind.';


--
-- Name: COLUMN sponsors.amount_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.amount_cop IS 'Agreed amount in whole Colombian pesos.';


--
-- Name: COLUMN sponsors.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.status IS 'prospect, negotiating, confirmed, paid or declined.';


--
-- Name: COLUMN sponsors.contact_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.contact_name IS 'Contact person at the sponsor.';


--
-- Name: COLUMN sponsors.contact_email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.contact_email IS 'Contact email at the sponsor.';


--
-- Name: COLUMN sponsors.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.created_at IS 'When the sponsorship was added.';


--
-- Name: COLUMN sponsors.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.sponsors.updated_at IS 'When the sponsorship was last changed.';


--
-- Name: talent_availability; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.talent_availability (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    talent_id uuid NOT NULL,
    period tstzrange NOT NULL,
    kind text NOT NULL,
    notes text,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT talent_availability_kind_check CHECK ((kind = ANY (ARRAY['unavailable'::text, 'hold'::text]))),
    CONSTRAINT talent_availability_notes_length CHECK ((length(notes) <= 1000)),
    CONSTRAINT talent_availability_period_check CHECK (((NOT isempty(period)) AND (NOT lower_inf(period)) AND (NOT upper_inf(period))))
);


--
-- Name: TABLE talent_availability; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.talent_availability IS 'Periods when a person is unavailable or on hold for another job.';


--
-- Name: COLUMN talent_availability.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_availability.id IS 'Unique identifier of the period.';


--
-- Name: COLUMN talent_availability.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_availability.organization_id IS 'Organization of the person (set automatically).';


--
-- Name: COLUMN talent_availability.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_availability.talent_id IS 'The person.';


--
-- Name: COLUMN talent_availability.period; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_availability.period IS 'The time range (start inclusive, end exclusive).';


--
-- Name: COLUMN talent_availability.kind; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_availability.kind IS 'unavailable (cannot work) or hold (tentatively booked).';


--
-- Name: COLUMN talent_availability.notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_availability.notes IS 'Why, e.g. another show or travel.';


--
-- Name: COLUMN talent_availability.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_availability.created_at IS 'When the period was recorded.';


--
-- Name: COLUMN talent_availability.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_availability.updated_at IS 'When the period was last changed.';


--
-- Name: talent_contacts; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.talent_contacts (
    talent_id uuid NOT NULL,
    organization_id uuid NOT NULL,
    email public.citext,
    phone text,
    whatsapp_opt_in boolean DEFAULT false NOT NULL,
    guardian_name text,
    guardian_phone text,
    guardian_email public.citext,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    document_type text,
    document_number text,
    CONSTRAINT talent_contacts_document_complete CHECK (((document_type IS NULL) = (document_number IS NULL))),
    CONSTRAINT talent_contacts_document_number_check CHECK ((document_number ~ '^[A-Za-z0-9-]{3,20}$'::text)),
    CONSTRAINT talent_contacts_document_number_length CHECK ((length(document_number) <= 20)),
    CONSTRAINT talent_contacts_document_type_check CHECK ((document_type = ANY (ARRAY['CC'::text, 'CE'::text, 'TI'::text, 'PA'::text, 'PPT'::text]))),
    CONSTRAINT talent_contacts_email_check CHECK ((email OPERATOR(public.~) '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::public.citext)),
    CONSTRAINT talent_contacts_email_length CHECK ((length((email)::text) <= 320)),
    CONSTRAINT talent_contacts_guardian_email_check CHECK ((guardian_email OPERATOR(public.~) '^[^@[:space:]]+@[^@[:space:]]+\.[^@[:space:]]+$'::public.citext)),
    CONSTRAINT talent_contacts_guardian_email_length CHECK ((length((guardian_email)::text) <= 320)),
    CONSTRAINT talent_contacts_guardian_name_length CHECK ((length(guardian_name) <= 200)),
    CONSTRAINT talent_contacts_guardian_phone_check CHECK ((guardian_phone ~ '^\+?[0-9 ()-]{7,20}$'::text)),
    CONSTRAINT talent_contacts_guardian_phone_length CHECK ((length(guardian_phone) <= 20)),
    CONSTRAINT talent_contacts_phone_check CHECK ((phone ~ '^\+?[0-9 ()-]{7,20}$'::text)),
    CONSTRAINT talent_contacts_phone_length CHECK ((length(phone) <= 20))
);


--
-- Name: TABLE talent_contacts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.talent_contacts IS 'Personal contact data of talent, readable only by casting staff and admins.';


--
-- Name: COLUMN talent_contacts.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.talent_id IS 'The person.';


--
-- Name: COLUMN talent_contacts.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.organization_id IS 'Organization of the person (set automatically).';


--
-- Name: COLUMN talent_contacts.email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.email IS 'Personal email.';


--
-- Name: COLUMN talent_contacts.phone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.phone IS 'Mobile phone.';


--
-- Name: COLUMN talent_contacts.whatsapp_opt_in; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.whatsapp_opt_in IS 'Whether the person agreed to receive WhatsApp messages.';


--
-- Name: COLUMN talent_contacts.guardian_name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.guardian_name IS 'Parent or legal guardian of a minor.';


--
-- Name: COLUMN talent_contacts.guardian_phone; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.guardian_phone IS 'Guardian phone.';


--
-- Name: COLUMN talent_contacts.guardian_email; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.guardian_email IS 'Guardian email.';


--
-- Name: COLUMN talent_contacts.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.created_at IS 'When the contact was recorded.';


--
-- Name: COLUMN talent_contacts.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.updated_at IS 'When the contact was last changed.';


--
-- Name: COLUMN talent_contacts.document_type; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.document_type IS 'Identity document: CC (cédula de ciudadanía), CE (cédula de extranjería), TI (tarjeta de identidad, minors), PA (passport) or PPT (permiso por protección temporal).';


--
-- Name: COLUMN talent_contacts.document_number; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_contacts.document_number IS 'Number of the identity document (letters, digits and dashes, 3–20). Unique per organization and type.';


--
-- Name: talent_photos; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.talent_photos (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    talent_id uuid NOT NULL,
    file_id uuid NOT NULL,
    "position" integer DEFAULT 0 NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT talent_photos_position_check CHECK ((("position" >= 0) AND ("position" <= 1000)))
);


--
-- Name: TABLE talent_photos; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.talent_photos IS 'The photos of a person''s comp card, in order (the first is the one lists show). At most 12 per person.';


--
-- Name: COLUMN talent_photos.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_photos.id IS 'Unique identifier of the photo.';


--
-- Name: COLUMN talent_photos.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_photos.organization_id IS 'Organization of the person (set automatically).';


--
-- Name: COLUMN talent_photos.talent_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_photos.talent_id IS 'The person.';


--
-- Name: COLUMN talent_photos.file_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_photos.file_id IS 'The uploaded image (purpose talent_photo).';


--
-- Name: COLUMN talent_photos."position"; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_photos."position" IS 'Order on the comp card, smallest first (0 is the main photo).';


--
-- Name: COLUMN talent_photos.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_photos.created_at IS 'When the photo was added.';


--
-- Name: COLUMN talent_photos.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.talent_photos.updated_at IS 'When the photo was last changed.';


--
-- Name: ticket_check_ins; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.ticket_check_ins (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    ticket_id uuid,
    action text NOT NULL,
    method text NOT NULL,
    gate text,
    device_id text,
    scanned_at timestamp with time zone NOT NULL,
    recorded_at timestamp with time zone DEFAULT now() NOT NULL,
    actor_id uuid,
    note text,
    invitation_id uuid,
    CONSTRAINT ticket_check_ins_action_check CHECK ((action = ANY (ARRAY['check_in'::text, 'duplicate'::text, 'refused'::text, 'revoke'::text]))),
    CONSTRAINT ticket_check_ins_device_id_check CHECK (((length(device_id) >= 1) AND (length(device_id) <= 100))),
    CONSTRAINT ticket_check_ins_gate_check CHECK (((length(gate) >= 1) AND (length(gate) <= 60))),
    CONSTRAINT ticket_check_ins_method_check CHECK ((method = ANY (ARRAY['scan'::text, 'manual'::text, 'offline_sync'::text]))),
    CONSTRAINT ticket_check_ins_note_check CHECK ((length(note) <= 500)),
    CONSTRAINT ticket_check_ins_ticket_or_invitation CHECK ((num_nonnulls(ticket_id, invitation_id) = 1))
);


--
-- Name: TABLE ticket_check_ins; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.ticket_check_ins IS 'The door log: every scan (check-in, duplicate, refused), hand check-in and revocation, with who, where and when. Written only by the check-in functions; never changed.';


--
-- Name: COLUMN ticket_check_ins.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.id IS 'Unique identifier of the entry.';


--
-- Name: COLUMN ticket_check_ins.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.organization_id IS 'Organization of the event.';


--
-- Name: COLUMN ticket_check_ins.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.event_id IS 'The event.';


--
-- Name: COLUMN ticket_check_ins.ticket_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.ticket_id IS 'The ticket (null for an invitation).';


--
-- Name: COLUMN ticket_check_ins.action; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.action IS 'check_in (let in), duplicate (already in: not let in again), refused (not valid: unpaid, cancelled, another event) or revoke (a supervisor undid a check-in).';


--
-- Name: COLUMN ticket_check_ins.method; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.method IS 'scan (camera or 2D scanner, online), manual (a supervisor, by hand) or offline_sync (a scan queued on a device without connection).';


--
-- Name: COLUMN ticket_check_ins.gate; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.gate IS 'The gate the device is at.';


--
-- Name: COLUMN ticket_check_ins.device_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.device_id IS 'The device (a random id each browser keeps).';


--
-- Name: COLUMN ticket_check_ins.scanned_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.scanned_at IS 'When the scan happened on the device (UTC); for offline scans, before it was recorded.';


--
-- Name: COLUMN ticket_check_ins.recorded_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.recorded_at IS 'When the server recorded it.';


--
-- Name: COLUMN ticket_check_ins.actor_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.actor_id IS 'Who scanned, checked in or revoked.';


--
-- Name: COLUMN ticket_check_ins.note; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.note IS 'Why (revocations), or what happened (an earlier offline scan took precedence).';


--
-- Name: COLUMN ticket_check_ins.invitation_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.ticket_check_ins.invitation_id IS 'The guest invitation (null for a ticket).';


--
-- Name: vendor_recommendations; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.vendor_recommendations (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    event_id uuid NOT NULL,
    vendor_id uuid NOT NULL,
    category text NOT NULL,
    score integer,
    reasoning text,
    status text DEFAULT 'suggested'::text NOT NULL,
    agent_run_id uuid,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    agreed_price_cop bigint,
    rating smallint,
    rating_note text,
    CONSTRAINT vendor_recommendations_agreed_price_cop_check CHECK ((agreed_price_cop >= 0)),
    CONSTRAINT vendor_recommendations_category_check CHECK ((category = ANY (ARRAY['catering'::text, 'lighting'::text, 'sound'::text, 'staging'::text, 'security'::text, 'photography'::text, 'video'::text, 'hair_makeup'::text, 'models_agency'::text, 'transport'::text, 'printing'::text, 'other'::text]))),
    CONSTRAINT vendor_recommendations_rating_check CHECK (((rating >= 1) AND (rating <= 5))),
    CONSTRAINT vendor_recommendations_rating_note_check CHECK ((length(rating_note) <= 1000)),
    CONSTRAINT vendor_recommendations_reasoning_length CHECK ((length(reasoning) <= 2000)),
    CONSTRAINT vendor_recommendations_score_check CHECK (((score >= 0) AND (score <= 100))),
    CONSTRAINT vendor_recommendations_status_check CHECK ((status = ANY (ARRAY['suggested'::text, 'contacted'::text, 'booked'::text, 'rejected'::text])))
);


--
-- Name: TABLE vendor_recommendations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.vendor_recommendations IS 'A vendor suggested for an event, and what became of it.';


--
-- Name: COLUMN vendor_recommendations.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.id IS 'Unique identifier of the recommendation.';


--
-- Name: COLUMN vendor_recommendations.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.organization_id IS 'Organization of the event (set automatically).';


--
-- Name: COLUMN vendor_recommendations.event_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.event_id IS 'The event.';


--
-- Name: COLUMN vendor_recommendations.vendor_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.vendor_id IS 'The vendor.';


--
-- Name: COLUMN vendor_recommendations.category; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.category IS 'What the vendor would provide.';


--
-- Name: COLUMN vendor_recommendations.score; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.score IS 'Fit from 0 to 100.';


--
-- Name: COLUMN vendor_recommendations.reasoning; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.reasoning IS 'Why this vendor, in Spanish.';


--
-- Name: COLUMN vendor_recommendations.status; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.status IS 'suggested (by the agent or a producer), contacted (a quote was requested), booked (hired: the vendor is marked unavailable for the event''s dates) or rejected (declined).';


--
-- Name: COLUMN vendor_recommendations.agent_run_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.agent_run_id IS 'The agent run that made the recommendation, if any.';


--
-- Name: COLUMN vendor_recommendations.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.created_at IS 'When the recommendation was made.';


--
-- Name: COLUMN vendor_recommendations.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.updated_at IS 'When the recommendation was last changed.';


--
-- Name: COLUMN vendor_recommendations.agreed_price_cop; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.agreed_price_cop IS 'The price agreed with the vendor, in COP (whole pesos), once quoted or booked; a booked vendor without one counts at its minimum price in the budget check.';


--
-- Name: COLUMN vendor_recommendations.rating; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.rating IS 'How the booked vendor did at this event, 1 to 5 stars (set after the event): the vendor''s rating from past events.';


--
-- Name: COLUMN vendor_recommendations.rating_note; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.vendor_recommendations.rating_note IS 'What went well or badly, for the next producer.';


--
-- Name: venue_layouts; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.venue_layouts (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    venue_id uuid NOT NULL,
    name text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT venue_layouts_name_check CHECK ((length(TRIM(BOTH FROM name)) >= 1)),
    CONSTRAINT venue_layouts_name_length CHECK ((length(name) <= 100))
);


--
-- Name: TABLE venue_layouts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.venue_layouts IS 'A seating plan of a venue (e.g. "Pasarela en T"): its seats by section, row and number.';


--
-- Name: COLUMN venue_layouts.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venue_layouts.id IS 'Unique identifier of the layout.';


--
-- Name: COLUMN venue_layouts.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venue_layouts.organization_id IS 'Organization of the venue (set automatically).';


--
-- Name: COLUMN venue_layouts.venue_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venue_layouts.venue_id IS 'The venue.';


--
-- Name: COLUMN venue_layouts.name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venue_layouts.name IS 'Name (1 to 100 characters).';


--
-- Name: COLUMN venue_layouts.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venue_layouts.created_at IS 'When it was made.';


--
-- Name: COLUMN venue_layouts.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venue_layouts.updated_at IS 'When it was last changed.';


--
-- Name: venues; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.venues (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    name text NOT NULL,
    address text,
    city text NOT NULL,
    capacity integer,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    layout_notes text,
    CONSTRAINT venues_address_length CHECK ((length(address) <= 300)),
    CONSTRAINT venues_capacity_check CHECK ((capacity > 0)),
    CONSTRAINT venues_city_check CHECK ((length(TRIM(BOTH FROM city)) >= 1)),
    CONSTRAINT venues_city_length CHECK ((length(city) <= 100)),
    CONSTRAINT venues_layout_notes_length CHECK ((length(layout_notes) <= 5000)),
    CONSTRAINT venues_name_check CHECK (((length(TRIM(BOTH FROM name)) >= 1) AND (length(TRIM(BOTH FROM name)) <= 200))),
    CONSTRAINT venues_name_length CHECK ((length(name) <= 200))
);


--
-- Name: TABLE venues; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.venues IS 'Places where shows happen.';


--
-- Name: COLUMN venues.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.id IS 'Unique identifier of the venue.';


--
-- Name: COLUMN venues.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.organization_id IS 'Organization that manages this venue record.';


--
-- Name: COLUMN venues.name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.name IS 'Venue name, e.g. Ágora Bogotá.';


--
-- Name: COLUMN venues.address; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.address IS 'Street address.';


--
-- Name: COLUMN venues.city; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.city IS 'City, e.g. Bogotá or Medellín.';


--
-- Name: COLUMN venues.capacity; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.capacity IS 'Maximum audience.';


--
-- Name: COLUMN venues.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.created_at IS 'When the venue was added.';


--
-- Name: COLUMN venues.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.updated_at IS 'When the venue was last changed.';


--
-- Name: COLUMN venues.layout_notes; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.venues.layout_notes IS 'How the space is laid out for a show (runway length, backstage, load-in, seating), up to 5,000 characters.';


--
-- Name: whatsapp_templates; Type: TABLE; Schema: app_public; Owner: -
--

CREATE TABLE app_public.whatsapp_templates (
    id uuid DEFAULT gen_random_uuid() NOT NULL,
    organization_id uuid NOT NULL,
    purpose text NOT NULL,
    name text NOT NULL,
    language_code text DEFAULT 'es_CO'::text NOT NULL,
    created_at timestamp with time zone DEFAULT now() NOT NULL,
    updated_at timestamp with time zone DEFAULT now() NOT NULL,
    CONSTRAINT whatsapp_templates_language_code_check CHECK ((language_code = ANY (ARRAY['es_CO'::text, 'es'::text, 'es_AR'::text, 'es_ES'::text, 'es_MX'::text, 'en'::text, 'en_US'::text, 'en_GB'::text]))),
    CONSTRAINT whatsapp_templates_name_check CHECK (((name ~ '^[a-z0-9_]+$'::text) AND (length(name) <= 512))),
    CONSTRAINT whatsapp_templates_purpose_check CHECK ((purpose = ANY (ARRAY['casting_invitation'::text, 'casting_reminder'::text, 'call_sheet'::text])))
);


--
-- Name: TABLE whatsapp_templates; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON TABLE app_public.whatsapp_templates IS 'The WhatsApp message templates an organization had approved in its WhatsApp Manager, per purpose. Without a row FashionOS sends the default (casting_invitation: invitacion_casting, es_CO). Owners and admins keep them; every member reads them.';


--
-- Name: COLUMN whatsapp_templates.id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.whatsapp_templates.id IS 'Unique identifier of the template setting.';


--
-- Name: COLUMN whatsapp_templates.organization_id; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.whatsapp_templates.organization_id IS 'The organization.';


--
-- Name: COLUMN whatsapp_templates.purpose; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.whatsapp_templates.purpose IS 'What the template is for: casting_invitation (body {{1}} name, {{2}} event, {{3}} date; quick-reply buttons Sí / No), casting_reminder, call_sheet.';


--
-- Name: COLUMN whatsapp_templates.name; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.whatsapp_templates.name IS 'The template''s name exactly as approved by Meta (lower case letters, digits and underscores).';


--
-- Name: COLUMN whatsapp_templates.language_code; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.whatsapp_templates.language_code IS 'The language it was approved in, as Meta writes it: es_CO, es, es_AR, es_ES, es_MX, en, en_US or en_GB.';


--
-- Name: COLUMN whatsapp_templates.created_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.whatsapp_templates.created_at IS 'When it was added.';


--
-- Name: COLUMN whatsapp_templates.updated_at; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON COLUMN app_public.whatsapp_templates.updated_at IS 'When it was last changed.';


--
-- Name: account_mail_rate account_mail_rate_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.account_mail_rate
    ADD CONSTRAINT account_mail_rate_pkey PRIMARY KEY (id);


--
-- Name: agent_limits agent_limits_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.agent_limits
    ADD CONSTRAINT agent_limits_pkey PRIMARY KEY (id);


--
-- Name: box_office_keys box_office_keys_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.box_office_keys
    ADD CONSTRAINT box_office_keys_pkey PRIMARY KEY (id);


--
-- Name: email_verification_tokens email_verification_tokens_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.email_verification_tokens
    ADD CONSTRAINT email_verification_tokens_pkey PRIMARY KEY (id);


--
-- Name: email_verification_tokens email_verification_tokens_token_hash_key; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.email_verification_tokens
    ADD CONSTRAINT email_verification_tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: identity_settings identity_settings_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.identity_settings
    ADD CONSTRAINT identity_settings_pkey PRIMARY KEY (id);


--
-- Name: identity_subjects identity_subjects_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.identity_subjects
    ADD CONSTRAINT identity_subjects_pkey PRIMARY KEY (subject);


--
-- Name: identity_webhook_deliveries identity_webhook_deliveries_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.identity_webhook_deliveries
    ADD CONSTRAINT identity_webhook_deliveries_pkey PRIMARY KEY (svix_id);


--
-- Name: invitation_limits invitation_limits_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.invitation_limits
    ADD CONSTRAINT invitation_limits_pkey PRIMARY KEY (id);


--
-- Name: invitation_log invitation_log_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.invitation_log
    ADD CONSTRAINT invitation_log_pkey PRIMARY KEY (id);


--
-- Name: invitation_tokens invitation_tokens_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.invitation_tokens
    ADD CONSTRAINT invitation_tokens_pkey PRIMARY KEY (invitation_id);


--
-- Name: invitation_tokens invitation_tokens_token_hash_key; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.invitation_tokens
    ADD CONSTRAINT invitation_tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: outbox_daily_counts outbox_daily_counts_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.outbox_daily_counts
    ADD CONSTRAINT outbox_daily_counts_pkey PRIMARY KEY (organization_id, day);


--
-- Name: outbox_keys outbox_keys_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.outbox_keys
    ADD CONSTRAINT outbox_keys_pkey PRIMARY KEY (id);


--
-- Name: outbox_settings outbox_settings_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.outbox_settings
    ADD CONSTRAINT outbox_settings_pkey PRIMARY KEY (organization_id);


--
-- Name: password_reset_tokens password_reset_tokens_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.password_reset_tokens
    ADD CONSTRAINT password_reset_tokens_pkey PRIMARY KEY (id);


--
-- Name: password_reset_tokens password_reset_tokens_token_hash_key; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.password_reset_tokens
    ADD CONSTRAINT password_reset_tokens_token_hash_key UNIQUE (token_hash);


--
-- Name: pending_registrations pending_registrations_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.pending_registrations
    ADD CONSTRAINT pending_registrations_pkey PRIMARY KEY (id);


--
-- Name: pending_registrations pending_registrations_token_hash_key; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.pending_registrations
    ADD CONSTRAINT pending_registrations_token_hash_key UNIQUE (token_hash);


--
-- Name: profile_secrets profile_secrets_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.profile_secrets
    ADD CONSTRAINT profile_secrets_pkey PRIMARY KEY (profile_id);


--
-- Name: rate_limits rate_limits_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.rate_limits
    ADD CONSTRAINT rate_limits_pkey PRIMARY KEY (key);


--
-- Name: registration_notices registration_notices_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.registration_notices
    ADD CONSTRAINT registration_notices_pkey PRIMARY KEY (profile_id);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (id);


--
-- Name: sign_in_failures sign_in_failures_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.sign_in_failures
    ADD CONSTRAINT sign_in_failures_pkey PRIMARY KEY (email_digest);


--
-- Name: whatsapp_inbound whatsapp_inbound_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.whatsapp_inbound
    ADD CONSTRAINT whatsapp_inbound_pkey PRIMARY KEY (provider_message_id);


--
-- Name: whatsapp_opt_outs whatsapp_opt_outs_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.whatsapp_opt_outs
    ADD CONSTRAINT whatsapp_opt_outs_pkey PRIMARY KEY (number);


--
-- Name: wompi_events wompi_events_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.wompi_events
    ADD CONSTRAINT wompi_events_pkey PRIMARY KEY (checksum);


--
-- Name: worker_heartbeats worker_heartbeats_pkey; Type: CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.worker_heartbeats
    ADD CONSTRAINT worker_heartbeats_pkey PRIMARY KEY (worker_id);


--
-- Name: agent_runs agent_runs_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.agent_runs
    ADD CONSTRAINT agent_runs_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: agent_runs agent_runs_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.agent_runs
    ADD CONSTRAINT agent_runs_pkey PRIMARY KEY (id);


--
-- Name: ai_agent_logs ai_agent_logs_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ai_agent_logs
    ADD CONSTRAINT ai_agent_logs_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_access_hash_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.bookings
    ADD CONSTRAINT bookings_access_hash_key UNIQUE (access_hash);


--
-- Name: CONSTRAINT bookings_access_hash_key ON bookings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT bookings_access_hash_key ON app_public.bookings IS '@behavior -*';


--
-- Name: bookings bookings_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.bookings
    ADD CONSTRAINT bookings_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: bookings bookings_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.bookings
    ADD CONSTRAINT bookings_pkey PRIMARY KEY (id);


--
-- Name: bookings bookings_reference_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.bookings
    ADD CONSTRAINT bookings_reference_key UNIQUE (reference);


--
-- Name: casting_briefs casting_briefs_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.casting_briefs
    ADD CONSTRAINT casting_briefs_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: casting_briefs casting_briefs_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.casting_briefs
    ADD CONSTRAINT casting_briefs_pkey PRIMARY KEY (id);


--
-- Name: communication_opt_outs communication_opt_outs_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.communication_opt_outs
    ADD CONSTRAINT communication_opt_outs_pkey PRIMARY KEY (id);


--
-- Name: designers designers_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.designers
    ADD CONSTRAINT designers_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: designers designers_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.designers
    ADD CONSTRAINT designers_pkey PRIMARY KEY (id);


--
-- Name: email_drafts email_drafts_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.email_drafts
    ADD CONSTRAINT email_drafts_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: email_drafts email_drafts_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.email_drafts
    ADD CONSTRAINT email_drafts_pkey PRIMARY KEY (id);


--
-- Name: event_budgets event_budgets_event_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_budgets
    ADD CONSTRAINT event_budgets_event_id_key UNIQUE (event_id);


--
-- Name: event_budgets event_budgets_event_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_budgets
    ADD CONSTRAINT event_budgets_event_id_organization_id_key UNIQUE (event_id, organization_id);


--
-- Name: event_budgets event_budgets_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_budgets
    ADD CONSTRAINT event_budgets_pkey PRIMARY KEY (id);


--
-- Name: event_designers event_designers_event_id_designer_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_designers
    ADD CONSTRAINT event_designers_event_id_designer_id_key UNIQUE (event_id, designer_id);


--
-- Name: event_designers event_designers_event_id_show_order_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_designers
    ADD CONSTRAINT event_designers_event_id_show_order_key UNIQUE (event_id, show_order) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: event_designers event_designers_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_designers
    ADD CONSTRAINT event_designers_pkey PRIMARY KEY (id);


--
-- Name: event_health_reports event_health_reports_event_id_report_date_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_health_reports
    ADD CONSTRAINT event_health_reports_event_id_report_date_key UNIQUE (event_id, report_date);


--
-- Name: event_health_reports event_health_reports_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_health_reports
    ADD CONSTRAINT event_health_reports_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: event_health_reports event_health_reports_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_health_reports
    ADD CONSTRAINT event_health_reports_pkey PRIMARY KEY (id);


--
-- Name: events events_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.events
    ADD CONSTRAINT events_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: events events_organization_id_slug_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.events
    ADD CONSTRAINT events_organization_id_slug_key UNIQUE (organization_id, slug);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: files files_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.files
    ADD CONSTRAINT files_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: files files_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.files
    ADD CONSTRAINT files_pkey PRIMARY KEY (id);


--
-- Name: guest_contacts guest_contacts_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_contacts
    ADD CONSTRAINT guest_contacts_pkey PRIMARY KEY (guest_id);


--
-- Name: guest_invitations guest_invitations_door_code_hash_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_door_code_hash_key UNIQUE (door_code_hash);


--
-- Name: CONSTRAINT guest_invitations_door_code_hash_key ON guest_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT guest_invitations_door_code_hash_key ON app_public.guest_invitations IS '@behavior -*';


--
-- Name: guest_invitations guest_invitations_event_id_guest_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_event_id_guest_id_key UNIQUE (event_id, guest_id);


--
-- Name: guest_invitations guest_invitations_id_event_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_id_event_id_key UNIQUE (id, event_id);


--
-- Name: guest_invitations guest_invitations_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: guest_invitations guest_invitations_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_pkey PRIMARY KEY (id);


--
-- Name: guest_invitations guest_invitations_rsvp_hash_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_rsvp_hash_key UNIQUE (rsvp_hash);


--
-- Name: CONSTRAINT guest_invitations_rsvp_hash_key ON guest_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT guest_invitations_rsvp_hash_key ON app_public.guest_invitations IS '@behavior -*';


--
-- Name: guests guests_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guests
    ADD CONSTRAINT guests_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: guests guests_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guests
    ADD CONSTRAINT guests_pkey PRIMARY KEY (id);


--
-- Name: inbox_messages inbox_messages_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.inbox_messages
    ADD CONSTRAINT inbox_messages_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: inbox_messages inbox_messages_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.inbox_messages
    ADD CONSTRAINT inbox_messages_pkey PRIMARY KEY (id);


--
-- Name: inbox_messages inbox_messages_provider_message_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.inbox_messages
    ADD CONSTRAINT inbox_messages_provider_message_id_key UNIQUE (provider_message_id);


--
-- Name: looks looks_event_id_sequence_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_event_id_sequence_key UNIQUE (event_id, sequence) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: looks looks_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: looks looks_one_closing_per_designer; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_one_closing_per_designer EXCLUDE USING btree (event_id WITH =, designer_id WITH =) WHERE ((fixed_position = 'closing'::text)) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: looks looks_one_finale_per_event; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_one_finale_per_event EXCLUDE USING btree (event_id WITH =) WHERE ((fixed_position = 'finale'::text)) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: looks looks_one_opening_per_designer; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_one_opening_per_designer EXCLUDE USING btree (event_id WITH =, designer_id WITH =) WHERE ((fixed_position = 'opening'::text)) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: looks looks_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_pkey PRIMARY KEY (id);


--
-- Name: memberships memberships_organization_id_profile_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.memberships
    ADD CONSTRAINT memberships_organization_id_profile_id_key UNIQUE (organization_id, profile_id);


--
-- Name: memberships memberships_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.memberships
    ADD CONSTRAINT memberships_pkey PRIMARY KEY (id);


--
-- Name: model_castings model_castings_event_id_talent_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.model_castings
    ADD CONSTRAINT model_castings_event_id_talent_id_key UNIQUE (event_id, talent_id);


--
-- Name: model_castings model_castings_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.model_castings
    ADD CONSTRAINT model_castings_pkey PRIMARY KEY (id);


--
-- Name: notifications notifications_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.notifications
    ADD CONSTRAINT notifications_pkey PRIMARY KEY (id);


--
-- Name: organization_invitations organization_invitations_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.organization_invitations
    ADD CONSTRAINT organization_invitations_pkey PRIMARY KEY (id);


--
-- Name: organizations organizations_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.organizations
    ADD CONSTRAINT organizations_pkey PRIMARY KEY (id);


--
-- Name: organizations organizations_slug_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.organizations
    ADD CONSTRAINT organizations_slug_key UNIQUE (slug);


--
-- Name: outbound_messages outbound_messages_idempotent; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_idempotent UNIQUE (cause_kind, cause_id, channel, recipient_kind, recipient_id, template_key);


--
-- Name: outbound_messages outbound_messages_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_pkey PRIMARY KEY (id);


--
-- Name: payments payments_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.payments
    ADD CONSTRAINT payments_pkey PRIMARY KEY (id);


--
-- Name: payments payments_provider_provider_transaction_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.payments
    ADD CONSTRAINT payments_provider_provider_transaction_id_key UNIQUE (provider, provider_transaction_id);


--
-- Name: profiles profiles_auth_subject_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.profiles
    ADD CONSTRAINT profiles_auth_subject_key UNIQUE (auth_subject);


--
-- Name: profiles profiles_email_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.profiles
    ADD CONSTRAINT profiles_email_key UNIQUE (email);


--
-- Name: profiles profiles_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.profiles
    ADD CONSTRAINT profiles_pkey PRIMARY KEY (id);


--
-- Name: runway_schedules runway_schedules_event_id_version_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_schedules
    ADD CONSTRAINT runway_schedules_event_id_version_key UNIQUE (event_id, version);


--
-- Name: runway_schedules runway_schedules_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_schedules
    ADD CONSTRAINT runway_schedules_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: runway_schedules runway_schedules_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_schedules
    ADD CONSTRAINT runway_schedules_pkey PRIMARY KEY (id);


--
-- Name: runway_slots runway_slots_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_slots
    ADD CONSTRAINT runway_slots_pkey PRIMARY KEY (id);


--
-- Name: runway_slots runway_slots_schedule_id_sequence_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_slots
    ADD CONSTRAINT runway_slots_schedule_id_sequence_key UNIQUE (schedule_id, sequence) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: seat_assignments seat_assignments_person_once; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seat_assignments
    ADD CONSTRAINT seat_assignments_person_once UNIQUE (invitation_id, plus_one);


--
-- Name: seat_assignments seat_assignments_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seat_assignments
    ADD CONSTRAINT seat_assignments_pkey PRIMARY KEY (id);


--
-- Name: seat_assignments seat_assignments_seat_once; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seat_assignments
    ADD CONSTRAINT seat_assignments_seat_once UNIQUE (event_id, seat_id);


--
-- Name: seats seats_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seats
    ADD CONSTRAINT seats_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: seats seats_layout_id_section_row_label_seat_number_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seats
    ADD CONSTRAINT seats_layout_id_section_row_label_seat_number_key UNIQUE (layout_id, section, row_label, seat_number);


--
-- Name: seats seats_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seats
    ADD CONSTRAINT seats_pkey PRIMARY KEY (id);


--
-- Name: sponsors sponsors_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.sponsors
    ADD CONSTRAINT sponsors_pkey PRIMARY KEY (id);


--
-- Name: talent_availability talent_availability_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_availability
    ADD CONSTRAINT talent_availability_pkey PRIMARY KEY (id);


--
-- Name: talent_contacts talent_contacts_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_contacts
    ADD CONSTRAINT talent_contacts_pkey PRIMARY KEY (talent_id);


--
-- Name: talent talent_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent
    ADD CONSTRAINT talent_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: talent_photos talent_photos_file_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_photos
    ADD CONSTRAINT talent_photos_file_id_key UNIQUE (file_id);


--
-- Name: talent_photos talent_photos_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_photos
    ADD CONSTRAINT talent_photos_pkey PRIMARY KEY (id);


--
-- Name: talent talent_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent
    ADD CONSTRAINT talent_pkey PRIMARY KEY (id);


--
-- Name: ticket_check_ins ticket_check_ins_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_check_ins
    ADD CONSTRAINT ticket_check_ins_pkey PRIMARY KEY (id);


--
-- Name: ticket_tiers ticket_tiers_event_id_name_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_tiers
    ADD CONSTRAINT ticket_tiers_event_id_name_key UNIQUE (event_id, name);


--
-- Name: ticket_tiers ticket_tiers_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_tiers
    ADD CONSTRAINT ticket_tiers_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: ticket_tiers ticket_tiers_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_tiers
    ADD CONSTRAINT ticket_tiers_pkey PRIMARY KEY (id);


--
-- Name: tickets tickets_booking_id_seat_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.tickets
    ADD CONSTRAINT tickets_booking_id_seat_key UNIQUE (booking_id, seat);


--
-- Name: tickets tickets_code_hash_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.tickets
    ADD CONSTRAINT tickets_code_hash_key UNIQUE (code_hash);


--
-- Name: CONSTRAINT tickets_code_hash_key ON tickets; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT tickets_code_hash_key ON app_public.tickets IS '@behavior -*';


--
-- Name: tickets tickets_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.tickets
    ADD CONSTRAINT tickets_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: tickets tickets_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.tickets
    ADD CONSTRAINT tickets_pkey PRIMARY KEY (id);


--
-- Name: vendor_availability vendor_availability_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_availability
    ADD CONSTRAINT vendor_availability_pkey PRIMARY KEY (id);


--
-- Name: vendor_availability vendor_availability_vendor_id_event_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_availability
    ADD CONSTRAINT vendor_availability_vendor_id_event_id_key UNIQUE (vendor_id, event_id);


--
-- Name: vendor_recommendations vendor_recommendations_event_id_vendor_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_recommendations
    ADD CONSTRAINT vendor_recommendations_event_id_vendor_id_key UNIQUE (event_id, vendor_id);


--
-- Name: vendor_recommendations vendor_recommendations_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_recommendations
    ADD CONSTRAINT vendor_recommendations_pkey PRIMARY KEY (id);


--
-- Name: vendors vendors_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendors
    ADD CONSTRAINT vendors_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: vendors vendors_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendors
    ADD CONSTRAINT vendors_pkey PRIMARY KEY (id);


--
-- Name: venue_layouts venue_layouts_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.venue_layouts
    ADD CONSTRAINT venue_layouts_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: venue_layouts venue_layouts_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.venue_layouts
    ADD CONSTRAINT venue_layouts_pkey PRIMARY KEY (id);


--
-- Name: venues venues_id_organization_id_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.venues
    ADD CONSTRAINT venues_id_organization_id_key UNIQUE (id, organization_id);


--
-- Name: venues venues_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.venues
    ADD CONSTRAINT venues_pkey PRIMARY KEY (id);


--
-- Name: whatsapp_templates whatsapp_templates_organization_id_purpose_key; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.whatsapp_templates
    ADD CONSTRAINT whatsapp_templates_organization_id_purpose_key UNIQUE (organization_id, purpose);


--
-- Name: whatsapp_templates whatsapp_templates_pkey; Type: CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.whatsapp_templates
    ADD CONSTRAINT whatsapp_templates_pkey PRIMARY KEY (id);


--
-- Name: email_verification_tokens_profile_id_created_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX email_verification_tokens_profile_id_created_at_idx ON app_private.email_verification_tokens USING btree (profile_id, created_at);


--
-- Name: identity_webhook_deliveries_received_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX identity_webhook_deliveries_received_at_idx ON app_private.identity_webhook_deliveries USING btree (received_at);


--
-- Name: invitation_log_created_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX invitation_log_created_at_idx ON app_private.invitation_log USING btree (created_at);


--
-- Name: invitation_log_inviter_created_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX invitation_log_inviter_created_at_idx ON app_private.invitation_log USING btree (inviter, created_at);


--
-- Name: invitation_log_organization_id_created_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX invitation_log_organization_id_created_at_idx ON app_private.invitation_log USING btree (organization_id, created_at);


--
-- Name: invitation_log_recipient_digest_created_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX invitation_log_recipient_digest_created_at_idx ON app_private.invitation_log USING btree (recipient_digest, created_at);


--
-- Name: password_reset_tokens_profile_id_created_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX password_reset_tokens_profile_id_created_at_idx ON app_private.password_reset_tokens USING btree (profile_id, created_at);


--
-- Name: pending_registrations_email_created_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX pending_registrations_email_created_at_idx ON app_private.pending_registrations USING btree (email, created_at);


--
-- Name: sessions_profile_id_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX sessions_profile_id_idx ON app_private.sessions USING btree (profile_id);


--
-- Name: sign_in_failures_last_failed_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX sign_in_failures_last_failed_at_idx ON app_private.sign_in_failures USING btree (last_failed_at);


--
-- Name: whatsapp_inbound_from_number_sent_at_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX whatsapp_inbound_from_number_sent_at_idx ON app_private.whatsapp_inbound USING btree (from_number, sent_at DESC);


--
-- Name: whatsapp_inbound_organization_id_idx; Type: INDEX; Schema: app_private; Owner: -
--

CREATE INDEX whatsapp_inbound_organization_id_idx ON app_private.whatsapp_inbound USING btree (organization_id);


--
-- Name: agent_runs_active_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX agent_runs_active_organization_id_idx ON app_public.agent_runs USING btree (organization_id) WHERE (status = ANY (ARRAY['queued'::text, 'running'::text]));


--
-- Name: agent_runs_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX agent_runs_event_id_organization_id_idx ON app_public.agent_runs USING btree (event_id, organization_id);


--
-- Name: agent_runs_one_active_per_brief; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX agent_runs_one_active_per_brief ON app_public.agent_runs USING btree (agent_type, ((input ->> 'briefId'::text))) WHERE ((status = ANY (ARRAY['queued'::text, 'running'::text])) AND (input ? 'briefId'::text));


--
-- Name: agent_runs_one_active_runway_per_event; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX agent_runs_one_active_runway_per_event ON app_public.agent_runs USING btree (event_id) WHERE ((agent_type = 'runway_timing'::text) AND (status = ANY (ARRAY['queued'::text, 'running'::text])));


--
-- Name: agent_runs_one_active_vendor_request; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX agent_runs_one_active_vendor_request ON app_public.agent_runs USING btree (((input ->> 'vendorRequest'::text))) WHERE ((status = ANY (ARRAY['queued'::text, 'running'::text])) AND (input ? 'vendorRequest'::text));


--
-- Name: agent_runs_organization_id_created_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX agent_runs_organization_id_created_at_idx ON app_public.agent_runs USING btree (organization_id, created_at DESC);


--
-- Name: agent_runs_requested_by_created_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX agent_runs_requested_by_created_at_idx ON app_public.agent_runs USING btree (requested_by, created_at);


--
-- Name: agent_runs_requested_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX agent_runs_requested_by_idx ON app_public.agent_runs USING btree (requested_by);


--
-- Name: ai_agent_logs_agent_run_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ai_agent_logs_agent_run_id_idx ON app_public.ai_agent_logs USING btree (agent_run_id);


--
-- Name: ai_agent_logs_created_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ai_agent_logs_created_at_idx ON app_public.ai_agent_logs USING btree (created_at DESC);


--
-- Name: ai_agent_logs_event_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ai_agent_logs_event_id_idx ON app_public.ai_agent_logs USING btree (event_id);


--
-- Name: ai_agent_logs_organization_id_created_at_cost_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ai_agent_logs_organization_id_created_at_cost_idx ON app_public.ai_agent_logs USING btree (organization_id, created_at) INCLUDE (cost_usd);


--
-- Name: bookings_closed_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX bookings_closed_by_idx ON app_public.bookings USING btree (closed_by);


--
-- Name: bookings_event_created_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX bookings_event_created_idx ON app_public.bookings USING btree (event_id, created_at);


--
-- Name: bookings_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX bookings_event_id_organization_id_idx ON app_public.bookings USING btree (event_id, organization_id);


--
-- Name: bookings_event_id_status_covering_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX bookings_event_id_status_covering_idx ON app_public.bookings USING btree (event_id, status) INCLUDE (organization_id, profile_id, quantity, total_cop);


--
-- Name: bookings_one_reservation_per_buyer; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX bookings_one_reservation_per_buyer ON app_public.bookings USING btree (tier_id, buyer_email) WHERE (status = 'pending'::text);


--
-- Name: bookings_organization_id_status_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX bookings_organization_id_status_idx ON app_public.bookings USING btree (organization_id, status);


--
-- Name: bookings_pending_expiry; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX bookings_pending_expiry ON app_public.bookings USING btree (expires_at) WHERE (status = 'pending'::text);


--
-- Name: bookings_profile_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX bookings_profile_id_idx ON app_public.bookings USING btree (profile_id);


--
-- Name: bookings_tier_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX bookings_tier_id_organization_id_idx ON app_public.bookings USING btree (tier_id, organization_id);


--
-- Name: casting_briefs_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX casting_briefs_event_id_organization_id_idx ON app_public.casting_briefs USING btree (event_id, organization_id);


--
-- Name: casting_briefs_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX casting_briefs_organization_id_idx ON app_public.casting_briefs USING btree (organization_id);


--
-- Name: communication_opt_outs_address_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX communication_opt_outs_address_idx ON app_public.communication_opt_outs USING btree (organization_id, channel, lower(address));


--
-- Name: communication_opt_outs_message_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX communication_opt_outs_message_id_idx ON app_public.communication_opt_outs USING btree (message_id);


--
-- Name: communication_opt_outs_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX communication_opt_outs_organization_id_idx ON app_public.communication_opt_outs USING btree (organization_id);


--
-- Name: communication_opt_outs_recipient_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX communication_opt_outs_recipient_idx ON app_public.communication_opt_outs USING btree (recipient_id, channel);


--
-- Name: communication_opt_outs_talent_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX communication_opt_outs_talent_id_idx ON app_public.communication_opt_outs USING btree (talent_id, organization_id);


--
-- Name: designers_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX designers_organization_id_idx ON app_public.designers USING btree (organization_id);


--
-- Name: email_drafts_agent_run_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX email_drafts_agent_run_id_idx ON app_public.email_drafts USING btree (agent_run_id, organization_id);


--
-- Name: email_drafts_approved_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX email_drafts_approved_by_idx ON app_public.email_drafts USING btree (approved_by);


--
-- Name: email_drafts_event_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX email_drafts_event_id_idx ON app_public.email_drafts USING btree (event_id, organization_id);


--
-- Name: email_drafts_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX email_drafts_organization_id_idx ON app_public.email_drafts USING btree (organization_id);


--
-- Name: email_drafts_requested_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX email_drafts_requested_by_idx ON app_public.email_drafts USING btree (requested_by);


--
-- Name: event_budgets_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX event_budgets_organization_id_idx ON app_public.event_budgets USING btree (organization_id);


--
-- Name: event_designers_designer_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX event_designers_designer_id_organization_id_idx ON app_public.event_designers USING btree (designer_id, organization_id);


--
-- Name: event_designers_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX event_designers_event_id_organization_id_idx ON app_public.event_designers USING btree (event_id, organization_id);


--
-- Name: event_designers_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX event_designers_organization_id_idx ON app_public.event_designers USING btree (organization_id);


--
-- Name: event_health_reports_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX event_health_reports_event_id_organization_id_idx ON app_public.event_health_reports USING btree (event_id, organization_id);


--
-- Name: event_health_reports_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX event_health_reports_organization_id_idx ON app_public.event_health_reports USING btree (organization_id, report_date DESC);


--
-- Name: event_health_reports_summary_run_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX event_health_reports_summary_run_id_idx ON app_public.event_health_reports USING btree (summary_run_id);


--
-- Name: events_cover_file_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX events_cover_file_id_idx ON app_public.events USING btree (cover_file_id, organization_id);


--
-- Name: events_metadata_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX events_metadata_idx ON app_public.events USING gin (metadata);


--
-- Name: events_organization_id_starts_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX events_organization_id_starts_at_idx ON app_public.events USING btree (organization_id, starts_at);


--
-- Name: events_organizer_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX events_organizer_id_idx ON app_public.events USING btree (organizer_id);


--
-- Name: events_starts_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX events_starts_at_idx ON app_public.events USING btree (starts_at) WHERE ((status = 'published'::text) AND is_public);


--
-- Name: events_venue_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX events_venue_id_organization_id_idx ON app_public.events USING btree (venue_id, organization_id);


--
-- Name: events_venue_layout_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX events_venue_layout_idx ON app_public.events USING btree (venue_layout_id, organization_id);


--
-- Name: files_created_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX files_created_at_idx ON app_public.files USING btree (created_at) WHERE (attached_at IS NULL);


--
-- Name: files_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX files_organization_id_idx ON app_public.files USING btree (organization_id);


--
-- Name: guest_contacts_guest_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX guest_contacts_guest_id_organization_id_idx ON app_public.guest_contacts USING btree (guest_id, organization_id);


--
-- Name: guest_contacts_organization_email_key; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX guest_contacts_organization_email_key ON app_public.guest_contacts USING btree (organization_id, email);


--
-- Name: guest_contacts_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX guest_contacts_organization_id_idx ON app_public.guest_contacts USING btree (organization_id);


--
-- Name: guest_invitations_checked_in_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX guest_invitations_checked_in_by_idx ON app_public.guest_invitations USING btree (checked_in_by);


--
-- Name: guest_invitations_event_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX guest_invitations_event_idx ON app_public.guest_invitations USING btree (event_id, organization_id, status);


--
-- Name: guest_invitations_guest_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX guest_invitations_guest_idx ON app_public.guest_invitations USING btree (guest_id, organization_id);


--
-- Name: guest_invitations_invited_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX guest_invitations_invited_by_idx ON app_public.guest_invitations USING btree (invited_by);


--
-- Name: guest_invitations_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX guest_invitations_organization_id_idx ON app_public.guest_invitations USING btree (organization_id);


--
-- Name: guests_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX guests_organization_id_idx ON app_public.guests USING btree (organization_id, category, tier);


--
-- Name: inbox_messages_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX inbox_messages_event_id_organization_id_idx ON app_public.inbox_messages USING btree (event_id, organization_id);


--
-- Name: inbox_messages_model_casting_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX inbox_messages_model_casting_id_idx ON app_public.inbox_messages USING btree (model_casting_id);


--
-- Name: inbox_messages_organization_id_sent_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX inbox_messages_organization_id_sent_at_idx ON app_public.inbox_messages USING btree (organization_id, sent_at DESC);


--
-- Name: inbox_messages_talent_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX inbox_messages_talent_id_organization_id_idx ON app_public.inbox_messages USING btree (talent_id, organization_id);


--
-- Name: looks_designer_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX looks_designer_id_organization_id_idx ON app_public.looks USING btree (designer_id, organization_id);


--
-- Name: looks_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX looks_event_id_organization_id_idx ON app_public.looks USING btree (event_id, organization_id);


--
-- Name: looks_event_id_talent_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX looks_event_id_talent_id_idx ON app_public.looks USING btree (event_id, talent_id);


--
-- Name: looks_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX looks_organization_id_idx ON app_public.looks USING btree (organization_id);


--
-- Name: looks_photo_file_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX looks_photo_file_id_idx ON app_public.looks USING btree (photo_file_id, organization_id);


--
-- Name: memberships_profile_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX memberships_profile_id_idx ON app_public.memberships USING btree (profile_id);


--
-- Name: model_castings_agent_run_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX model_castings_agent_run_id_organization_id_idx ON app_public.model_castings USING btree (agent_run_id, organization_id);


--
-- Name: model_castings_brief_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX model_castings_brief_id_organization_id_idx ON app_public.model_castings USING btree (brief_id, organization_id);


--
-- Name: model_castings_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX model_castings_event_id_organization_id_idx ON app_public.model_castings USING btree (event_id, organization_id);


--
-- Name: model_castings_event_id_status_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX model_castings_event_id_status_idx ON app_public.model_castings USING btree (event_id, status) INCLUDE (organization_id);


--
-- Name: model_castings_organization_id_status_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX model_castings_organization_id_status_idx ON app_public.model_castings USING btree (organization_id, status);


--
-- Name: model_castings_talent_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX model_castings_talent_id_organization_id_idx ON app_public.model_castings USING btree (talent_id, organization_id);


--
-- Name: notifications_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX notifications_event_id_organization_id_idx ON app_public.notifications USING btree (event_id, organization_id);


--
-- Name: notifications_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX notifications_organization_id_idx ON app_public.notifications USING btree (organization_id);


--
-- Name: notifications_profile_id_created_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX notifications_profile_id_created_at_idx ON app_public.notifications USING btree (profile_id, created_at DESC);


--
-- Name: notifications_report_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX notifications_report_id_organization_id_idx ON app_public.notifications USING btree (report_id, organization_id);


--
-- Name: organization_invitations_accepted_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX organization_invitations_accepted_by_idx ON app_public.organization_invitations USING btree (accepted_by);


--
-- Name: organization_invitations_invited_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX organization_invitations_invited_by_idx ON app_public.organization_invitations USING btree (invited_by);


--
-- Name: organization_invitations_open_per_email; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX organization_invitations_open_per_email ON app_public.organization_invitations USING btree (organization_id, email) WHERE ((accepted_at IS NULL) AND (revoked_at IS NULL));


--
-- Name: organization_invitations_organization_id_created_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX organization_invitations_organization_id_created_at_idx ON app_public.organization_invitations USING btree (organization_id, created_at);


--
-- Name: organization_invitations_revoked_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX organization_invitations_revoked_by_idx ON app_public.organization_invitations USING btree (revoked_by);


--
-- Name: organizations_logo_file_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX organizations_logo_file_id_idx ON app_public.organizations USING btree (logo_file_id, id);


--
-- Name: outbound_messages_booking_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_booking_id_idx ON app_public.outbound_messages USING btree (booking_id, organization_id);


--
-- Name: outbound_messages_event_created_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_event_created_idx ON app_public.outbound_messages USING btree (event_id, created_at DESC);


--
-- Name: outbound_messages_event_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_event_id_idx ON app_public.outbound_messages USING btree (event_id, organization_id);


--
-- Name: outbound_messages_guest_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_guest_id_idx ON app_public.outbound_messages USING btree (guest_id, organization_id);


--
-- Name: outbound_messages_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_organization_id_idx ON app_public.outbound_messages USING btree (organization_id);


--
-- Name: outbound_messages_profile_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_profile_id_idx ON app_public.outbound_messages USING btree (profile_id);


--
-- Name: outbound_messages_provider_message_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX outbound_messages_provider_message_id_idx ON app_public.outbound_messages USING btree (channel, provider_message_id) WHERE (provider_message_id IS NOT NULL);


--
-- Name: outbound_messages_recipient_kind_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_recipient_kind_idx ON app_public.outbound_messages USING btree (organization_id, recipient_kind);


--
-- Name: outbound_messages_talent_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_talent_id_idx ON app_public.outbound_messages USING btree (talent_id, organization_id);


--
-- Name: outbound_messages_vendor_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX outbound_messages_vendor_id_idx ON app_public.outbound_messages USING btree (vendor_id, organization_id);


--
-- Name: payments_booking_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX payments_booking_id_organization_id_idx ON app_public.payments USING btree (booking_id, organization_id);


--
-- Name: payments_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX payments_organization_id_idx ON app_public.payments USING btree (organization_id, created_at);


--
-- Name: payments_profile_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX payments_profile_id_idx ON app_public.payments USING btree (profile_id);


--
-- Name: payments_recorded_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX payments_recorded_by_idx ON app_public.payments USING btree (recorded_by);


--
-- Name: payments_refund_of_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX payments_refund_of_idx ON app_public.payments USING btree (refund_of);


--
-- Name: payments_refunds_due_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX payments_refunds_due_idx ON app_public.payments USING btree (organization_id) WHERE ((kind = 'refund'::text) AND (status = 'PENDING'::text));


--
-- Name: runway_schedules_agent_run_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX runway_schedules_agent_run_id_organization_id_idx ON app_public.runway_schedules USING btree (agent_run_id, organization_id);


--
-- Name: runway_schedules_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX runway_schedules_event_id_organization_id_idx ON app_public.runway_schedules USING btree (event_id, organization_id);


--
-- Name: runway_schedules_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX runway_schedules_organization_id_idx ON app_public.runway_schedules USING btree (organization_id);


--
-- Name: runway_slots_look_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX runway_slots_look_id_organization_id_idx ON app_public.runway_slots USING btree (look_id, organization_id);


--
-- Name: runway_slots_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX runway_slots_organization_id_idx ON app_public.runway_slots USING btree (organization_id);


--
-- Name: runway_slots_schedule_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX runway_slots_schedule_id_organization_id_idx ON app_public.runway_slots USING btree (schedule_id, organization_id);


--
-- Name: runway_slots_schedule_id_talent_id_sequence_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX runway_slots_schedule_id_talent_id_sequence_idx ON app_public.runway_slots USING btree (schedule_id, talent_id, sequence);


--
-- Name: runway_slots_talent_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX runway_slots_talent_id_organization_id_idx ON app_public.runway_slots USING btree (talent_id, organization_id);


--
-- Name: seat_assignments_assigned_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX seat_assignments_assigned_by_idx ON app_public.seat_assignments USING btree (assigned_by);


--
-- Name: seat_assignments_event_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX seat_assignments_event_idx ON app_public.seat_assignments USING btree (event_id, organization_id);


--
-- Name: seat_assignments_invitation_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX seat_assignments_invitation_idx ON app_public.seat_assignments USING btree (invitation_id, event_id);


--
-- Name: seat_assignments_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX seat_assignments_organization_id_idx ON app_public.seat_assignments USING btree (organization_id);


--
-- Name: seat_assignments_seat_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX seat_assignments_seat_idx ON app_public.seat_assignments USING btree (seat_id, organization_id);


--
-- Name: seats_layout_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX seats_layout_idx ON app_public.seats USING btree (layout_id, organization_id);


--
-- Name: seats_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX seats_organization_id_idx ON app_public.seats USING btree (organization_id);


--
-- Name: sponsors_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX sponsors_event_id_organization_id_idx ON app_public.sponsors USING btree (event_id, organization_id);


--
-- Name: sponsors_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX sponsors_organization_id_idx ON app_public.sponsors USING btree (organization_id);


--
-- Name: talent_availability_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_availability_organization_id_idx ON app_public.talent_availability USING btree (organization_id);


--
-- Name: talent_availability_talent_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_availability_talent_id_organization_id_idx ON app_public.talent_availability USING btree (talent_id, organization_id);


--
-- Name: talent_availability_talent_id_period_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_availability_talent_id_period_idx ON app_public.talent_availability USING gist (talent_id, period);


--
-- Name: talent_contacts_document_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE UNIQUE INDEX talent_contacts_document_idx ON app_public.talent_contacts USING btree (organization_id, document_type, upper(document_number)) WHERE (document_number IS NOT NULL);


--
-- Name: talent_contacts_guardian_whatsapp_number_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_contacts_guardian_whatsapp_number_idx ON app_public.talent_contacts USING btree (app_private.whatsapp_number(guardian_phone));


--
-- Name: talent_contacts_organization_id_email_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_contacts_organization_id_email_idx ON app_public.talent_contacts USING btree (organization_id, email);


--
-- Name: talent_contacts_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_contacts_organization_id_idx ON app_public.talent_contacts USING btree (organization_id);


--
-- Name: talent_contacts_talent_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_contacts_talent_id_organization_id_idx ON app_public.talent_contacts USING btree (talent_id, organization_id);


--
-- Name: talent_contacts_whatsapp_number_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_contacts_whatsapp_number_idx ON app_public.talent_contacts USING btree (app_private.whatsapp_number(phone));


--
-- Name: talent_organization_id_city_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_organization_id_city_idx ON app_public.talent USING btree (organization_id, app_private.fold(city));


--
-- Name: talent_organization_id_created_at_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_organization_id_created_at_idx ON app_public.talent USING btree (organization_id, created_at, id);


--
-- Name: talent_organization_id_division_height_cm_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_organization_id_division_height_cm_idx ON app_public.talent USING btree (organization_id, division, height_cm);


--
-- Name: talent_organization_id_height_cm_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_organization_id_height_cm_idx ON app_public.talent USING btree (organization_id, height_cm, id);


--
-- Name: talent_organization_id_name_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_organization_id_name_idx ON app_public.talent USING btree (organization_id, name_key, id);


--
-- Name: talent_photos_file_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_photos_file_id_organization_id_idx ON app_public.talent_photos USING btree (file_id, organization_id);


--
-- Name: talent_photos_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_photos_organization_id_idx ON app_public.talent_photos USING btree (organization_id);


--
-- Name: talent_photos_talent_id_organization_id_position_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_photos_talent_id_organization_id_position_idx ON app_public.talent_photos USING btree (talent_id, organization_id, "position");


--
-- Name: talent_search_text_trgm_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX talent_search_text_trgm_idx ON app_public.talent USING gin (search_text public.gin_trgm_ops);


--
-- Name: ticket_check_ins_actor_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ticket_check_ins_actor_idx ON app_public.ticket_check_ins USING btree (actor_id);


--
-- Name: ticket_check_ins_event_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ticket_check_ins_event_idx ON app_public.ticket_check_ins USING btree (event_id, organization_id, recorded_at);


--
-- Name: ticket_check_ins_invitation_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ticket_check_ins_invitation_idx ON app_public.ticket_check_ins USING btree (invitation_id, organization_id);


--
-- Name: ticket_check_ins_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ticket_check_ins_organization_id_idx ON app_public.ticket_check_ins USING btree (organization_id);


--
-- Name: ticket_check_ins_ticket_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ticket_check_ins_ticket_idx ON app_public.ticket_check_ins USING btree (ticket_id, organization_id, scanned_at);


--
-- Name: ticket_tiers_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ticket_tiers_event_id_organization_id_idx ON app_public.ticket_tiers USING btree (event_id, organization_id);


--
-- Name: ticket_tiers_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX ticket_tiers_organization_id_idx ON app_public.ticket_tiers USING btree (organization_id);


--
-- Name: tickets_booking_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX tickets_booking_id_organization_id_idx ON app_public.tickets USING btree (booking_id, organization_id);


--
-- Name: tickets_checked_in_by_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX tickets_checked_in_by_idx ON app_public.tickets USING btree (checked_in_by);


--
-- Name: tickets_event_gate_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX tickets_event_gate_idx ON app_public.tickets USING btree (event_id, checked_in_gate) WHERE (checked_in_at IS NOT NULL);


--
-- Name: tickets_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX tickets_event_id_organization_id_idx ON app_public.tickets USING btree (event_id, organization_id);


--
-- Name: tickets_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX tickets_organization_id_idx ON app_public.tickets USING btree (organization_id);


--
-- Name: vendor_availability_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendor_availability_event_id_organization_id_idx ON app_public.vendor_availability USING btree (event_id, organization_id);


--
-- Name: vendor_availability_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendor_availability_organization_id_idx ON app_public.vendor_availability USING btree (organization_id);


--
-- Name: vendor_availability_vendor_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendor_availability_vendor_id_organization_id_idx ON app_public.vendor_availability USING btree (vendor_id, organization_id);


--
-- Name: vendor_availability_vendor_id_period_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendor_availability_vendor_id_period_idx ON app_public.vendor_availability USING gist (vendor_id, period);


--
-- Name: vendor_recommendations_agent_run_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendor_recommendations_agent_run_id_organization_id_idx ON app_public.vendor_recommendations USING btree (agent_run_id, organization_id);


--
-- Name: vendor_recommendations_event_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendor_recommendations_event_id_organization_id_idx ON app_public.vendor_recommendations USING btree (event_id, organization_id);


--
-- Name: vendor_recommendations_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendor_recommendations_organization_id_idx ON app_public.vendor_recommendations USING btree (organization_id);


--
-- Name: vendor_recommendations_vendor_id_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendor_recommendations_vendor_id_organization_id_idx ON app_public.vendor_recommendations USING btree (vendor_id, organization_id);


--
-- Name: vendors_organization_id_category_city_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX vendors_organization_id_category_city_idx ON app_public.vendors USING btree (organization_id, category, city);


--
-- Name: venue_layouts_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX venue_layouts_organization_id_idx ON app_public.venue_layouts USING btree (organization_id);


--
-- Name: venue_layouts_venue_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX venue_layouts_venue_idx ON app_public.venue_layouts USING btree (venue_id, organization_id);


--
-- Name: venues_organization_id_idx; Type: INDEX; Schema: app_public; Owner: -
--

CREATE INDEX venues_organization_id_idx ON app_public.venues USING btree (organization_id);


--
-- Name: bookings _040_event_open; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _040_event_open BEFORE INSERT ON app_public.bookings FOR EACH ROW EXECUTE FUNCTION app_private.tg_bookings__event_open();


--
-- Name: talent _050_consent_not_after_now; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_consent_not_after_now BEFORE INSERT OR UPDATE OF consent_granted_at ON app_public.talent FOR EACH ROW EXECUTE FUNCTION app_private.tg_talent__consent_not_after_now();


--
-- Name: bookings _050_defaults; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_defaults BEFORE INSERT ON app_public.bookings FOR EACH ROW EXECUTE FUNCTION app_private.tg_bookings__defaults();


--
-- Name: casting_briefs _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.casting_briefs FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: event_budgets _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.event_budgets FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: event_designers _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.event_designers FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: event_health_reports _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.event_health_reports FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: guest_contacts _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.guest_contacts FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('guests', 'guest_id');


--
-- Name: guest_invitations _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.guest_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: looks _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.looks FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: model_castings _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.model_castings FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: runway_schedules _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.runway_schedules FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: runway_slots _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.runway_slots FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('runway_schedules', 'schedule_id');


--
-- Name: seat_assignments _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.seat_assignments FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: seats _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.seats FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('venue_layouts', 'layout_id');


--
-- Name: sponsors _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.sponsors FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: talent_availability _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.talent_availability FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('talent', 'talent_id');


--
-- Name: talent_contacts _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.talent_contacts FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('talent', 'talent_id');


--
-- Name: talent_photos _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.talent_photos FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('talent', 'talent_id');


--
-- Name: ticket_tiers _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.ticket_tiers FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: vendor_availability _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.vendor_availability FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('vendors', 'vendor_id');


--
-- Name: vendor_recommendations _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.vendor_recommendations FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('events', 'event_id');


--
-- Name: venue_layouts _050_organization; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _050_organization BEFORE INSERT ON app_public.venue_layouts FOR EACH ROW EXECUTE FUNCTION app_private.tg__inherit_organization('venues', 'venue_id');


--
-- Name: organization_invitations _060_accepted_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_accepted_by_is_member BEFORE INSERT OR UPDATE OF accepted_by ON app_public.organization_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('accepted_by');


--
-- Name: ticket_check_ins _060_actor_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_actor_is_member BEFORE INSERT OR UPDATE OF actor_id ON app_public.ticket_check_ins FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('actor_id');


--
-- Name: email_drafts _060_approved_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_approved_by_is_member BEFORE INSERT OR UPDATE OF approved_by ON app_public.email_drafts FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('approved_by');


--
-- Name: seat_assignments _060_assigned_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_assigned_by_is_member BEFORE INSERT OR UPDATE OF assigned_by ON app_public.seat_assignments FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('assigned_by');


--
-- Name: guest_invitations _060_checked_in_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_checked_in_by_is_member BEFORE INSERT OR UPDATE OF checked_in_by ON app_public.guest_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('checked_in_by');


--
-- Name: tickets _060_checked_in_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_checked_in_by_is_member BEFORE INSERT OR UPDATE OF checked_in_by ON app_public.tickets FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('checked_in_by');


--
-- Name: bookings _060_closed_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_closed_by_is_member BEFORE INSERT OR UPDATE OF closed_by ON app_public.bookings FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('closed_by');


--
-- Name: guest_invitations _060_invited_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_invited_by_is_member BEFORE INSERT OR UPDATE OF invited_by ON app_public.guest_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('invited_by');


--
-- Name: organization_invitations _060_invited_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_invited_by_is_member BEFORE INSERT OR UPDATE OF invited_by ON app_public.organization_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('invited_by');


--
-- Name: events _060_organizer_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_organizer_is_member BEFORE INSERT OR UPDATE OF organizer_id ON app_public.events FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('organizer_id');


--
-- Name: payments _060_recorded_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_recorded_by_is_member BEFORE INSERT OR UPDATE OF recorded_by ON app_public.payments FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('recorded_by');


--
-- Name: agent_runs _060_requested_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_requested_by_is_member BEFORE INSERT OR UPDATE OF requested_by ON app_public.agent_runs FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('requested_by');


--
-- Name: email_drafts _060_requested_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_requested_by_is_member BEFORE INSERT OR UPDATE OF requested_by ON app_public.email_drafts FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('requested_by');


--
-- Name: organization_invitations _060_revoked_by_is_member; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _060_revoked_by_is_member BEFORE INSERT OR UPDATE OF revoked_by ON app_public.organization_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg__person_is_member('revoked_by');


--
-- Name: guest_invitations _070_defaults; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _070_defaults BEFORE INSERT OR UPDATE ON app_public.guest_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg_guest_invitations__defaults();


--
-- Name: seat_assignments _070_valid; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _070_valid BEFORE INSERT OR UPDATE ON app_public.seat_assignments FOR EACH ROW EXECUTE FUNCTION app_private.tg_seat_assignments__valid();


--
-- Name: agent_runs _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.agent_runs FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: bookings _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.bookings FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: casting_briefs _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.casting_briefs FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: designers _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.designers FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: email_drafts _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.email_drafts FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: event_budgets _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.event_budgets FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: event_designers _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.event_designers FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: event_health_reports _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.event_health_reports FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: events _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.events FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: guest_contacts _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.guest_contacts FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: guest_invitations _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.guest_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: guests _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.guests FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: inbox_messages _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.inbox_messages FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: looks _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.looks FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: memberships _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.memberships FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: model_castings _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.model_castings FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: organization_invitations _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.organization_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: organizations _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.organizations FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: outbound_messages _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.outbound_messages FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: payments _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.payments FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: profiles _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.profiles FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: runway_schedules _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.runway_schedules FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: runway_slots _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.runway_slots FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: seat_assignments _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.seat_assignments FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: sponsors _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.sponsors FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: talent _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.talent FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: talent_availability _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.talent_availability FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: talent_contacts _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.talent_contacts FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: talent_photos _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.talent_photos FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: ticket_tiers _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.ticket_tiers FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: tickets _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.tickets FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: vendor_availability _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.vendor_availability FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: vendor_recommendations _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.vendor_recommendations FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: vendors _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.vendors FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: venue_layouts _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.venue_layouts FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: venues _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.venues FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: whatsapp_templates _100_timestamps; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _100_timestamps BEFORE INSERT OR UPDATE ON app_public.whatsapp_templates FOR EACH ROW EXECUTE FUNCTION app_private.tg__timestamps();


--
-- Name: talent_photos _150_at_most_twelve; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _150_at_most_twelve BEFORE INSERT ON app_public.talent_photos FOR EACH ROW EXECUTE FUNCTION app_private.tg_talent_photos__at_most_twelve();


--
-- Name: events _200_attach_file; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_attach_file BEFORE INSERT OR UPDATE OF cover_file_id ON app_public.events FOR EACH ROW EXECUTE FUNCTION app_private.tg__attach_file('cover_file_id', 'event_cover');


--
-- Name: looks _200_attach_file; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_attach_file BEFORE INSERT OR UPDATE OF photo_file_id ON app_public.looks FOR EACH ROW EXECUTE FUNCTION app_private.tg__attach_file('photo_file_id', 'look_photo');


--
-- Name: organizations _200_attach_file; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_attach_file BEFORE INSERT OR UPDATE OF logo_file_id ON app_public.organizations FOR EACH ROW EXECUTE FUNCTION app_private.tg__attach_file('logo_file_id', 'organization_logo', 'id');


--
-- Name: talent_photos _200_attach_file; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_attach_file BEFORE INSERT OR UPDATE OF file_id ON app_public.talent_photos FOR EACH ROW EXECUTE FUNCTION app_private.tg__attach_file('file_id', 'talent_photo');


--
-- Name: memberships _200_keep_an_owner; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_keep_an_owner BEFORE DELETE OR UPDATE ON app_public.memberships FOR EACH ROW EXECUTE FUNCTION app_private.tg_memberships__keep_an_owner();


--
-- Name: events _200_keep_bookings; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_keep_bookings BEFORE DELETE ON app_public.events FOR EACH ROW EXECUTE FUNCTION app_private.tg_events__keep_bookings();


--
-- Name: event_designers _200_keep_looks; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_keep_looks BEFORE DELETE ON app_public.event_designers FOR EACH ROW EXECUTE FUNCTION app_private.tg_event_designers__keep_looks();


--
-- Name: looks _200_model_confirmed; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_model_confirmed BEFORE INSERT OR UPDATE OF talent_id, event_id ON app_public.looks FOR EACH ROW EXECUTE FUNCTION app_private.tg_looks__model_confirmed();


--
-- Name: vendor_recommendations _200_rating; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_rating BEFORE UPDATE OF rating, rating_note, status ON app_public.vendor_recommendations FOR EACH ROW EXECUTE FUNCTION app_private.tg_vendor_recommendations__rating();


--
-- Name: runway_schedules _200_stale; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_stale BEFORE UPDATE ON app_public.runway_schedules FOR EACH ROW EXECUTE FUNCTION app_private.tg_runway_schedules__stale();


--
-- Name: bookings _200_stock; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_stock AFTER UPDATE OF status ON app_public.bookings FOR EACH ROW EXECUTE FUNCTION app_private.tg_bookings__stock();


--
-- Name: outbound_messages _200_whatsapp; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _200_whatsapp BEFORE INSERT ON app_public.outbound_messages FOR EACH ROW EXECUTE FUNCTION app_private.tg_outbound_messages__whatsapp();


--
-- Name: events _250_status; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _250_status BEFORE UPDATE OF status ON app_public.events FOR EACH ROW EXECUTE FUNCTION app_private.tg_events__status();


--
-- Name: events _300_capacity_holds_tiers; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _300_capacity_holds_tiers BEFORE UPDATE OF capacity ON app_public.events FOR EACH ROW EXECUTE FUNCTION app_private.tg_events__capacity_holds_tiers();


--
-- Name: events _300_close_box_office; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _300_close_box_office AFTER UPDATE OF status ON app_public.events FOR EACH ROW WHEN (((new.status = 'cancelled'::text) AND (old.status IS DISTINCT FROM 'cancelled'::text))) EXECUTE FUNCTION app_private.tg_events__close_box_office();


--
-- Name: bookings _300_make_tickets; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _300_make_tickets AFTER INSERT ON app_public.bookings REFERENCING NEW TABLE AS new_bookings FOR EACH STATEMENT EXECUTE FUNCTION app_private.tg_bookings__make_tickets();


--
-- Name: memberships _300_revoke_invitations; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _300_revoke_invitations AFTER DELETE OR UPDATE OF role ON app_public.memberships FOR EACH ROW EXECUTE FUNCTION app_private.tg_memberships__revoke_invitations();


--
-- Name: ticket_tiers _300_within_capacity; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _300_within_capacity BEFORE INSERT OR UPDATE OF quantity, event_id ON app_public.ticket_tiers FOR EACH ROW EXECUTE FUNCTION app_private.tg_ticket_tiers__within_capacity();


--
-- Name: vendor_recommendations _500_availability; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _500_availability AFTER INSERT OR UPDATE OF status ON app_public.vendor_recommendations FOR EACH ROW EXECUTE FUNCTION app_private.tg_vendor_recommendations__availability();


--
-- Name: files _900_delete_objects; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_delete_objects AFTER DELETE ON app_public.files REFERENCING OLD TABLE AS gone FOR EACH STATEMENT EXECUTE FUNCTION app_private.tg_files__enqueue_object_deletion();


--
-- Name: agent_runs _900_forget_erased_talent; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_forget_erased_talent BEFORE INSERT OR UPDATE ON app_public.agent_runs FOR EACH ROW EXECUTE FUNCTION app_private.tg__forget_erased_talent();


--
-- Name: ai_agent_logs _900_forget_erased_talent; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_forget_erased_talent BEFORE INSERT OR UPDATE ON app_public.ai_agent_logs FOR EACH ROW EXECUTE FUNCTION app_private.tg__forget_erased_talent();


--
-- Name: model_castings _900_forget_erased_talent; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_forget_erased_talent BEFORE INSERT OR UPDATE ON app_public.model_castings FOR EACH ROW EXECUTE FUNCTION app_private.tg__forget_erased_talent();


--
-- Name: runway_schedules _900_forget_erased_talent; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_forget_erased_talent BEFORE INSERT OR UPDATE ON app_public.runway_schedules FOR EACH ROW EXECUTE FUNCTION app_private.tg__forget_erased_talent();


--
-- Name: guest_invitations _900_free_places; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_free_places AFTER DELETE ON app_public.guest_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg_guest_invitations__free_places();


--
-- Name: guest_invitations _900_free_places_plus_one; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_free_places_plus_one AFTER UPDATE OF plus_one_allowed ON app_public.guest_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg_guest_invitations__free_places();


--
-- Name: events _900_guest_capacity; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_guest_capacity AFTER UPDATE OF guest_capacity ON app_public.events FOR EACH ROW WHEN ((old.guest_capacity IS DISTINCT FROM new.guest_capacity)) EXECUTE FUNCTION app_private.tg_events__guest_capacity();


--
-- Name: talent _900_minor_needs_guardian; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE CONSTRAINT TRIGGER _900_minor_needs_guardian AFTER INSERT OR UPDATE ON app_public.talent DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_private.tg_talent__minor_needs_guardian();


--
-- Name: talent_contacts _900_minor_needs_guardian; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE CONSTRAINT TRIGGER _900_minor_needs_guardian AFTER INSERT OR DELETE OR UPDATE ON app_public.talent_contacts DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION app_private.tg_talent__minor_needs_guardian();


--
-- Name: events _900_release_file; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_release_file AFTER DELETE OR UPDATE OF cover_file_id ON app_public.events FOR EACH ROW EXECUTE FUNCTION app_private.tg__release_file('cover_file_id');


--
-- Name: looks _900_release_file; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_release_file AFTER DELETE OR UPDATE OF photo_file_id ON app_public.looks FOR EACH ROW EXECUTE FUNCTION app_private.tg__release_file('photo_file_id');


--
-- Name: organizations _900_release_file; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_release_file AFTER DELETE OR UPDATE OF logo_file_id ON app_public.organizations FOR EACH ROW EXECUTE FUNCTION app_private.tg__release_file('logo_file_id');


--
-- Name: talent_photos _900_release_file; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_release_file AFTER DELETE OR UPDATE OF file_id ON app_public.talent_photos FOR EACH ROW EXECUTE FUNCTION app_private.tg__release_file('file_id');


--
-- Name: event_designers _900_runway_stale; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_runway_stale AFTER INSERT OR DELETE OR UPDATE ON app_public.event_designers FOR EACH ROW EXECUTE FUNCTION app_private.tg_event_designers__runway_stale();


--
-- Name: looks _900_runway_stale; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_runway_stale AFTER INSERT OR DELETE OR UPDATE ON app_public.looks FOR EACH ROW EXECUTE FUNCTION app_private.tg_looks__runway_stale();


--
-- Name: model_castings _900_runway_stale; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _900_runway_stale AFTER DELETE OR UPDATE OF status ON app_public.model_castings FOR EACH ROW EXECUTE FUNCTION app_private.tg_model_castings__runway_stale();


--
-- Name: guest_invitations _950_enqueue_messages; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _950_enqueue_messages AFTER INSERT OR UPDATE OF status ON app_public.guest_invitations FOR EACH ROW EXECUTE FUNCTION app_private.tg_guest_invitations__enqueue_messages();


--
-- Name: model_castings _950_enqueue_messages; Type: TRIGGER; Schema: app_public; Owner: -
--

CREATE TRIGGER _950_enqueue_messages AFTER INSERT OR UPDATE OF status ON app_public.model_castings FOR EACH ROW EXECUTE FUNCTION app_private.tg_model_castings__enqueue_messages();


--
-- Name: email_verification_tokens email_verification_tokens_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.email_verification_tokens
    ADD CONSTRAINT email_verification_tokens_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE CASCADE;


--
-- Name: invitation_tokens invitation_tokens_invitation_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.invitation_tokens
    ADD CONSTRAINT invitation_tokens_invitation_id_fkey FOREIGN KEY (invitation_id) REFERENCES app_public.organization_invitations(id) ON DELETE CASCADE;


--
-- Name: outbox_daily_counts outbox_daily_counts_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.outbox_daily_counts
    ADD CONSTRAINT outbox_daily_counts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: outbox_settings outbox_settings_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.outbox_settings
    ADD CONSTRAINT outbox_settings_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: password_reset_tokens password_reset_tokens_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.password_reset_tokens
    ADD CONSTRAINT password_reset_tokens_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE CASCADE;


--
-- Name: profile_secrets profile_secrets_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.profile_secrets
    ADD CONSTRAINT profile_secrets_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE CASCADE;


--
-- Name: registration_notices registration_notices_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.registration_notices
    ADD CONSTRAINT registration_notices_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE CASCADE;


--
-- Name: sessions sessions_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.sessions
    ADD CONSTRAINT sessions_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE CASCADE;


--
-- Name: whatsapp_inbound whatsapp_inbound_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_private; Owner: -
--

ALTER TABLE ONLY app_private.whatsapp_inbound
    ADD CONSTRAINT whatsapp_inbound_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE SET NULL;


--
-- Name: agent_runs agent_runs_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.agent_runs
    ADD CONSTRAINT agent_runs_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE SET NULL (event_id);


--
-- Name: CONSTRAINT agent_runs_event_id_organization_id_fkey ON agent_runs; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT agent_runs_event_id_organization_id_fkey ON app_public.agent_runs IS '@fieldName event
@foreignFieldName agentRuns';


--
-- Name: agent_runs agent_runs_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.agent_runs
    ADD CONSTRAINT agent_runs_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: agent_runs agent_runs_requested_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.agent_runs
    ADD CONSTRAINT agent_runs_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: ai_agent_logs ai_agent_logs_agent_run_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ai_agent_logs
    ADD CONSTRAINT ai_agent_logs_agent_run_id_fkey FOREIGN KEY (agent_run_id) REFERENCES app_public.agent_runs(id) ON DELETE SET NULL;


--
-- Name: ai_agent_logs ai_agent_logs_event_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ai_agent_logs
    ADD CONSTRAINT ai_agent_logs_event_id_fkey FOREIGN KEY (event_id) REFERENCES app_public.events(id) ON DELETE SET NULL;


--
-- Name: ai_agent_logs ai_agent_logs_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ai_agent_logs
    ADD CONSTRAINT ai_agent_logs_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: bookings bookings_closed_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.bookings
    ADD CONSTRAINT bookings_closed_by_fkey FOREIGN KEY (closed_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT bookings_closed_by_fkey ON bookings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT bookings_closed_by_fkey ON app_public.bookings IS '@fieldName closer
@foreignFieldName bookingsClosed';


--
-- Name: bookings bookings_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.bookings
    ADD CONSTRAINT bookings_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE RESTRICT;


--
-- Name: CONSTRAINT bookings_event_id_organization_id_fkey ON bookings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT bookings_event_id_organization_id_fkey ON app_public.bookings IS '@fieldName event
@foreignFieldName bookings';


--
-- Name: bookings bookings_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.bookings
    ADD CONSTRAINT bookings_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: bookings bookings_tier_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.bookings
    ADD CONSTRAINT bookings_tier_id_organization_id_fkey FOREIGN KEY (tier_id, organization_id) REFERENCES app_public.ticket_tiers(id, organization_id) ON DELETE RESTRICT;


--
-- Name: CONSTRAINT bookings_tier_id_organization_id_fkey ON bookings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT bookings_tier_id_organization_id_fkey ON app_public.bookings IS '@fieldName tier
@foreignFieldName bookings';


--
-- Name: casting_briefs casting_briefs_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.casting_briefs
    ADD CONSTRAINT casting_briefs_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT casting_briefs_event_id_organization_id_fkey ON casting_briefs; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT casting_briefs_event_id_organization_id_fkey ON app_public.casting_briefs IS '@fieldName event
@foreignFieldName castingBriefs';


--
-- Name: communication_opt_outs communication_opt_outs_message_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.communication_opt_outs
    ADD CONSTRAINT communication_opt_outs_message_id_fkey FOREIGN KEY (message_id) REFERENCES app_public.outbound_messages(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT communication_opt_outs_message_id_fkey ON communication_opt_outs; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT communication_opt_outs_message_id_fkey ON app_public.communication_opt_outs IS '@fieldName message
@foreignFieldName optOuts';


--
-- Name: communication_opt_outs communication_opt_outs_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.communication_opt_outs
    ADD CONSTRAINT communication_opt_outs_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: communication_opt_outs communication_opt_outs_talent_fk; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.communication_opt_outs
    ADD CONSTRAINT communication_opt_outs_talent_fk FOREIGN KEY (talent_id, organization_id) REFERENCES app_public.talent(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT communication_opt_outs_talent_fk ON communication_opt_outs; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT communication_opt_outs_talent_fk ON app_public.communication_opt_outs IS '@fieldName talent
@foreignFieldName communicationOptOuts';


--
-- Name: designers designers_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.designers
    ADD CONSTRAINT designers_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: email_drafts email_drafts_agent_run_fk; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.email_drafts
    ADD CONSTRAINT email_drafts_agent_run_fk FOREIGN KEY (agent_run_id, organization_id) REFERENCES app_public.agent_runs(id, organization_id) ON DELETE SET NULL (agent_run_id);


--
-- Name: CONSTRAINT email_drafts_agent_run_fk ON email_drafts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT email_drafts_agent_run_fk ON app_public.email_drafts IS '@fieldName agentRun
@foreignFieldName emailDrafts';


--
-- Name: email_drafts email_drafts_approved_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.email_drafts
    ADD CONSTRAINT email_drafts_approved_by_fkey FOREIGN KEY (approved_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT email_drafts_approved_by_fkey ON email_drafts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT email_drafts_approved_by_fkey ON app_public.email_drafts IS '@fieldName approver
@foreignFieldName emailDraftsApproved';


--
-- Name: email_drafts email_drafts_event_fk; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.email_drafts
    ADD CONSTRAINT email_drafts_event_fk FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT email_drafts_event_fk ON email_drafts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT email_drafts_event_fk ON app_public.email_drafts IS '@fieldName event
@foreignFieldName emailDrafts';


--
-- Name: email_drafts email_drafts_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.email_drafts
    ADD CONSTRAINT email_drafts_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: email_drafts email_drafts_requested_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.email_drafts
    ADD CONSTRAINT email_drafts_requested_by_fkey FOREIGN KEY (requested_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT email_drafts_requested_by_fkey ON email_drafts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT email_drafts_requested_by_fkey ON app_public.email_drafts IS '@fieldName requester
@foreignFieldName emailDraftsRequested';


--
-- Name: event_budgets event_budgets_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_budgets
    ADD CONSTRAINT event_budgets_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT event_budgets_event_id_organization_id_fkey ON event_budgets; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT event_budgets_event_id_organization_id_fkey ON app_public.event_budgets IS '@fieldName event
@foreignFieldName budget';


--
-- Name: event_designers event_designers_designer_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_designers
    ADD CONSTRAINT event_designers_designer_id_organization_id_fkey FOREIGN KEY (designer_id, organization_id) REFERENCES app_public.designers(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT event_designers_designer_id_organization_id_fkey ON event_designers; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT event_designers_designer_id_organization_id_fkey ON app_public.event_designers IS '@fieldName designer
@foreignFieldName eventDesigners';


--
-- Name: event_designers event_designers_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_designers
    ADD CONSTRAINT event_designers_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT event_designers_event_id_organization_id_fkey ON event_designers; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT event_designers_event_id_organization_id_fkey ON app_public.event_designers IS '@fieldName event
@foreignFieldName eventDesigners';


--
-- Name: event_health_reports event_health_reports_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_health_reports
    ADD CONSTRAINT event_health_reports_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT event_health_reports_event_id_organization_id_fkey ON event_health_reports; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT event_health_reports_event_id_organization_id_fkey ON app_public.event_health_reports IS '@fieldName event
@foreignFieldName healthReports';


--
-- Name: event_health_reports event_health_reports_summary_run_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.event_health_reports
    ADD CONSTRAINT event_health_reports_summary_run_id_fkey FOREIGN KEY (summary_run_id) REFERENCES app_public.agent_runs(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT event_health_reports_summary_run_id_fkey ON event_health_reports; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT event_health_reports_summary_run_id_fkey ON app_public.event_health_reports IS '@fieldName summaryRun
@foreignFieldName summarisedHealthReports';


--
-- Name: events events_cover_file_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.events
    ADD CONSTRAINT events_cover_file_id_organization_id_fkey FOREIGN KEY (cover_file_id, organization_id) REFERENCES app_public.files(id, organization_id) ON DELETE SET NULL (cover_file_id);


--
-- Name: CONSTRAINT events_cover_file_id_organization_id_fkey ON events; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT events_cover_file_id_organization_id_fkey ON app_public.events IS '@fieldName cover
@foreignFieldName events
@foreignSingleFieldName event';


--
-- Name: events events_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.events
    ADD CONSTRAINT events_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: events events_organizer_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.events
    ADD CONSTRAINT events_organizer_id_fkey FOREIGN KEY (organizer_id) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: events events_venue_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.events
    ADD CONSTRAINT events_venue_id_organization_id_fkey FOREIGN KEY (venue_id, organization_id) REFERENCES app_public.venues(id, organization_id) ON DELETE SET NULL (venue_id);


--
-- Name: CONSTRAINT events_venue_id_organization_id_fkey ON events; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT events_venue_id_organization_id_fkey ON app_public.events IS '@fieldName venue
@foreignFieldName events';


--
-- Name: events events_venue_layout_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.events
    ADD CONSTRAINT events_venue_layout_fkey FOREIGN KEY (venue_layout_id, organization_id) REFERENCES app_public.venue_layouts(id, organization_id) ON DELETE SET NULL (venue_layout_id);


--
-- Name: CONSTRAINT events_venue_layout_fkey ON events; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT events_venue_layout_fkey ON app_public.events IS '@fieldName venueLayout
@foreignFieldName events';


--
-- Name: files files_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.files
    ADD CONSTRAINT files_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: guest_contacts guest_contacts_guest_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_contacts
    ADD CONSTRAINT guest_contacts_guest_id_organization_id_fkey FOREIGN KEY (guest_id, organization_id) REFERENCES app_public.guests(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT guest_contacts_guest_id_organization_id_fkey ON guest_contacts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT guest_contacts_guest_id_organization_id_fkey ON app_public.guest_contacts IS '@fieldName guest
@foreignFieldName guestContacts
@foreignSingleFieldName contact';


--
-- Name: guest_invitations guest_invitations_checked_in_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_checked_in_by_fkey FOREIGN KEY (checked_in_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT guest_invitations_checked_in_by_fkey ON guest_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT guest_invitations_checked_in_by_fkey ON app_public.guest_invitations IS '@fieldName checkInStaff
@foreignFieldName guestInvitationsCheckedIn';


--
-- Name: guest_invitations guest_invitations_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT guest_invitations_event_id_organization_id_fkey ON guest_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT guest_invitations_event_id_organization_id_fkey ON app_public.guest_invitations IS '@fieldName event
@foreignFieldName guestInvitations';


--
-- Name: guest_invitations guest_invitations_guest_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_guest_id_organization_id_fkey FOREIGN KEY (guest_id, organization_id) REFERENCES app_public.guests(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT guest_invitations_guest_id_organization_id_fkey ON guest_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT guest_invitations_guest_id_organization_id_fkey ON app_public.guest_invitations IS '@fieldName guest
@foreignFieldName invitations';


--
-- Name: guest_invitations guest_invitations_invited_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guest_invitations
    ADD CONSTRAINT guest_invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT guest_invitations_invited_by_fkey ON guest_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT guest_invitations_invited_by_fkey ON app_public.guest_invitations IS '@fieldName inviter
@foreignFieldName guestInvitationsSent';


--
-- Name: guests guests_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.guests
    ADD CONSTRAINT guests_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: inbox_messages inbox_messages_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.inbox_messages
    ADD CONSTRAINT inbox_messages_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE SET NULL (event_id);


--
-- Name: CONSTRAINT inbox_messages_event_id_organization_id_fkey ON inbox_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT inbox_messages_event_id_organization_id_fkey ON app_public.inbox_messages IS '@fieldName event
@foreignFieldName inboxMessages';


--
-- Name: inbox_messages inbox_messages_model_casting_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.inbox_messages
    ADD CONSTRAINT inbox_messages_model_casting_id_fkey FOREIGN KEY (model_casting_id) REFERENCES app_public.model_castings(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT inbox_messages_model_casting_id_fkey ON inbox_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT inbox_messages_model_casting_id_fkey ON app_public.inbox_messages IS '@fieldName modelCasting
@foreignFieldName inboxMessages';


--
-- Name: inbox_messages inbox_messages_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.inbox_messages
    ADD CONSTRAINT inbox_messages_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: inbox_messages inbox_messages_talent_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.inbox_messages
    ADD CONSTRAINT inbox_messages_talent_id_organization_id_fkey FOREIGN KEY (talent_id, organization_id) REFERENCES app_public.talent(id, organization_id) ON DELETE SET NULL (talent_id);


--
-- Name: CONSTRAINT inbox_messages_talent_id_organization_id_fkey ON inbox_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT inbox_messages_talent_id_organization_id_fkey ON app_public.inbox_messages IS '@fieldName talent
@foreignFieldName inboxMessages';


--
-- Name: looks looks_designer_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_designer_id_organization_id_fkey FOREIGN KEY (designer_id, organization_id) REFERENCES app_public.designers(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT looks_designer_id_organization_id_fkey ON looks; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT looks_designer_id_organization_id_fkey ON app_public.looks IS '@fieldName designer
@foreignFieldName looks';


--
-- Name: looks looks_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT looks_event_id_organization_id_fkey ON looks; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT looks_event_id_organization_id_fkey ON app_public.looks IS '@fieldName event
@foreignFieldName looks';


--
-- Name: looks looks_event_id_talent_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_event_id_talent_id_fkey FOREIGN KEY (event_id, talent_id) REFERENCES app_public.model_castings(event_id, talent_id) ON DELETE SET NULL (talent_id);


--
-- Name: CONSTRAINT looks_event_id_talent_id_fkey ON looks; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT looks_event_id_talent_id_fkey ON app_public.looks IS '@fieldName casting
@foreignFieldName looks';


--
-- Name: looks looks_photo_file_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.looks
    ADD CONSTRAINT looks_photo_file_id_organization_id_fkey FOREIGN KEY (photo_file_id, organization_id) REFERENCES app_public.files(id, organization_id) ON DELETE SET NULL (photo_file_id);


--
-- Name: CONSTRAINT looks_photo_file_id_organization_id_fkey ON looks; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT looks_photo_file_id_organization_id_fkey ON app_public.looks IS '@fieldName photo
@foreignFieldName looks
@foreignSingleFieldName look';


--
-- Name: memberships memberships_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.memberships
    ADD CONSTRAINT memberships_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: memberships memberships_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.memberships
    ADD CONSTRAINT memberships_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE CASCADE;


--
-- Name: model_castings model_castings_agent_run_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.model_castings
    ADD CONSTRAINT model_castings_agent_run_id_organization_id_fkey FOREIGN KEY (agent_run_id, organization_id) REFERENCES app_public.agent_runs(id, organization_id) ON DELETE SET NULL (agent_run_id);


--
-- Name: CONSTRAINT model_castings_agent_run_id_organization_id_fkey ON model_castings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT model_castings_agent_run_id_organization_id_fkey ON app_public.model_castings IS '@fieldName agentRun
@foreignFieldName modelCastings';


--
-- Name: model_castings model_castings_brief_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.model_castings
    ADD CONSTRAINT model_castings_brief_id_organization_id_fkey FOREIGN KEY (brief_id, organization_id) REFERENCES app_public.casting_briefs(id, organization_id) ON DELETE SET NULL (brief_id);


--
-- Name: CONSTRAINT model_castings_brief_id_organization_id_fkey ON model_castings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT model_castings_brief_id_organization_id_fkey ON app_public.model_castings IS '@fieldName brief
@foreignFieldName modelCastings';


--
-- Name: model_castings model_castings_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.model_castings
    ADD CONSTRAINT model_castings_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT model_castings_event_id_organization_id_fkey ON model_castings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT model_castings_event_id_organization_id_fkey ON app_public.model_castings IS '@fieldName event
@foreignFieldName modelCastings';


--
-- Name: model_castings model_castings_talent_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.model_castings
    ADD CONSTRAINT model_castings_talent_id_organization_id_fkey FOREIGN KEY (talent_id, organization_id) REFERENCES app_public.talent(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT model_castings_talent_id_organization_id_fkey ON model_castings; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT model_castings_talent_id_organization_id_fkey ON app_public.model_castings IS '@fieldName talent
@foreignFieldName modelCastings';


--
-- Name: notifications notifications_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.notifications
    ADD CONSTRAINT notifications_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT notifications_event_id_organization_id_fkey ON notifications; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT notifications_event_id_organization_id_fkey ON app_public.notifications IS '@fieldName event
@foreignFieldName notifications';


--
-- Name: notifications notifications_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.notifications
    ADD CONSTRAINT notifications_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: notifications notifications_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.notifications
    ADD CONSTRAINT notifications_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE CASCADE;


--
-- Name: notifications notifications_report_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.notifications
    ADD CONSTRAINT notifications_report_id_organization_id_fkey FOREIGN KEY (report_id, organization_id) REFERENCES app_public.event_health_reports(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT notifications_report_id_organization_id_fkey ON notifications; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT notifications_report_id_organization_id_fkey ON app_public.notifications IS '@fieldName report
@foreignFieldName notifications';


--
-- Name: organization_invitations organization_invitations_accepted_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.organization_invitations
    ADD CONSTRAINT organization_invitations_accepted_by_fkey FOREIGN KEY (accepted_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT organization_invitations_accepted_by_fkey ON organization_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT organization_invitations_accepted_by_fkey ON app_public.organization_invitations IS '@fieldName acceptor
@foreignFieldName invitationsAccepted';


--
-- Name: organization_invitations organization_invitations_invited_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.organization_invitations
    ADD CONSTRAINT organization_invitations_invited_by_fkey FOREIGN KEY (invited_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT organization_invitations_invited_by_fkey ON organization_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT organization_invitations_invited_by_fkey ON app_public.organization_invitations IS '@fieldName inviter
@foreignFieldName invitationsSent';


--
-- Name: organization_invitations organization_invitations_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.organization_invitations
    ADD CONSTRAINT organization_invitations_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: organization_invitations organization_invitations_revoked_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.organization_invitations
    ADD CONSTRAINT organization_invitations_revoked_by_fkey FOREIGN KEY (revoked_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT organization_invitations_revoked_by_fkey ON organization_invitations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT organization_invitations_revoked_by_fkey ON app_public.organization_invitations IS '@fieldName revoker
@foreignFieldName invitationsRevoked';


--
-- Name: organizations organizations_logo_file_id_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.organizations
    ADD CONSTRAINT organizations_logo_file_id_id_fkey FOREIGN KEY (logo_file_id, id) REFERENCES app_public.files(id, organization_id) ON DELETE SET NULL (logo_file_id);


--
-- Name: CONSTRAINT organizations_logo_file_id_id_fkey ON organizations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT organizations_logo_file_id_id_fkey ON app_public.organizations IS '@fieldName logo
@foreignFieldName logoOfOrganizations
@foreignSingleFieldName logoOfOrganization';


--
-- Name: outbound_messages outbound_messages_booking_fk; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_booking_fk FOREIGN KEY (booking_id, organization_id) REFERENCES app_public.bookings(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT outbound_messages_booking_fk ON outbound_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT outbound_messages_booking_fk ON app_public.outbound_messages IS '@fieldName booking
@foreignFieldName outboundMessages';


--
-- Name: outbound_messages outbound_messages_event_fk; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_event_fk FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT outbound_messages_event_fk ON outbound_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT outbound_messages_event_fk ON app_public.outbound_messages IS '@fieldName event
@foreignFieldName outboundMessages';


--
-- Name: outbound_messages outbound_messages_guest_fk; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_guest_fk FOREIGN KEY (guest_id, organization_id) REFERENCES app_public.guests(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT outbound_messages_guest_fk ON outbound_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT outbound_messages_guest_fk ON app_public.outbound_messages IS '@fieldName guest
@foreignFieldName outboundMessages';


--
-- Name: outbound_messages outbound_messages_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: outbound_messages outbound_messages_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT outbound_messages_profile_id_fkey ON outbound_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT outbound_messages_profile_id_fkey ON app_public.outbound_messages IS '@fieldName profile
@foreignFieldName outboundMessages';


--
-- Name: outbound_messages outbound_messages_talent_fk; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_talent_fk FOREIGN KEY (talent_id, organization_id) REFERENCES app_public.talent(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT outbound_messages_talent_fk ON outbound_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT outbound_messages_talent_fk ON app_public.outbound_messages IS '@fieldName talent
@foreignFieldName outboundMessages';


--
-- Name: outbound_messages outbound_messages_vendor_fk; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.outbound_messages
    ADD CONSTRAINT outbound_messages_vendor_fk FOREIGN KEY (vendor_id, organization_id) REFERENCES app_public.vendors(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT outbound_messages_vendor_fk ON outbound_messages; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT outbound_messages_vendor_fk ON app_public.outbound_messages IS '@fieldName vendor
@foreignFieldName outboundMessages';


--
-- Name: payments payments_booking_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.payments
    ADD CONSTRAINT payments_booking_id_organization_id_fkey FOREIGN KEY (booking_id, organization_id) REFERENCES app_public.bookings(id, organization_id) ON DELETE RESTRICT;


--
-- Name: CONSTRAINT payments_booking_id_organization_id_fkey ON payments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT payments_booking_id_organization_id_fkey ON app_public.payments IS '@fieldName booking
@foreignFieldName payments';


--
-- Name: payments payments_profile_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.payments
    ADD CONSTRAINT payments_profile_id_fkey FOREIGN KEY (profile_id) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT payments_profile_id_fkey ON payments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT payments_profile_id_fkey ON app_public.payments IS '@fieldName buyer
@foreignFieldName payments';


--
-- Name: payments payments_recorded_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.payments
    ADD CONSTRAINT payments_recorded_by_fkey FOREIGN KEY (recorded_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT payments_recorded_by_fkey ON payments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT payments_recorded_by_fkey ON app_public.payments IS '@fieldName recorder
@foreignFieldName paymentsRecorded';


--
-- Name: payments payments_refund_of_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.payments
    ADD CONSTRAINT payments_refund_of_fkey FOREIGN KEY (refund_of) REFERENCES app_public.payments(id) ON DELETE RESTRICT;


--
-- Name: CONSTRAINT payments_refund_of_fkey ON payments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT payments_refund_of_fkey ON app_public.payments IS '@fieldName refundedCharge
@foreignFieldName refunds';


--
-- Name: runway_schedules runway_schedules_agent_run_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_schedules
    ADD CONSTRAINT runway_schedules_agent_run_id_organization_id_fkey FOREIGN KEY (agent_run_id, organization_id) REFERENCES app_public.agent_runs(id, organization_id) ON DELETE SET NULL (agent_run_id);


--
-- Name: CONSTRAINT runway_schedules_agent_run_id_organization_id_fkey ON runway_schedules; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT runway_schedules_agent_run_id_organization_id_fkey ON app_public.runway_schedules IS '@fieldName agentRun
@foreignFieldName runwaySchedules';


--
-- Name: runway_schedules runway_schedules_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_schedules
    ADD CONSTRAINT runway_schedules_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT runway_schedules_event_id_organization_id_fkey ON runway_schedules; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT runway_schedules_event_id_organization_id_fkey ON app_public.runway_schedules IS '@fieldName event
@foreignFieldName runwaySchedules';


--
-- Name: runway_slots runway_slots_look_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_slots
    ADD CONSTRAINT runway_slots_look_id_organization_id_fkey FOREIGN KEY (look_id, organization_id) REFERENCES app_public.looks(id, organization_id) ON DELETE SET NULL (look_id);


--
-- Name: CONSTRAINT runway_slots_look_id_organization_id_fkey ON runway_slots; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT runway_slots_look_id_organization_id_fkey ON app_public.runway_slots IS '@fieldName look
@foreignFieldName runwaySlots';


--
-- Name: runway_slots runway_slots_schedule_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_slots
    ADD CONSTRAINT runway_slots_schedule_id_organization_id_fkey FOREIGN KEY (schedule_id, organization_id) REFERENCES app_public.runway_schedules(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT runway_slots_schedule_id_organization_id_fkey ON runway_slots; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT runway_slots_schedule_id_organization_id_fkey ON app_public.runway_slots IS '@fieldName schedule
@foreignFieldName runwaySlots';


--
-- Name: runway_slots runway_slots_talent_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.runway_slots
    ADD CONSTRAINT runway_slots_talent_id_organization_id_fkey FOREIGN KEY (talent_id, organization_id) REFERENCES app_public.talent(id, organization_id) ON DELETE SET NULL (talent_id);


--
-- Name: CONSTRAINT runway_slots_talent_id_organization_id_fkey ON runway_slots; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT runway_slots_talent_id_organization_id_fkey ON app_public.runway_slots IS '@fieldName talent
@foreignFieldName runwaySlots';


--
-- Name: seat_assignments seat_assignments_assigned_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seat_assignments
    ADD CONSTRAINT seat_assignments_assigned_by_fkey FOREIGN KEY (assigned_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT seat_assignments_assigned_by_fkey ON seat_assignments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT seat_assignments_assigned_by_fkey ON app_public.seat_assignments IS '@fieldName assigner
@foreignFieldName seatAssignmentsMade';


--
-- Name: seat_assignments seat_assignments_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seat_assignments
    ADD CONSTRAINT seat_assignments_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT seat_assignments_event_id_organization_id_fkey ON seat_assignments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT seat_assignments_event_id_organization_id_fkey ON app_public.seat_assignments IS '@fieldName event
@foreignFieldName seatAssignments';


--
-- Name: seat_assignments seat_assignments_invitation_id_event_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seat_assignments
    ADD CONSTRAINT seat_assignments_invitation_id_event_id_fkey FOREIGN KEY (invitation_id, event_id) REFERENCES app_public.guest_invitations(id, event_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT seat_assignments_invitation_id_event_id_fkey ON seat_assignments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT seat_assignments_invitation_id_event_id_fkey ON app_public.seat_assignments IS '@fieldName invitation
@foreignFieldName seatAssignments';


--
-- Name: seat_assignments seat_assignments_seat_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seat_assignments
    ADD CONSTRAINT seat_assignments_seat_id_organization_id_fkey FOREIGN KEY (seat_id, organization_id) REFERENCES app_public.seats(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT seat_assignments_seat_id_organization_id_fkey ON seat_assignments; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT seat_assignments_seat_id_organization_id_fkey ON app_public.seat_assignments IS '@fieldName seat
@foreignFieldName assignments';


--
-- Name: seats seats_layout_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.seats
    ADD CONSTRAINT seats_layout_id_organization_id_fkey FOREIGN KEY (layout_id, organization_id) REFERENCES app_public.venue_layouts(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT seats_layout_id_organization_id_fkey ON seats; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT seats_layout_id_organization_id_fkey ON app_public.seats IS '@fieldName layout
@foreignFieldName seats';


--
-- Name: sponsors sponsors_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.sponsors
    ADD CONSTRAINT sponsors_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT sponsors_event_id_organization_id_fkey ON sponsors; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT sponsors_event_id_organization_id_fkey ON app_public.sponsors IS '@fieldName event
@foreignFieldName sponsors';


--
-- Name: talent_availability talent_availability_talent_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_availability
    ADD CONSTRAINT talent_availability_talent_id_organization_id_fkey FOREIGN KEY (talent_id, organization_id) REFERENCES app_public.talent(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT talent_availability_talent_id_organization_id_fkey ON talent_availability; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT talent_availability_talent_id_organization_id_fkey ON app_public.talent_availability IS '@fieldName talent
@foreignFieldName talentAvailability';


--
-- Name: talent_contacts talent_contacts_talent_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_contacts
    ADD CONSTRAINT talent_contacts_talent_id_organization_id_fkey FOREIGN KEY (talent_id, organization_id) REFERENCES app_public.talent(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT talent_contacts_talent_id_organization_id_fkey ON talent_contacts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT talent_contacts_talent_id_organization_id_fkey ON app_public.talent_contacts IS '@fieldName talent
@foreignFieldName talentContacts
@foreignSingleFieldName contact';


--
-- Name: talent talent_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent
    ADD CONSTRAINT talent_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: talent_photos talent_photos_file_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_photos
    ADD CONSTRAINT talent_photos_file_id_organization_id_fkey FOREIGN KEY (file_id, organization_id) REFERENCES app_public.files(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT talent_photos_file_id_organization_id_fkey ON talent_photos; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT talent_photos_file_id_organization_id_fkey ON app_public.talent_photos IS '@fieldName file
@foreignFieldName talentPhotos
@foreignSingleFieldName talentPhoto';


--
-- Name: talent_photos talent_photos_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_photos
    ADD CONSTRAINT talent_photos_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: talent_photos talent_photos_talent_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.talent_photos
    ADD CONSTRAINT talent_photos_talent_id_organization_id_fkey FOREIGN KEY (talent_id, organization_id) REFERENCES app_public.talent(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT talent_photos_talent_id_organization_id_fkey ON talent_photos; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT talent_photos_talent_id_organization_id_fkey ON app_public.talent_photos IS '@fieldName talent
@foreignFieldName photos';


--
-- Name: ticket_check_ins ticket_check_ins_actor_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_check_ins
    ADD CONSTRAINT ticket_check_ins_actor_id_fkey FOREIGN KEY (actor_id) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT ticket_check_ins_actor_id_fkey ON ticket_check_ins; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT ticket_check_ins_actor_id_fkey ON app_public.ticket_check_ins IS '@fieldName actor
@foreignFieldName ticketCheckIns';


--
-- Name: ticket_check_ins ticket_check_ins_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_check_ins
    ADD CONSTRAINT ticket_check_ins_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE RESTRICT;


--
-- Name: CONSTRAINT ticket_check_ins_event_id_organization_id_fkey ON ticket_check_ins; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT ticket_check_ins_event_id_organization_id_fkey ON app_public.ticket_check_ins IS '@fieldName event
@foreignFieldName ticketCheckIns';


--
-- Name: ticket_check_ins ticket_check_ins_invitation_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_check_ins
    ADD CONSTRAINT ticket_check_ins_invitation_fkey FOREIGN KEY (invitation_id, organization_id) REFERENCES app_public.guest_invitations(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT ticket_check_ins_invitation_fkey ON ticket_check_ins; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT ticket_check_ins_invitation_fkey ON app_public.ticket_check_ins IS '@fieldName invitation
@foreignFieldName checkIns';


--
-- Name: ticket_check_ins ticket_check_ins_ticket_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_check_ins
    ADD CONSTRAINT ticket_check_ins_ticket_id_organization_id_fkey FOREIGN KEY (ticket_id, organization_id) REFERENCES app_public.tickets(id, organization_id) ON DELETE RESTRICT;


--
-- Name: CONSTRAINT ticket_check_ins_ticket_id_organization_id_fkey ON ticket_check_ins; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT ticket_check_ins_ticket_id_organization_id_fkey ON app_public.ticket_check_ins IS '@fieldName ticket
@foreignFieldName checkIns';


--
-- Name: ticket_tiers ticket_tiers_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.ticket_tiers
    ADD CONSTRAINT ticket_tiers_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT ticket_tiers_event_id_organization_id_fkey ON ticket_tiers; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT ticket_tiers_event_id_organization_id_fkey ON app_public.ticket_tiers IS '@fieldName event
@foreignFieldName ticketTiers';


--
-- Name: tickets tickets_booking_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.tickets
    ADD CONSTRAINT tickets_booking_id_organization_id_fkey FOREIGN KEY (booking_id, organization_id) REFERENCES app_public.bookings(id, organization_id) ON DELETE RESTRICT;


--
-- Name: CONSTRAINT tickets_booking_id_organization_id_fkey ON tickets; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT tickets_booking_id_organization_id_fkey ON app_public.tickets IS '@fieldName booking
@foreignFieldName tickets';


--
-- Name: tickets tickets_checked_in_by_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.tickets
    ADD CONSTRAINT tickets_checked_in_by_fkey FOREIGN KEY (checked_in_by) REFERENCES app_public.profiles(id) ON DELETE SET NULL;


--
-- Name: CONSTRAINT tickets_checked_in_by_fkey ON tickets; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT tickets_checked_in_by_fkey ON app_public.tickets IS '@fieldName checkInStaff
@foreignFieldName ticketsCheckedIn';


--
-- Name: tickets tickets_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.tickets
    ADD CONSTRAINT tickets_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE RESTRICT;


--
-- Name: CONSTRAINT tickets_event_id_organization_id_fkey ON tickets; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT tickets_event_id_organization_id_fkey ON app_public.tickets IS '@fieldName event
@foreignFieldName tickets';


--
-- Name: vendor_availability vendor_availability_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_availability
    ADD CONSTRAINT vendor_availability_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT vendor_availability_event_id_organization_id_fkey ON vendor_availability; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT vendor_availability_event_id_organization_id_fkey ON app_public.vendor_availability IS '@fieldName event
@foreignFieldName vendorBookings';


--
-- Name: vendor_availability vendor_availability_vendor_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_availability
    ADD CONSTRAINT vendor_availability_vendor_id_organization_id_fkey FOREIGN KEY (vendor_id, organization_id) REFERENCES app_public.vendors(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT vendor_availability_vendor_id_organization_id_fkey ON vendor_availability; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT vendor_availability_vendor_id_organization_id_fkey ON app_public.vendor_availability IS '@fieldName vendor
@foreignFieldName availability';


--
-- Name: vendor_recommendations vendor_recommendations_agent_run_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_recommendations
    ADD CONSTRAINT vendor_recommendations_agent_run_id_organization_id_fkey FOREIGN KEY (agent_run_id, organization_id) REFERENCES app_public.agent_runs(id, organization_id) ON DELETE SET NULL (agent_run_id);


--
-- Name: CONSTRAINT vendor_recommendations_agent_run_id_organization_id_fkey ON vendor_recommendations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT vendor_recommendations_agent_run_id_organization_id_fkey ON app_public.vendor_recommendations IS '@fieldName agentRun
@foreignFieldName vendorRecommendations';


--
-- Name: vendor_recommendations vendor_recommendations_event_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_recommendations
    ADD CONSTRAINT vendor_recommendations_event_id_organization_id_fkey FOREIGN KEY (event_id, organization_id) REFERENCES app_public.events(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT vendor_recommendations_event_id_organization_id_fkey ON vendor_recommendations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT vendor_recommendations_event_id_organization_id_fkey ON app_public.vendor_recommendations IS '@fieldName event
@foreignFieldName vendorRecommendations';


--
-- Name: vendor_recommendations vendor_recommendations_vendor_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendor_recommendations
    ADD CONSTRAINT vendor_recommendations_vendor_id_organization_id_fkey FOREIGN KEY (vendor_id, organization_id) REFERENCES app_public.vendors(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT vendor_recommendations_vendor_id_organization_id_fkey ON vendor_recommendations; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT vendor_recommendations_vendor_id_organization_id_fkey ON app_public.vendor_recommendations IS '@fieldName vendor
@foreignFieldName vendorRecommendations';


--
-- Name: vendors vendors_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.vendors
    ADD CONSTRAINT vendors_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: venue_layouts venue_layouts_venue_id_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.venue_layouts
    ADD CONSTRAINT venue_layouts_venue_id_organization_id_fkey FOREIGN KEY (venue_id, organization_id) REFERENCES app_public.venues(id, organization_id) ON DELETE CASCADE;


--
-- Name: CONSTRAINT venue_layouts_venue_id_organization_id_fkey ON venue_layouts; Type: COMMENT; Schema: app_public; Owner: -
--

COMMENT ON CONSTRAINT venue_layouts_venue_id_organization_id_fkey ON app_public.venue_layouts IS '@fieldName venue
@foreignFieldName layouts';


--
-- Name: venues venues_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.venues
    ADD CONSTRAINT venues_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: whatsapp_templates whatsapp_templates_organization_id_fkey; Type: FK CONSTRAINT; Schema: app_public; Owner: -
--

ALTER TABLE ONLY app_public.whatsapp_templates
    ADD CONSTRAINT whatsapp_templates_organization_id_fkey FOREIGN KEY (organization_id) REFERENCES app_public.organizations(id) ON DELETE CASCADE;


--
-- Name: agent_runs; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.agent_runs ENABLE ROW LEVEL SECURITY;

--
-- Name: ai_agent_logs; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.ai_agent_logs ENABLE ROW LEVEL SECURITY;

--
-- Name: bookings; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.bookings ENABLE ROW LEVEL SECURITY;

--
-- Name: casting_briefs; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.casting_briefs ENABLE ROW LEVEL SECURITY;

--
-- Name: communication_opt_outs; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.communication_opt_outs ENABLE ROW LEVEL SECURITY;

--
-- Name: whatsapp_templates delete_admins; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_admins ON app_public.whatsapp_templates FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: memberships delete_admins_or_self; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_admins_or_self ON app_public.memberships FOR DELETE USING (((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)::uuid[])) OR (profile_id = ( SELECT app_public.current_profile_id() AS current_profile_id))));


--
-- Name: model_castings delete_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_casting ON app_public.model_castings FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent delete_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_casting ON app_public.talent FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_availability delete_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_casting ON app_public.talent_availability FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_contacts delete_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_casting ON app_public.talent_contacts FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_photos delete_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_casting ON app_public.talent_photos FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: organizations delete_owners; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_owners ON app_public.organizations FOR DELETE USING ((id = ANY (( SELECT app_private.organization_ids_with_role('{owner}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: designers delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.designers FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: event_budgets delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.event_budgets FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: event_designers delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.event_designers FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: events delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.events FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guest_contacts delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.guest_contacts FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guest_invitations delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.guest_invitations FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guests delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.guests FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: looks delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.looks FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: runway_schedules delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.runway_schedules FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: runway_slots delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.runway_slots FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: seat_assignments delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.seat_assignments FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: seats delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.seats FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: sponsors delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.sponsors FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: ticket_tiers delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.ticket_tiers FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendor_availability delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.vendor_availability FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendor_recommendations delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.vendor_recommendations FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendors delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.vendors FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: venue_layouts delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.venue_layouts FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: venues delete_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_producers ON app_public.venues FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: casting_briefs delete_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY delete_staff ON app_public.casting_briefs FOR DELETE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: ai_agent_logs deny_all; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY deny_all ON app_public.ai_agent_logs USING (false) WITH CHECK (false);


--
-- Name: designers; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.designers ENABLE ROW LEVEL SECURITY;

--
-- Name: email_drafts; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.email_drafts ENABLE ROW LEVEL SECURITY;

--
-- Name: event_budgets; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.event_budgets ENABLE ROW LEVEL SECURITY;

--
-- Name: event_designers; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.event_designers ENABLE ROW LEVEL SECURITY;

--
-- Name: event_health_reports; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.event_health_reports ENABLE ROW LEVEL SECURITY;

--
-- Name: events; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.events ENABLE ROW LEVEL SECURITY;

--
-- Name: files; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.files ENABLE ROW LEVEL SECURITY;

--
-- Name: guest_contacts; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.guest_contacts ENABLE ROW LEVEL SECURITY;

--
-- Name: guest_invitations; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.guest_invitations ENABLE ROW LEVEL SECURITY;

--
-- Name: guests; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.guests ENABLE ROW LEVEL SECURITY;

--
-- Name: inbox_messages; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.inbox_messages ENABLE ROW LEVEL SECURITY;

--
-- Name: whatsapp_templates insert_admins; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_admins ON app_public.whatsapp_templates FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: model_castings insert_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_casting ON app_public.model_castings FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent insert_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_casting ON app_public.talent FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_availability insert_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_casting ON app_public.talent_availability FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_contacts insert_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_casting ON app_public.talent_contacts FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_photos insert_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_casting ON app_public.talent_photos FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: designers insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.designers FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: event_budgets insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.event_budgets FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: event_designers insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.event_designers FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: events insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.events FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guest_contacts insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.guest_contacts FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guest_invitations insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.guest_invitations FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guests insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.guests FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: looks insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.looks FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: runway_schedules insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.runway_schedules FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: runway_slots insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.runway_slots FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: seat_assignments insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.seat_assignments FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: seats insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.seats FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: sponsors insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.sponsors FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: ticket_tiers insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.ticket_tiers FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendor_availability insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.vendor_availability FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendor_recommendations insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.vendor_recommendations FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendors insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.vendors FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: venue_layouts insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.venue_layouts FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: venues insert_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_producers ON app_public.venues FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: casting_briefs insert_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_staff ON app_public.casting_briefs FOR INSERT TO :DATABASE_MEMBER WITH CHECK ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: files insert_writers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY insert_writers ON app_public.files FOR INSERT TO :DATABASE_MEMBER WITH CHECK (((attached_at IS NULL) AND (organization_id = ANY (app_private.organization_ids_with_role(app_private.file_writer_roles(purpose))))));


--
-- Name: looks; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.looks ENABLE ROW LEVEL SECURITY;

--
-- Name: memberships; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.memberships ENABLE ROW LEVEL SECURITY;

--
-- Name: model_castings; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.model_castings ENABLE ROW LEVEL SECURITY;

--
-- Name: notifications; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.notifications ENABLE ROW LEVEL SECURITY;

--
-- Name: organization_invitations; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.organization_invitations ENABLE ROW LEVEL SECURITY;

--
-- Name: organizations; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.organizations ENABLE ROW LEVEL SECURITY;

--
-- Name: outbound_messages; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.outbound_messages ENABLE ROW LEVEL SECURITY;

--
-- Name: payments; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.payments ENABLE ROW LEVEL SECURITY;

--
-- Name: profiles; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.profiles ENABLE ROW LEVEL SECURITY;

--
-- Name: runway_schedules; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.runway_schedules ENABLE ROW LEVEL SECURITY;

--
-- Name: runway_slots; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.runway_slots ENABLE ROW LEVEL SECURITY;

--
-- Name: seat_assignments; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.seat_assignments ENABLE ROW LEVEL SECURITY;

--
-- Name: seats; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.seats ENABLE ROW LEVEL SECURITY;

--
-- Name: organization_invitations select_admins; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_admins ON app_public.organization_invitations FOR SELECT USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_contacts select_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_casting ON app_public.talent_contacts FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: communication_opt_outs select_contact_readers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_contact_readers ON app_public.communication_opt_outs FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (
CASE recipient_kind
    WHEN 'talent'::text THEN ( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)
    WHEN 'guest'::text THEN ( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)
    WHEN 'buyer'::text THEN ( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)
    WHEN 'vendor'::text THEN ( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)
    ELSE ( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)
END)));


--
-- Name: outbound_messages select_contact_readers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_contact_readers ON app_public.outbound_messages FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (
CASE recipient_kind
    WHEN 'talent'::text THEN ( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)
    WHEN 'guest'::text THEN ( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)
    WHEN 'buyer'::text THEN ( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)
    WHEN 'vendor'::text THEN ( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)
    ELSE ( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)
END)));


--
-- Name: events select_door; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_door ON app_public.events FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{door}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: organizations select_door; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_door ON app_public.organizations FOR SELECT USING ((id = ANY (( SELECT app_private.organization_ids_with_role('{door}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: agent_runs select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.agent_runs FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: designers select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.designers FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: event_budgets select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.event_budgets FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: event_designers select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.event_designers FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: event_health_reports select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.event_health_reports FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: events select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.events FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: files select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.files FOR SELECT TO :DATABASE_MEMBER USING ((
CASE purpose
    WHEN 'talent_photo'::text THEN (EXISTS ( SELECT 1
       FROM app_public.talent_photos p
      WHERE (p.file_id = files.id)))
    WHEN 'look_photo'::text THEN (EXISTS ( SELECT 1
       FROM app_public.looks l
      WHERE (l.photo_file_id = files.id)))
    WHEN 'event_cover'::text THEN (EXISTS ( SELECT 1
       FROM app_public.events e
      WHERE (e.cover_file_id = files.id)))
    WHEN 'organization_logo'::text THEN (EXISTS ( SELECT 1
       FROM app_public.organizations o
      WHERE (o.logo_file_id = files.id)))
    ELSE NULL::boolean
END OR ((attached_at IS NULL) AND (organization_id = ANY (app_private.organization_ids_with_role(app_private.file_writer_roles(purpose)))))));


--
-- Name: guest_invitations select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.guest_invitations FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: guests select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.guests FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: looks select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.looks FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: memberships select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.memberships FOR SELECT USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: organizations select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.organizations FOR SELECT USING ((id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: runway_schedules select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.runway_schedules FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: runway_slots select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.runway_slots FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: seat_assignments select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.seat_assignments FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: seats select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.seats FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: sponsors select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.sponsors FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: ticket_tiers select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.ticket_tiers FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: vendor_availability select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.vendor_availability FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: vendor_recommendations select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.vendor_recommendations FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: vendors select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.vendors FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: venue_layouts select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.venue_layouts FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: venues select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.venues FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: whatsapp_templates select_members; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_members ON app_public.whatsapp_templates FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])));


--
-- Name: memberships select_own; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_own ON app_public.memberships FOR SELECT USING ((profile_id = ( SELECT app_public.current_profile_id() AS current_profile_id)));


--
-- Name: notifications select_own; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_own ON app_public.notifications FOR SELECT TO :DATABASE_MEMBER USING (((profile_id = ( SELECT app_public.current_profile_id() AS current_profile_id)) AND (organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[]))));


--
-- Name: email_drafts select_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_producers ON app_public.email_drafts FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guest_contacts select_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_producers ON app_public.guest_contacts FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: ticket_check_ins select_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_producers ON app_public.ticket_check_ins FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: tickets select_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_producers ON app_public.tickets FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: designers select_public; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_public ON app_public.designers FOR SELECT TO :DATABASE_ANONYMOUS USING ((EXISTS ( SELECT 1
   FROM (app_public.event_designers ed
     JOIN app_public.events e ON ((e.id = ed.event_id)))
  WHERE ((ed.designer_id = designers.id) AND (e.status = 'published'::text) AND e.is_public))));


--
-- Name: event_designers select_public; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_public ON app_public.event_designers FOR SELECT TO :DATABASE_ANONYMOUS USING ((EXISTS ( SELECT 1
   FROM app_public.events e
  WHERE ((e.id = event_designers.event_id) AND (e.status = 'published'::text) AND e.is_public))));


--
-- Name: events select_public; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_public ON app_public.events FOR SELECT TO :DATABASE_ANONYMOUS USING (((status = 'published'::text) AND is_public));


--
-- Name: files select_public; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_public ON app_public.files FOR SELECT TO :DATABASE_ANONYMOUS USING (((purpose = 'event_cover'::text) AND (EXISTS ( SELECT 1
   FROM app_public.events e
  WHERE (e.cover_file_id = files.id)))));


--
-- Name: ticket_tiers select_public; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_public ON app_public.ticket_tiers FOR SELECT TO :DATABASE_ANONYMOUS USING ((EXISTS ( SELECT 1
   FROM app_public.events e
  WHERE ((e.id = ticket_tiers.event_id) AND (e.status = 'published'::text) AND e.is_public))));


--
-- Name: venues select_public; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_public ON app_public.venues FOR SELECT TO :DATABASE_ANONYMOUS USING ((EXISTS ( SELECT 1
   FROM app_public.events e
  WHERE ((e.venue_id = venues.id) AND (e.status = 'published'::text) AND e.is_public))));


--
-- Name: profiles select_self_and_teammates; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_self_and_teammates ON app_public.profiles FOR SELECT USING (((id = ( SELECT app_public.current_profile_id() AS current_profile_id)) OR (EXISTS ( SELECT 1
   FROM app_public.memberships m
  WHERE ((m.profile_id = profiles.id) AND (m.organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[])))))));


--
-- Name: casting_briefs select_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_staff ON app_public.casting_briefs FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: inbox_messages select_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_staff ON app_public.inbox_messages FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: model_castings select_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_staff ON app_public.model_castings FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent select_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_staff ON app_public.talent FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_availability select_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_staff ON app_public.talent_availability FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_photos select_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_staff ON app_public.talent_photos FOR SELECT TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: bookings select_staff_or_buyer; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_staff_or_buyer ON app_public.bookings FOR SELECT TO :DATABASE_MEMBER USING (((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])) OR (profile_id = ( SELECT app_public.current_profile_id() AS current_profile_id))));


--
-- Name: payments select_staff_or_buyer; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY select_staff_or_buyer ON app_public.payments FOR SELECT TO :DATABASE_MEMBER USING (((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])) OR (profile_id = ( SELECT app_public.current_profile_id() AS current_profile_id))));


--
-- Name: sponsors; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.sponsors ENABLE ROW LEVEL SECURITY;

--
-- Name: talent; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.talent ENABLE ROW LEVEL SECURITY;

--
-- Name: talent_availability; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.talent_availability ENABLE ROW LEVEL SECURITY;

--
-- Name: talent_contacts; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.talent_contacts ENABLE ROW LEVEL SECURITY;

--
-- Name: talent_photos; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.talent_photos ENABLE ROW LEVEL SECURITY;

--
-- Name: ticket_check_ins; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.ticket_check_ins ENABLE ROW LEVEL SECURITY;

--
-- Name: ticket_tiers; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.ticket_tiers ENABLE ROW LEVEL SECURITY;

--
-- Name: tickets; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.tickets ENABLE ROW LEVEL SECURITY;

--
-- Name: memberships update_admins; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_admins ON app_public.memberships FOR UPDATE USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: organizations update_admins; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_admins ON app_public.organizations FOR UPDATE USING ((id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: whatsapp_templates update_admins; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_admins ON app_public.whatsapp_templates FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent update_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_casting ON app_public.talent FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_availability update_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_casting ON app_public.talent_availability FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_contacts update_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_casting ON app_public.talent_contacts FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: talent_photos update_casting; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_casting ON app_public.talent_photos FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: notifications update_own; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_own ON app_public.notifications FOR UPDATE TO :DATABASE_MEMBER USING (((profile_id = ( SELECT app_public.current_profile_id() AS current_profile_id)) AND (organization_id = ANY (( SELECT app_public.current_organization_ids() AS current_organization_ids)::uuid[]))));


--
-- Name: designers update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.designers FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: email_drafts update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.email_drafts FOR UPDATE TO :DATABASE_MEMBER USING (((status = 'draft'::text) AND (organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])))) WITH CHECK ((status = 'draft'::text));


--
-- Name: event_budgets update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.event_budgets FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: event_designers update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.event_designers FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: events update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.events FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guest_contacts update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.guest_contacts FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guest_invitations update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.guest_invitations FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: guests update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.guests FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: looks update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.looks FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: runway_schedules update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.runway_schedules FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: runway_slots update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.runway_slots FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: seat_assignments update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.seat_assignments FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: seats update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.seats FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: sponsors update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.sponsors FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: ticket_tiers update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.ticket_tiers FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendor_availability update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.vendor_availability FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendor_recommendations update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.vendor_recommendations FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendors update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.vendors FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: venue_layouts update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.venue_layouts FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: venues update_producers; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_producers ON app_public.venues FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: profiles update_self; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_self ON app_public.profiles FOR UPDATE USING ((id = ( SELECT app_public.current_profile_id() AS current_profile_id)));


--
-- Name: casting_briefs update_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_staff ON app_public.casting_briefs FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: inbox_messages update_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_staff ON app_public.inbox_messages FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: model_castings update_staff; Type: POLICY; Schema: app_public; Owner: -
--

CREATE POLICY update_staff ON app_public.model_castings FOR UPDATE TO :DATABASE_MEMBER USING ((organization_id = ANY (( SELECT app_private.organization_ids_with_role('{owner,admin,producer,casting}'::text[]) AS organization_ids_with_role)::uuid[])));


--
-- Name: vendor_availability; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.vendor_availability ENABLE ROW LEVEL SECURITY;

--
-- Name: vendor_recommendations; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.vendor_recommendations ENABLE ROW LEVEL SECURITY;

--
-- Name: vendors; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.vendors ENABLE ROW LEVEL SECURITY;

--
-- Name: venue_layouts; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.venue_layouts ENABLE ROW LEVEL SECURITY;

--
-- Name: venues; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.venues ENABLE ROW LEVEL SECURITY;

--
-- Name: whatsapp_templates; Type: ROW SECURITY; Schema: app_public; Owner: -
--

ALTER TABLE app_public.whatsapp_templates ENABLE ROW LEVEL SECURITY;

--
-- Name: SCHEMA app_private; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA app_private TO :DATABASE_ANONYMOUS;
GRANT USAGE ON SCHEMA app_private TO :DATABASE_MEMBER;


--
-- Name: SCHEMA app_public; Type: ACL; Schema: -; Owner: -
--

GRANT USAGE ON SCHEMA app_public TO :DATABASE_ANONYMOUS;
GRANT USAGE ON SCHEMA app_public TO :DATABASE_MEMBER;


--
-- Name: SCHEMA public; Type: ACL; Schema: -; Owner: -
--

REVOKE USAGE ON SCHEMA public FROM PUBLIC;
GRANT USAGE ON SCHEMA public TO :DATABASE_AUTHENTICATOR;
GRANT USAGE ON SCHEMA public TO :DATABASE_ANONYMOUS;
GRANT USAGE ON SCHEMA public TO :DATABASE_MEMBER;


--
-- Name: FUNCTION base32(input bytea); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.base32(input bytea) FROM PUBLIC;


--
-- Name: TABLE bookings; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.bookings TO :DATABASE_MEMBER;


--
-- Name: FUNCTION access_token_hash(token text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.access_token_hash(token text) FROM PUBLIC;


--
-- Name: FUNCTION ai_record_columns(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.ai_record_columns() FROM PUBLIC;


--
-- Name: FUNCTION apply_identity_event(svix_id text, event_type text, subject text, event_at timestamp with time zone, email text, email_verified boolean, full_name text, avatar_url text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.apply_identity_event(svix_id text, event_type text, subject text, event_at timestamp with time zone, email text, email_verified boolean, full_name text, avatar_url text) FROM PUBLIC;


--
-- Name: TABLE payments; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.payments TO :DATABASE_MEMBER;


--
-- Name: TABLE ticket_tiers; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;
GRANT SELECT ON TABLE app_public.ticket_tiers TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN ticket_tiers.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;


--
-- Name: COLUMN ticket_tiers.name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(name),UPDATE(name) ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;


--
-- Name: COLUMN ticket_tiers.description; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(description),UPDATE(description) ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;


--
-- Name: COLUMN ticket_tiers.price_cop; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(price_cop),UPDATE(price_cop) ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;


--
-- Name: COLUMN ticket_tiers.quantity; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(quantity),UPDATE(quantity) ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;


--
-- Name: COLUMN ticket_tiers.sales_start_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(sales_start_at),UPDATE(sales_start_at) ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;


--
-- Name: COLUMN ticket_tiers.sales_end_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(sales_end_at),UPDATE(sales_end_at) ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;


--
-- Name: COLUMN ticket_tiers.max_per_order; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(max_per_order),UPDATE(max_per_order) ON TABLE app_public.ticket_tiers TO :DATABASE_MEMBER;


--
-- Name: FUNCTION apply_payment_status(payment app_public.payments, booking app_public.bookings, tier app_public.ticket_tiers); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.apply_payment_status(payment app_public.payments, booking app_public.bookings, tier app_public.ticket_tiers) FROM PUBLIC;


--
-- Name: FUNCTION apply_whatsapp_message(provider_message_id text, from_number text, phone_number_id text, message_type text, body text, button_payload text, context_message_id text, sent_at timestamp with time zone, sender_name text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.apply_whatsapp_message(provider_message_id text, from_number text, phone_number_id text, message_type text, body text, button_payload text, context_message_id text, sent_at timestamp with time zone, sender_name text) FROM PUBLIC;


--
-- Name: FUNCTION apply_whatsapp_status(provider_message_id text, status text, at timestamp with time zone, error_code text, error_title text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.apply_whatsapp_status(provider_message_id text, status text, at timestamp with time zone, error_code text, error_title text) FROM PUBLIC;


--
-- Name: FUNCTION apply_wompi_event(checksum text, txn jsonb, event_at timestamp with time zone); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.apply_wompi_event(checksum text, txn jsonb, event_at timestamp with time zone) FROM PUBLIC;


--
-- Name: FUNCTION assert_email_verified(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.assert_email_verified() FROM PUBLIC;


--
-- Name: FUNCTION assert_org_role(org uuid, roles text[]); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.assert_org_role(org uuid, roles text[]) FROM PUBLIC;


--
-- Name: FUNCTION base32_decode(input text, byte_count integer); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.base32_decode(input text, byte_count integer) FROM PUBLIC;


--
-- Name: FUNCTION booking_access_secret(booking_id uuid, key bytea); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.booking_access_secret(booking_id uuid, key bytea) FROM PUBLIC;


--
-- Name: FUNCTION booking_access_token(booking_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.booking_access_token(booking_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION booking_by_access_token(access_token text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.booking_by_access_token(access_token text) FROM PUBLIC;


--
-- Name: FUNCTION booking_confirmed(booking_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.booking_confirmed(booking_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION box_office_key(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.box_office_key() FROM PUBLIC;


--
-- Name: FUNCTION can_grant_role(grantor_role text, role text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.can_grant_role(grantor_role text, role text) FROM PUBLIC;


--
-- Name: FUNCTION check_agent_limits(organization uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.check_agent_limits(organization uuid) FROM PUBLIC;


--
-- Name: TABLE tickets; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.tickets TO :DATABASE_MEMBER;


--
-- Name: FUNCTION check_in(ticket app_public.tickets, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.check_in(ticket app_public.tickets, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text) FROM PUBLIC;


--
-- Name: TABLE guest_invitations; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.guest_invitations TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_invitations.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.guest_invitations TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_invitations.guest_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(guest_id) ON TABLE app_public.guest_invitations TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_invitations.plus_one_allowed; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(plus_one_allowed),UPDATE(plus_one_allowed) ON TABLE app_public.guest_invitations TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_invitations.notes; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(notes) ON TABLE app_public.guest_invitations TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_invitations.rsvp_expires_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(rsvp_expires_at) ON TABLE app_public.guest_invitations TO :DATABASE_MEMBER;


--
-- Name: FUNCTION check_in_guest(invitation app_public.guest_invitations, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.check_in_guest(invitation app_public.guest_invitations, expected_event uuid, gate text, scanned timestamp with time zone, device text, method text) FROM PUBLIC;


--
-- Name: FUNCTION check_in_inputs(gate text, scanned_at timestamp with time zone, device_id text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.check_in_inputs(gate text, scanned_at timestamp with time zone, device_id text) FROM PUBLIC;


--
-- Name: FUNCTION check_invitation_limits(organization uuid, recipient text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.check_invitation_limits(organization uuid, recipient text) FROM PUBLIC;


--
-- Name: FUNCTION checkout_by_access_token(access_token text, OUT booking_id uuid, OUT reference text, OUT status text, OUT amount_in_cents bigint, OUT currency text, OUT buyer_email text, OUT buyer_name text, OUT expires_at timestamp with time zone); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.checkout_by_access_token(access_token text, OUT booking_id uuid, OUT reference text, OUT status text, OUT amount_in_cents bigint, OUT currency text, OUT buyer_email text, OUT buyer_name text, OUT expires_at timestamp with time zone) FROM PUBLIC;


--
-- Name: FUNCTION claimed_session_id(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.claimed_session_id() FROM PUBLIC;


--
-- Name: FUNCTION constraint_field(constraint_name text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.constraint_field(constraint_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.constraint_field(constraint_name text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION contains_pattern(value text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.contains_pattern(value text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.contains_pattern(value text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION cop(amount numeric); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.cop(amount numeric) FROM PUBLIC;


--
-- Name: FUNCTION email_digest(email text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.email_digest(email text) FROM PUBLIC;


--
-- Name: FUNCTION enqueue_account_email(kind text, recipient text, locale text, details jsonb); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.enqueue_account_email(kind text, recipient text, locale text, details jsonb) FROM PUBLIC;


--
-- Name: FUNCTION enqueue_outbound_message(organization_id uuid, channel text, recipient_kind text, recipient_id uuid, template_key text, variables jsonb, purpose text, cause_kind text, cause_id uuid, event_id uuid, urgent boolean, locale text, rendered_subject text, rendered_body text, rendered_html text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.enqueue_outbound_message(organization_id uuid, channel text, recipient_kind text, recipient_id uuid, template_key text, variables jsonb, purpose text, cause_kind text, cause_id uuid, event_id uuid, urgent boolean, locale text, rendered_subject text, rendered_body text, rendered_html text) FROM PUBLIC;


--
-- Name: FUNCTION erasure_patterns(names text[]); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.erasure_patterns(names text[]) FROM PUBLIC;


--
-- Name: FUNCTION error_reason(state text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.error_reason(state text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.error_reason(state text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION event_health_checks(event_id uuid, as_of timestamp with time zone); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.event_health_checks(event_id uuid, as_of timestamp with time zone) FROM PUBLIC;


--
-- Name: FUNCTION event_health_codes(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.event_health_codes() FROM PUBLIC;


--
-- Name: FUNCTION event_health_due(as_of timestamp with time zone); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.event_health_due(as_of timestamp with time zone) FROM PUBLIC;


--
-- Name: FUNCTION expire_reservations(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.expire_reservations() FROM PUBLIC;


--
-- Name: FUNCTION expire_tier_reservations(tier_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.expire_tier_reservations(tier_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION file_writer_roles(purpose text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.file_writer_roles(purpose text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.file_writer_roles(purpose text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION fold(value text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.fold(value text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.fold(value text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION forget_identity(subject text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.forget_identity(subject text) FROM PUBLIC;


--
-- Name: FUNCTION guest_category(value text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.guest_category(value text) FROM PUBLIC;


--
-- Name: FUNCTION guest_door_secret(invitation_id uuid, key bytea); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.guest_door_secret(invitation_id uuid, key bytea) FROM PUBLIC;


--
-- Name: FUNCTION has_org_role(org uuid, roles text[]); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.has_org_role(org uuid, roles text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.has_org_role(org uuid, roles text[]) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_private.has_org_role(org uuid, roles text[]) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION health_check(key text, code text, severity text, title_code text, title text, next_step_code text, next_step text, facts jsonb); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.health_check(key text, code text, severity text, title_code text, title text, next_step_code text, next_step text, facts jsonb) FROM PUBLIC;


--
-- Name: FUNCTION identity_settings(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.identity_settings() FROM PUBLIC;


--
-- Name: FUNCTION invitation_by_rsvp_token(token text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.invitation_by_rsvp_token(token text) FROM PUBLIC;


--
-- Name: FUNCTION invitation_expiry(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.invitation_expiry() FROM PUBLIC;


--
-- Name: FUNCTION is_closed_vocabulary(table_name regclass, column_number smallint); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.is_closed_vocabulary(table_name regclass, column_number smallint) FROM PUBLIC;


--
-- Name: FUNCTION is_membership_role(role text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.is_membership_role(role text) FROM PUBLIC;


--
-- Name: FUNCTION is_request_role(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.is_request_role() FROM PUBLIC;


--
-- Name: FUNCTION is_time_zone(name text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.is_time_zone(name text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.is_time_zone(name text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_private.is_time_zone(name text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION issue_email_verification(profile_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.issue_email_verification(profile_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION like_escape(value text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.like_escape(value text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.like_escape(value text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION link_identity(subject text, email text, email_verified boolean, full_name text, avatar_url text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.link_identity(subject text, email text, email_verified boolean, full_name text, avatar_url text) FROM PUBLIC;


--
-- Name: FUNCTION lock_booking(booking_id uuid, roles text[]); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.lock_booking(booking_id uuid, roles text[]) FROM PUBLIC;


--
-- Name: FUNCTION lock_event_guests(event_id uuid, OUT capacity integer, OUT accepted integer); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.lock_event_guests(event_id uuid, OUT capacity integer, OUT accepted integer) FROM PUBLIC;


--
-- Name: FUNCTION lock_invitation(invitation_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.lock_invitation(invitation_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION mark_runway_stale(event_id uuid, reason jsonb, fixed_order_only boolean); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.mark_runway_stale(event_id uuid, reason jsonb, fixed_order_only boolean) FROM PUBLIC;


--
-- Name: FUNCTION mask_number(number text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.mask_number(number text) FROM PUBLIC;


--
-- Name: FUNCTION mentions_person(value text, person uuid, names text[]); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.mentions_person(value text, person uuid, names text[]) FROM PUBLIC;


--
-- Name: FUNCTION model_casting_candidates(brief_id uuid, max_candidates integer); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.model_casting_candidates(brief_id uuid, max_candidates integer) FROM PUBLIC;


--
-- Name: FUNCTION name_pattern(name text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.name_pattern(name text) FROM PUBLIC;


--
-- Name: FUNCTION organization_day(organization uuid, day date); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.organization_day(organization uuid, day date) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.organization_day(organization uuid, day date) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION organization_ids_with_role(roles text[]); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.organization_ids_with_role(roles text[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.organization_ids_with_role(roles text[]) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_private.organization_ids_with_role(roles text[]) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION outbox_claim(message_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_claim(message_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION outbox_event_variables(event_id uuid, name text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_event_variables(event_id uuid, name text) FROM PUBLIC;


--
-- Name: FUNCTION outbox_has_consent(organization_id uuid, channel text, purpose text, recipient_kind text, recipient_id uuid, address text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_has_consent(organization_id uuid, channel text, purpose text, recipient_kind text, recipient_id uuid, address text) FROM PUBLIC;


--
-- Name: FUNCTION outbox_quiet_until(organization_id uuid, at timestamp with time zone); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_quiet_until(organization_id uuid, at timestamp with time zone) FROM PUBLIC;


--
-- Name: FUNCTION outbox_record_event(channel text, provider_message_id text, event text, at timestamp with time zone, detail text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_record_event(channel text, provider_message_id text, event text, at timestamp with time zone, detail text) FROM PUBLIC;


--
-- Name: FUNCTION outbox_record_failure(message_id uuid, code text, detail text, permanent boolean, bounced boolean); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_record_failure(message_id uuid, code text, detail text, permanent boolean, bounced boolean) FROM PUBLIC;


--
-- Name: FUNCTION outbox_record_sent(message_id uuid, provider_message_id text, rendered_subject text, rendered_body text, rendered_html text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_record_sent(message_id uuid, provider_message_id text, rendered_subject text, rendered_body text, rendered_html text) FROM PUBLIC;


--
-- Name: FUNCTION outbox_settings_for(organization_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_settings_for(organization_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION outbox_unsubscribe_token(message_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.outbox_unsubscribe_token(message_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION promote_waitlist(event_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.promote_waitlist(event_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION record_opt_out(message_id uuid, source text, purpose text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.record_opt_out(message_id uuid, source text, purpose text) FROM PUBLIC;


--
-- Name: FUNCTION redact_person(document jsonb, person uuid, names text[]); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.redact_person(document jsonb, person uuid, names text[]) FROM PUBLIC;


--
-- Name: FUNCTION redact_person_text(value text, person uuid, names text[]); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.redact_person_text(value text, person uuid, names text[]) FROM PUBLIC;


--
-- Name: TABLE event_health_reports; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.event_health_reports TO :DATABASE_MEMBER;


--
-- Name: FUNCTION refresh_event_health(event_id uuid, report_date date, requested_by uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.refresh_event_health(event_id uuid, report_date date, requested_by uuid) FROM PUBLIC;


--
-- Name: FUNCTION refresh_time_zones(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.refresh_time_zones() FROM PUBLIC;


--
-- Name: FUNCTION reservation_minutes(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.reservation_minutes() FROM PUBLIC;


--
-- Name: FUNCTION reserve_account_mail_slot(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.reserve_account_mail_slot() FROM PUBLIC;


--
-- Name: FUNCTION role_rank(role text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.role_rank(role text) FROM PUBLIC;


--
-- Name: FUNCTION rsvp_of(invitation app_public.guest_invitations); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.rsvp_of(invitation app_public.guest_invitations) FROM PUBLIC;


--
-- Name: FUNCTION rsvp_secret(invitation_id uuid, version integer, key bytea); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.rsvp_secret(invitation_id uuid, version integer, key bytea) FROM PUBLIC;


--
-- Name: FUNCTION rsvp_token(invitation_id uuid, version integer); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.rsvp_token(invitation_id uuid, version integer) FROM PUBLIC;


--
-- Name: FUNCTION run_event_health_daily(report_date date, as_of timestamp with time zone); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.run_event_health_daily(report_date date, as_of timestamp with time zone) FROM PUBLIC;


--
-- Name: FUNCTION runway_solver_input(schedule_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.runway_solver_input(schedule_id uuid) FROM PUBLIC;


--
-- Name: TABLE seats; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.seats TO :DATABASE_MEMBER;


--
-- Name: COLUMN seats.layout_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(layout_id) ON TABLE app_public.seats TO :DATABASE_MEMBER;


--
-- Name: COLUMN seats.section; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(section),UPDATE(section) ON TABLE app_public.seats TO :DATABASE_MEMBER;


--
-- Name: COLUMN seats.row_label; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(row_label),UPDATE(row_label) ON TABLE app_public.seats TO :DATABASE_MEMBER;


--
-- Name: COLUMN seats.row_index; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(row_index),UPDATE(row_index) ON TABLE app_public.seats TO :DATABASE_MEMBER;


--
-- Name: COLUMN seats.seat_number; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(seat_number),UPDATE(seat_number) ON TABLE app_public.seats TO :DATABASE_MEMBER;


--
-- Name: COLUMN seats.front_row; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(front_row),UPDATE(front_row) ON TABLE app_public.seats TO :DATABASE_MEMBER;


--
-- Name: FUNCTION seat_label(seat app_public.seats); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.seat_label(seat app_public.seats) FROM PUBLIC;


--
-- Name: FUNCTION start_session(profile uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.start_session(profile uuid) FROM PUBLIC;


--
-- Name: FUNCTION talent_reference_columns(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.talent_reference_columns() FROM PUBLIC;


--
-- Name: FUNCTION talent_search_ids(words text[], city text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.talent_search_ids(words text[], city text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.talent_search_ids(words text[], city text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION talent_search_text(full_name text, stage_name text, agency text, city text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.talent_search_text(full_name text, stage_name text, agency text, city text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.talent_search_text(full_name text, stage_name text, agency text, city text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION text_array_fits(items text[], max_items integer, max_length integer); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.text_array_fits(items text[], max_items integer, max_length integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.text_array_fits(items text[], max_items integer, max_length integer) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_private.text_array_fits(items text[], max_items integer, max_length integer) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION tg__attach_file(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg__attach_file() FROM PUBLIC;


--
-- Name: FUNCTION tg__forget_erased_talent(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg__forget_erased_talent() FROM PUBLIC;


--
-- Name: FUNCTION tg__inherit_organization(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg__inherit_organization() FROM PUBLIC;


--
-- Name: FUNCTION tg__person_is_member(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg__person_is_member() FROM PUBLIC;


--
-- Name: FUNCTION tg__release_file(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg__release_file() FROM PUBLIC;


--
-- Name: FUNCTION tg__timestamps(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg__timestamps() FROM PUBLIC;


--
-- Name: FUNCTION tg_bookings__defaults(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_bookings__defaults() FROM PUBLIC;


--
-- Name: FUNCTION tg_bookings__event_open(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_bookings__event_open() FROM PUBLIC;


--
-- Name: FUNCTION tg_bookings__make_tickets(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_bookings__make_tickets() FROM PUBLIC;


--
-- Name: FUNCTION tg_bookings__stock(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_bookings__stock() FROM PUBLIC;


--
-- Name: FUNCTION tg_event_designers__keep_looks(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_event_designers__keep_looks() FROM PUBLIC;


--
-- Name: FUNCTION tg_event_designers__runway_stale(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_event_designers__runway_stale() FROM PUBLIC;


--
-- Name: FUNCTION tg_events__capacity_holds_tiers(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_events__capacity_holds_tiers() FROM PUBLIC;


--
-- Name: FUNCTION tg_events__close_box_office(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_events__close_box_office() FROM PUBLIC;


--
-- Name: FUNCTION tg_events__guest_capacity(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_events__guest_capacity() FROM PUBLIC;


--
-- Name: FUNCTION tg_events__keep_bookings(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_events__keep_bookings() FROM PUBLIC;


--
-- Name: FUNCTION tg_events__status(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_events__status() FROM PUBLIC;


--
-- Name: FUNCTION tg_files__enqueue_object_deletion(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_files__enqueue_object_deletion() FROM PUBLIC;


--
-- Name: FUNCTION tg_guest_invitations__defaults(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_guest_invitations__defaults() FROM PUBLIC;


--
-- Name: FUNCTION tg_guest_invitations__enqueue_messages(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_guest_invitations__enqueue_messages() FROM PUBLIC;


--
-- Name: FUNCTION tg_guest_invitations__free_places(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_guest_invitations__free_places() FROM PUBLIC;


--
-- Name: FUNCTION tg_looks__model_confirmed(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_looks__model_confirmed() FROM PUBLIC;


--
-- Name: FUNCTION tg_looks__runway_stale(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_looks__runway_stale() FROM PUBLIC;


--
-- Name: FUNCTION tg_memberships__keep_an_owner(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_memberships__keep_an_owner() FROM PUBLIC;


--
-- Name: FUNCTION tg_memberships__revoke_invitations(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_memberships__revoke_invitations() FROM PUBLIC;


--
-- Name: FUNCTION tg_model_castings__enqueue_messages(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_model_castings__enqueue_messages() FROM PUBLIC;


--
-- Name: FUNCTION tg_model_castings__runway_stale(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_model_castings__runway_stale() FROM PUBLIC;


--
-- Name: FUNCTION tg_outbound_messages__whatsapp(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_outbound_messages__whatsapp() FROM PUBLIC;


--
-- Name: FUNCTION tg_runway_schedules__stale(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_runway_schedules__stale() FROM PUBLIC;


--
-- Name: FUNCTION tg_seat_assignments__valid(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_seat_assignments__valid() FROM PUBLIC;


--
-- Name: FUNCTION tg_talent__consent_not_after_now(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_talent__consent_not_after_now() FROM PUBLIC;


--
-- Name: FUNCTION tg_talent__minor_needs_guardian(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_talent__minor_needs_guardian() FROM PUBLIC;


--
-- Name: FUNCTION tg_talent_photos__at_most_twelve(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_talent_photos__at_most_twelve() FROM PUBLIC;


--
-- Name: FUNCTION tg_ticket_tiers__within_capacity(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_ticket_tiers__within_capacity() FROM PUBLIC;


--
-- Name: FUNCTION tg_vendor_recommendations__availability(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_vendor_recommendations__availability() FROM PUBLIC;


--
-- Name: FUNCTION tg_vendor_recommendations__rating(); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tg_vendor_recommendations__rating() FROM PUBLIC;


--
-- Name: FUNCTION ticket_code(ticket_id uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.ticket_code(ticket_id uuid) FROM PUBLIC;


--
-- Name: FUNCTION ticket_code_hash(code text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.ticket_code_hash(code text) FROM PUBLIC;


--
-- Name: FUNCTION ticket_id(booking_id uuid, seat integer); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.ticket_id(booking_id uuid, seat integer) FROM PUBLIC;


--
-- Name: FUNCTION ticket_passes(booking_id uuid, only_seat uuid); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.ticket_passes(booking_id uuid, only_seat uuid) FROM PUBLIC;


--
-- Name: FUNCTION ticket_secret(ticket_id uuid, key bytea); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.ticket_secret(ticket_id uuid, key bytea) FROM PUBLIC;


--
-- Name: FUNCTION tier_counts(tier_id uuid, OUT paid integer, OUT reserved integer); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.tier_counts(tier_id uuid, OUT paid integer, OUT reserved integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.tier_counts(tier_id uuid, OUT paid integer, OUT reserved integer) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_private.tier_counts(tier_id uuid, OUT paid integer, OUT reserved integer) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION unsubscribe(message_id uuid, token text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.unsubscribe(message_id uuid, token text) FROM PUBLIC;


--
-- Name: FUNCTION vendor_category_es(category text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.vendor_category_es(category text) FROM PUBLIC;


--
-- Name: FUNCTION vendor_shortlist(event_id uuid, category text, budget_cop bigint, max_vendors integer); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.vendor_shortlist(event_id uuid, category text, budget_cop bigint, max_vendors integer) FROM PUBLIC;


--
-- Name: FUNCTION whatsapp_answer(text text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.whatsapp_answer(text text) FROM PUBLIC;


--
-- Name: FUNCTION whatsapp_number(phone text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.whatsapp_number(phone text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_private.whatsapp_number(phone text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION whatsapp_template(organization uuid, purpose text, OUT name text, OUT language_code text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.whatsapp_template(organization uuid, purpose text, OUT name text, OUT language_code text) FROM PUBLIC;


--
-- Name: FUNCTION whatsapp_window_open(number text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.whatsapp_window_open(number text) FROM PUBLIC;


--
-- Name: FUNCTION wompi_status_rank(status text); Type: ACL; Schema: app_private; Owner: -
--

REVOKE ALL ON FUNCTION app_private.wompi_status_rank(status text) FROM PUBLIC;


--
-- Name: TABLE memberships; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.memberships TO :DATABASE_MEMBER;
GRANT SELECT ON TABLE app_public.memberships TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN memberships.role; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(role) ON TABLE app_public.memberships TO :DATABASE_MEMBER;


--
-- Name: FUNCTION accept_invitation(token text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.accept_invitation(token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.accept_invitation(token text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION add_seat_rows(layout_id uuid, section text, row_count integer, seats_per_row integer, front_rows integer); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.add_seat_rows(layout_id uuid, section text, row_count integer, seats_per_row integer, front_rows integer) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.add_seat_rows(layout_id uuid, section text, row_count integer, seats_per_row integer, front_rows integer) TO :DATABASE_MEMBER;


--
-- Name: TABLE event_designers; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.event_designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN event_designers.id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(id) ON TABLE app_public.event_designers TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN event_designers.organization_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(organization_id) ON TABLE app_public.event_designers TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN event_designers.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(event_id) ON TABLE app_public.event_designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(event_id) ON TABLE app_public.event_designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN event_designers.designer_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(designer_id) ON TABLE app_public.event_designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(designer_id) ON TABLE app_public.event_designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN event_designers.show_order; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(show_order) ON TABLE app_public.event_designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(show_order),UPDATE(show_order) ON TABLE app_public.event_designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN event_designers.collection_name; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(collection_name) ON TABLE app_public.event_designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(collection_name),UPDATE(collection_name) ON TABLE app_public.event_designers TO :DATABASE_MEMBER;


--
-- Name: FUNCTION add_to_line_up(event_id uuid, designer_id uuid, collection_name text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.add_to_line_up(event_id uuid, designer_id uuid, collection_name text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.add_to_line_up(event_id uuid, designer_id uuid, collection_name text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION ai_usage(since timestamp with time zone, organization_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.ai_usage(since timestamp with time zone, organization_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.ai_usage(since timestamp with time zone, organization_id uuid) TO :DATABASE_MEMBER;


--
-- Name: TABLE email_drafts; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.email_drafts TO :DATABASE_MEMBER;


--
-- Name: COLUMN email_drafts.subject; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(subject) ON TABLE app_public.email_drafts TO :DATABASE_MEMBER;


--
-- Name: COLUMN email_drafts.preheader; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(preheader) ON TABLE app_public.email_drafts TO :DATABASE_MEMBER;


--
-- Name: COLUMN email_drafts.sections; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(sections) ON TABLE app_public.email_drafts TO :DATABASE_MEMBER;


--
-- Name: FUNCTION approve_email_draft(id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.approve_email_draft(id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.approve_email_draft(id uuid) TO :DATABASE_MEMBER;


--
-- Name: TABLE seat_assignments; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.seat_assignments TO :DATABASE_MEMBER;


--
-- Name: COLUMN seat_assignments.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.seat_assignments TO :DATABASE_MEMBER;


--
-- Name: COLUMN seat_assignments.seat_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(seat_id),UPDATE(seat_id) ON TABLE app_public.seat_assignments TO :DATABASE_MEMBER;


--
-- Name: COLUMN seat_assignments.invitation_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(invitation_id) ON TABLE app_public.seat_assignments TO :DATABASE_MEMBER;


--
-- Name: COLUMN seat_assignments.plus_one; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(plus_one),UPDATE(plus_one) ON TABLE app_public.seat_assignments TO :DATABASE_MEMBER;


--
-- Name: FUNCTION assign_seat(event_id uuid, seat_id uuid, invitation_id uuid, plus_one boolean, expected_seat_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.assign_seat(event_id uuid, seat_id uuid, invitation_id uuid, plus_one boolean, expected_seat_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.assign_seat(event_id uuid, seat_id uuid, invitation_id uuid, plus_one boolean, expected_seat_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION authenticate(email text, password text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.authenticate(email text, password text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.authenticate(email text, password text) TO :DATABASE_ANONYMOUS;


--
-- Name: FUNCTION auto_seat(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.auto_seat(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.auto_seat(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION book_tickets(tier_id uuid, quantity integer, buyer_name text, buyer_email text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.book_tickets(tier_id uuid, quantity integer, buyer_name text, buyer_email text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.book_tickets(tier_id uuid, quantity integer, buyer_name text, buyer_email text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.book_tickets(tier_id uuid, quantity integer, buyer_name text, buyer_email text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION booking_by_access_token(access_token text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.booking_by_access_token(access_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.booking_by_access_token(access_token text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.booking_by_access_token(access_token text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION booking_passes(access_token text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.booking_passes(access_token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.booking_passes(access_token text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.booking_passes(access_token text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION bookings_current_status(booking app_public.bookings); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.bookings_current_status(booking app_public.bookings) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.bookings_current_status(booking app_public.bookings) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.bookings_current_status(booking app_public.bookings) TO :DATABASE_MEMBER;


--
-- Name: TABLE agent_runs; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.agent_runs TO :DATABASE_MEMBER;


--
-- Name: FUNCTION cancel_agent_run(id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.cancel_agent_run(id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.cancel_agent_run(id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION cancel_booking(booking_id uuid, reason text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.cancel_booking(booking_id uuid, reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.cancel_booking(booking_id uuid, reason text) TO :DATABASE_MEMBER;


--
-- Name: TABLE events; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(id) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN events.organization_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(organization_id) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(organization_id) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.organizer_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(organizer_id),UPDATE(organizer_id) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.venue_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(venue_id) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(venue_id),UPDATE(venue_id) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.title; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(title) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(title),UPDATE(title) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.slug; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(slug) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(slug),UPDATE(slug) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.description; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(description) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(description),UPDATE(description) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.starts_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(starts_at) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(starts_at),UPDATE(starts_at) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.ends_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(ends_at) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(ends_at),UPDATE(ends_at) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.timezone; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(timezone) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(timezone),UPDATE(timezone) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.status; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(status) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT UPDATE(status) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.capacity; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(capacity) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(capacity),UPDATE(capacity) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.metadata; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(metadata),UPDATE(metadata) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.is_public; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(is_public) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(is_public),UPDATE(is_public) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.cover_file_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(cover_file_id) ON TABLE app_public.events TO :DATABASE_ANONYMOUS;
GRANT INSERT(cover_file_id),UPDATE(cover_file_id) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.required_vendor_categories; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(required_vendor_categories),UPDATE(required_vendor_categories) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.guest_capacity; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(guest_capacity),UPDATE(guest_capacity) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.rsvp_closes_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(rsvp_closes_at),UPDATE(rsvp_closes_at) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: COLUMN events.venue_layout_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(venue_layout_id),UPDATE(venue_layout_id) ON TABLE app_public.events TO :DATABASE_MEMBER;


--
-- Name: FUNCTION cancel_event(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.cancel_event(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.cancel_event(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION cancel_guest_invitation(invitation_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.cancel_guest_invitation(invitation_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.cancel_guest_invitation(invitation_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION check_in_counts(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.check_in_counts(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.check_in_counts(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION check_in_ticket(code text, gate text, event_id uuid, scanned_at timestamp with time zone, device_id text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.check_in_ticket(code text, gate text, event_id uuid, scanned_at timestamp with time zone, device_id text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.check_in_ticket(code text, gate text, event_id uuid, scanned_at timestamp with time zone, device_id text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION check_in_ticket_by_hand(ticket_id uuid, gate text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.check_in_ticket_by_hand(ticket_id uuid, gate text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.check_in_ticket_by_hand(ticket_id uuid, gate text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION complete_refund(payment_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.complete_refund(payment_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.complete_refund(payment_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION complete_registration(token text, password text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.complete_registration(token text, password text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.complete_registration(token text, password text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.complete_registration(token text, password text) TO :DATABASE_MEMBER;


--
-- Name: TABLE organizations; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.organizations TO :DATABASE_MEMBER;
GRANT SELECT ON TABLE app_public.organizations TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN organizations.name; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(name) ON TABLE app_public.organizations TO :DATABASE_MEMBER;


--
-- Name: COLUMN organizations.slug; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(slug) ON TABLE app_public.organizations TO :DATABASE_MEMBER;


--
-- Name: COLUMN organizations.country; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(country) ON TABLE app_public.organizations TO :DATABASE_MEMBER;


--
-- Name: COLUMN organizations.timezone; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(timezone) ON TABLE app_public.organizations TO :DATABASE_MEMBER;


--
-- Name: COLUMN organizations.currency; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(currency) ON TABLE app_public.organizations TO :DATABASE_MEMBER;


--
-- Name: COLUMN organizations.city; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(city) ON TABLE app_public.organizations TO :DATABASE_MEMBER;


--
-- Name: COLUMN organizations.logo_file_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(logo_file_id) ON TABLE app_public.organizations TO :DATABASE_MEMBER;


--
-- Name: FUNCTION create_organization(name text, slug text, city text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.create_organization(name text, slug text, city text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.create_organization(name text, slug text, city text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION current_organization_ids(); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.current_organization_ids() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.current_organization_ids() TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.current_organization_ids() TO :DATABASE_MEMBER;


--
-- Name: TABLE profiles; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.profiles TO :DATABASE_MEMBER;


--
-- Name: COLUMN profiles.full_name; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(full_name) ON TABLE app_public.profiles TO :DATABASE_MEMBER;


--
-- Name: COLUMN profiles.locale; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(locale) ON TABLE app_public.profiles TO :DATABASE_MEMBER;


--
-- Name: COLUMN profiles.phone; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(phone) ON TABLE app_public.profiles TO :DATABASE_MEMBER;


--
-- Name: COLUMN profiles.avatar_url; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(avatar_url) ON TABLE app_public.profiles TO :DATABASE_MEMBER;


--
-- Name: FUNCTION current_profile(); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.current_profile() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.current_profile() TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.current_profile() TO :DATABASE_MEMBER;


--
-- Name: FUNCTION current_profile_id(); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.current_profile_id() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.current_profile_id() TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.current_profile_id() TO :DATABASE_MEMBER;


--
-- Name: FUNCTION discard_email_draft(id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.discard_email_draft(id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.discard_email_draft(id uuid) TO :DATABASE_MEMBER;


--
-- Name: TABLE guests; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.organization_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(organization_id) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.full_name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(full_name),UPDATE(full_name) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.outlet; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(outlet),UPDATE(outlet) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.category; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(category),UPDATE(category) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.tier; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(tier),UPDATE(tier) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.notes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.consent_granted_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(consent_granted_at),UPDATE(consent_granted_at) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.consent_source; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(consent_source),UPDATE(consent_source) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: COLUMN guests.consent_revoked_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(consent_revoked_at),UPDATE(consent_revoked_at) ON TABLE app_public.guests TO :DATABASE_MEMBER;


--
-- Name: FUNCTION erase_guest(guest_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.erase_guest(guest_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.erase_guest(guest_id uuid) TO :DATABASE_MEMBER;


--
-- Name: TABLE talent; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.organization_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(organization_id) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.full_name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(full_name),UPDATE(full_name) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.stage_name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(stage_name),UPDATE(stage_name) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.agency; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(agency),UPDATE(agency) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.city; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(city),UPDATE(city) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.willing_to_travel; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(willing_to_travel),UPDATE(willing_to_travel) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.division; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(division),UPDATE(division) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.gender; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(gender),UPDATE(gender) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.height_cm; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(height_cm),UPDATE(height_cm) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.bust_cm; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(bust_cm),UPDATE(bust_cm) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.waist_cm; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(waist_cm),UPDATE(waist_cm) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.hips_cm; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(hips_cm),UPDATE(hips_cm) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.shoe_eu; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(shoe_eu),UPDATE(shoe_eu) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.hair_color; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(hair_color),UPDATE(hair_color) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.eye_color; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(eye_color),UPDATE(eye_color) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.measurements_taken_on; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(measurements_taken_on),UPDATE(measurements_taken_on) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.birth_date; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(birth_date),UPDATE(birth_date) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.portfolio_urls; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(portfolio_urls),UPDATE(portfolio_urls) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.instagram; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(instagram),UPDATE(instagram) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.consent_granted_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(consent_granted_at),UPDATE(consent_granted_at) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.consent_purposes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(consent_purposes),UPDATE(consent_purposes) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.consent_source; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(consent_source),UPDATE(consent_source) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent.consent_revoked_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(consent_revoked_at),UPDATE(consent_revoked_at) ON TABLE app_public.talent TO :DATABASE_MEMBER;


--
-- Name: FUNCTION erase_talent(id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.erase_talent(id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.erase_talent(id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION event_attendees(event_id uuid, search text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.event_attendees(event_id uuid, search text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.event_attendees(event_id uuid, search text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION event_refunds_owed(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.event_refunds_owed(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.event_refunds_owed(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION events_guest_list(event app_public.events, search text, status text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.events_guest_list(event app_public.events, search text, status text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.events_guest_list(event app_public.events, search text, status text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION events_latest_health_report(event app_public.events); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.events_latest_health_report(event app_public.events) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.events_latest_health_report(event app_public.events) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION events_publication_problems(event app_public.events); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.events_publication_problems(event app_public.events) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.events_publication_problems(event app_public.events) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION events_valid_ticket_count(event app_public.events); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.events_valid_ticket_count(event app_public.events) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.events_valid_ticket_count(event app_public.events) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION guest_invitations_party_size(invitation app_public.guest_invitations); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.guest_invitations_party_size(invitation app_public.guest_invitations) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.guest_invitations_party_size(invitation app_public.guest_invitations) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION guest_invitations_rsvp_token(invitation app_public.guest_invitations); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.guest_invitations_rsvp_token(invitation app_public.guest_invitations) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.guest_invitations_rsvp_token(invitation app_public.guest_invitations) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION guest_report(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.guest_report(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.guest_report(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION import_guests(organization_id uuid, rows jsonb, consent_source text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.import_guests(organization_id uuid, rows jsonb, consent_source text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.import_guests(organization_id uuid, rows jsonb, consent_source text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION import_talent(organization_id uuid, rows app_public.talent_import_row[], dry_run boolean); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.import_talent(organization_id uuid, rows app_public.talent_import_row[], dry_run boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.import_talent(organization_id uuid, rows app_public.talent_import_row[], dry_run boolean) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION invite_guests(event_id uuid, categories text[], tiers text[], plus_one_allowed boolean); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.invite_guests(event_id uuid, categories text[], tiers text[], plus_one_allowed boolean) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.invite_guests(event_id uuid, categories text[], tiers text[], plus_one_allowed boolean) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION invite_to_organization(organization_id uuid, email text, role text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.invite_to_organization(organization_id uuid, email text, role text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.invite_to_organization(organization_id uuid, email text, role text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION logout(); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.logout() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.logout() TO :DATABASE_MEMBER;


--
-- Name: FUNCTION logout_everywhere(); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.logout_everywhere() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.logout_everywhere() TO :DATABASE_MEMBER;


--
-- Name: TABLE inbox_messages; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.inbox_messages TO :DATABASE_MEMBER;


--
-- Name: COLUMN inbox_messages.read_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(read_at) ON TABLE app_public.inbox_messages TO :DATABASE_MEMBER;


--
-- Name: FUNCTION mark_inbox_messages_read(ids uuid[]); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.mark_inbox_messages_read(ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mark_inbox_messages_read(ids uuid[]) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION mark_notifications_read(ids uuid[]); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.mark_notifications_read(ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mark_notifications_read(ids uuid[]) TO :DATABASE_MEMBER;


--
-- Name: TABLE vendor_availability; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.vendor_availability TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_availability.vendor_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(vendor_id) ON TABLE app_public.vendor_availability TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_availability.period; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(period),UPDATE(period) ON TABLE app_public.vendor_availability TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_availability.kind; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(kind) ON TABLE app_public.vendor_availability TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_availability.notes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE app_public.vendor_availability TO :DATABASE_MEMBER;


--
-- Name: FUNCTION mark_vendor_unavailable(vendor_id uuid, first_day date, last_day date, notes text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.mark_vendor_unavailable(vendor_id uuid, first_day date, last_day date, notes text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.mark_vendor_unavailable(vendor_id uuid, first_day date, last_day date, notes text) TO :DATABASE_MEMBER;


--
-- Name: TABLE model_castings; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.model_castings TO :DATABASE_MEMBER;


--
-- Name: COLUMN model_castings.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.model_castings TO :DATABASE_MEMBER;


--
-- Name: COLUMN model_castings.talent_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(talent_id) ON TABLE app_public.model_castings TO :DATABASE_MEMBER;


--
-- Name: COLUMN model_castings.brief_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(brief_id) ON TABLE app_public.model_castings TO :DATABASE_MEMBER;


--
-- Name: COLUMN model_castings.status; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE app_public.model_castings TO :DATABASE_MEMBER;


--
-- Name: COLUMN model_castings.contact_priority; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(contact_priority),UPDATE(contact_priority) ON TABLE app_public.model_castings TO :DATABASE_MEMBER;


--
-- Name: COLUMN model_castings.responded_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(responded_at),UPDATE(responded_at) ON TABLE app_public.model_castings TO :DATABASE_MEMBER;


--
-- Name: FUNCTION model_castings_whatsapp_status(casting app_public.model_castings); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.model_castings_whatsapp_status(casting app_public.model_castings) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.model_castings_whatsapp_status(casting app_public.model_castings) TO :DATABASE_MEMBER;


--
-- Name: TABLE organization_invitations; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.organization_invitations TO :DATABASE_MEMBER;


--
-- Name: FUNCTION organization_invitations_status(invitation app_public.organization_invitations); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.organization_invitations_status(invitation app_public.organization_invitations) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.organization_invitations_status(invitation app_public.organization_invitations) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION publish_event(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.publish_event(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.publish_event(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION record_talent_consent(talent_id uuid, purposes text[], source text, granted_at timestamp with time zone); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.record_talent_consent(talent_id uuid, purposes text[], source text, granted_at timestamp with time zone) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.record_talent_consent(talent_id uuid, purposes text[], source text, granted_at timestamp with time zone) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION refund_booking(booking_id uuid, reason text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.refund_booking(booking_id uuid, reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.refund_booking(booking_id uuid, reason text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION register(email text, password text, full_name text, locale text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.register(email text, password text, full_name text, locale text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.register(email text, password text, full_name text, locale text) TO :DATABASE_ANONYMOUS;


--
-- Name: FUNCTION reissue_rsvp_link(invitation_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.reissue_rsvp_link(invitation_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.reissue_rsvp_link(invitation_id uuid) TO :DATABASE_MEMBER;


--
-- Name: TABLE looks; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.designer_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(designer_id),UPDATE(designer_id) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.sequence; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(sequence),UPDATE(sequence) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.title; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(title),UPDATE(title) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.notes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.change_minutes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(change_minutes),UPDATE(change_minutes) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.talent_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(talent_id),UPDATE(talent_id) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.walk_seconds; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(walk_seconds),UPDATE(walk_seconds) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.fixed_position; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(fixed_position),UPDATE(fixed_position) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: COLUMN looks.photo_file_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(photo_file_id),UPDATE(photo_file_id) ON TABLE app_public.looks TO :DATABASE_MEMBER;


--
-- Name: FUNCTION renumber_looks(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.renumber_looks(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.renumber_looks(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION reorder_line_up(event_id uuid, entry_ids uuid[]); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.reorder_line_up(event_id uuid, entry_ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.reorder_line_up(event_id uuid, entry_ids uuid[]) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION reorder_looks(event_id uuid, designer_id uuid, look_ids uuid[]); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.reorder_looks(event_id uuid, designer_id uuid, look_ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.reorder_looks(event_id uuid, designer_id uuid, look_ids uuid[]) TO :DATABASE_MEMBER;


--
-- Name: TABLE runway_schedules; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.version; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(version) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.status; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.starts_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(starts_at),UPDATE(starts_at) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.gap_seconds; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(gap_seconds),UPDATE(gap_seconds) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.default_walk_seconds; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(default_walk_seconds),UPDATE(default_walk_seconds) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.change_buffer_minutes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(change_buffer_minutes),UPDATE(change_buffer_minutes) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.no_back_to_back; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(no_back_to_back),UPDATE(no_back_to_back) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.block_order; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(block_order),UPDATE(block_order) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_schedules.finale_seconds; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(finale_seconds),UPDATE(finale_seconds) ON TABLE app_public.runway_schedules TO :DATABASE_MEMBER;


--
-- Name: FUNCTION reorder_runway_slots(schedule_id uuid, look_ids uuid[]); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.reorder_runway_slots(schedule_id uuid, look_ids uuid[]) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.reorder_runway_slots(schedule_id uuid, look_ids uuid[]) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION request_email_draft(event_id uuid, kind text, audience text, locale text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.request_email_draft(event_id uuid, kind text, audience text, locale text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.request_email_draft(event_id uuid, kind text, audience text, locale text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION request_event_health(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.request_event_health(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.request_event_health(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION request_model_casting(brief_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.request_model_casting(brief_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.request_model_casting(brief_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION request_password_reset(email text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.request_password_reset(email text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.request_password_reset(email text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.request_password_reset(email text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION request_runway_timing(event_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.request_runway_timing(event_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.request_runway_timing(event_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION request_vendor_recommendations(event_id uuid, category text, budget_cop bigint); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.request_vendor_recommendations(event_id uuid, category text, budget_cop bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.request_vendor_recommendations(event_id uuid, category text, budget_cop bigint) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION resend_email_verification(); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.resend_email_verification() FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.resend_email_verification() TO :DATABASE_MEMBER;


--
-- Name: FUNCTION reset_password(token text, password text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.reset_password(token text, password text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.reset_password(token text, password text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.reset_password(token text, password text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION respond_to_invitation(token text, attending boolean, plus_one_name text, notes text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.respond_to_invitation(token text, attending boolean, plus_one_name text, notes text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.respond_to_invitation(token text, attending boolean, plus_one_name text, notes text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.respond_to_invitation(token text, attending boolean, plus_one_name text, notes text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION revoke_check_in(ticket_id uuid, reason text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.revoke_check_in(ticket_id uuid, reason text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.revoke_check_in(ticket_id uuid, reason text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION revoke_invitation(invitation_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.revoke_invitation(invitation_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.revoke_invitation(invitation_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION revoke_talent_consent(talent_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.revoke_talent_consent(talent_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.revoke_talent_consent(talent_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION rsvp_by_token(token text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.rsvp_by_token(token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.rsvp_by_token(token text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.rsvp_by_token(token text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION runway_schedules_unscheduled_looks(schedule app_public.runway_schedules); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.runway_schedules_unscheduled_looks(schedule app_public.runway_schedules) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.runway_schedules_unscheduled_looks(schedule app_public.runway_schedules) TO :DATABASE_MEMBER;


--
-- Name: TABLE runway_slots; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.runway_slots TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_slots.schedule_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(schedule_id) ON TABLE app_public.runway_slots TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_slots.sequence; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(sequence),UPDATE(sequence) ON TABLE app_public.runway_slots TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_slots.look_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(look_id),UPDATE(look_id) ON TABLE app_public.runway_slots TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_slots.talent_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(talent_id),UPDATE(talent_id) ON TABLE app_public.runway_slots TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_slots.walk_starts_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(walk_starts_at),UPDATE(walk_starts_at) ON TABLE app_public.runway_slots TO :DATABASE_MEMBER;


--
-- Name: COLUMN runway_slots.walk_seconds; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(walk_seconds),UPDATE(walk_seconds) ON TABLE app_public.runway_slots TO :DATABASE_MEMBER;


--
-- Name: FUNCTION runway_slots_model_name(slot app_public.runway_slots); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.runway_slots_model_name(slot app_public.runway_slots) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.runway_slots_model_name(slot app_public.runway_slots) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION runway_slots_planned_at(slot app_public.runway_slots); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.runway_slots_planned_at(slot app_public.runway_slots) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.runway_slots_planned_at(slot app_public.runway_slots) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION runway_slots_required_change_seconds(slot app_public.runway_slots); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.runway_slots_required_change_seconds(slot app_public.runway_slots) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.runway_slots_required_change_seconds(slot app_public.runway_slots) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION runway_slots_since_last_walk_seconds(slot app_public.runway_slots); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.runway_slots_since_last_walk_seconds(slot app_public.runway_slots) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.runway_slots_since_last_walk_seconds(slot app_public.runway_slots) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION runway_slots_warnings(slot app_public.runway_slots); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.runway_slots_warnings(slot app_public.runway_slots) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.runway_slots_warnings(slot app_public.runway_slots) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION save_guest(organization_id uuid, guest_id uuid, full_name text, outlet text, category text, tier text, notes text, email text, phone text, consent text, consent_source text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.save_guest(organization_id uuid, guest_id uuid, full_name text, outlet text, category text, tier text, notes text, email text, phone text, consent text, consent_source text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.save_guest(organization_id uuid, guest_id uuid, full_name text, outlet text, category text, tier text, notes text, email text, phone text, consent text, consent_source text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION save_talent(organization_id uuid, talent_id uuid, talent app_public.talent_details, contact app_public.talent_contact_details); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.save_talent(organization_id uuid, talent_id uuid, talent app_public.talent_details, contact app_public.talent_contact_details) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.save_talent(organization_id uuid, talent_id uuid, talent app_public.talent_details, contact app_public.talent_contact_details) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION seats_label(seat app_public.seats); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.seats_label(seat app_public.seats) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.seats_label(seat app_public.seats) TO :DATABASE_MEMBER;


--
-- Name: TABLE event_budgets; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.event_budgets TO :DATABASE_MEMBER;


--
-- Name: COLUMN event_budgets.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.event_budgets TO :DATABASE_MEMBER;


--
-- Name: COLUMN event_budgets.budget_cop; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(budget_cop),UPDATE(budget_cop) ON TABLE app_public.event_budgets TO :DATABASE_MEMBER;


--
-- Name: FUNCTION set_event_budget(event_id uuid, budget_cop bigint); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.set_event_budget(event_id uuid, budget_cop bigint) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.set_event_budget(event_id uuid, budget_cop bigint) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION talent_communication_consent(t app_public.talent); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.talent_communication_consent(t app_public.talent) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.talent_communication_consent(t app_public.talent) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION talent_consent_active(t app_public.talent); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.talent_consent_active(t app_public.talent) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.talent_consent_active(t app_public.talent) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION talent_has_ai_consent(t app_public.talent); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.talent_has_ai_consent(t app_public.talent) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.talent_has_ai_consent(t app_public.talent) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION talent_is_minor(t app_public.talent); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.talent_is_minor(t app_public.talent) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.talent_is_minor(t app_public.talent) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION ticket_by_code(code text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.ticket_by_code(code text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.ticket_by_code(code text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.ticket_by_code(code text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION ticket_tiers_available_count(tier app_public.ticket_tiers); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.ticket_tiers_available_count(tier app_public.ticket_tiers) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.ticket_tiers_available_count(tier app_public.ticket_tiers) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.ticket_tiers_available_count(tier app_public.ticket_tiers) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION ticket_tiers_paid_count(tier app_public.ticket_tiers); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.ticket_tiers_paid_count(tier app_public.ticket_tiers) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.ticket_tiers_paid_count(tier app_public.ticket_tiers) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION ticket_tiers_reserved_count(tier app_public.ticket_tiers); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.ticket_tiers_reserved_count(tier app_public.ticket_tiers) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.ticket_tiers_reserved_count(tier app_public.ticket_tiers) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION unassign_seat(event_id uuid, seat_id uuid, expected_invitation_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.unassign_seat(event_id uuid, seat_id uuid, expected_invitation_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.unassign_seat(event_id uuid, seat_id uuid, expected_invitation_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION upcoming_vendor_availability(organization_id uuid); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.upcoming_vendor_availability(organization_id uuid) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.upcoming_vendor_availability(organization_id uuid) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION update_casting_status(id uuid, status text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.update_casting_status(id uuid, status text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.update_casting_status(id uuid, status text) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION vendor_availability_first_day(a app_public.vendor_availability); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.vendor_availability_first_day(a app_public.vendor_availability) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.vendor_availability_first_day(a app_public.vendor_availability) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION vendor_availability_last_day(a app_public.vendor_availability); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.vendor_availability_last_day(a app_public.vendor_availability) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.vendor_availability_last_day(a app_public.vendor_availability) TO :DATABASE_MEMBER;


--
-- Name: TABLE vendors; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.organization_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(organization_id) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(name),UPDATE(name) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.category; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(category),UPDATE(category) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.city; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(city),UPDATE(city) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.price_min_cop; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(price_min_cop),UPDATE(price_min_cop) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.price_max_cop; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(price_max_cop),UPDATE(price_max_cop) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.rating; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(rating),UPDATE(rating) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.contact_name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(contact_name),UPDATE(contact_name) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.contact_email; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(contact_email),UPDATE(contact_email) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.contact_phone; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(contact_phone),UPDATE(contact_phone) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.website; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(website),UPDATE(website) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.notes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.travels; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(travels),UPDATE(travels) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendors.capacity; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(capacity),UPDATE(capacity) ON TABLE app_public.vendors TO :DATABASE_MEMBER;


--
-- Name: FUNCTION vendors_past_rating(vendor app_public.vendors); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.vendors_past_rating(vendor app_public.vendors) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.vendors_past_rating(vendor app_public.vendors) TO :DATABASE_MEMBER;


--
-- Name: FUNCTION verify_email(token text); Type: ACL; Schema: app_public; Owner: -
--

REVOKE ALL ON FUNCTION app_public.verify_email(token text) FROM PUBLIC;
GRANT ALL ON FUNCTION app_public.verify_email(token text) TO :DATABASE_ANONYMOUS;
GRANT ALL ON FUNCTION app_public.verify_email(token text) TO :DATABASE_MEMBER;


--
-- Name: TABLE casting_briefs; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: COLUMN casting_briefs.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: COLUMN casting_briefs.title; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(title),UPDATE(title) ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: COLUMN casting_briefs.models_needed; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(models_needed),UPDATE(models_needed) ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: COLUMN casting_briefs.height_min_cm; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(height_min_cm),UPDATE(height_min_cm) ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: COLUMN casting_briefs.height_max_cm; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(height_max_cm),UPDATE(height_max_cm) ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: COLUMN casting_briefs.divisions; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(divisions),UPDATE(divisions) ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: COLUMN casting_briefs.cities; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(cities),UPDATE(cities) ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: COLUMN casting_briefs.notes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE app_public.casting_briefs TO :DATABASE_MEMBER;


--
-- Name: TABLE communication_opt_outs; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.communication_opt_outs TO :DATABASE_MEMBER;


--
-- Name: TABLE designers; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN designers.id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(id) ON TABLE app_public.designers TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN designers.organization_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(organization_id) ON TABLE app_public.designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(organization_id) ON TABLE app_public.designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN designers.name; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(name) ON TABLE app_public.designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(name),UPDATE(name) ON TABLE app_public.designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN designers.brand; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(brand) ON TABLE app_public.designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(brand),UPDATE(brand) ON TABLE app_public.designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN designers.city; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(city) ON TABLE app_public.designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(city),UPDATE(city) ON TABLE app_public.designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN designers.bio; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(bio) ON TABLE app_public.designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(bio),UPDATE(bio) ON TABLE app_public.designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN designers.instagram; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(instagram) ON TABLE app_public.designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(instagram),UPDATE(instagram) ON TABLE app_public.designers TO :DATABASE_MEMBER;


--
-- Name: COLUMN designers.website; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(website) ON TABLE app_public.designers TO :DATABASE_ANONYMOUS;
GRANT INSERT(website),UPDATE(website) ON TABLE app_public.designers TO :DATABASE_MEMBER;


--
-- Name: TABLE files; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.files TO :DATABASE_MEMBER;
GRANT SELECT ON TABLE app_public.files TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN files.organization_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(organization_id) ON TABLE app_public.files TO :DATABASE_MEMBER;


--
-- Name: COLUMN files.purpose; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(purpose) ON TABLE app_public.files TO :DATABASE_MEMBER;


--
-- Name: COLUMN files.content_type; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(content_type) ON TABLE app_public.files TO :DATABASE_MEMBER;


--
-- Name: COLUMN files.byte_size; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(byte_size) ON TABLE app_public.files TO :DATABASE_MEMBER;


--
-- Name: COLUMN files.width; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(width) ON TABLE app_public.files TO :DATABASE_MEMBER;


--
-- Name: COLUMN files.height; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(height) ON TABLE app_public.files TO :DATABASE_MEMBER;


--
-- Name: COLUMN files.thumbnail_width; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(thumbnail_width) ON TABLE app_public.files TO :DATABASE_MEMBER;


--
-- Name: COLUMN files.thumbnail_height; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(thumbnail_height) ON TABLE app_public.files TO :DATABASE_MEMBER;


--
-- Name: TABLE guest_contacts; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.guest_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_contacts.guest_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(guest_id) ON TABLE app_public.guest_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_contacts.email; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(email),UPDATE(email) ON TABLE app_public.guest_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_contacts.phone; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(phone),UPDATE(phone) ON TABLE app_public.guest_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN guest_contacts.whatsapp_opt_in; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(whatsapp_opt_in),UPDATE(whatsapp_opt_in) ON TABLE app_public.guest_contacts TO :DATABASE_MEMBER;


--
-- Name: TABLE notifications; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.notifications TO :DATABASE_MEMBER;


--
-- Name: COLUMN notifications.read_at; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(read_at) ON TABLE app_public.notifications TO :DATABASE_MEMBER;


--
-- Name: TABLE outbound_messages; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.outbound_messages TO :DATABASE_MEMBER;


--
-- Name: TABLE sponsors; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.sponsors TO :DATABASE_MEMBER;


--
-- Name: COLUMN sponsors.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.sponsors TO :DATABASE_MEMBER;


--
-- Name: COLUMN sponsors.name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(name),UPDATE(name) ON TABLE app_public.sponsors TO :DATABASE_MEMBER;


--
-- Name: COLUMN sponsors.tier; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(tier),UPDATE(tier) ON TABLE app_public.sponsors TO :DATABASE_MEMBER;


--
-- Name: COLUMN sponsors.amount_cop; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(amount_cop),UPDATE(amount_cop) ON TABLE app_public.sponsors TO :DATABASE_MEMBER;


--
-- Name: COLUMN sponsors.status; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE app_public.sponsors TO :DATABASE_MEMBER;


--
-- Name: COLUMN sponsors.contact_name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(contact_name),UPDATE(contact_name) ON TABLE app_public.sponsors TO :DATABASE_MEMBER;


--
-- Name: COLUMN sponsors.contact_email; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(contact_email),UPDATE(contact_email) ON TABLE app_public.sponsors TO :DATABASE_MEMBER;


--
-- Name: TABLE talent_availability; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.talent_availability TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_availability.talent_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(talent_id) ON TABLE app_public.talent_availability TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_availability.period; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(period),UPDATE(period) ON TABLE app_public.talent_availability TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_availability.kind; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(kind),UPDATE(kind) ON TABLE app_public.talent_availability TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_availability.notes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(notes),UPDATE(notes) ON TABLE app_public.talent_availability TO :DATABASE_MEMBER;


--
-- Name: TABLE talent_contacts; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.talent_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(talent_id) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.email; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(email),UPDATE(email) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.phone; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(phone),UPDATE(phone) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.whatsapp_opt_in; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(whatsapp_opt_in),UPDATE(whatsapp_opt_in) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.guardian_name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(guardian_name),UPDATE(guardian_name) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.guardian_phone; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(guardian_phone),UPDATE(guardian_phone) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.guardian_email; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(guardian_email),UPDATE(guardian_email) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.document_type; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(document_type),UPDATE(document_type) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_contacts.document_number; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(document_number),UPDATE(document_number) ON TABLE app_public.talent_contacts TO :DATABASE_MEMBER;


--
-- Name: TABLE talent_photos; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.talent_photos TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_photos.talent_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(talent_id) ON TABLE app_public.talent_photos TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_photos.file_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(file_id) ON TABLE app_public.talent_photos TO :DATABASE_MEMBER;


--
-- Name: COLUMN talent_photos."position"; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT("position"),UPDATE("position") ON TABLE app_public.talent_photos TO :DATABASE_MEMBER;


--
-- Name: TABLE ticket_check_ins; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT ON TABLE app_public.ticket_check_ins TO :DATABASE_MEMBER;


--
-- Name: TABLE vendor_recommendations; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.event_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(event_id) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.vendor_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(vendor_id) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.category; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(category) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.score; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(score) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.reasoning; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(reasoning) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.status; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(status),UPDATE(status) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.agreed_price_cop; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(agreed_price_cop),UPDATE(agreed_price_cop) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.rating; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(rating) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: COLUMN vendor_recommendations.rating_note; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(rating_note) ON TABLE app_public.vendor_recommendations TO :DATABASE_MEMBER;


--
-- Name: TABLE venue_layouts; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.venue_layouts TO :DATABASE_MEMBER;


--
-- Name: COLUMN venue_layouts.venue_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(venue_id) ON TABLE app_public.venue_layouts TO :DATABASE_MEMBER;


--
-- Name: COLUMN venue_layouts.name; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(name),UPDATE(name) ON TABLE app_public.venue_layouts TO :DATABASE_MEMBER;


--
-- Name: TABLE venues; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,DELETE ON TABLE app_public.venues TO :DATABASE_MEMBER;


--
-- Name: COLUMN venues.id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(id) ON TABLE app_public.venues TO :DATABASE_ANONYMOUS;


--
-- Name: COLUMN venues.organization_id; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(organization_id) ON TABLE app_public.venues TO :DATABASE_ANONYMOUS;
GRANT INSERT(organization_id) ON TABLE app_public.venues TO :DATABASE_MEMBER;


--
-- Name: COLUMN venues.name; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(name) ON TABLE app_public.venues TO :DATABASE_ANONYMOUS;
GRANT INSERT(name),UPDATE(name) ON TABLE app_public.venues TO :DATABASE_MEMBER;


--
-- Name: COLUMN venues.address; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(address),UPDATE(address) ON TABLE app_public.venues TO :DATABASE_MEMBER;


--
-- Name: COLUMN venues.city; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT(city) ON TABLE app_public.venues TO :DATABASE_ANONYMOUS;
GRANT INSERT(city),UPDATE(city) ON TABLE app_public.venues TO :DATABASE_MEMBER;


--
-- Name: COLUMN venues.capacity; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(capacity),UPDATE(capacity) ON TABLE app_public.venues TO :DATABASE_MEMBER;


--
-- Name: COLUMN venues.layout_notes; Type: ACL; Schema: app_public; Owner: -
--

GRANT INSERT(layout_notes),UPDATE(layout_notes) ON TABLE app_public.venues TO :DATABASE_MEMBER;


--
-- Name: TABLE whatsapp_templates; Type: ACL; Schema: app_public; Owner: -
--

GRANT SELECT,INSERT,DELETE ON TABLE app_public.whatsapp_templates TO :DATABASE_MEMBER;


--
-- Name: COLUMN whatsapp_templates.name; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(name) ON TABLE app_public.whatsapp_templates TO :DATABASE_MEMBER;


--
-- Name: COLUMN whatsapp_templates.language_code; Type: ACL; Schema: app_public; Owner: -
--

GRANT UPDATE(language_code) ON TABLE app_public.whatsapp_templates TO :DATABASE_MEMBER;


--
-- Name: DEFAULT PRIVILEGES FOR FUNCTIONS; Type: DEFAULT ACL; Schema: -; Owner: -
--

ALTER DEFAULT PRIVILEGES FOR ROLE :DATABASE_OWNER REVOKE ALL ON FUNCTIONS  FROM PUBLIC;


--
-- PostgreSQL database dump complete
--

\unrestrict fashionos
