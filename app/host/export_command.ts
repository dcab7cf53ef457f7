/** `mvt export <project> <out>`: the project as a standalone Node project, and what to do next. */
import { exportProject, type ExportSources } from "./export";

/** Exports and prints what was written; refusals (not a project, a non-empty folder) are thrown as HostInputError. */
export async function exportCommand(folder: string, out: string, line: (text: string) => void, sources?: ExportSources): Promise<number> {
  const summary = await exportProject(folder, out, sources);
  const where = out;
  line(`Exported ${folder} to ${out}:`);
  line(`  ${summary.projectFiles} project file${summary.projectFiles === 1 ? "" : "s"} (sources, templates, static, fixtures, media)`);
  line(summary.database ? "  db.sqlite3, copied: the data carries over" : "  no db.sqlite3 yet: the server makes one on first start, migrated, with the fixtures loaded");
  line(`  mvt/: the framework's TypeScript source (${summary.frameworkFiles} files)`);
  line(`  ${summary.added.filter((name) => name !== "mvt/").join(", ")}`);
  line("");
  line("Run it (Django's `python manage.py runserver`):");
  line(`  cd ${where.includes(" ") ? JSON.stringify(where) : where}`);
  line("  npm install");
  line("  npm start        # http://127.0.0.1:8000/ (PORT=8080 npm start for another port)");
  return 0;
}
