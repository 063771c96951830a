// Writes the OpenAPI document of an installed @seamapi/types (or an alias of it) to a file, the
// way build-tools/refresh-seam-spec.mjs writes spec/seam.json.
//   node export-seam-spec.mjs <package name> <output file>
import { writeFileSync } from "node:fs";
import { exportSeamSpec } from "../../../../build-tools/refresh-seam-spec.mjs";

const [name, output] = process.argv.slice(2);
writeFileSync(output, await exportSeamSpec(process.cwd(), name));
