// Create or edit an event: title and its address (slug), description, start
// and end on the event's wall clock (America/Bogota; stored in UTC), the
// venue (pick one or create it here), capacity and visibility. A new event
// is a draft; publishing is a separate step that checks what the public page
// needs. The cover image is uploaded in the form (ImageUpload) and saved with
// the event (coverFileId); replacing or removing it deletes the old image.
import { useMutation, useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useNavigate, useParams } from "react-router";
import { DEFAULT_TIME_ZONE, slugify, utcToZonedLocal } from "../../../shared/fields.ts";
import { can, useAuth } from "../auth.tsx";
import { ImageUpload } from "../components/ImageUpload.tsx";
import { EmptyState, ErrorState, Skeleton } from "../components/States.tsx";
import { safeTimeZone } from "../dates.ts";
import { written } from "../errors.ts";
import { formatTimeZone } from "../format.ts";
import { ChoiceField, Field, FormActions, type RuleForm, rawOf, useRuleForm } from "../forms.tsx";
import {
  CreateEventDocument,
  CreateVenueDocument,
  type EventFieldsFragment,
  EventFormDocument,
  type EventFormQuery,
  type EventInput,
  type EventPatch,
  EventsListDocument,
  UpdateEventDocument,
  type VenueInput,
} from "../gql/graphql.ts";
import { useToast } from "../toasts.tsx";

type Venue = NonNullable<NonNullable<EventFormQuery["venues"]>["nodes"][number]>;

