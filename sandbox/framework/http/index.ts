/** Requests and responses, as in Django's django.http. */
export { Http404, PermissionDenied, BadRequest, SuspiciousOperation, DisallowedHost, RequestDataTooBig, TooManyFieldsSent } from "./exceptions";
export { MultiPartParserError, MultiValueDict } from "./multipartparser";
export { makeHeaders, type Headers } from "./headers";
export { QueryDict } from "./querydict";
export { HttpRequest, type RequestInit } from "./request";
export * from "./response";
