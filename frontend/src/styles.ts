// Shared looks, all from Home Assistant's theme variables (light and dark alike).
import { css } from "lit";

export const base = css`
  :host {
    color: var(--primary-text-color);
    font-family: var(--ha-font-family-body, var(--paper-font-body1_-_font-family, sans-serif));
  }
  .muted {
    color: var(--secondary-text-color);
  }
  .error {
    color: var(--error-color, #db4437);
  }
  .notice {
    border-left: 4px solid var(--primary-color);
    padding: 8px 12px;
    background: var(--secondary-background-color);
    border-radius: 4px;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: 8px;
  }
  button.chip,
  button.action {
    font: inherit;
    font-size: 14px;
    min-height: 40px;
    padding: 6px 14px;
    border-radius: 20px;
    border: 1px solid var(--divider-color);
    background: var(--card-background-color, var(--ha-card-background));
    color: var(--primary-text-color);
    cursor: pointer;
  }
  button.chip[aria-pressed="true"] {
    background: var(--primary-color);
    border-color: var(--primary-color);
    color: var(--text-primary-color, #fff);
  }
  button.action.primary {
    background: var(--primary-color);
    border-color: var(--primary-color);
    color: var(--text-primary-color, #fff);
  }
  button:disabled {
    opacity: 0.5;
    cursor: default;
  }
  button:focus-visible {
    outline: 2px solid var(--primary-color);
    outline-offset: 2px;
  }
  h2 {
    font-size: 18px;
    font-weight: 500;
    margin: 0 0 8px;
  }
  h3 {
    font-size: 15px;
    font-weight: 500;
    margin: 16px 0 8px;
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    padding: 6px 8px;
    border-bottom: 1px solid var(--divider-color);
    vertical-align: top;
  }
  th {
    font-weight: 500;
    color: var(--secondary-text-color);
  }
  td.number,
  th.number {
    text-align: end;
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .scroll {
    overflow-x: auto;
  }
`;

/** A card-like section inside the panel. */
export const section = css`
  section {
    background: var(--card-background-color, var(--ha-card-background));
    border-radius: var(--ha-card-border-radius, 12px);
    border: var(--ha-card-border-width, 1px) solid var(--ha-card-border-color, var(--divider-color));
    box-shadow: var(--ha-card-box-shadow, none);
    padding: 16px;
    margin: 0 0 16px;
  }
`;

/**
 * Tables whose rows become cards when their container is narrow (a phone, or a narrow panel on a
 * desktop): every cell a line "label: value" from its `data-label`, the `figure` cells first and
 * large, then the `title` cell. On screen only: a printed page keeps the table.
 */
export const cards = css`
  .fit {
    container-type: inline-size;
  }
  @media screen {
    @container (max-width: 760px) {
      table.cards,
      table.cards > tbody,
      table.cards > tbody > tr,
      table.cards > tbody > tr > td {
        display: block;
      }
      table.cards > thead {
        display: none;
      }
      table.cards > tbody > tr {
        display: flex;
        flex-wrap: wrap;
        align-items: baseline;
        gap: 4px 16px;
        padding: 10px 0;
        border-bottom: 1px solid var(--divider-color);
      }
      table.cards > tbody > tr > td {
        flex: 1 1 100%;
        min-width: 0;
        padding: 0;
        border: none;
        text-align: start;
        white-space: normal;
        overflow-wrap: anywhere;
      }
      table.cards > tbody > tr > td:empty {
        display: none;
      }
      table.cards td[data-label]::before {
        content: attr(data-label) ": ";
        color: var(--secondary-text-color);
      }
      table.cards > tbody > tr > td.figure {
        order: -2;
        flex: 0 1 auto;
        font-size: 20px;
        font-weight: 500;
      }
      table.cards > tbody > tr > td.figure::before {
        content: attr(data-label);
        display: block;
        font-size: 12px;
        font-weight: 400;
      }
      table.cards > tbody > tr > td.title {
        order: -1;
        flex: 1 1 8em;
        font-weight: 500;
      }
    }
  }
`;
