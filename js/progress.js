// @ts-check
// A progress bar on stderr for runs long enough to want one, drawn only when stderr is a terminal.

/** Runs with fewer files finish too soon for a bar to help. */
const MIN_FILES = 200;
/** Redraws at most this often. */
const FRAME_MS = 80;
const WIDTH = 30;

export class ProgressBar {
  /** @param {{ write(chunk: string): unknown, isTTY?: boolean }} stream */
  constructor(stream) {
    this.stream = stream;
    this.enabled = stream.isTTY === true;
    this.lastDraw = 0;
    this.drawn = false;
  }

  /**
   * @param {number} done  files checked
   * @param {number} total  files to check: those found so far while the walk goes on
   * @param {boolean} [complete]  whether the walk has found every file (else `total` shows a `+`)
   */
  update(done, total, complete = true) {
    if (!this.enabled || total < MIN_FILES) return;
    const now = Date.now();
    if (now - this.lastDraw < FRAME_MS && !(complete && done >= total)) return;
    this.lastDraw = now;
    const filled = Math.min(WIDTH, Math.round((WIDTH * done) / total));
    this.stream.write(`\r\x1b[2K[${"#".repeat(filled)}${" ".repeat(WIDTH - filled)}] ${done}/${total}${complete ? "" : "+"} files`);
    this.drawn = true;
  }

  clear() {
    if (this.drawn) this.stream.write("\r\x1b[2K");
    this.drawn = false;
  }
}
