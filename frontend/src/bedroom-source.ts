// One bedroom's data for a panel or card: fetched on demand, fetched again on every
// sleep_hygiene/subscribe event while the host is on the page.
import type { ReactiveController, ReactiveControllerHost } from "lit";

import { fetchKind, type Kind, type Replies } from "./api";
import type { FirstView, HomeAssistant, Unsubscribe } from "./types";

type Params = Record<string, unknown>;

export class BedroomSource implements ReactiveController {
  data: Partial<Replies> = {};
  /** Each kind's last error as it came (errorMessage() says it in the user's language). */
  errors: Partial<Record<Kind, unknown>> = {};
  private hass?: HomeAssistant;
  private entryId?: string;
  private wanted = new Map<Kind, string>();
  private subscription?: Promise<Unsubscribe | undefined>;
  private connected = false;

  constructor(private readonly host: ReactiveControllerHost) {
    host.addController(this);
  }

  get bedroom(): string | undefined {
    return this.entryId;
  }

  hostConnected(): void {
    this.connected = true;
    this.subscribe();
  }

  hostDisconnected(): void {
    this.connected = false;
    this.unsubscribe();
  }

  /**
   * Follow `hass` and a bedroom; a new bedroom starts from nothing, or from `first` (the view
   * that came with the bedrooms' list) when it is that bedroom's.
   */
  use(hass: HomeAssistant, entryId: string | undefined, first: FirstView | null = null): void {
    const sameConnection = this.hass?.connection === hass.connection;
    this.hass = hass;
    if (sameConnection && entryId === this.entryId) return;
    this.unsubscribe();
    this.entryId = entryId;
    this.data = {};
    this.errors = {};
    const wanted = [...this.wanted.entries()];
    this.wanted.clear();
    this.seed(first);
    for (const [kind, params] of wanted) this.want(kind, JSON.parse(params) as Params);
    this.subscribe();
  }

  /** Fetch `kind` unless it is already there (or on its way) with these parameters. */
  want(kind: Kind, params: Params = {}): void {
    const key = JSON.stringify(params);
    if (this.wanted.get(kind) === key) return;
    this.wanted.set(kind, key);
    // An error for other parameters is not this one's: it shows again if this one fails too.
    if (this.errors[kind] !== undefined) this.errors = { ...this.errors, [kind]: undefined };
    void this.fetch(kind);
  }

  /** Count the first view's kinds as fetched (no parameters): no second round trip for them. */
  private seed(first: FirstView | null): void {
    if (!first || first.entry_id !== this.entryId) return;
    const replies: Partial<Replies> = { morning: first.morning, tonight: first.tonight };
    for (const kind of Object.keys(replies) as Kind[]) this.wanted.set(kind, JSON.stringify({}));
    this.data = replies;
    this.host.requestUpdate();
  }

  /** Fetch everything wanted again (after an event, or an action of the person's). */
  refresh(): void {
    for (const kind of this.wanted.keys()) void this.fetch(kind);
  }

  private async fetch(kind: Kind): Promise<void> {
    const { hass, entryId } = this;
    const params = this.wanted.get(kind);
    if (!hass || !entryId || params === undefined) return;
    try {
      const reply = await fetchKind(hass, kind, entryId, JSON.parse(params) as Params);
      if (entryId !== this.entryId || params !== this.wanted.get(kind)) return;
      this.data = { ...this.data, [kind]: reply };
      this.errors = { ...this.errors, [kind]: undefined };
    } catch (error) {
      if (entryId !== this.entryId) return;
      this.errors = { ...this.errors, [kind]: error ?? "error" };
    }
    this.host.requestUpdate();
  }

  private subscribe(): void {
    const { hass, entryId } = this;
    if (!this.connected || !hass || !entryId || this.subscription) return;
    this.subscription = hass.connection
      .subscribeMessage(() => {
        this.refresh();
      }, { type: "sleep_hygiene/subscribe", entry_id: entryId })
      .catch(() => undefined); // the commands themselves report a bedroom that is not there
  }

  private unsubscribe(): void {
    const subscription = this.subscription;
    this.subscription = undefined;
    void subscription?.then((unsubscribe) => unsubscribe?.()).catch(() => undefined);
  }
}
