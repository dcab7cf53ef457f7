/**
 * Django's manage.py for the exported project. `npm start` runs `runserver`;
 * `npm run manage -- <command> [args]` runs a management command over db.sqlite3:
 *
 *   npm run manage -- makemigrations [app]      write migrations for model changes
 *   npm run manage -- migrate [app [migration]] apply them
 *   npm run manage -- showmigrations | sqlmigrate <app> <migration> | dumpdata [app]
 *   npm run manage -- flush --noinput           delete every row
 *   DJANGO_SUPERUSER_PASSWORD=... npm run manage -- createsuperuser --noinput --username admin --email a@b.c
 */
import { createInterface } from "node:readline/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import { auth, call_command } from "./mvt";
import { loadProject, runserver, writeAtomically, type ProjectOptions } from "./server";

const COMMANDS = ["runserver", "makemigrations", "migrate", "showmigrations", "sqlmigrate", "dumpdata", "flush", "createsuperuser"];

/** Runs `argv` (["migrate"], ["runserver", "8080"], ...); the exit code, or undefined while the server runs. */
export async function manage(argv: string[], options: ProjectOptions): Promise<number | undefined> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    noinput: { type: "boolean" },
    username: { type: "string" },
    email: { type: "string" },
  } });
  const [name, ...args] = positionals;
  if (name === undefined || !COMMANDS.includes(name)) {
    console.error(`${name === undefined ? "No command given" : `Unknown command: '${name}'`}. Commands: ${COMMANDS.join(", ")}.`);
    return 2;
  }
  if (name === "runserver") {
    const port = args[0] ?? process.env["PORT"];
    await runserver({ ...options, port: port === undefined || port === "" ? 8000 : Number(port), host: process.env["HOST"] || "127.0.0.1" });
    return undefined;
  }
  const loaded = await loadProject(options);
  const { project } = loaded;
  if (name === "createsuperuser") {
    const username = values.username ?? process.env["DJANGO_SUPERUSER_USERNAME"];
    const password = process.env["DJANGO_SUPERUSER_PASSWORD"];
    if (!username || !password) {
      console.error("CommandError: createsuperuser needs --username (or DJANGO_SUPERUSER_USERNAME) and the password in DJANGO_SUPERUSER_PASSWORD, as Django's createsuperuser --noinput.");
      return 1;
    }
    const user = auth.createsuperuser({ username, email: values.email ?? process.env["DJANGO_SUPERUSER_EMAIL"] ?? "", password });
    console.log(`Superuser created successfully: ${String(user.get_username())}.`);
    loaded.save();
    return 0;
  }
  if (name === "flush" && !values.noinput) {
    console.error("flush deletes every row of every table: run it with --noinput to confirm.");
    return 1;
  }
  let answers: Record<string, string> = {};
  for (;;) {
    const result = call_command(project, name, args, name === "makemigrations" ? { answers } : {});
    if (result.questions?.length) {
      // makemigrations asks instead of guessing (a rename? a default for a new column?).
      if (!process.stdin.isTTY || values.noinput) {
        console.error(`${result.questions.map((question) => question.text).join("\n")}\n${name} has questions to answer: run it in a terminal, without --noinput.`);
        return 1;
      }
      const terminal = createInterface({ input: process.stdin, output: process.stdout });
      for (const question of result.questions) answers = { ...answers, [question.id]: await terminal.question(`${question.text} `) };
      terminal.close();
      continue;
    }
    for (const file of result.files ?? []) {
      if (file.path.split("/").some((part) => part === ".." || part === "")) throw new Error(`Refusing to write ${file.path}: outside the project.`);
      writeAtomically(join(options.root, ...file.path.split("/")), new TextEncoder().encode(file.content));
    }
    if (result.output) console.log(result.output);
    // makemigrations reads the models only: a new database it started stays unsaved, as in MVT Lab's CLI.
    if (name !== "makemigrations") loaded.save();
    return 0;
  }
}
