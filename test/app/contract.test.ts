import { describe, expect, it } from "vitest";
import { decodeWire, encodeWire, hostApiArgs, hostMethods } from "../../app/contract";
import { parseHostArgs } from "../../app/host/args";

describe("wire codec", () => {
  it("carries bytes (Uint8Array and Buffer) through JSON", () => {
    const bytes = new Uint8Array(70_000).map((_, i) => i % 256);
    const decoded = decodeWire(encodeWire({ database: bytes, buffer: Buffer.from([1, 2]), name: "x" }));
    expect(decoded).toEqual({ database: bytes, buffer: new Uint8Array([1, 2]), name: "x" });
  });

  it("encodes a void result as null", () => {
    expect(encodeWire(undefined)).toBe("null");
  });

  it("leaves objects that merely have a $bytes key among others alone", () => {
    expect(decodeWire('{"$bytes":"AA==","other":1}')).toEqual({ $bytes: "AA==", other: 1 });
  });
});

describe("hostApiArgs", () => {
  it("has a schema for exactly the HostApi methods", () => {
    expect(Object.keys(hostApiArgs).sort()).toEqual([...hostMethods].sort());
  });

  it("names the argument at fault", () => {
    expect(() => parseHostArgs("writeLessonFile", ["p", "l", "a.ts", 5])).toThrow("writeLessonFile: argument 4 (content) must be a string.");
    expect(() => parseHostArgs("openLesson", "p")).toThrow("expected 2 argument(s) (packId, lessonId), got string instead of an argument list");
    expect(() => parseHostArgs("info", [1])).toThrow("expected 0 argument(s)");
  });

  it("accepts well-formed arguments", () => {
    expect(parseHostArgs("writeLessonDatabase", ["p", "l", new Uint8Array([1])])).toEqual(["p", "l", new Uint8Array([1])]);
  });
});
