// @ts-check
// A progress bar on stderr for runs long enough to want one, drawn only when stderr is a terminal.

/** Runs with fewer files finish too soon for a bar to help. */
const MIN_FILES = 200;
/** Redraws at most this often. */
const FRAME_MS = 80;
const WIDTH = 30;

export class ProgressBar {
  /**
   * @param {{ write(chunk: string): unknown, isTTY?: boolean }} stream
   * @param {number} total  files to check
   */
  constructor(stream, total) {
    this.stream = stream;
    this.total = total;
    this.enabled = stream.isTTY === true && total >= MIN_FILES;
    this.lastDraw = 0;
    this.drawn = false;
  }

  update(done) {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < FRAME_MS && done < this.total) return;
    this.lastDraw = now;
    const filled = Math.round((WIDTH * done) / this.total);
    this.stream.write(`\r\x1b[2K[${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${done}/${this.total} files`);
    this.drawn = true;
  }

  clear() {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}
