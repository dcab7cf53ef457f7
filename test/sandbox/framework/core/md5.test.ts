import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { md5hex, utf8 } from "../../../../sandbox/framework/core/crypto";

describe("md5hex", () => {
  it("matches Node's md5 across block boundaries and non-ASCII text", () => {
    for (const text of ["", "a", "books_bookauthor_id", "x".repeat(55), "y".repeat(56), "z".repeat(64), "é€😀".repeat(30)]) {
      expect(md5hex(utf8(text))).toBe(createHash("md5").update(text, "utf8").digest("hex"));
    }
  });
});
