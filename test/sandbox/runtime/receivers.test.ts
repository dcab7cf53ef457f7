/**
 * Signal receivers belong to the project load that connected them: running a lesson's
 * checks or a shell expression (each a load of its own) leaves the preview's receivers
 * connected, as Django's test runner and `manage.py shell` leave a running server's.
 */
import { describe, expect, it } from "vitest";
import type { ProjectFiles } from "../../../sandbox/protocol";
import { createNodeSandbox } from "../../../sandbox/runtime/node";
import type { Sandbox } from "../../../sandbox/runtime/sandbox";

const NOTES: ProjectFiles = {
  "settings.ts": 'export const DEBUG = true;\nexport const INSTALLED_APPS = ["notes"];\nexport const ROOT_URLCONF = "urls";\n',
  "urls.ts": 'import { path } from "mvt";\nimport * as views from "./notes/views";\nexport const urlpatterns = [path("add/<str:text>/", views.add)];\n',
  "notes/models.ts": [
    'import { models } from "mvt";',
    "export class Note extends models.Model {",
    "  static fields = { text: models.CharField({ max_length: 50 }) };",
    "  declare text: string;",
    "  declare static objects: models.Manager<Note>;",
    "}",
    "export class Log extends models.Model {",
    "  static fields = { line: models.CharField({ max_length: 80 }) };",
    "  declare line: string;",
    "  declare static objects: models.Manager<Log>;",
    "}",
  ].join("\n"),
  "notes/signals.ts": [
    'import { receiver, signals } from "mvt";',
    'import { Log, Note } from "./models";',
    "receiver(signals.post_save, { sender: Note })(function log_note({ instance, created }) {",
    "  if (created) Log.objects.create({ line: `saved ${(instance as Note).text}` });",
    "});",
  ].join("\n"),
  "notes/views.ts": [
    'import { HttpResponse, type HttpRequest } from "mvt";',
    'import { Log, Note } from "./models";',
    'import "./signals";',
    "export function add(_request: HttpRequest, { text }: { text: string }) {",
    "  Note.objects.create({ text });",
    '  return new HttpResponse([...Log.objects.order_by("id")].map((log) => log.line).join("\\n"));',
    "}",
  ].join("\n"),
};

const CHECKS = [
  'import { TestCase } from "mvt";',
  'import { Log, Note } from "./notes/models";',
  'import "./notes/signals";',
  "export default class NoteChecks extends TestCase {",
  "  test_a_note_is_logged() {",
  '    Note.objects.create({ text: "in the check" });',
  "    this.assertEqual(Log.objects.count(), 1);",
  "  }",
  "}",
].join("\n");

async function loaded(): Promise<Sandbox> {
  const sandbox = await createNodeSandbox();
  expect((await sandbox.load(NOTES)).diagnostics).toEqual([]);
  return sandbox;
}

async function page(sandbox: Sandbox, text: string): Promise<string> {
  const { response } = await sandbox.request({ method: "GET", path: `/add/${text}/` });
  expect(response.status).toBe(200);
  return response.body;
}

describe("signal receivers across checks and commands", () => {
  it("keeps the preview's post_save receiver after the checks run", async () => {
    const sandbox = await loaded();
    expect(await page(sandbox, "before")).toBe("saved before");
    const run = await sandbox.check(NOTES, CHECKS);
    expect(run.results.map((r) => r.passed)).toEqual([true]);
    expect(await page(sandbox, "after")).toBe("saved before\nsaved after");
  });

  it("keeps the preview's receiver after a shell expression, and the shell's save fires it once", async () => {
    const sandbox = await loaded();
    const { result } = await sandbox.run({ command: "shell", expression: 'Note.objects.create({ text: "shell" }).text' });
    expect(result.text).toBe('"shell"');
    expect(await page(sandbox, "after")).toBe("saved shell\nsaved after");
  });
});
