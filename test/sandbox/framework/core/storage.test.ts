/** default_storage and FileField's names, as Django's FileSystemStorage and FileField name files. */
import { describe, expect, it } from "vitest";
import { ContentFile, FieldFile, FileSystemStorage, models, SuspiciousFileOperation } from "../../../../sandbox/framework";
import { configure } from "../../../../sandbox/framework/conf/settings";

describe("FileSystemStorage", () => {
  it("saves under a free name, with _ and 7 characters before the extension on a clash", () => {
    const storage = new FileSystemStorage();
    const changes: string[] = [];
    storage.listen((change) => changes.push(`${change.kind} ${change.name}`));
    expect(storage.save("docs/a.tar.gz", new ContentFile("one"))).toBe("docs/a.tar.gz");
    const second = storage.save("docs/a.tar.gz", new ContentFile("two"));
    expect(second).toMatch(/^docs\/a\.tar_[A-Za-z0-9]{7}\.gz$/);
    expect([storage.exists(second), storage.size("docs/a.tar.gz")]).toEqual([true, 3]);
    storage.delete("docs/a.tar.gz");
    expect(changes).toEqual(["saved docs/a.tar.gz", `saved ${second}`, "deleted docs/a.tar.gz"]);
    expect(storage.listdir()).toEqual([second]);
  });

  it("refuses names that leave the storage, and gives URLs under MEDIA_URL", () => {
    configure({ MEDIA_URL: "/uploads/" });
    const storage = new FileSystemStorage();
    expect(() => storage.save("../settings.ts", new ContentFile("x"))).toThrow(SuspiciousFileOperation);
    expect(() => storage.open("/etc/passwd")).toThrow("Detected path traversal attempt in '/etc/passwd'");
    expect(storage.url("covers/a b.png")).toBe("/uploads/covers/a%20b.png");
    configure({});
  });

  it("cuts the name to max_length, and says so when it cannot", () => {
    const storage = new FileSystemStorage();
    storage.save("abcdefghij.txt", new ContentFile("x"));
    expect(storage.save("abcdefghij.txt", new ContentFile("y"), 20)).toMatch(/^abcdefgh_[A-Za-z0-9]{7}\.txt$/);
    expect(() => storage.get_available_name("abcdefghij.txt", 12)).toThrow('Storage can not find an available filename for "abcdefghij.txt"');
  });
});

describe("FileField names and FieldFile", () => {
  it("applies upload_to (strftime or a function) and get_valid_name", () => {
    const dated = models.FileField({ upload_to: "covers/%Y/" });
    expect(dated.generate_filename({}, "my cover!.png")).toBe(`covers/${new Date().getFullYear()}/my_cover.png`);
    const byUser = models.FileField({ upload_to: (instance, filename) => `user_${(instance as { id: number }).id}/${filename}` });
    expect(byUser.generate_filename({ id: 7 }, "a.txt")).toBe("user_7/a.txt");
  });

  it("an empty FieldFile is false and has no URL, with Django's message", () => {
    const field = models.FileField();
    field.contribute_to_class(class {} as never, "cover");
    const file = new FieldFile({}, field, null);
    expect(file.__bool__()).toBe(false);
    expect(() => file.url).toThrow("The 'cover' attribute has no file associated with it.");
  });
});
