// Every connection returns a bounded page, whatever the request says or omits
// (issue 11, item 2): `first` and `last` must be 0…GRAPHQL_MAX_PAGE_SIZE,
// `offset` at least 0, and a connection asked for with neither `first` nor
// `last` returns GRAPHQL_DEFAULT_PAGE_SIZE rows (pageInfo.hasNextPage says
// when there are more). Enforced in the plans, so it holds for literals,
// variables and omitted arguments alike; the request cost check
// (graphql/cost.ts) refuses out-of-range values earlier with the same message.
//
// Setting the page does not fetch it: grafast's `setFirst` marks the
// connection's rows as needed, so a `first` on every connection fetched every
// row of `looks { totalCount }` and of each aggregate-only connection on the
// events list (issue 12: 3× the raw-SQL floor's time on the dashboard). The
// plan puts the mark back; the fields that read rows set it themselves.
// (Setting the page later, when `nodes` is planned, fails: by then grafast
// may have deduplicated and locked the connection's SQL step.)
import { lambda, SafeError, type Step } from "postgraphile/grafast";
import { codedExtensions } from "../errors.ts";

export interface PageSizeOptions {
  defaultPageSize: number;
  maxPageSize: number;
}

interface PaginatedStep extends Step {
  setFirst($first: Step): void;
  setLast($last: Step): void;
  setOffset($offset: Step): void;
  /**
   * Grafast's ConnectionStep: whether the page of rows is fetched. `setFirst` sets it (it goes through the
   * connection's handler); `nodes`, `edges` and `pageInfo` set it when they are planned.
   */
  neededCollection?: boolean;
}

const isPaginated = (step: unknown): step is PaginatedStep =>
  !!step && typeof (step as PaginatedStep).setFirst === "function";

function outOfRange(name: string, max: number | null): SafeError {
  return new SafeError(
    max === null
      ? `\`${name}\` must be a whole number of at least 0.`
      : `\`${name}\` must be a whole number from 0 to ${max} (GRAPHQL_MAX_PAGE_SIZE).`,
    codedExtensions("VALIDATION_FAILED", { reason: "OUT_OF_RANGE", argument: name, statusCode: 400 }),
  );
}

export function makePageSizePlugin(options: PageSizeOptions): GraphileConfig.Plugin {
  const { defaultPageSize, maxPageSize } = options;
  const count = (name: string, max: number | null) => (value: unknown) => {
    if (value === null || value === undefined) return null;
    if (typeof value !== "number" || !Number.isInteger(value) || value < 0 || (max !== null && value > max)) {
      throw outOfRange(name, max);
    }
    return value;
  };
  const checkFirst = count("first", maxPageSize);
  const checkLast = count("last", maxPageSize);
  const checkOffset = count("offset", null);
  /** The page a connection reads: `first`, else all of `last` (which bounds it), else the default. */
  const effectiveFirst = ([first, last]: readonly [unknown, unknown]) => {
    const checked = checkFirst(first);
    if (checked !== null) return checked;
    return checkLast(last) === null ? defaultPageSize : null;
  };

  return {
    name: "FashionOSPageSizePlugin",
    version: "1.0.0",
    description: "A default and a maximum page size for every connection.",
    schema: {
      hooks: {
        GraphQLObjectType_fields_field_args(args, _build, context) {
          if (!context.scope.isPgFieldConnection) return args;
          // `first` is applied by the field's plan below, together with `last`.
          if (args.first) args.first = { ...args.first, applyPlan() {} };
          if (args.last) {
            args.last = {
              ...args.last,
              applyPlan(_parent, $connection, arg) {
                if (!isPaginated($connection)) return;
                const $raw = arg.getRaw();
                $connection.setLast($connection.operationPlan.withRootLayerPlan(() => lambda($raw, checkLast)));
              },
            };
          }
          if (args.offset) {
            args.offset = {
              ...args.offset,
              applyPlan(_parent, $connection, arg) {
                if (!isPaginated($connection)) return;
                const $raw = arg.getRaw();
                $connection.setOffset($connection.operationPlan.withRootLayerPlan(() => lambda($raw, checkOffset)));
              },
            };
          }
          return args;
        },
        GraphQLObjectType_fields_field(field, _build, context) {
          // The arguments are added after this hook runs: look for `first` when planning.
          if (!context.scope.isPgFieldConnection || !field.plan) return field;
          const plan = field.plan;
          return {
            ...field,
            plan(parent, fieldArgs, info) {
              const $connection = plan(parent, fieldArgs, info);
              const args = info.field.args;
              if (isPaginated($connection) && args.some((arg) => arg.name === "first")) {
                const $first = fieldArgs.getRaw("first");
                const $last = args.some((arg) => arg.name === "last") ? fieldArgs.getRaw("last") : null;
                const needed = $connection.neededCollection;
                $connection.setFirst(
                  $connection.operationPlan.withRootLayerPlan(() =>
                    $last ? lambda([$first, $last], effectiveFirst) : lambda($first, (f) => effectiveFirst([f, null])),
                  ),
                );
                // Setting a page is not asking for its rows (see the header): `nodes`, `edges` and `pageInfo`
                // ask for them when they are planned; with only a count or aggregates the page is not read.
                if (needed === false) $connection.neededCollection = false;
              }
              return $connection;
            },
          };
        },
      },
    },
  };
}
