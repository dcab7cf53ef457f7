/** FileResponse streams its body as Django's does: streaming_content in block_size chunks. */
import { describe, expect, it } from "vitest";
import { FileResponse } from "../../../../sandbox/framework";

describe("FileResponse", () => {
  it("offers streaming_content in 4096-byte chunks, and getvalue() for the whole body", () => {
    const bytes = Uint8Array.from({ length: 5000 }, (_, i) => i % 256);
    const response = new FileResponse(bytes, { content_type: "application/pdf" });
    expect(response.streaming).toBe(true);
    expect([...response.streaming_content].map((chunk) => chunk.length)).toEqual([4096, 904]);
    expect([...response.streaming_content]).toEqual([]); // an iterator, read once as in Django
    expect(response.getvalue()).toEqual(bytes);
    expect(response.headers.get("Content-Length")).toBe("5000");
  });
});
