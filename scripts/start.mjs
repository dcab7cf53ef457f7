// `npm start`: launch the desktop app with Electron; if Electron cannot run here (no
// binary and no network to fetch it, no display, missing libraries), say why in one line
// and start web mode instead. Never waits silently.
import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
/** Electron still running after this long counts as started. */
const STARTUP_GRACE_MS = 5000;
/** How long fetching the binary on first launch may take before we give up on it. */
const FETCH_TIMEOUT_MS = 180_000;

/** Runs `node args`, returning its exit code and output; `onSlow` fires if it takes a while. */
function run(command, args, { timeoutMs, onSlow }) {
  return new Promise((resolve) => {
    const child = spawn(command, args, { cwd: root, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk) => (stdout += chunk));
    child.stderr.on("data", (chunk) => (stderr += chunk));
    const slow = setTimeout(onSlow, 3000);
    const timeout = setTimeout(() => child.kill(), timeoutMs);
    child.on("error", (error) => (stderr += `Error: ${error.message}\n`));
    child.on("close", (code, signal) => {
      clearTimeout(slow);
      clearTimeout(timeout);
      resolve({ code: signal ? `timed out after ${timeoutMs / 1000} s` : code, stdout, stderr });
    });
  });
}

/** The first line of `text` that looks like an error message, without the stack. */
function firstError(text) {
  const lines = text.split("\n").map((line) => line.trim()).filter(Boolean);
  return (lines.find((line) => /error/i.test(line) && !line.startsWith("at ")) ?? lines.at(-1) ?? "no output").slice(0, 200);
}

/** The Electron binary's path; `require("electron")` downloads it on first use. */
async function electronBinary() {
  const result = await run(process.execPath, ["-e", "process.stdout.write(require('electron'))"], {
    timeoutMs: FETCH_TIMEOUT_MS,
    onSlow: () => console.log("Fetching the Electron binary (first launch)..."),
  });
  if (result.code !== 0) throw new Error(`binary not available: ${firstError(result.stderr)}`);
  return result.stdout.trim();
}

/** Launches Electron; resolves once it has run for the grace period, rejects if it dies before. */
function launchElectron(binary) {
  return new Promise((resolve, reject) => {
    const child = spawn(binary, ["."], { cwd: root, stdio: ["ignore", "inherit", "pipe"] });
    let stderr = "";
    let started = false;
    child.stderr.on("data", (chunk) => {
      if (started) process.stderr.write(chunk);
      else stderr += chunk;
    });
    const grace = setTimeout(() => {
      started = true;
      process.stderr.write(stderr);
      resolve(child);
    }, STARTUP_GRACE_MS);
    child.on("error", (error) => {
      clearTimeout(grace);
      reject(new Error(`could not run ${binary}: ${error.message}`));
    });
    child.on("exit", (code, signal) => {
      if (started) process.exit(code ?? 1);
      clearTimeout(grace);
      if (code === 0) process.exit(0);
      reject(new Error(`it exited at once (${signal ?? `code ${code}`}): ${firstError(stderr)}`));
    });
  });
}

function startWebMode() {
  const child = spawn(process.execPath, [`${root}/dist/app/web.cjs`, ...process.argv.slice(2)], { cwd: root, stdio: "inherit" });
  // Pass signals on and wait for web mode to close cleanly (it ignores a repeated one).
  process.on("SIGINT", () => child.kill("SIGINT"));
  process.on("SIGTERM", () => child.kill("SIGTERM"));
  child.on("exit", (code) => process.exit(code ?? 0));
}

try {
  await launchElectron(await electronBinary());
} catch (error) {
  console.log(`Electron could not start (${error.message}); starting web mode instead.`);
  startWebMode();
}
