/** Testing tools, as in Django's django.test. */
export { AsyncClient, Client, type TestResponse, type RequestData, type ClientOptions } from "./client";
export { AssertionError, TestCase } from "./testcase";
export { runTestCase, testTitle } from "./runner";
