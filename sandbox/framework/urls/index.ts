/** URL routing, as in Django's django.urls. */
export { path, re_path, include, Include, type PathOptions } from "./conf";
export { register_converter, type Converter } from "./converters";
export { NoReverseMatch, Resolver404 } from "./exceptions";
export { ResolverMatch, URLPattern, URLResolver, type View, type UrlEntry, type UrlconfModule } from "./resolvers";
export { RegexPattern, RoutePattern } from "./patterns";
export { resolve, reverse, set_urlconf, get_resolver } from "./base";
export type { ReverseOptions } from "./reverse";
