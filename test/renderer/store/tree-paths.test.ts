import { describe, expect, it } from "vitest";
import { treePathProblem } from "../../../renderer/src/store/project";

describe("treePathProblem", () => {
  it("accepts paths inside the project", () => {
    for (const path of ["forms.ts", "books/forms.ts", "templates/books/list.html", "a-b_c.d.ts"]) expect(treePathProblem(path)).toBeNull();
  });

  it("says why a name with separators, '..' or an absolute path is refused", () => {
    expect(treePathProblem("../evil.ts")).toContain('goes up a folder with ".."');
    expect(treePathProblem("books/../../evil.ts")).toContain('goes up a folder with ".."');
    expect(treePathProblem("books\\forms.ts")).toContain("contains a backslash");
    expect(treePathProblem("/etc/passwd")).toContain("is absolute");
    expect(treePathProblem("C:/x.ts")).toContain("is absolute");
    expect(treePathProblem("books//forms.ts")).toContain("empty");
    expect(treePathProblem("books/./forms.ts")).toContain("empty");
    expect(treePathProblem("  ")).toContain("is empty");
    expect(treePathProblem(".env")).toContain("hidden");
  });
});
