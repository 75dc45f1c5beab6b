import { defineConfig } from "vitest/config";
import { pickerDefine } from "./picker-texts.mjs";

export default defineConfig({
  define: pickerDefine,
  test: {
    include: ["test/**/*.test.ts"],
    environment: "node",
  },
});
