// Every connection returns a bounded page, whatever the request says or omits
// (issue 11, item 2): `first` and `last` must be 0…GRAPHQL_MAX_PAGE_SIZE,
// `offset` at least 0, and a connection asked for with neither `first` nor
// `last` returns GRAPHQL_DEFAULT_PAGE_SIZE rows (pageInfo.hasNextPage says
// when there are more). Enforced in the plans, so it holds for literals,
// variables and omitted arguments alike; the request cost check
// (graphql/cost.ts) refuses out-of-range values earlier with the same message.
//
// The page is set when the connection's rows are asked for (`nodes`, `edges`,
// `pageInfo`), not when the connection field is planned: grafast's
// `setFirst` makes the connection fetch its page, so a `first` on every
// connection fetched every row of `looks { totalCount }` and of each
// aggregate-only connection on the events list (issue 12: 3× the raw-SQL
// floor's time on the dashboard).
import { defaultPlanResolver, lambda, SafeError, type Step } from "postgraphile/grafast";
import { codedExtensions } from "../errors.ts";

export interface PageSizeOptions {
  defaultPageSize: number;
  maxPageSize: number;
}

interface PaginatedStep extends Step {
  setFirst($first: Step): void;
  setLast($last: Step): void;
  setOffset($offset: Step): void;
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

/** The fields of a connection type that read its page of rows. */
const ROW_FIELDS = new Set(["nodes", "edges", "pageInfo"]);

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
  /** Connections planned this operation whose page is set when their rows are asked for. */
  const pending = new WeakMap<Step, () => void>();
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
          const { scope } = context;
          // The rows of a connection: apply the page recorded by the connection field.
          if (scope.isConnectionType && ROW_FIELDS.has(scope.fieldName)) {
            const plan = field.plan ?? defaultPlanResolver;
            return {
              ...field,
              plan(...args: Parameters<typeof plan>) {
                const $connection = args[0];
                const page = pending.get($connection);
                if (page) {
                  pending.delete($connection);
                  page();
                }
                return (plan as (...a: typeof args) => Step)(...args);
              },
            };
          }
          // The arguments are added after this hook runs: look for `first` when planning.
          if (!scope.isPgFieldConnection || !field.plan) return field;
          const plan = field.plan;
          return {
            ...field,
            plan(parent, fieldArgs, info) {
              const $connection = plan(parent, fieldArgs, info);
              const args = info.field.args;
              if (isPaginated($connection) && args.some((arg) => arg.name === "first")) {
                const $first = fieldArgs.getRaw("first");
                const $last = args.some((arg) => arg.name === "last") ? fieldArgs.getRaw("last") : null;
                pending.set($connection, () =>
                  $connection.setFirst(
                    $connection.operationPlan.withRootLayerPlan(() =>
                      $last
                        ? lambda([$first, $last], effectiveFirst)
                        : lambda($first, (f) => effectiveFirst([f, null])),
                    ),
                  ),
                );
              }
              return $connection;
            },
          };
        },
      },
    },
  };
}
