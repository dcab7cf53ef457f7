/** Helpers for export_django.test.ts: a migrated template project, mvt's rendering of a page, and Django's. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { readProjectTree } from "../../app/host/project-files";
import { createNodeSandbox } from "../../sandbox/runtime/node";

export const REPO = resolve(__dirname, "../..");
export const PYTHON = "/usr/bin/python3";

/** A template project in a temp folder with a migrated db.sqlite3 (its fixtures loaded), after `sql` ran. */
export async function templateProject(name: string, sql: string[] = [], superuser?: { username: string; password: string }): Promise<string> {
  const root = join(mkdtempSync(join(tmpdir(), "mvt-export-django-")), name);
  cpSync(join(REPO, "app/project-templates", name), root, { recursive: true });
  const box = await createNodeSandbox();
  const loaded = await box.load((await readProjectTree(root)).files);
  if (loaded.diagnostics.length) throw new Error(JSON.stringify(loaded.diagnostics));
  for (const statement of sql) {
    const ran = await box.run({ command: "sql", statement });
    if (!ran.result.ok) throw new Error(ran.result.text);
  }
  if (superuser) {
    const made = await box.run({ command: "createsuperuser", email: `${superuser.username}@example.com`, ...superuser });
    if (!made.result.ok) throw new Error(made.result.text);
  }
  writeFileSync(join(root, "db.sqlite3"), box.exportDatabase());
  return root;
}

/** The pages as mvt renders them, over the project's db.sqlite3. */
export async function mvtPages(root: string, paths: string[]): Promise<Record<string, { status: number; body: string }>> {
  const box = await createNodeSandbox();
  const { readFileSync } = await import("node:fs");
  await box.load((await readProjectTree(root)).files, new Uint8Array(readFileSync(join(root, "db.sqlite3"))));
  const pages: Record<string, { status: number; body: string }> = {};
  for (const path of paths) {
    const { response } = await box.request({ method: "GET", path });
    pages[path] = { status: response.status, body: response.body };
  }
  return pages;
}

/** `python3 manage.py <args>` in `dir`. */
export function manage(dir: string, args: string[]): { status: number | null; output: string } {
  const ran = spawnSync(PYTHON, ["manage.py", ...args], { cwd: dir, encoding: "utf8", env: { ...process.env, PYTHONDONTWRITEBYTECODE: "1" } });
  return { status: ran.status, output: `${ran.stdout}${ran.stderr}` };
}

/** The pages as the exported Django project renders them, through Django's test client. */
export function djangoPages(dir: string, paths: string[]): Record<string, { status: number; body: string }> {
  const script = [
    "import json",
    "from django.test import Client",
    "client = Client()",
    "pages = {}",
    `for path in ${JSON.stringify(paths)}:`,
    "    response = client.get(path)",
    "    pages[path] = {'status': response.status_code, 'body': response.content.decode()}",
    "print('PAGES' + json.dumps(pages))",
  ].join("\n");
  const ran = manage(dir, ["shell", "-c", script]);
  const line = ran.output.split("\n").find((l) => l.startsWith("PAGES"));
  if (ran.status !== 0 || !line) throw new Error(`manage.py shell failed (${ran.status}):\n${ran.output}`);
  return JSON.parse(line.slice("PAGES".length)) as Record<string, { status: number; body: string }>;
}

/** The text of each <tag> in `html`, trimmed. */
export function texts(html: string, tag: string): string[] {
  return [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => (m[1] ?? "").replace(/<[^>]+>/g, "").trim());
}
