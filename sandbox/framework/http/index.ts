/** Requests and responses, as in Django's django.http. */
export { Http404 } from "./exceptions";
export { makeHeaders, type Headers } from "./headers";
export { QueryDict } from "./querydict";
export { HttpRequest, type RequestInit } from "./request";
export * from "./response";
