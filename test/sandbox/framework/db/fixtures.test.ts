import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loaddata } from "../../../../sandbox/framework/db/fixtures";
import { Book, project } from "./setup";

const lessonFixture = JSON.parse(readFileSync(new URL("../../../../lessons/django-basics/n-plus-one/start/fixtures/books.json", import.meta.url), "utf8"));

describe("loaddata", () => {
  it("installs the N+1 lesson's fixture with its keys", () => {
    const { apps } = project();
    expect(loaddata(apps, lessonFixture, "books.json")).toBe(20);
    expect(Book.objects.get({ pk: 10 }).author.name).toBe("Philip K. Dick");
    expect(Book.objects.count()).toBe(10);
  });

  it("names the source, the index and the field on bad input, and installs nothing", () => {
    const { apps } = project();
    const bad = [{ model: "books.author", pk: 1, fields: { name: "A" } },
      { model: "books.book", pk: 1, fields: { title: "T", author: 1, published: "soon" } }];
    expect(() => loaddata(apps, bad, "bad.json")).toThrow(
      "Problem installing fixture 'bad.json': object #1 (books.book), field \"published\": “soon” value must be an integer");
    expect(() => loaddata(apps, [{ model: "books.nope", fields: {} }], "x.json")).toThrow("object #0 (model \"books.nope\"): No installed model 'books.nope'");
    expect(() => loaddata(apps, [{ model: "books.author", fields: { nom: 1 } }], "x.json")).toThrow('unknown field(s) "nom"');
    expect(() => loaddata(apps, {}, "x.json")).toThrow("a fixture must be a JSON list");
    expect(apps.get_model("books.Author").objects.count()).toBe(0);
  });

  it("reports a key that points nowhere", () => {
    const { apps } = project();
    expect(() => loaddata(apps, [{ model: "books.book", pk: 1, fields: { title: "T", author: 7, published: 1 } }], "x.json"))
      .toThrow(/FOREIGN KEY constraint failed/);
  });
});
