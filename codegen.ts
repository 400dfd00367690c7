// GraphQL Code Generator: typed documents for the web client from the
// exported schema and the operation documents in graphql/operations.
import type { CodegenConfig } from "@graphql-codegen/cli";

const config: CodegenConfig = {
  schema: "graphql/schema.graphql",
  documents: ["graphql/operations/*.graphql"],
  generates: {
    "web/src/gql/": {
      preset: "client",
      config: {
        useTypeImports: true,
        enumsAsTypes: true,
        scalars: {
          UUID: "string",
          Datetime: "string",
          Date: "string",
          BigInt: "string",
          BigFloat: "string",
          JSON: "unknown",
          Cursor: "string",
          JwtToken: "string",
        },
      },
      presetConfig: { fragmentMasking: false },
    },
  },
};

export default config;
