// The bundle may be loaded twice (as the panel's module and as the card's extra module).

/** Define a custom element unless a copy of this file already did. */
export function define(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element);
}

export interface CustomCardEntry {
  type: string;
  name: string;
  description: string;
  preview?: boolean;
  documentationURL?: string;
}

/** List a card in Home Assistant's card picker, once. */
export function registerCard(card: CustomCardEntry): void {
  const host = window as unknown as { customCards?: CustomCardEntry[] };
  host.customCards ??= [];
  if (!host.customCards.some((entry) => entry.type === card.type)) host.customCards.push(card);
}
