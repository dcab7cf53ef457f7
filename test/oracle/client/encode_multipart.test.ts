/**
 * Django as the oracle for the test client's default encoding: the same form dict (values,
 * lists, booleans, files) gives the same multipart body, byte for byte, and Content-Type.
 */
import { execFileSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SimpleUploadedFile } from "../../../sandbox/framework";
import { BOUNDARY, encode_multipart, MULTIPART_CONTENT } from "../../../sandbox/framework/test/multipart";
import { djangoAvailable, PYTHON } from "../django";

const SCRIPT = fileURLToPath(new URL("./encode_multipart.py", import.meta.url));

const FIELDS = { title: "Café notes", tags: ["a", "b"], count: 3, draft: true, empty: "" };
const FILES: Record<string, [string, string, string | null]> = { file: ["notes.txt", "hello\nworld", null], doc: ["report.pdf", "%PDF-", "application/pdf"] };

describe.skipIf(!djangoAvailable())("the test client's multipart body matches Django's", () => {
  it("encodes values, lists, booleans and files as django.test.client.encode_multipart", () => {
    const django = JSON.parse(execFileSync(PYTHON, [SCRIPT], { input: JSON.stringify({ fields: FIELDS, files: FILES }), encoding: "utf8" })) as { body: string; content_type: string };
    const files = Object.fromEntries(Object.entries(FILES).map(([key, [name, content, type]]) => [key, type ? new SimpleUploadedFile(name, content, type) : new SimpleUploadedFile(name, content)]));
    const body = encode_multipart(BOUNDARY, { ...FIELDS, ...files });
    expect(String.fromCharCode(...body)).toBe(django.body);
    expect(MULTIPART_CONTENT).toBe(django.content_type);
  });
});
