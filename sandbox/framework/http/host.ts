/** Host header validation against ALLOWED_HOSTS, as in Django's http/request.py. */
import { settings } from "../conf/settings";
import { DisallowedHost } from "./exceptions";

const HOST_RE = /^([a-z0-9.-]+|\[[a-f0-9]*:[a-f0-9.:]+\])(:\d+)?$/;

/** ["example.com", "8000"] for "Example.com:8000."; ["", ""] for an invalid host. */
export function split_domain_port(host: string): [string, string] {
  const lower = host.toLowerCase();
  if (!HOST_RE.test(lower)) return ["", ""];
  if (lower.endsWith("]")) return [lower, ""];
  const at = lower.lastIndexOf(":");
  const [domain, port] = at < 0 ? [lower, ""] : [lower.slice(0, at), lower.slice(at + 1)];
  return [domain.endsWith(".") ? domain.slice(0, -1) : domain, port];
}

/** True if `host` equals `pattern`, or is a subdomain of a pattern starting with ".". */
export function is_same_domain(host: string, pattern: string): boolean {
  if (!pattern) return false;
  const p = pattern.toLowerCase();
  return (p[0] === "." && (host.endsWith(p) || host === p.slice(1))) || p === host;
}

/** True if `host` (lower-cased, without port) matches one of the patterns; "*" matches all. */
export function validate_host(host: string, allowed_hosts: string[]): boolean {
  return allowed_hosts.some((pattern) => pattern === "*" || is_same_domain(host, pattern));
}

/**
 * Returns `host` if ALLOWED_HOSTS allows it, else throws DisallowedHost with Django's
 * message. "testserver" is always allowed, as under Django's test runner.
 */
export function check_host(host: string): string {
  const allowed = settings.DEBUG && settings.ALLOWED_HOSTS.length === 0 ? [".localhost", "127.0.0.1", "[::1]"] : settings.ALLOWED_HOSTS;
  const [domain] = split_domain_port(host);
  if (domain && validate_host(domain, [...allowed, "testserver"])) return host;
  throw new DisallowedHost(`Invalid HTTP_HOST header: '${host}'.` + (domain
    ? ` You may need to add '${domain}' to ALLOWED_HOSTS.`
    : " The domain name provided is not valid according to RFC 1034/1035."));
}
