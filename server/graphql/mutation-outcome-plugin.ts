// An update or delete that changed no row is an error, never a quiet success
// (issue 11, item 7). Row-level security makes PostgreSQL skip the rows a
// caller may not write, so `update … where id = $1` by a viewer, by another
// agency or on a missing id changes nothing; PostGraphile then answered
// `{ event: null }` with no error and the dashboard said "saved". Every
// update*/delete* mutation field gets a check after its statement:
//   - a row was written → nothing more happens (no extra query);
//   - none was → one `select` as the caller tells the two cases apart:
//     the row is visible to them → FORBIDDEN (NOT_ALLOWED), else NOT_FOUND;
//   - the write never ran, because a `*ById` node ID did not decode or named
//     another type (grafast inhibits the write) → NOT_FOUND, no query.
import { PgDeleteSingleStep, PgUpdateSingleStep } from "postgraphile/@dataplan/pg";
import { DEFAULT_ACCEPT_FLAGS, object, SafeError, Step, TRAP_ERROR_OR_INHIBITED } from "postgraphile/grafast";
import { sql } from "postgraphile/pg-sql2";
import { codedExtensions } from "../errors.ts";

type WriteStep = PgUpdateSingleStep | PgDeleteSingleStep;

/** What @dataplan/pg's delete raises when it matched no row; an update just returns null. */
const NOTHING_DELETED = /^No values were deleted in collection /;

interface GetBy {
  name: string;
  depId: number;
  pgCodec: { sqlType: ReturnType<typeof sql.identifier>; toPg(value: unknown): unknown };
}

/** The row a write step targets: its unique-key attributes and their value steps (internal fields of @dataplan/pg). */
function contextOf($write: WriteStep): Step {
  const internals = $write as unknown as { contextId: number; getDep(depId: number): Step };
  return internals.getDep(internals.contextId);
}

function targetOf($write: WriteStep): { name: string; $value: Step; codec: GetBy["pgCodec"] }[] {
  const internals = $write as unknown as { getBys: GetBy[]; getDep(depId: number): Step };
  return internals.getBys.map((getBy) => ({
    name: getBy.name,
    $value: internals.getDep(getBy.depId),
    codec: getBy.pgCodec,
  }));
}

interface Executable {
  executeMutation(options: {
    context: unknown;
    text: string;
    values: readonly unknown[];
  }): Promise<{ rows: unknown[] }>;
}

/**
 * Grafast gives every step planned after a side effect (the write) an
 * implicit dependency on it, through which the write's error replaces the
 * step's own outcome. The steps here depend on the write explicitly, so they
 * still run after it, and drop the implicit link to report their own error.
 */
function withoutImplicitSideEffect<T extends Step>($step: T): T {
  ($step as unknown as { implicitSideEffectStep: Step | null }).implicitSideEffectStep = null;
  return $step;
}

class RowWrittenStep extends Step<true> {
  static override $$export = { moduleName: "fashionos", exportName: "RowWrittenStep" };
  override isSyncAndSafe = false;
  // Not the write step itself: a step may only reach other steps through its dependencies.
  private readonly resource: WriteStep["resource"];
  private readonly action: "update" | "delete";
  private readonly target: { name: string; codec: GetBy["pgCodec"] }[];

  constructor($write: WriteStep, action: "update" | "delete") {
    super();
    this.resource = $write.resource;
    this.action = action;
    // Dependency 0: the write's outcome, a row or null, or the error a delete
    // raises when it matched nothing: accepted as a value, not propagated.
    // Also when it never ran: a node ID that does not decode, or names
    // another type (`*ById`), inhibits the write, which then answered a
    // quiet `null` (attack report 1, M1).
    this.addDependency({ step: $write, acceptFlags: DEFAULT_ACCEPT_FLAGS | TRAP_ERROR_OR_INHIBITED });
    // Steps planned after a write implicitly wait for it and inherit its
    // error; this one depends on it explicitly (above) and must see the error.
    withoutImplicitSideEffect(this);
    // Dependency 1: the caller's database context (role and claims): the
    // write's own, planned before it (a context planned after the write would
    // inherit its error).
    this.addDependency(contextOf($write));
    const target = targetOf($write);
    this.target = target.map(({ name, codec }) => ({ name, codec }));
    // The key's values, inhibited too when the node ID did not decode.
    for (const { $value } of target) {
      this.addDependency({ step: $value, acceptFlags: DEFAULT_ACCEPT_FLAGS | TRAP_ERROR_OR_INHIBITED });
    }
  }

