// Shared by the tests of the npm package: where things are, and running commands.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";

export const repoRoot = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const repoBin = join(repoRoot, "node_modules", ".bin");

/** Runs a command and returns its output; throws with everything it printed when it fails. */
export function run(command, args, { cwd, input, allowFailure = false, env, timeout } = {}) {
  const result = spawnSync(command, args, {
    cwd,
    input,
    encoding: "buffer",
    maxBuffer: 256 * 1024 * 1024,
    timeout,
    env: { ...process.env, ...env },
  });
  if (result.error) throw result.error;
  const output = { status: result.status, stdout: result.stdout, stderr: result.stderr.toString("utf8") };
  if (!allowFailure && result.status !== 0) {
    throw new Error(
      `${command} ${args.join(" ")} exited ${result.status}\n${result.stdout.toString("utf8")}\n${output.stderr}`,
    );
  }
  return output;
}
