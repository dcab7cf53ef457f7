/** The test client posts a dict as Django's does: multipart/form-data by default, so files can be sent. */
import { describe, expect, it } from "vitest";
import { Client, JsonResponse, SimpleUploadedFile, type HttpRequest } from "../../../../sandbox/framework";
import { makeProject } from "../middleware/project";

/** A view that echoes what it got: the content type, POST (all values) and FILES (name, type, text). */
function echo(request: HttpRequest): JsonResponse {
  const files = Object.fromEntries([...request.FILES.keys()].map((key) => {
    const file = request.FILES.get(key)!;
    return [key, [file.name, file.content_type, file.read()]];
  }));
  return new JsonResponse({ content_type: request.content_type, POST: Object.fromEntries([...request.POST.keys()].map((k) => [k, request.POST.getlist(k)])), files });
}

const client = () => new Client(makeProject({ "echo/": echo }));

describe("Client.post", () => {
  it("sends a dict as multipart/form-data, read by request.POST as a url-encoded one is", () => {
    const multipart = client().post("/echo/", { title: "Dune", tags: ["a", "b"], draft: true }).json();
    const urlencoded = client().post("/echo/", { title: "Dune", tags: ["a", "b"], draft: true }, { content_type: "application/x-www-form-urlencoded" }).json();
    expect(multipart).toEqual({ content_type: "multipart/form-data", POST: { title: ["Dune"], tags: ["a", "b"], draft: ["True"] }, files: {} });
    expect((urlencoded as { POST: unknown }).POST).toEqual((multipart as { POST: unknown }).POST);
  });

  it("posts files: a SimpleUploadedFile (text/plain unless given) and any object with read()", () => {
    const reader = { name: "data.csv", read: () => "a,b\n1,2" };
    const got = client().post("/echo/", { title: "Notes", file: new SimpleUploadedFile("a.txt", "hello"), sheet: reader }).json();
    expect(got).toEqual({
      content_type: "multipart/form-data",
      POST: { title: ["Notes"] },
      files: { file: ["a.txt", "text/plain", "hello"], sheet: ["data.csv", "text/csv", "a,b\n1,2"] },
    });
  });

  it("refuses null as Django refuses None", () => {
    expect(() => client().post("/echo/", { title: null as unknown as string })).toThrow("Cannot encode None for key 'title' as POST data.");
  });
});