  override async execute({
    indexMap,
    values,
  }: {
    indexMap: <T>(callback: (i: number) => T) => readonly T[];
    values: readonly { at(i: number): unknown }[];
  }) {
    const resource = this.resource;
    return indexMap(async (i) => {
      const outcome = values[0]?.at(i);
      if (outcome != null && !(outcome instanceof Error)) return true as const;
      // Any other failure (a constraint, an empty patch, …) is the write's own error, unchanged.
      if (outcome instanceof Error && !NOTHING_DELETED.test(outcome.message)) throw outcome;
      const keys = this.target.map((_, index) => values[2 + index]?.at(i));
      if (keys.some((key) => key == null || key instanceof Error)) {
        // The write never ran: the ID names no row of this table.
        throw new SafeError(`There is no such record, or you may not ${this.action} it.`, {
          code: "NOT_FOUND",
          reason: "NOT_FOUND",
        });
      }
      // Nothing written: is the row there for this caller to see?
      const where = this.target.map(
        ({ name, codec }, index) =>
          sql`${sql.identifier(name)} = ${sql.value(codec.toPg(keys[index]) as string)}::${codec.sqlType}`,
      );
      const { text, values: sqlValues } = sql.compile(
        sql`select exists (select 1 from ${resource.from as ReturnType<typeof sql.identifier>} where ${sql.join(where, " and ")}) as visible`,
      );
      // executeMutation runs one statement as the caller (role and claims), as the write did.
      const { rows } = await (resource as unknown as Executable).executeMutation({
        context: values[1]?.at(i),
        text,
        values: sqlValues,
      });
      // @dataplan/pg asks for rows as arrays.
      const row = rows[0] as unknown[] | { visible?: unknown } | undefined;
      const visible = (Array.isArray(row) ? row[0] : row?.visible) === true;
      if (visible) {
        throw new SafeError(
          `You may not ${this.action} this record.`,
          codedExtensions("FORBIDDEN", { reason: "NOT_ALLOWED" }),
        );
      }
      throw new SafeError(
        `There is no such record, or you may not ${this.action} it.`,
        codedExtensions("NOT_FOUND", { reason: "NOT_FOUND" }),
      );
    });
  }
}

export const MutationOutcomePlugin: GraphileConfig.Plugin = {
  name: "FashionOSMutationOutcomePlugin",
  version: "1.0.0",
  description: "Update and delete mutations that wrote no row answer NOT_FOUND or FORBIDDEN.",
  schema: {
    hooks: {
      GraphQLObjectType_fields_field(field, _build, context) {
        const { isPgUpdateMutation, isPgDeleteMutation } = context.scope as {
          isPgUpdateMutation?: boolean;
          isPgDeleteMutation?: boolean;
        };
        if (!(isPgUpdateMutation || isPgDeleteMutation) || !field.plan) return field;
        const plan = field.plan;
        return {
          ...field,
          plan(parent, fieldArgs, info) {
            const $payload = plan(parent, fieldArgs, info) as Step & { getStepForKey?(key: string): Step };
            const $write = $payload?.getStepForKey?.("result");
            if (!($write instanceof PgUpdateSingleStep || $write instanceof PgDeleteSingleStep)) return $payload;
            const $written = new RowWrittenStep($write, $write instanceof PgUpdateSingleStep ? "update" : "delete");
            // The check comes first, so its error is the one the field reports.
            return withoutImplicitSideEffect(object({ written: $written, result: $write }));
          },
        };
      },
    },
  },
};
