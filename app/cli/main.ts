/**
 * The `mvt` command line (dist/app/cli.cjs).
 *
 *   mvt verify [packDir...]   check that each lesson's start fails and solution passes
 */
import { parseArgs } from "node:util";
import { createNodeSandbox } from "../../sandbox/runtime/node";
import { defaultPacksDir } from "../host/install";
import { UsageError, verifyCommand } from "./verify";

const HELP = `Usage: mvt <command> [options]

Commands:
  verify [packDir...]   Verify lesson packs: for each lesson, the start files must fail at
                        least one check and start+solution must pass them all.
                        packDir is a pack folder (with pack.yaml) or a folder of packs;
                        default: the built-in packs (${defaultPacksDir()}).

Options:
  -h, --help            Show this help.

Exit codes: 0 valid, 1 invalid, 2 usage error.
`;

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { help: { type: "boolean", short: "h" } } });
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
  throw new UsageError(`Unknown command "${command}": run "mvt --help" for the commands.`);
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    const usage = error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    process.stderr.write(`mvt: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(usage ? 2 : 1);
  },
);