/** A venue created from the event form: name and city, the rest on the venues page. */
function NewVenue({
  organizationId,
  onCreated,
  onCancel,
}: {
  organizationId: string;
  onCreated: (id: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const form = useRuleForm("venue", { name: "", city: "", address: "" });
  const [create] = useMutation(CreateVenueDocument, { refetchQueries: [EventFormDocument], awaitRefetchQueries: true });
  const save = () =>
    form.submit(null, async (values) => {
      const { data } = await create({ variables: { venue: { ...values, organizationId } as unknown as VenueInput } });
      onCreated(written(data?.createVenue?.venue).rowId);
    });
  // Not a nested <form>: the fields live inside the event form.
  return (
    <fieldset className="card inset" data-testid="new-venue">
      <legend>{t("eventForm.newVenue")}</legend>
      <Field form={form} name="name" label={t("venues.name")} />
      <div className="field-row">
        <Field form={form} name="city" label={t("venues.city")} />
        <Field form={form} name="address" label={t("venues.address")} />
      </div>
      {form.formError ? (
        <p className="error-state form-error" role="alert">
          {form.formError}
        </p>
      ) : null}
      <div className="actions">
        <button type="button" className="button small" disabled={form.busy} onClick={() => void save()}>
          {t("eventForm.createVenue")}
        </button>
        <button type="button" className="button secondary small" onClick={onCancel}>
          {t("app.cancel")}
        </button>
      </div>
    </fieldset>
  );
}

function initialValues(event: EventFieldsFragment | null | undefined, zone: string) {
  if (!event) {
    return {
      title: "",
      slug: "",
      description: "",
      startsAt: "",
      endsAt: "",
      venueId: "",
      capacity: "",
      isPublic: true,
    };
  }
  return rawOf({
    title: event.title,
    slug: event.slug,
    description: event.description,
    startsAt: utcToZonedLocal(event.startsAt, zone),
    endsAt: utcToZonedLocal(event.endsAt, zone),
    venueId: event.venueId,
    capacity: event.capacity,
    isPublic: event.isPublic,
  });
}

function EventForm({
  event,
  venues,
  organizationId,
}: {
  event: EventFieldsFragment | null;
  venues: Venue[];
  organizationId: string;
}) {
  const { t } = useTranslation();
  const toast = useToast();
  const navigate = useNavigate();
  const zone = safeTimeZone(event?.timezone ?? DEFAULT_TIME_ZONE);
  const form = useRuleForm("event", initialValues(event, zone), { zone });
  const [slugEdited, setSlugEdited] = useState(Boolean(event));
  const [addingVenue, setAddingVenue] = useState(false);
  // The cover: undefined = unchanged, null = removed, an id = a new upload (sent with the event).
  const [cover, setCover] = useState<{ fileId: string | null; url: string | null } | undefined>(undefined);
  const [create] = useMutation(CreateEventDocument, { refetchQueries: [EventsListDocument] });
  const [update] = useMutation(UpdateEventDocument);
  const titled: RuleForm = {
    ...form,
    set(name, value) {
      form.set(name, value);
      if (!slugEdited && typeof value === "string") form.set("slug", slugify(value, 100));
    },
  };
  const slugged: RuleForm = {
    ...form,
    set(name, value) {
      setSlugEdited(true);
      form.set(name, value);
    },
  };
  const sortedVenues = [...venues].sort((a, b) => a.name.localeCompare(b.name, "es"));

  return (
    <form
      className="card"
      noValidate
      aria-labelledby="event-form-title"
      onSubmit={(submitted) =>
        void form.submit(submitted, async (values) => {
          const coverPatch = cover === undefined ? {} : { coverFileId: cover.fileId };
          if (event) {
            const patch = { ...values, ...coverPatch } as EventPatch;
            const { data } = await update({ variables: { rowId: event.rowId, patch } });
            written(data?.updateEvent?.event);
            toast("success", t("eventForm.saved"));
            navigate(`/events/${event.rowId}`);
          } else {
            const { data } = await create({
              variables: {
                event: { ...values, ...coverPatch, organizationId, timezone: zone } as unknown as EventInput,
              },
            });
            const created = written(data?.createEvent?.event);
            toast("success", t("eventForm.created", { title: created.title }));
            navigate(`/events/${created.rowId}?tab=lineUp`);
          }
        })
      }
    >
      <h2 id="event-form-title" className="visually-hidden">
        {event ? t("eventForm.editTitle") : t("eventForm.newTitle")}
      </h2>
      <Field form={titled} name="title" label={t("eventForm.title")} />
      <Field form={slugged} name="slug" label={t("eventForm.slug")} hint={t("eventForm.slugHint")} />
      <Field
        form={form}
        name="description"
        label={t("eventForm.description")}
        type="textarea"
        hint={t("eventForm.descriptionHint")}
      />
      <div className="field-row">
        <Field form={form} name="startsAt" label={t("eventForm.startsAt")} type="datetime-local" />
        <Field form={form} name="endsAt" label={t("eventForm.endsAt")} type="datetime-local" />
      </div>
      <p className="field-hint" title={zone}>
        {t("eventForm.timeZone", { zone: formatTimeZone(zone) })}
      </p>
      <Field
        form={form}
        name="venueId"
        label={t("eventForm.venue")}
        type="select"
        emptyLabel={t("eventForm.noVenue")}
        options={sortedVenues.map((venue) => ({ value: venue.rowId, label: `${venue.name} · ${venue.city}` }))}
      />
      {addingVenue ? (
        <NewVenue
          organizationId={organizationId}
          onCancel={() => setAddingVenue(false)}
          onCreated={(id) => {
            form.set("venueId", id);
            setAddingVenue(false);
            toast("success", t("eventForm.venueCreated"));
          }}
        />
      ) : (
        <p>
          <button type="button" className="button ghost small" onClick={() => setAddingVenue(true)}>
            + {t("eventForm.addVenue")}
          </button>
        </p>
      )}
      <Field
        form={form}
        name="capacity"
        label={t("eventForm.capacity")}
        type="number"
        hint={t("eventForm.capacityHint")}
      />
      <ChoiceField
        form={form}
        name="isPublic"
        legend={t("eventForm.visibility")}
        choices={[
          { value: "true", label: t("eventForm.public"), hint: t("eventForm.publicHint") },
          { value: "false", label: t("eventForm.private"), hint: t("eventForm.privateHint") },
        ]}
      />
      <ImageUpload
        purpose="event_cover"
        organizationId={organizationId}
        label={t("eventForm.cover")}
        shape="landscape"
        currentUrl={cover === undefined ? (event?.cover?.thumbnailUrl ?? null) : cover.url}
        doneLabel={t("eventForm.coverReady")}
        testId="cover-upload"
        disabled={form.busy}
        onUploaded={(file) => setCover({ fileId: file.rowId, url: file.thumbnailUrl })}
        onRemove={() => setCover({ fileId: null, url: null })}
      />
      <p className="field-hint">{t("eventForm.coverHint")}</p>
      <FormActions
        form={form}
        submitLabel={event ? t("eventForm.save") : t("eventForm.create")}
        busyLabel={t("app.saving")}
        onCancel={() => navigate(event ? `/events/${event.rowId}` : "/events")}
        cancelLabel={t("app.cancel")}
      />
    </form>
  );
}

export function EventFormPage() {
  const { t } = useTranslation();
  const { eventId } = useParams();
  const { current } = useAuth();
  const organizationId = current?.organization.rowId ?? "";
  const editing = Boolean(eventId);
  const { data, error, refetch } = useQuery(EventFormDocument, {
    variables: { organizationId, eventId: eventId ?? organizationId, editing },
    skip: !organizationId,
    fetchPolicy: "network-only",
  });
  const venues = (data?.venues?.nodes ?? []).flatMap((v) => (v ? [v] : []));
  const allowed = can(current?.role, "events", editing ? "update" : "insert");

  return (
    <>
      <Link to={editing ? `/events/${eventId}` : "/events"} className="button ghost small">
        ← {t("app.back")}
      </Link>
      <h1>{editing ? t("eventForm.editTitle") : t("eventForm.newTitle")}</h1>
      {!allowed ? (
        <EmptyState title={t("eventForm.notAllowed")} />
      ) : error ? (
        <ErrorState error={error} onRetry={() => void refetch()} />
      ) : !data ? (
        // Only before the first answer: a refetch (a venue created here) keeps the form and what was typed.
        <Skeleton count={1} />
      ) : editing && !data.event ? (
        <EmptyState title={t("event.notFound")} />
      ) : (
        <EventForm
          key={data.event?.rowId ?? "new"}
          event={data.event ?? null}
          venues={venues}
          organizationId={organizationId}
        />
      )}
    </>
  );
}
