/**
 * `mvt manage <project> <command> [args]`: Django's manage.py for a project folder on
 * disk, headless. The project is bundled and loaded by the Node sandbox over its
 * db.sqlite3; migrations makemigrations writes and a changed database are saved back.
 */
import { readFile } from "node:fs/promises";
import { basename, dirname, join, resolve } from "node:path";
import { mkdir } from "node:fs/promises";
import type { CommandResult, ManagementCommandName, SandboxCommand } from "../../sandbox/protocol";
import type { Sandbox } from "../../sandbox/runtime/sandbox";
import { writeFileAtomic } from "../host/atomic";
import { confinePath } from "../host/confine";
import { statIfExists } from "../host/files";
import { DATABASE_FILE, databaseProblem, readProjectTree } from "../host/project-files";
import { UsageError } from "./verify";

/** How the command talks to its user: lines out, errors, and (in a terminal) questions. */
export interface ManageIO {
  out(text: string): void;
  err(text: string): void;
  /** Asks and returns the answer; undefined when there is no terminal to ask in. */
  ask?(question: string, options?: { secret?: boolean }): Promise<string>;
  env: Record<string, string | undefined>;
}

/** Options from the command line. */
export interface ManageFlags {
  username?: string;
  email?: string;
  noinput?: boolean;
}

const MIGRATION_COMMANDS: readonly ManagementCommandName[] = ["makemigrations", "migrate", "showmigrations", "sqlmigrate"];

/** The commands `mvt manage` runs. */
export const MANAGE_COMMANDS = [...MIGRATION_COMMANDS, "flush", "loaddata", "dumpdata", "createsuperuser"];

/** Runs `name` over the project in `folder`; returns the exit code (0 done, 1 failed). */
export async function manageCommand(folder: string, name: string, args: string[], flags: ManageFlags, sandbox: () => Promise<Sandbox>, io: ManageIO): Promise<number> {
  if (!MANAGE_COMMANDS.includes(name)) throw new UsageError(`Unknown command: '${name}'. Commands: ${MANAGE_COMMANDS.join(", ")}.`);
  const root = resolve(folder);
  if (!(await statIfExists(root))?.isDirectory()) throw new UsageError(`${folder} is not a folder: give the path of an mvt project (the folder with settings.ts).`);
  if (!(await statIfExists(join(root, "settings.ts")))) {
    throw new UsageError(`${folder} is not an mvt project: it has no settings.ts. A project folder has settings.ts, urls.ts and a folder per app, as a Django project does.`);
  }
  const tree = await readProjectTree(root);
  const dbPath = join(root, DATABASE_FILE);
  const database = (await statIfExists(dbPath)) ? new Uint8Array(await readFile(dbPath)) : undefined;
  const problem = database && databaseProblem(database);
  if (problem) throw new Error(problem);

  const box = await sandbox();
  const loaded = await box.load(tree.files, database);
  if (!loaded.ok) {
    for (const d of loaded.diagnostics) io.err(`${d.file}:${d.line}:${d.column}: ${d.message}`);
    io.err(`The project in ${folder} has errors, so ${name} did not run.`);
    return 1;
  }
  // A new database starts migrated (as in the IDE); makemigrations only reads the models, so it keeps none.
  let wrote = loaded.wrote && name !== "makemigrations";
  const run = async (command: SandboxCommand): Promise<CommandResult> => {
    const ran = await box.run(command);
    wrote ||= ran.wrote;
    return ran.result;
  };
  const result = await runNamed(name, args, flags, root, run, io);
  if (result === undefined) return 1;
  for (const file of result.files ?? []) {
    const target = confinePath(root, file.path);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, file.content);
  }
  if (!result.ok) {
    io.err(result.text);
    for (const [field, errors] of Object.entries(result.fieldErrors ?? {})) io.err(`  ${field}: ${errors.join(" ")}`);
    return 1;
  }
  if (result.text) io.out(result.text);
  if (wrote) await writeFileAtomic(dbPath, box.exportDatabase());
  return 0;
}

