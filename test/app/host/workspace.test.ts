import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { HostInputError } from "../../../app/host/errors";
import { Workspace } from "../../../app/host/workspace";

const key = { packId: "p", lessonId: "one" };
const start = { "views.ts": "start\n", "settings.ts": "settings\n", "templates/list.html": "<ul></ul>\n" };
let home: string;
let workspace: Workspace;
const filesDir = () => join(home, "lessons", "p", "one", "files");

beforeEach(async () => {
  home = await mkdtemp(join(tmpdir(), "mvt-home-"));
  workspace = new Workspace(home);
});
afterEach(async () => {
  await rm(home, { recursive: true, force: true });
});

describe("Workspace working copy", () => {
  it("is made from the start files on first open and keeps edits after", async () => {
    expect(await workspace.openFiles(key, start)).toEqual(start);
    await workspace.writeFile(key, "views.ts", "edited\n", []);
    expect((await workspace.openFiles(key, start))["views.ts"]).toBe("edited\n");
    expect(await readFile(join(filesDir(), "views.ts"), "utf8")).toBe("edited\n");
  });

  it("writes atomically, leaving no temporary files behind", async () => {
    await workspace.openFiles(key, start);
    await workspace.writeFile(key, "books/new.ts", "new\n", []);
    expect(await readdir(join(filesDir(), "books"))).toEqual(["new.ts"]);
    expect((await readdir(join(home, "lessons", "p", "one"))).sort()).toEqual(["files"]);
  });

  it.each([
    ["/etc/passwd", "is absolute"],
    ["C:/x.ts", "is absolute"],
    ["../escape.ts", '".."'],
    ["books/../../escape.ts", '".."'],
    ["books\\views.ts", "backslash"],
    ["a\0b", "NUL"],
    ["", "is empty"],
    ["books//views.ts", "empty"],
    ["./views.ts", '"."'],
  ])("refuses the path %j (%s)", async (path, why) => {
    await workspace.openFiles(key, start);
    const write = workspace.writeFile(key, path, "x", []);
    await expect(write).rejects.toBeInstanceOf(HostInputError);
    await expect(write).rejects.toThrow(why);
  });

  it("refuses edits to read-only files", async () => {
    await workspace.openFiles(key, start);
    await expect(workspace.writeFile(key, "settings.ts", "x", ["settings.ts"])).rejects.toThrow(/read-only/);
    expect(await readFile(join(filesDir(), "settings.ts"), "utf8")).toBe("settings\n");
  });

  it("resets to the start files, dropping added files and the database", async () => {
    await workspace.openFiles(key, start);
    await workspace.writeFile(key, "views.ts", "edited\n", []);
    await workspace.writeFile(key, "extra.ts", "extra\n", []);
    await workspace.writeDatabase(key, new Uint8Array([1, 2, 3]));
    await workspace.reset(key, start);
    expect(await workspace.openFiles(key, start)).toEqual(start);
    expect(await workspace.readDatabase(key)).toBeUndefined();
    expect((await readdir(join(home, "lessons", "p", "one"))).sort()).toEqual(["files"]);
  });
});

describe("Workspace database", () => {
  it("is undefined before the first save and round-trips bytes", async () => {
    expect(await workspace.readDatabase(key)).toBeUndefined();
    await workspace.writeDatabase(key, new Uint8Array([83, 81, 76, 0, 255]));
    expect(await workspace.readDatabase(key)).toEqual(new Uint8Array([83, 81, 76, 0, 255]));
  });
});

describe("Workspace progress", () => {
  it("records completed lessons per pack id and version", async () => {
    await workspace.markCompleted(key, "1.0.0");
    await workspace.markCompleted(key, "1.0.0");
    await workspace.markCompleted({ packId: "p", lessonId: "two" }, "1.0.0");
    expect(await workspace.completed("p", "1.0.0")).toEqual(["one", "two"]);
    expect(await workspace.completed("q", "1.0.0")).toEqual([]);
    const saved = JSON.parse(await readFile(join(home, "progress.json"), "utf8"));
    expect(saved).toEqual({ packs: { p: { "1.0.0": { completed: ["one", "two"] } } } });
  });

  it("carries progress into a newer version of the pack, keeping the older record as it was", async () => {
    await workspace.markCompleted(key, "1.9.0");
    await workspace.recordPassed(key, "1.9.0", ["test_lists_books"], true);
    await workspace.markCompleted({ packId: "p", lessonId: "old" }, "1.2.0");
    // 1.10.0 is newer than 1.9.0 (numbers, not text), and finds 1.9.0's progress.
    expect(await workspace.completed("p", "1.10.0")).toEqual(["one"]);
    expect(await workspace.passed(key, "1.10.0")).toEqual(["test_lists_books"]);
    // An older version, or a pre-release of 1.2.0, has nothing to carry.
    expect(await workspace.completed("p", "1.1.0")).toEqual([]);
    expect(await workspace.completed("p", "1.2.0-beta.1")).toEqual([]);
    expect(await workspace.completed("p", "1.3.0")).toEqual(["old"]);
    // The first change in the new version writes its own record, from the carried one.
    await workspace.markCompleted({ packId: "p", lessonId: "two" }, "1.10.0");
    const saved = JSON.parse(await readFile(join(home, "progress.json"), "utf8"));
    expect(saved.packs.p["1.10.0"]).toEqual({ completed: ["one", "two"], passed: { one: ["test_lists_books"] } });
    expect(saved.packs.p["1.9.0"]).toEqual({ completed: ["one"], passed: { one: ["test_lists_books"] } });
  });

  it("keeps the checks that passed in each lesson's last run, per version, beside the completed list", async () => {
    expect(await workspace.passed(key, "1.0.0")).toBeNull();
    await workspace.recordPassed(key, "1.0.0", ["test_lists_books"]);
    await workspace.markCompleted({ packId: "p", lessonId: "two" }, "1.0.0");
    expect(await workspace.passed(key, "1.0.0")).toEqual(["test_lists_books"]);
    expect(await workspace.passed(key, "0.9.0")).toBeNull();
    await workspace.recordPassed(key, "1.0.0", []);
    expect(await workspace.passed(key, "1.0.0")).toEqual([]);
    const saved = JSON.parse(await readFile(join(home, "progress.json"), "utf8"));
    expect(saved).toEqual({ packs: { p: { "1.0.0": { completed: ["two"], passed: { one: [] } } } } });
  });

  it("reads a progress file written before runs were kept", async () => {
    await writeFile(join(home, "progress.json"), JSON.stringify({ packs: { p: { "1.0.0": { completed: ["one"] } } } }));
    expect(await workspace.completed("p", "1.0.0")).toEqual(["one"]);
    expect(await workspace.passed(key, "1.0.0")).toBeNull();
  });

  it("keeps concurrent updates", async () => {
    await Promise.all(["a", "b", "c", "d"].map((lessonId) => workspace.markCompleted({ packId: "p", lessonId }, "1")));
    expect((await workspace.completed("p", "1")).sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("says which file is broken and what to do", async () => {
    await writeFile(join(home, "progress.json"), "{not json");
    await expect(workspace.readProgress()).rejects.toThrow(/progress\.json is not valid JSON.*delete it/);
  });
});
