/** Questions at the terminal for `mvt manage`: plain ones, and secret ones typed without echo (passwords). */
import { createInterface } from "node:readline/promises";

/** Asks `question` on the terminal; `secret` hides what is typed. */
export async function ask(question: string, options: { secret?: boolean } = {}): Promise<string> {
  if (options.secret) return askSecret(question);
  const rl = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return await rl.question(question);
  } finally {
    rl.close();
  }
}

function askSecret(question: string): Promise<string> {
  process.stdout.write(question);
  const stdin = process.stdin;
  stdin.setRawMode(true);
  stdin.resume();
  return new Promise((done) => {
    let typed = "";
    const onData = (chunk: Buffer) => {
      for (const char of chunk.toString("utf8")) {
        if (char === "\u0003") process.exit(130);
        if (char === "\r" || char === "\n") {
          stdin.off("data", onData);
          stdin.setRawMode(false);
          stdin.pause();
          process.stdout.write("\n");
          done(typed);
          return;
        }
        typed = char === "\u007f" ? typed.slice(0, -1) : typed + char;
      }
    };
    stdin.on("data", onData);
  });
}
