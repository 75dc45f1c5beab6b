// A copy of the summary at the top of the page, shown only in print, with the rest of Home
// Assistant (sidebar, header, tabs) hidden there. Shadow DOM keeps page styles from reaching
// the app's inner parts; a top-level element is the one place a print stylesheet can rule.
import type { Texts } from "../texts";
import type { Summary } from "../types";
import type { SummaryView } from "./summary-view";

const CLASS = "sleep-hygiene-print";
const PRINT_CSS = `
  @media screen { body > .${CLASS} { display: none !important; } }
  @media print {
    html, body { height: auto !important; overflow: visible !important; background: #fff !important; }
    body > :not(.${CLASS}) { display: none !important; }
    body > .${CLASS} { display: block; color: #000; background: #fff; }
    @page { margin: 15mm 12mm; }
  }
`;

export class PrintPortal {
  private wrapper?: HTMLDivElement;
  private view?: SummaryView;

  attach(): void {
    if (this.wrapper) return;
    const wrapper = document.createElement("div");
    wrapper.className = CLASS;
    const style = document.createElement("style");
    style.textContent = PRINT_CSS;
    const view = document.createElement("sleep-hygiene-summary") as SummaryView;
    wrapper.append(style, view);
    document.body.append(wrapper);
    this.wrapper = wrapper;
    this.view = view;
  }

  show(texts: Texts, language: string, summary: Summary | undefined): void {
    if (!this.view) return;
    this.view.texts = texts;
    this.view.language = language;
    this.view.summary = summary;
  }

  detach(): void {
    this.wrapper?.remove();
    this.wrapper = undefined;
    this.view = undefined;
  }
}
