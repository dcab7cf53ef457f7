import { FileResponse, TestCase, default_storage } from "mvt";

const BOUNDARY = "mvt-check-boundary";

/**
 * A multipart/form-data body, as a browser sends a form with enctype="multipart/form-data".
 * (Django's test client builds it from `{ file: SimpleUploadedFile(...) }`; mvt's cannot
 * encode files yet, so the checks write the body themselves.)
 */
function multipart(fields: Record<string, string>, files: Record<string, { filename: string; content_type: string; content: string }> = {}) {
  const parts = [
    ...Object.entries(fields).map(([name, value]) => `Content-Disposition: form-data; name="${name}"\r\n\r\n${value}`),
    ...Object.entries(files).map(([name, file]) =>
      `Content-Disposition: form-data; name="${name}"; filename="${file.filename}"\r\nContent-Type: ${file.content_type}\r\n\r\n${file.content}`),
  ];
  return parts.map((part) => `--${BOUNDARY}\r\n${part}\r\n`).join("") + `--${BOUNDARY}--\r\n`;
}

const READING_LIST = { filename: "reading list.txt", content_type: "text/plain", content: "Dune\nKindred\n" };

export default class UploadChecks extends TestCase {
  private stored_before = new Set<string>();

  // Uploaded files are not in the test database: remove the ones a check stored (Django: override MEDIA_ROOT with a temporary folder).
  override setUp() {
    this.stored_before = new Set(default_storage.listdir());
  }

  override tearDown() {
    for (const name of default_storage.listdir()) if (!this.stored_before.has(name)) default_storage.delete(name);
  }

  upload(fields: Record<string, string>, files: Record<string, typeof READING_LIST> = {}) {
    return this.client.post("/documents/", multipart(fields, files), { content_type: `multipart/form-data; boundary=${BOUNDARY}` });
  }

  test_the_form_can_send_files() {
    const response = this.client.get("/documents/");
    this.assertContains(response, '<input type="file" name="file"');
    this.assertContains(response, 'enctype="multipart/form-data"');
  }

  test_a_form_without_a_file_is_refused() {
    const response = this.upload({ title: "Reading list" });
    this.assertContains(response, "This field is required.");
    this.assertContains(response, "No documents yet.");
  }

  test_an_upload_is_saved_under_upload_to() {
    const response = this.upload({ title: "Reading list" }, { file: READING_LIST });
    this.assertRedirects(response, "/documents/");
    this.assertContains(this.client.get("/documents/"), '<a href="/media/documents/reading_list.txt">Reading list</a> (documents/reading_list.txt)');
  }

  test_the_file_is_served_from_media_url() {
    this.upload({ title: "Reading list" }, { file: READING_LIST });
    const response = this.client.get("/media/documents/reading_list.txt");
    this.assertEqual(response.status_code, 200, "GET /media/documents/reading_list.txt should answer the file");
    this.assertEqual(response.headers.get("Content-Type"), "text/plain");
    this.assertTrue(response instanceof FileResponse, "the file should come back as a FileResponse");
    this.assertEqual(new TextDecoder().decode((response as unknown as FileResponse).bytes), "Dune\nKindred\n");
  }
}
