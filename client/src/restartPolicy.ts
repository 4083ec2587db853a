/**
 * What to do when the language server's connection closes unexpectedly: restart it, tell the user once, and stop
 * trying when it keeps dying, so a crashing server never becomes a storm of popups. Pure, with the clock passed
 * in, so it is tested without a server.
 */

export type RestartDecision =
  /** Restart, and say so: the first crash of the session. */
  | 'restart-and-tell'
  /** Restart without another message; the output channel still logs it. */
  | 'restart-quietly'
  /** Too many crashes too fast: leave it stopped and say so (once). */
  | 'give-up';

export class RestartPolicy {
  private readonly crashes: number[] = [];
  private told = false;

  constructor(
    private readonly maxRestarts = 4,
    private readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  onConnectionClosed(): RestartDecision {
    const at = this.now();
    this.crashes.push(at);
    while (this.crashes.length > 0 && at - this.crashes[0]! > this.windowMs) this.crashes.shift();
    if (this.crashes.length > this.maxRestarts) return 'give-up';
    if (this.told) return 'restart-quietly';
    this.told = true;
    return 'restart-and-tell';
  }
}
