// Prints the intended permission matrix as Markdown, for the README:
//   node test/print-permissions.ts
import { renderPermissionMatrix } from "../shared/permissions.ts";

console.log(renderPermissionMatrix());
