import { formatIso, type LocalDate } from "../../core/dates/localDate";
import type { Message } from "../../core/i18n/messages";
import type { StorePort } from "../../ports";
import { StoredList } from "./storedList";

const SENT_KEY = "digest.sent.v2";
const SENT_DAY_KEY = "digest.sent.v2.day";
const PENDING_KEY = "digest.pending.v2";

/**
 * What the reminders keep between runs, in document properties: who was mailed today (the day
 * kept beside the list) and who waits from the last run. Both lists are split over as many
 * values as they need (StoredList).
 */
export class DigestState {
  private readonly sentList: StoredList;
  private readonly pendingList: StoredList;
  /** Who was mailed today, this run included. */
  readonly sentToday: Set<string>;
  /** Who could not be mailed on the last run (quota, time): they go first. */
  readonly waiting: ReadonlySet<string>;
  /** Said in the log when a record could not be read and was reset. */
  readonly notes: readonly Message[];

  /** With `trial` ("Gửi thử cho tôi"), today's list is neither read nor changed. */
  constructor(
    store: StorePort,
    today: LocalDate,
    private readonly trial: boolean,
  ) {
    const dateKey = formatIso(today);
    this.sentList = new StoredList(store, SENT_KEY);
    this.pendingList = new StoredList(store, PENDING_KEY);
    const sentRead = this.sentList.read();
    const pendingRead = this.pendingList.read();
    // A record nobody can read is reset and said so: sending on beats stopping every morning.
    this.notes = sentRead.corrupt || pendingRead.corrupt ? [{ key: "digest.stateReset" }] : [];
    const sameDay = store.get(SENT_DAY_KEY) === dateKey;
    this.sentToday = new Set(trial || !sameDay ? [] : sentRead.items);
    if (!trial && !sameDay) {
      // Yesterday's list emptied before the day is set: a run cut short between the two starts over.
      this.sentList.write([]);
      store.set(SENT_DAY_KEY, dateKey);
    }
    this.waiting = new Set(pendingRead.items);
  }

  /** Records a send at once, so a run cut short never mails the same person twice. */
  sent(to: string): void {
    this.sentToday.add(to);
    if (!this.trial) this.sentList.write([...this.sentToday]);
  }

  /** Who waits for the next run. */
  leftWaiting(pending: readonly string[]): void {
    if (!this.trial) this.pendingList.write(pending);
  }
}
