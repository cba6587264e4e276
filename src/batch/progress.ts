/** A one-line progress bar on stderr (TTY only): files done/total, rate, ETA. */
export class Progress {
  private total = 0;
  private done = 0;
  private readonly started = Date.now();
  private timer: NodeJS.Timeout | null = null;

  constructor(enabled: boolean) {
    if (enabled && process.stderr.isTTY) {
      this.timer = setInterval(() => this.draw(), 200);
      this.timer.unref();
    }
  }

  discovered(): void {
    this.total++;
  }

  finished(): void {
    this.done++;
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.draw();
    process.stderr.write('\n');
  }

  private draw(): void {
    const seconds = (Date.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const width = 30;
    const filled = this.total ? Math.round((width * this.done) / this.total) : 0;
    const eta = rate > 0 ? `ETA ${formatSeconds((this.total - this.done) / rate)}` : 'ETA –';
    const bar = `[${'#'.repeat(filled)}${'.'.repeat(width - filled)}]`;
    process.stderr.write(`\r${bar} ${this.done}/${this.total} files  ${rate.toFixed(1)}/s  ${eta}   `);
  }
}

function formatSeconds(s: number): string {
  if (s < 60) return `${Math.ceil(s)}s`;
  return `${Math.floor(s / 60)}m${String(Math.ceil(s % 60)).padStart(2, '0')}s`;
}
