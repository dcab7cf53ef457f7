/** `mvt export <project> <out> --to django`: the project as a Django 3.2 project, and what to do next. */
import { exportDjangoProject, type DjangoExportOptions } from "./export_django";

/** Exports and prints what was written and what is left to port; 1 when makemigrations failed. */
export async function exportDjangoCommand(folder: string, out: string, line: (text: string) => void, options?: DjangoExportOptions): Promise<number> {
  const summary = await exportDjangoProject(folder, out, options);
  const where = out.includes(" ") ? JSON.stringify(out) : out;
  line(`Exported ${folder} to ${out} as a Django project:`);
  line(`  ${summary.projectPackage}/settings.py, urls.py, wsgi.py; manage.py; requirements.txt; ${summary.readme}`);
  line(`  apps: ${summary.apps.join(", ") || "none"} (${summary.models} model${summary.models === 1 ? "" : "s"}: models.py and admin.py written from their _meta)`);
  line(`  views translated: ${summary.viewsTranslated.join(", ") || "none"}`);
  if (summary.viewsToPort.length) line(`  views to port by hand (stubs that raise NotImplementedError): ${summary.viewsToPort.map((v) => v.split(":")[0]).join(", ")}`);
  line(summary.dataObjects > 0 ? `  data.json: ${summary.dataObjects} object${summary.dataObjects === 1 ? "" : "s"} from db.sqlite3` : "  no data.json: the project has no rows in db.sqlite3 (its fixtures/ are copied)");
  line(`  ${summary.copied} file${summary.copied === 1 ? "" : "s"} copied unchanged (templates, static, fixtures, media); the TypeScript in mvt_source/`);
  line(`  migrations: ${summary.migrations.ok ? "made by Django's makemigrations" : "NOT made"}: ${summary.migrations.text.split("\n").join("\n    ")}`);
  if (summary.todo.length) {
    line("");
    line(`To port by hand (also in ${summary.readme}):`);
    for (const item of summary.todo) line(`  - ${item}`);
  }
  line("");
  line("Run it:");
  line(`  cd ${where}`);
  line('  python3 -m venv .venv && . .venv/bin/activate && pip install "django>=3.2,<5"');
  if (!summary.migrations.ok) line(`  python manage.py makemigrations ${summary.apps.join(" ")}`);
  line("  python manage.py migrate");
  if (summary.dataObjects > 0) line("  python manage.py loaddata data.json");
  line("  python manage.py runserver");
  return summary.migrations.ran && !summary.migrations.ok ? 1 : 0;
}
