// Writes the OpenAPI document that @seamapi/types exports to the file named by the first argument.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { openapi } from "@seamapi/types/connect";

const target = process.argv[2];
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(openapi, null, 1));
