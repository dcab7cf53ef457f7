import { mkdtemp, mkdir, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { loadPacks } from "../../../app/host/packs";

const builtIn = resolve(__dirname, "../../../lessons");

/** Writes `files` (path -> content) under a fresh temp folder and returns it. */
async function makeTree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), "mvt-packs-"));
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

const goodLesson = (prefix: string) => ({
  [`${prefix}/lesson.yaml`]: "title: Hello\nurl: /\nopen: [views.ts]\nreadonly: [settings.ts]\n",
  [`${prefix}/lesson.md`]: "# Hello\n",
  [`${prefix}/checks.ts`]: "export default class C {}\n",
  [`${prefix}/start/views.ts`]: "start views\n",
  [`${prefix}/start/settings.ts`]: "settings\n",
  [`${prefix}/start/templates/a/b.html`]: "<p>nested</p>\n",
  [`${prefix}/solution/views.ts`]: "solved views\n",
});

const roots: string[] = [];
afterEach(async () => {
  await Promise.all(roots.splice(0).map((root) => rm(root, { recursive: true, force: true })));
});

async function tree(files: Record<string, string>): Promise<string> {
  const root = await makeTree(files);
  roots.push(root);
  return root;
}

describe("loadPacks", () => {
  it("loads the built-in pack with its lessons, start and solution files", async () => {
    const { packs, errors } = await loadPacks(builtIn);
    expect(errors).toEqual([]);
    const pack = packs.find((candidate) => candidate.id === "django-basics");
    expect(pack?.title).toBe("Django backend basics");
    const lesson = pack?.lessons.find((candidate) => candidate.id === "n-plus-one");
    expect(lesson?.title).toBe("Fix an N+1 query");
    expect(lesson?.url).toBe("/books/");
    expect(lesson?.readonly).toEqual(["settings.ts"]);
    expect(Object.keys(lesson?.start ?? {})).toContain("templates/books/list.html");
    expect(Object.keys(lesson?.solution ?? {})).toEqual(["books/views.ts"]);
    expect(lesson?.checks).toContain("assertNumQueries");
  });

  it("reads start files recursively with /-separated paths", async () => {
    const root = await tree({ "p/pack.yaml": "id: p\ntitle: P\nversion: '1'\nlessons: [one]\n", ...goodLesson("p/one") });
    const { packs, errors } = await loadPacks(root);
    expect(errors).toEqual([]);
    expect(packs[0]?.lessons[0]?.start).toEqual({
      "settings.ts": "settings\n",
      "templates/a/b.html": "<p>nested</p>\n",
      "views.ts": "start views\n",
    });
  });

  it("names the file and field of a malformed lesson, and loads the rest", async () => {
    const root = await tree({
      "p/pack.yaml": "id: p\ntitle: P\nversion: '1'\nlessons: [one, two, ghost]\n",
      ...goodLesson("p/one"),
      ...goodLesson("p/two"),
      "p/two/lesson.yaml": "titel: Typo\nurl: books/\nopen: [missing.ts]\n",
    });
    const { packs, errors } = await loadPacks(root);
    expect(packs[0]?.lessons.map((lesson) => lesson.id)).toEqual(["one"]);
    expect(errors).toContainEqual(expect.objectContaining({ file: "p/two/lesson.yaml", field: "titel", message: expect.stringContaining("spelling") }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "p/two/lesson.yaml", field: "title", message: expect.stringContaining("is missing") }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "p/two/lesson.yaml", field: "url", message: expect.stringContaining('start with "/"') }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "p/ghost/", message: expect.stringContaining("lessons[2]") }));
  });

  it("names the field of a malformed pack.yaml and still loads the other packs", async () => {
    const root = await tree({
      "bad/pack.yaml": "id: bad pack\ntitle: Bad\nversion: '1'\nlessons: [one, 7]\n",
      "broken/pack.yaml": "id: [unclosed\n",
      "good/pack.yaml": "id: good\ntitle: Good\nversion: '1'\nlessons: [one]\n",
      ...goodLesson("good/one"),
    });
    const { packs, errors } = await loadPacks(root);
    expect(packs.map((pack) => pack.id)).toEqual(["good"]);
    expect(errors).toContainEqual(expect.objectContaining({ file: "bad/pack.yaml", field: "id" }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "bad/pack.yaml", field: "lessons[1]" }));
    expect(errors).toContainEqual(expect.objectContaining({ file: "broken/pack.yaml", field: "", message: expect.stringContaining("not valid YAML") }));
  });

  it("reports a lesson whose open list names a file not in start/", async () => {
    const root = await tree({
      "p/pack.yaml": "id: p\ntitle: P\nversion: '1'\nlessons: [one]\n",
      ...goodLesson("p/one"),
      "p/one/lesson.yaml": "title: Hello\nurl: /\nopen: [views.ts, nope.ts]\n",
    });
    const { errors } = await loadPacks(root);
    expect(errors).toEqual([{ file: "p/one/lesson.yaml", field: "open[1]", message: expect.stringContaining('"nope.ts" is not a file in start/') }]);
  });

  it("reads steps and hints, and defaults both to none for older lessons", async () => {
    const root = await tree({
      "p/pack.yaml": "id: p\ntitle: P\nversion: '1'\nlessons: [one, two]\n",
      ...goodLesson("p/one"),
      ...goodLesson("p/two"),
      "p/two/lesson.yaml": "title: Two\nurl: /\nsteps:\n  - text: Fix the view\n    checks: [test_view]\nhints:\n  - Look at views.ts\n",
    });
    const { packs, errors } = await loadPacks(root);
    expect(errors).toEqual([]);
    expect(packs[0]?.lessons.map((lesson) => [lesson.steps, lesson.hints])).toEqual([
      [[], []],
      [[{ text: "Fix the view", checks: ["test_view"] }], ["Look at views.ts"]],
    ]);
  });

  it("names a malformed step's field", async () => {
    const root = await tree({
      "p/pack.yaml": "id: p\ntitle: P\nversion: '1'\nlessons: [one]\n",
      ...goodLesson("p/one"),
      "p/one/lesson.yaml": "title: Hello\nurl: /\nsteps:\n  - text: Fix it\n    checks: []\n",
    });
    const { errors } = await loadPacks(root);
    expect(errors).toEqual([{ file: "p/one/lesson.yaml", field: "steps[0].checks", message: expect.stringContaining("name the check(s)") }]);
  });

  it("reports missing lesson parts by file", async () => {
    const root = await tree({
      "p/pack.yaml": "id: p\ntitle: P\nversion: '1'\nlessons: [one]\n",
      "p/one/lesson.yaml": "title: Hello\nurl: /\n",
      "p/one/start/a.ts": "",
    });
    const { errors } = await loadPacks(root);
    expect(errors.map((error) => error.file).sort()).toEqual(["p/one/checks.ts", "p/one/lesson.md", "p/one/solution"]);
  });

  it("says so when the packs folder does not exist", async () => {
    await expect(loadPacks("/nonexistent/packs")).rejects.toThrow(/MVT_LAB_PACKS/);
  });
});
