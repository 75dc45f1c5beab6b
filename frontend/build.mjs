// Bundle src/index.ts into the one ES module the integration serves (panel, card and editor).
// Usage: node build.mjs [OUTFILE]   (default: the committed bundle in the integration's panel/).
// Deterministic: the same sources and lock file build the same bytes (no timestamps, no paths).
// Beside it, OUTFILE.gz: the same module gzip-compressed, which Home Assistant serves to a browser
// that accepts gzip (as `gzip -9n` makes it: level 9, no name and no time in the header).
import { build } from "esbuild";
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { constants, gzipSync } from "node:zlib";
import { pickerDefine } from "./picker-texts.mjs";

const here = fileURLToPath(new URL(".", import.meta.url));
const outfile =
  process.argv[2] ?? `${here}../custom_components/sleep_hygiene/panel/sleep-hygiene.js`;

await build({
  absWorkingDir: here,
  entryPoints: ["src/index.ts"],
  outfile,
  bundle: true,
  format: "esm",
  target: "es2021",
  minify: true,
  legalComments: "eof",
  charset: "utf8",
  define: pickerDefine,
  banner: { js: "// Sleep Hygiene panel and card. Built from frontend/ by `npm run build`: do not edit." },
  logLevel: "warning",
});

// Node's gzip header holds no name and a zero time: the same module makes the same bytes.
writeFileSync(`${outfile}.gz`, gzipSync(readFileSync(outfile), { level: constants.Z_BEST_COMPRESSION }));
