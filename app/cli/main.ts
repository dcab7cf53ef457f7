/**
 * The `mvt` command line (dist/app/cli.cjs).
 *
 *   mvt verify [packDir...]   check that each lesson's start fails and solution passes
 *   mvt pack <packDir> [--out file]   verify a pack, then write it as one .mvtpack file
 *   mvt import <file.mvtpack | packDir> [--force]   install a pack into <home>/packs
 *   mvt manage <project> <command> [args]   Django's manage.py commands over a project folder
 *   mvt export <project> <out>   the project as a standalone Node project (npm install && npm start)
 */
import { parseArgs } from "node:util";
import { createNodeSandbox } from "../../sandbox/runtime/node";
import { HostInputError } from "../host/errors";
import { defaultHome, defaultPacksDir } from "../host/install";
import { exportCommand } from "../host/export_command";
import { exportDjangoCommand } from "../host/export_django_command";
import { MANAGE_COMMANDS, manageCommand, type ManageIO } from "./manage";
import { importCommand, packCommand } from "./pack";
import { ask } from "./prompt";
import { UsageError, verifyCommand } from "./verify";

const HELP = `Usage: mvt <command> [options]

Commands:
  verify [packDir...]   Verify lesson packs: for each lesson, the start files must fail at
                        least one check and start+solution must pass them all.
                        packDir is a pack folder (with pack.yaml) or a folder of packs;
                        default: the built-in packs (${defaultPacksDir()}).

  pack <packDir> [--out <file>]
                        Verify the pack as verify does and, only if it is valid, write it
                        as one file to share: <id>-<version>.mvtpack in the current folder
                        (or --out). The same pack always gives the same bytes.

  import <file.mvtpack | packDir> [--force]
                        Install a lesson pack for MVT Lab: into the learner's data folder
                        (${defaultHome()}/packs/<id>, or $MVT_LAB_HOME/packs/<id>).
                        Same id imported before: replaced when this version is the same
                        or newer; refused when the imported one is newer, unless --force.
                        Progress is kept by pack id and version.

  manage <project> <command> [args]
                        Run a management command over a project folder and its db.sqlite3:
                        ${MANAGE_COMMANDS.join(", ")}.
                        e.g. mvt manage myblog makemigrations blog
                             mvt manage myblog createsuperuser --username admin --email a@b.c
                        (the password from MVT_SUPERUSER_PASSWORD, or asked in a terminal)

  export <project> <out-folder>
                        Write the project as a standalone Node project in out-folder (new
                        or empty): its files, a copy of db.sqlite3, the mvt framework's
                        source and a server; then: cd out-folder && npm install && npm start.

  export <project> <out-folder> --to django
                        Write the project as a Django 3.2 project instead: settings, URLs,
                        models.py and admin.py from the models, views translated where
                        simple (stubs to port otherwise), templates and static unchanged,
                        the data as data.json; migrations by Django's makemigrations when
                        python3 (or $MVT_PYTHON) has Django.

Options:
  -h, --help            Show this help.
  --username, --email   createsuperuser's fields.
  --noinput             Ask nothing (createsuperuser, flush, makemigrations).
  --to node|django      What export writes (default: node).
  --out <file>          Where pack writes the archive.
  --force               import: replace even a newer imported version.

Exit codes: 0 valid/done, 1 invalid/failed, 2 usage error.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: {
    help: { type: "boolean", short: "h" },
    username: { type: "string" },
    email: { type: "string" },
    noinput: { type: "boolean" },
    to: { type: "string" },
    out: { type: "string" },
    force: { type: "boolean" },
  } });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  if (command === "verify") {
    const folders = rest.length > 0 ? rest : [defaultPacksDir()];
    const line = (text: string) => process.stdout.write(`${text}\n`);
    return (await verifyCommand(folders, createNodeSandbox, line)) ? 0 : 1;
  }
  if (command === "pack") {
    const [folder, ...extra] = rest;
    if (!folder || extra.length > 0) throw new UsageError("Usage: mvt pack <packDir> [--out <file>]");
    return packCommand(folder, values.out, createNodeSandbox, (text) => process.stdout.write(`${text}\n`));
  }
  if (command === "import") {
    const [source, ...extra] = rest;
    if (!source || extra.length > 0) throw new UsageError("Usage: mvt import <file.mvtpack | packDir> [--force]");
    return importCommand(
      source,
      { home: defaultHome(), builtInDir: defaultPacksDir(), force: values.force ?? false },
      (text) => process.stdout.write(`${text}\n`),
      (text) => process.stderr.write(`${text}\n`),
    );
  }
  if (command === "manage") {
    const [folder, name, ...args] = rest;
    if (!folder || !name) throw new UsageError('Usage: mvt manage <project-folder> <command> [args]: run "mvt --help" for the commands.');
    const io: ManageIO = {
      out: (text) => process.stdout.write(`${text}\n`),
      err: (text) => process.stderr.write(`${text}\n`),
      ...(process.stdin.isTTY ? { ask } : {}),
      env: process.env,
    };
    const flags = { ...(values.username !== undefined ? { username: values.username } : {}), ...(values.email !== undefined ? { email: values.email } : {}), noinput: values.noinput ?? false };
    return manageCommand(folder, name, args, flags, () => createNodeSandbox((level, text) => process.stderr.write(`${level}: ${text}\n`)), io);
  }
  if (command === "export") {
    const [folder, out, ...extra] = rest;
    if (!folder || !out || extra.length > 0) throw new UsageError("Usage: mvt export <project-folder> <out-folder> [--to node|django]");
    const to = values.to ?? "node";
    if (to === "django") return exportDjangoCommand(folder, out, (text) => process.stdout.write(`${text}\n`));
    if (to !== "node") throw new UsageError(`--to ${to}: export writes a Node project (--to node, the default) or a Django project (--to django).`);
    return exportCommand(folder, out, (text) => process.stdout.write(`${text}\n`));
  }
  throw new UsageError(`Unknown command "${command}": run "mvt --help" for the commands.`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof UsageError || error instanceof HostInputError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`mvt: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(usage ? 2 : 1);
  },
);
