// Prints the intended permission matrix as Markdown, for the README:
//   node test/print-permissions.ts
import { renderPermissionMatrix } from "./permissions.matrix.ts";

console.log(renderPermissionMatrix());
