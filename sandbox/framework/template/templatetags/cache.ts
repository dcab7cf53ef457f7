/**
 * `{% load cache %}`: `{% cache 500 sidebar request.user.username %}...{% endcache %}`
 * keeps the rendered fragment in the project's cache, as Django's templatetags/cache.py.
 */
import { caches, type BaseCache } from "../../core/cache";
import { md5hex, utf8 } from "../../core/crypto";
import { pystr, reprString } from "../../utils/pyrepr";
import type { Context } from "../context";
import { TemplateSyntaxError } from "../exceptions";
import { pyInt } from "../filterutils";
import { Library } from "../library";
import { SafeString } from "../safestring";
import { Node, resolve, type NodeList } from "../nodes";
import type { FilterExpression } from "../variable";
import { settings } from "../../conf/settings";

/** The cache key of a fragment, as Django's make_template_fragment_key: `template.cache.sidebar.<md5>`. */
export function make_template_fragment_key(fragment_name: string, vary_on: unknown[] = []): string {
  const hashed = vary_on.map((arg) => `${pystr(arg)}:`).join("");
  return `template.cache.${fragment_name}.${md5hex(utf8(hashed))}`;
}

class CacheNode extends Node {
  constructor(
    readonly nodelist: NodeList,
    readonly expire_time: FilterExpression,
    readonly fragment_name: string,
    readonly vary_on: FilterExpression[],
    readonly cache_name?: FilterExpression,
  ) {
    super();
    this.child_nodelists = [nodelist];
  }

  render(context: Context): string {
    const timeout = this.timeout(context);
    const fragment_cache = caches[this.cache_alias(context)] as BaseCache;
    const key = make_template_fragment_key(this.fragment_name, this.vary_on.map((v) => resolve(this, v, context)));
    const cached = fragment_cache.get<string>(key);
    if (cached !== undefined && cached !== null) return cached;
    const value = this.nodelist.render(context);
    fragment_cache.set(key, value, timeout);
    return value;
  }

  private timeout(context: Context): number | null {
    const value = resolve(this, this.expire_time, context);
    if (value === null || value === undefined) return null;
    try {
      return pyInt(value);
    } catch {
      throw new TemplateSyntaxError(`"cache" tag got a non-integer timeout value: ${reprOf(value)}`);
    }
  }

  private cache_alias(context: Context): string {
    if (!this.cache_name) return "template_fragments" in settings.CACHES ? "template_fragments" : "default";
    const alias = pystr(resolve(this, this.cache_name, context));
    if (!(alias in settings.CACHES)) throw new TemplateSyntaxError(`Invalid cache name specified for cache tag: ${reprString(alias)}`);
    return alias;
  }
}

function reprOf(value: unknown): string {
  return typeof value === "string" || value instanceof SafeString ? reprString(value.toString()) : pystr(value);
}

const library = new Library();
export default library;

library.tag("cache", (parser, token) => {
  const nodelist = parser.parse(["endcache"]);
  parser.delete_first_token();
  let bits = token.split_contents();
  if (bits.length < 3) throw parser.error(token, `'${reprString(bits[0] ?? "")}' tag requires at least 2 arguments.`);
  let cache_name: FilterExpression | undefined;
  const last = bits[bits.length - 1] ?? "";
  if (bits.length > 3 && last.startsWith("using=")) {
    cache_name = parser.compile_filter(last.slice("using=".length));
    bits = bits.slice(0, -1);
  }
  const vary_on = bits.slice(3).map((bit) => parser.compile_filter(bit));
  return new CacheNode(nodelist, parser.compile_filter(bits[1] ?? ""), bits[2] ?? "", vary_on, cache_name);
});
