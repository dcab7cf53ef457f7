/** Testing tools, as in Django's django.test. */
export { AsyncClient, Client, type TestResponse, type RequestData, type ClientOptions } from "./client";
export { BOUNDARY, MULTIPART_CONTENT, encode_multipart, type PostFile, type PostValue } from "./multipart";
export { AssertionError, TestCase } from "./testcase";
export { runTestCase, testTitle } from "./runner";
