/** Opens a URL in the user's browser, or says how to open it by hand. */
import { spawn } from "node:child_process";

/** Starts the platform's opener; if there is none, prints one line asking the user to open `url`. */
export function openBrowser(url: string): void {
  const [command, args] =
    process.platform === "darwin"
      ? ["open", [url]]
      : process.platform === "win32"
        ? ["cmd", ["/c", "start", "", url]]
        : ["xdg-open", [url]];
  const child = spawn(command, args, { stdio: "ignore", detached: true });
  child.on("error", (error) => {
    process.stdout.write(`Could not open a browser (${command}: ${error.message}); open ${url} yourself.\n`);
  });
  child.unref();
}
