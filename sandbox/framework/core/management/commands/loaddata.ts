/** loaddata (Django: core/management/commands/loaddata.py) over fixtures the host read from the project. */
import type { Project } from "../../../project";
import { loaddata as install } from "../../../db/fixtures";
import { CommandError, type CommandResult } from "../base";

/** A fixture file's name ("books.json") and text. */
export interface Fixture {
  name: string;
  content: string;
}

export function loaddata(project: Project, options: { fixtures: Fixture[] }): CommandResult {
  if (!options.fixtures.length) throw new CommandError("No database fixture specified. Please provide the path of at least one fixture in the command line.");
  let objects = 0;
  project.connection.atomic(() => {
    for (const fixture of options.fixtures) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(fixture.content);
      } catch (error) {
        throw new CommandError(`Problem installing fixture '${fixture.name}': ${error instanceof Error ? error.message : String(error)}`);
      }
      objects += install(project.apps, parsed, fixture.name);
    }
  });
  return { output: `Installed ${objects} object(s) from ${options.fixtures.length} fixture(s)` };
}
