// Types of picker-texts.mjs, for vitest.config.ts.
export function pickerDescriptions(): Record<string, string>;
export const pickerDefine: { PICKER_DESCRIPTIONS: string };
