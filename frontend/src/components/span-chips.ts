// "14 nights · 28 nights · 90 nights": the spans the trends and the summary offer.
import { html } from "lit";

import { pluralText, type Texts } from "../texts";

export const SPANS = [14, 28, 90] as const;

export function spanChips(
  texts: Texts,
  label: string,
  current: number,
  pick: (span: number) => void,
  language = "en",
): unknown {
  return html`<div class="chips" role="group" aria-label=${label}>
    ${SPANS.map(
      (span) => html`<button
        class="chip"
        aria-pressed=${current === span ? "true" : "false"}
        @click=${() => {
          pick(span);
        }}
      >
        ${pluralText(texts, "range_nights", span, language, { nights: span })}
      </button>`,
    )}
  </div>`;
}
