// CSV import of a roster: pick the file, check which column is which, see a
// preview with every line's problems, validate against the database (a dry
// run), then import — all or nothing: people already on the roster (same
// identity document, else email) are updated, repeated lines merged.
import { useMutation } from "@apollo/client/react";
import { useMemo, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { useAuth } from "../auth.tsx";
import { EmptyState } from "../components/States.tsx";
import { errorKey } from "../errors.ts";
import { ImportTalentDocument, type ImportTalentMutation } from "../gql/graphql.ts";
import {
  type CheckedRow,
  checkRow,
  guessMapping,
  IMPORT_FIELDS,
  type ImportField,
  type ParsedFile,
  parseCsv,
  REQUIRED_FIELDS,
} from "../import/talentCsv.ts";
import { COLUMN_FIELDS, issueText } from "../schemas/talent.ts";
import { CASTING_ROLES } from "./RosterPage.tsx";
import "./roster.css";

type Report = NonNullable<NonNullable<ImportTalentMutation["importTalent"]>["result"]>;
const PREVIEW = 10;
/** Rows per import: the request must fit the server's body limit (BODY_LIMIT_BYTES, 100 kB by default). */
const MAX_ROWS = 400;

export function RosterImportPage() {
  const { t } = useTranslation();
  const { current } = useAuth();
  const [file, setFile] = useState<{ name: string; parsed: ParsedFile } | null>(null);
  const [mapping, setMapping] = useState<Record<ImportField, string | null> | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [run, { loading }] = useMutation(ImportTalentDocument);

  const checked: CheckedRow[] = useMemo(
    () => (file && mapping ? file.parsed.rows.map((row, i) => checkRow(row, i, mapping)) : []),
    [file, mapping],
  );
  const withProblems = checked.filter((row) => !row.row);
  const missingRequired = mapping ? REQUIRED_FIELDS.filter((field) => !mapping[field]) : [];

  if (!CASTING_ROLES.has(current?.role ?? "")) {
    return <EmptyState title={t("rosterImport.notAllowedTitle")} body={t("rosterImport.notAllowedBody")} />;
  }

  async function pick(list: FileList | null) {
    const chosen = list?.[0];
    setReport(null);
    setFailure(null);
    if (!chosen) return;
    const parsed = parseCsv(await chosen.text());
    setFile({ name: chosen.name, parsed });
    setMapping(guessMapping(parsed.headers));
  }

  async function send(dryRun: boolean) {
    if (!current) return;
    setFailure(null);
    try {
      const { data } = await run({
        variables: {
          organizationId: current.organization.rowId,
          rows: checked.flatMap((row) => (row.row ? [row.row] : [])) as never,
          dryRun,
        },
      });
      setReport(data?.importTalent?.result ?? null);
    } catch (error) {
      setFailure(t(errorKey(error)));
    }
  }

  const problemText = (message: string) => {
    const { key, values } = issueText(message);
    return t(`talentForm.errors.${key}`, { ...values, defaultValue: t("talentForm.errors.invalid") });
  };
  const ready = file && mapping && missingRequired.length === 0 && checked.length > 0 && withProblems.length === 0;

  return (
    <div className="roster-import" data-testid="roster-import-page">
      <p className="eyebrow">
        <Link to="/roster">{t("profile.back")}</Link>
      </p>
      <h1>{t("rosterImport.title")}</h1>
      <p className="lede">{t("rosterImport.subtitle")}</p>

      <section className="card" aria-labelledby="import-step1">
        <h2 id="import-step1">{t("rosterImport.step1")}</h2>
        <p className="muted">{t("rosterImport.fileHint")}</p>
        <label htmlFor="import-file" className="field-label">
          {t("rosterImport.file")}
        </label>
        <input
          id="import-file"
          type="file"
          accept=".csv,text/csv"
          onChange={(event) => void pick(event.target.files)}
          data-testid="import-file"
        />
        {file ? (
          <p role="status">{t("rosterImport.fileRead", { name: file.name, count: file.parsed.rows.length })}</p>
        ) : null}
        {file?.parsed.errors.length ? (
          <ul className="field-error" role="alert">
            {file.parsed.errors.slice(0, 5).map((error) => (
              <li key={`${error.line}-${error.message}`}>
                {t("rosterImport.parseError", { line: error.line, message: error.message })}
              </li>
            ))}
          </ul>
        ) : null}
        {file && file.parsed.rows.length > MAX_ROWS ? (
          <p className="field-error" role="alert">
            {t("rosterImport.tooMany", { max: MAX_ROWS })}
          </p>
        ) : null}
      </section>

      {file && mapping ? (
        <section className="card" aria-labelledby="import-step2">
          <h2 id="import-step2">{t("rosterImport.step2")}</h2>
          <div className="mapping-grid">
            {IMPORT_FIELDS.map((field) => (
              <div className="field" key={field}>
                <label htmlFor={`map-${field}`}>
                  {t(`rosterImport.fields.${field}`)}
                  {REQUIRED_FIELDS.includes(field) ? ` (${t("rosterImport.required")})` : ""}
                </label>
                <select
                  id={`map-${field}`}
                  value={mapping[field] ?? ""}
                  onChange={(event) => {
                    setReport(null);
                    setMapping({ ...mapping, [field]: event.target.value || null });
                  }}
                >
                  <option value="">{t("rosterImport.notInFile")}</option>
                  {file.parsed.headers.map((header) => (
                    <option key={header} value={header}>
                      {header}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          {missingRequired.length ? (
            <p className="field-error" role="alert">
              {t("rosterImport.missingRequired", {
                fields: missingRequired.map((f) => t(`rosterImport.fields.${f}`)).join(", "),
              })}
            </p>
          ) : null}
        </section>
      ) : null}

      {file && mapping && missingRequired.length === 0 ? (
        <section className="card" aria-labelledby="import-step3">
          <h2 id="import-step3">{t("rosterImport.step3")}</h2>
          <p role="status" data-testid="import-summary">
            {withProblems.length
              ? t("rosterImport.linesWithProblems", { count: withProblems.length })
              : t("rosterImport.allLinesOk", { count: checked.length })}
          </p>
          <div className="table-scroll" tabIndex={0} role="region" aria-label={t("rosterImport.preview")}>
            <table className="preview-table">
              <caption className="visually-hidden">{t("rosterImport.preview")}</caption>
              <thead>
                <tr>
                  <th scope="col">{t("rosterImport.line")}</th>
                  {IMPORT_FIELDS.filter((field) => mapping[field]).map((field) => (
                    <th scope="col" key={field}>
                      {t(`rosterImport.fields.${field}`)}
                    </th>
                  ))}
                  <th scope="col">{t("rosterImport.problems")}</th>
                </tr>
              </thead>
              <tbody>
                {[...withProblems, ...checked.filter((row) => row.row)]
                  .slice(0, Math.max(PREVIEW, withProblems.length))
                  .map((row) => (
                    <tr key={row.line} className={row.row ? undefined : "has-problem"}>
                      <th scope="row">{row.line}</th>
                      {IMPORT_FIELDS.filter((field) => mapping[field]).map((field) => (
                        <td key={field} className={row.errors[field] ? "cell-problem" : undefined}>
                          {row.values[field] ?? ""}
                        </td>
                      ))}
                      <td>
                        {Object.entries(row.errors).map(([field, message]) => (
                          <span key={field} className="field-error">
                            {t(`rosterImport.fields.${field}`, { defaultValue: field })}: {problemText(message)}
                          </span>
                        ))}
                      </td>
                    </tr>
                  ))}
              </tbody>
            </table>
          </div>
          <div className="actions">
            <button
              type="button"
              className="button secondary"
              disabled={!ready || loading || checked.length > MAX_ROWS}
              onClick={() => void send(true)}
              data-testid="import-validate"
            >
              {t("rosterImport.validate")}
            </button>
            <button
              type="button"
              className="button"
              disabled={!ready || loading || checked.length > MAX_ROWS}
              onClick={() => void send(false)}
              data-testid="import-run"
            >
              {loading ? t("talentForm.saving") : t("rosterImport.run", { count: checked.length })}
            </button>
          </div>
          {failure ? (
            <p className="field-error" role="alert">
              {failure}
            </p>
          ) : null}
        </section>
      ) : null}

      {report ? (
        <section className="card" aria-labelledby="import-result" data-testid="import-result">
          <h2 id="import-result">{report.committed ? t("rosterImport.done") : t("rosterImport.checked")}</h2>
          <p role="status">
            {t("rosterImport.counts", {
              created: report.created ?? 0,
              updated: report.updated ?? 0,
              merged: report.merged ?? 0,
            })}
          </p>
          {report.problems?.length ? (
            <>
              <p className="field-error">{t("rosterImport.nothingWritten")}</p>
              <ul className="list">
                {report.problems.flatMap((problem) =>
                  problem ? (
                    <li key={`${problem.line}-${problem.field}`}>
                      {t("rosterImport.serverProblem", {
                        line: problem.line,
                        field: t(`rosterImport.fields.${COLUMN_FIELDS[problem.field ?? ""] ?? "unknown"}`, {
                          defaultValue: problem.field ?? "—",
                        }),
                        problem: t(`rosterImport.codes.${problem.code}`, { defaultValue: problem.message ?? "" }),
                      })}
                    </li>
                  ) : (
                    []
                  ),
                )}
              </ul>
            </>
          ) : report.committed ? (
            <Link to="/roster" className="button secondary small">
              {t("rosterImport.toRoster")}
            </Link>
          ) : null}
        </section>
      ) : null}
    </div>
  );
}
