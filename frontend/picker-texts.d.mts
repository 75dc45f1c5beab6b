// Types of picker-texts.mjs, for vitest.config.ts.
export const pickerDefine: { PICKER_DESCRIPTIONS: string };
