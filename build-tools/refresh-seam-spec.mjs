// Pins spec/seam.json to the OpenAPI document that a given version of @seamapi/types exports,
// and records that version in generated-client/pom.xml (property seam.spec.version).
//
//   node build-tools/refresh-seam-spec.mjs 1.977.0
//
// The package is installed into a scratch folder, so the checkout's lock files stay as they are.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

// The OpenAPI document as spec/seam.json holds it, from @seamapi/types (or an alias of it)
// installed under packageDir.
export async function exportSeamSpec(packageDir, packageName = "@seamapi/types") {
  const require = createRequire(join(packageDir, "package.json"));
  const entry = require.resolve(`${packageName}/connect`);
  const { openapi } = await import(pathToFileURL(entry).href);
  return JSON.stringify(openapi, null, 2) + "\n";
}

async function main() {
  const version = process.argv[2];
  if (!/^\d+\.\d+\.\d+$/.test(version ?? "")) {
    console.error("usage: node build-tools/refresh-seam-spec.mjs VERSION   (a version of @seamapi/types, such as 1.977.0)");
    process.exit(2);
  }
  const root = join(dirname(fileURLToPath(import.meta.url)), "..");
  const scratch = mkdtempSync(join(tmpdir(), "seam-types-"));
  try {
    writeFileSync(join(scratch, "package.json"), JSON.stringify({ private: true }));
    execFileSync("npm", ["install", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error", `@seamapi/types@${version}`], {
      cwd: scratch,
      stdio: ["ignore", "ignore", "inherit"],
    });
    writeFileSync(join(root, "spec", "seam.json"), await exportSeamSpec(scratch));
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  const pom = join(root, "generated-client", "pom.xml");
  const text = readFileSync(pom, "utf8");
  const pinned = text.replace(/<seam\.spec\.version>[^<]*<\/seam\.spec\.version>/, `<seam.spec.version>${version}</seam.spec.version>`);
  if (pinned === text && !text.includes(`<seam.spec.version>${version}<`)) {
    throw new Error(`no <seam.spec.version> property in ${pom}`);
  }
  writeFileSync(pom, pinned);
  console.log(`spec/seam.json is now @seamapi/types ${version}; build to regenerate seam-client and see the change report.`);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await main();
}
