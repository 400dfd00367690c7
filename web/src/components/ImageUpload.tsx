// The image picker every screen uses for comp card photos, look photos,
// event covers and logos: pick (or take, on a phone) or drop a photo, see it
// at once, watch it upload, read what went wrong in the user's language.
// It only uploads (POST /uploads); the caller attaches the file to its row in
// `onUploaded` (createTalentPhoto, updateLook { photoFileId }, …), and an
// error thrown there is shown here too.
//
//   <ImageUpload purpose="look_photo" organizationId={org} label={t("looks.photo")}
//     currentUrl={look.photo?.thumbnailUrl}
//     onUploaded={(file) => updateLook({ variables: { id, patch: { photoFileId: file.rowId } } })} />
import { type DragEvent, useEffect, useId, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import { serverInfo, type UploadPurpose } from "../config.ts";
import { errorKey } from "../errors.ts";
import { checkImage, UploadError, type UploadedFile, uploadImage } from "../uploads.ts";
import "./ImageUpload.css";
import { SignedImage } from "./SignedImage.tsx";

type Phase =
  | { kind: "idle" }
  | { kind: "uploading"; progress: number }
  | { kind: "saving" }
  | { kind: "done" }
  | { kind: "error"; reason: string; details: Record<string, unknown>; apiError?: unknown };

export interface ImageUploadProps {
  purpose: UploadPurpose;
  organizationId: string;
  /** What the image is, already translated ("Foto principal", "Portada"); names the control. */
  label: string;
  /** The image there is now (a signed thumbnail URL), shown until a new one is picked. */
  currentUrl?: string | null;
  /** Attaches the uploaded file to its row; whatever it throws is shown as the error. */
  onUploaded(file: UploadedFile): unknown;
  disabled?: boolean;
  /** Shape of the preview: portrait (comp cards, looks), landscape (covers), square (logos). */
  shape?: "portrait" | "landscape" | "square";
  /** Adds to a gallery (comp card photos): after saving, clear the preview for the next photo. */
  gallery?: boolean;
  /**
   * What to say once onUploaded resolved ("Foto guardada." by default). A form that
   * saves the file with its other fields says the photo is ready, not saved.
   */
  doneLabel?: string;
  /** Offers "Quitar foto" while an image is shown (a form then saves without it). */
  onRemove?(): void;
  testId?: string;
}

export function ImageUpload({
  purpose,
  organizationId,
  label,
  currentUrl,
  onUploaded,
  disabled,
  shape = "portrait",
  gallery = false,
  doneLabel,
  onRemove,
  testId,
}: ImageUploadProps) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const abort = useRef<AbortController | null>(null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [preview, setPreview] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [accept, setAccept] = useState("image/jpeg,image/png,image/webp,image/avif");

  useEffect(() => {
    void serverInfo().then((info) => setAccept(info.uploads.acceptedTypes.join(",")));
  }, []);
  // The local preview is a blob: URL; free it when it is replaced or the control goes.
  useEffect(() => () => (preview ? URL.revokeObjectURL(preview) : undefined), [preview]);
  useEffect(() => () => abort.current?.abort(), []);

  const busy = phase.kind === "uploading" || phase.kind === "saving";

  async function send(file: File) {
    const controller = new AbortController();
    abort.current?.abort();
    abort.current = controller;
    setPreview(URL.createObjectURL(file));
    setPhase({ kind: "uploading", progress: 0 });
    try {
      await checkImage(file, purpose, (await serverInfo()).uploads);
      const uploaded = await uploadImage({
        file,
        purpose,
        organizationId,
        signal: controller.signal,
        onProgress: (progress) => setPhase({ kind: "uploading", progress }),
      });
      setPhase({ kind: "saving" });
      await onUploaded(uploaded);
      if (gallery) setPreview(null);
      setPhase({ kind: "done" });
    } catch (error) {
      if (controller.signal.aborted) {
        setPreview(null);
        setPhase({ kind: "idle" });
      } else if (error instanceof UploadError) {
        setPhase({ kind: "error", reason: error.reason, details: error.details });
      } else {
        setPhase({ kind: "error", reason: "API", details: {}, apiError: error });
      }
    } finally {
      if (input.current) input.current.value = "";
    }
  }

  const pick = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void send(file);
  };
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    if (!disabled && !busy) pick(event.dataTransfer.files);
  };

  const shown = preview ?? currentUrl ?? null;
  const message =
    phase.kind === "error"
      ? phase.reason === "API"
        ? t(errorKey(phase.apiError))
        : t(`upload.errors.${phase.reason}`, { ...phase.details, defaultValue: t("upload.errors.UNKNOWN") })
      : null;

  return (
    <div
      className={`image-upload ${shape}${dragging ? " dragging" : ""}`}
      data-testid={testId}
      onDragOver={(event) => {
        event.preventDefault();
        if (!disabled && !busy) setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <div className="image-upload-preview" aria-hidden={shown ? undefined : true}>
        {shown ? (
          <SignedImage src={shown} alt={t("upload.previewAlt", { label })} />
        ) : (
          <span className="image-upload-placeholder">{t("upload.empty")}</span>
        )}
        {busy ? <span className="spinner dark image-upload-spinner" aria-hidden="true" /> : null}
      </div>
      <div className="image-upload-body">
        <span className="image-upload-label" id={`${id}-label`}>
          {label}
        </span>
        <input
          ref={input}
          id={`${id}-input`}
          type="file"
          accept={accept}
          className="visually-hidden"
          tabIndex={-1}
          aria-labelledby={`${id}-label`}
          disabled={disabled || busy}
          onChange={(event) => pick(event.target.files)}
          data-testid={testId ? `${testId}-input` : undefined}
        />
        <div className="image-upload-actions">
          <button
            type="button"
            className="button secondary small"
            onClick={() => input.current?.click()}
            disabled={disabled || busy}
            aria-describedby={`${id}-hint`}
          >
            {shown && !gallery ? t("upload.replace") : t("upload.choose")}
          </button>
          {phase.kind === "uploading" ? (
            <button type="button" className="button ghost small" onClick={() => abort.current?.abort()}>
              {t("upload.cancel")}
            </button>
          ) : null}
          {onRemove && shown && !busy && !gallery ? (
            <button
              type="button"
              className="button ghost small"
              disabled={disabled}
              onClick={() => {
                setPreview(null);
                setPhase({ kind: "idle" });
                onRemove();
              }}
            >
              {t("upload.remove")}
            </button>
          ) : null}
        </div>
        <span className="muted image-upload-hint" id={`${id}-hint`}>
          {t("upload.hint")}
        </span>
        {phase.kind === "uploading" ? (
          <progress
            className="image-upload-progress"
            max={1}
            value={phase.progress}
            aria-label={t("upload.progress", { percent: Math.round(phase.progress * 100) })}
          />
        ) : null}
        <span className="image-upload-status" role="status" aria-live="polite">
          {phase.kind === "uploading"
            ? t("upload.uploading", { percent: Math.round(phase.progress * 100) })
            : phase.kind === "saving"
              ? t("upload.saving")
              : phase.kind === "done"
                ? (doneLabel ?? t("upload.done"))
                : ""}
        </span>
        {message ? (
          <p className="field-error" role="alert" data-testid={testId ? `${testId}-error` : undefined}>
            {message}
          </p>
        ) : null}
      </div>
    </div>
  );
}
