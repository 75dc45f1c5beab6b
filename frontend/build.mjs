// Bundle src/index.ts into the one ES module the integration serves (panel, card and editor).
// Usage: node build.mjs [OUTFILE]   (default: the committed bundle in the integration's panel/).
// Deterministic: the same sources and lock file build the same bytes (no timestamps, no paths).
import { build } from "esbuild";
import { fileURLToPath } from "node:url";
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