/** Builds the sandbox command for `name`, asking what it must ask; undefined when the user stopped it. */
async function runNamed(name: string, args: string[], flags: ManageFlags, root: string, run: (command: SandboxCommand) => Promise<CommandResult>, io: ManageIO): Promise<CommandResult | undefined> {
  const migration = MIGRATION_COMMANDS.find((c) => c === name);
  if (migration) {
    let answers: Record<string, string> | undefined;
    for (;;) {
      const result = await run({ command: "manage", name: migration, args, ...(answers ? { answers } : {}) });
      if (!result.questions?.length) return result;
      if (!io.ask || flags.noinput) {
        io.err(result.questions.map((q) => q.text).join("\n"));
        io.err(`${name} has questions to answer: run it in a terminal, without --noinput.`);
        return undefined;
      }
      answers = { ...answers };
      for (const question of result.questions) answers[question.id] = await io.ask(`${question.text} `);
    }
  }
  if (name === "flush") {
    if (io.ask && !flags.noinput) {
      const answer = await io.ask("You have requested a flush of the database.\nThis will IRREVERSIBLY DESTROY all data currently in the database,\nand return each table to an empty state.\nAre you sure you want to do this?\n\n    Type 'yes' to continue, or 'no' to cancel: ");
      if (answer.trim() !== "yes") {
        io.out("Flush cancelled.");
        return undefined;
      }
    }
    return run({ command: "flush" });
  }
  if (name === "dumpdata") return run({ command: "dumpdata" });
  if (name === "loaddata") return loaddata(args, root, run);
  return createsuperuser(flags, run, io);
}

/** Loads each fixture: a path (from here or the project) or a name found in a fixtures/ folder. */
async function loaddata(names: string[], root: string, run: (command: SandboxCommand) => Promise<CommandResult>): Promise<CommandResult | undefined> {
  if (names.length === 0) throw new UsageError("No database fixture specified. Please provide the path of at least one fixture in the command line.");
  const fixtures = (await readProjectTree(root)).files;
  const texts: string[] = [];
  let last: CommandResult | undefined;
  for (const name of names) {
    const json = await fixtureText(name, root, fixtures);
    last = await run({ command: "loaddata", name: basename(name).replace(/\.json$/, ""), json });
    if (!last.ok) return last;
    texts.push(last.text);
  }
  return last && { ...last, text: texts.join("\n") };
}

async function fixtureText(name: string, root: string, files: Record<string, string>): Promise<string> {
  for (const path of [resolve(name), join(root, name)]) if ((await statIfExists(path))?.isFile()) return readFile(path, "utf8");
  const wanted = name.endsWith(".json") ? name : `${name}.json`;
  const found = Object.keys(files).find((path) => /(^|\/)fixtures\//.test(path) && path.endsWith(`/${wanted}`));
  if (!found) throw new Error(`No fixture named '${name.replace(/\.json$/, "")}' found.`);
  return files[found] ?? "";
}

/** createsuperuser: flags and MVT_SUPERUSER_PASSWORD, or prompts in a terminal as Django's does. */
async function createsuperuser(flags: ManageFlags, run: (command: SandboxCommand) => Promise<CommandResult>, io: ManageIO): Promise<CommandResult | undefined> {
  const interactive = Boolean(io.ask) && !flags.noinput;
  let username = flags.username;
  let email = flags.email;
  let password = io.env["MVT_SUPERUSER_PASSWORD"];
  if (interactive && io.ask) {
    username ??= (await io.ask("Username: ")).trim();
    email ??= (await io.ask("Email address: ")).trim();
    if (password === undefined) {
      password = await io.ask("Password: ", { secret: true });
      if ((await io.ask("Password (again): ", { secret: true })) !== password) {
        io.err("Error: Your passwords didn't match.");
        return undefined;
      }
    }
  }
  if (!username) throw new UsageError("CommandError: You must use --username with --noinput.");
  if (password === undefined) throw new UsageError("CommandError: no password: set MVT_SUPERUSER_PASSWORD, or run in a terminal to be asked for one.");
  return run({ command: "createsuperuser", username, email: email ?? "", password });
}
