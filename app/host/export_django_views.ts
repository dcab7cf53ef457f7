/**
 * The Django export's view translator: a view whose body is made only of statements it
 * recognises (const/let, if/else, return, ORM calls, render, redirect, JsonResponse,
 * get_object_or_404) becomes the same Python function; anything else becomes a stub
 * that keeps the TypeScript in a comment and raises NotImplementedError. It never
 * guesses: an unknown construct makes the whole view a stub.
 */

/** Why a view was not translated. */
class Untranslatable extends Error {}

/** The statement `export ... NAME ...` in `source`, up to its end (braces and parens matched). */
export function exportedStatement(source: string, name: string): string | undefined {
  const start = new RegExp(`export\\s+(?:async\\s+)?(?:function\\s+${name}\\s*\\(|(?:const|let)\\s+${name}\\b|class\\s+${name}\\b)`).exec(source);
  if (!start) return undefined;
  let depth = 0;
  let i = start.index;
  let seenBlock = false;
  for (; i < source.length; i++) {
    const ch = source[i];
    if (ch === '"' || ch === "'" || ch === "`") {
      i = skipString(source, i);
      continue;
    }
    if (ch === "/" && source[i + 1] === "/") {
      i = source.indexOf("\n", i);
      if (i < 0) return source.slice(start.index);
      continue;
    }
    if (ch === "{" || ch === "(" || ch === "[") depth++;
    else if (ch === "}" || ch === ")" || ch === "]") {
      depth--;
      if (depth === 0 && ch === "}") seenBlock = true;
      if (depth === 0 && ch === "}" && /^export\s+(async\s+)?(function|class)/.test(start[0])) return source.slice(start.index, i + 1);
    } else if (ch === ";" && depth === 0) return source.slice(start.index, i + 1);
    else if (ch === "\n" && depth === 0 && seenBlock) return source.slice(start.index, i);
  }
  return source.slice(start.index);
}

function skipString(source: string, i: number): number {
  const quote = source[i];
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === "\\") j++;
    else if (source[j] === quote) return j;
  }
  return source.length;
}

// ---- tokens ----

type Token = { kind: "id" | "str" | "num" | "op"; text: string };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  const re = /\s+|\/\/[^\n]*|\/\*[\s\S]*?\*\/|([A-Za-z_$][\w$]*)|("(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')|(\d+(?:\.\d+)?)|(===|!==|\?\?|&&|\|\||<=|>=|=>|\.\.\.|[{}()[\];,.:=!<>?+\-*/`|&])/y;
  let i = 0;
  while (i < source.length) {
    re.lastIndex = i;
    const m = re.exec(source);
    if (!m) throw new Untranslatable(`unexpected text at "${source.slice(i, i + 10)}"`);
    i = re.lastIndex;
    if (m[1]) tokens.push({ kind: "id", text: m[1] });
    else if (m[2]) tokens.push({ kind: "str", text: m[2] });
    else if (m[3]) tokens.push({ kind: "num", text: m[3] });
    else if (m[4]) {
      if (m[4] === "`") throw new Untranslatable("a template literal");
      tokens.push({ kind: "op", text: m[4] });
    }
  }
  return tokens;
}

/** A JavaScript string literal's value. */
function stringValue(literal: string): string {
  const body = literal.slice(1, -1);
  return body.replace(/\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|.)/g, (_all, esc: string) => {
    if (esc.startsWith("u{")) return String.fromCodePoint(parseInt(esc.slice(2, -1), 16));
    if (esc.length > 1) return String.fromCharCode(parseInt(esc.slice(1), 16));
    return ({ n: "\n", t: "\t", r: "\r", "0": "\0" } as Record<string, string>)[esc] ?? esc;
  });
}

// ---- the translator ----

/** What the translator may name: the view's parameters, models and the shortcuts views.py imports. */
export interface ViewScope {
  /** Model class names importable in views.py (and the app each comes from). */
  models: ReadonlyMap<string, string>;
}

/** What a translated view needs imported. */
export interface Translated {
  python: string;
  uses: Set<string>;
}

const SHORTCUTS = new Set(["render", "redirect", "get_object_or_404", "get_list_or_404"]);
const RESPONSES = new Set(["HttpResponse", "JsonResponse", "HttpResponseRedirect", "HttpResponseNotFound", "Http404"]);
/** Queryset and manager methods taking keyword arguments (an object literal) or names. */
const ORM_METHODS = new Set(["all", "filter", "exclude", "select_related", "prefetch_related", "order_by", "get", "first", "last", "count", "exists", "create", "get_or_create", "values", "values_list", "distinct", "reverse", "only", "defer", "none", "latest", "earliest", "save", "delete"]);
/** Attributes that read the same in Python. */
const REQUEST_ATTRS = new Set(["method", "GET", "POST", "user", "path", "COOKIES", "session", "FILES", "is_authenticated", "username", "pk", "id"]);

class Parser {
  private i = 0;
  readonly uses = new Set<string>();
  private readonly locals: Set<string>;

  constructor(private readonly tokens: Token[], params: string[], private readonly scope: ViewScope) {
    this.locals = new Set(params);
  }

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }

  private is(text: string): boolean {
    return this.peek()?.text === text && this.peek()?.kind !== "str";
  }

  private take(text?: string): Token {
    const token = this.peek();
    if (!token || (text !== undefined && (token.text !== text || token.kind === "str"))) throw new Untranslatable(`expected ${text ?? "more"} at ${token?.text ?? "the end"}`);
    this.i++;
    return token;
  }

  private accept(text: string): boolean {
    if (!this.is(text)) return false;
    this.i++;
    return true;
  }

  block(indent: string): string[] {
    const lines: string[] = [];
    while (this.peek() && !this.is("}")) lines.push(...this.statement(indent));
    return lines;
  }

  private statement(indent: string): string[] {
    if (this.accept(";")) return [];
    if (this.is("const") || this.is("let")) {
      this.take();
      const name = this.take();
      if (name.kind !== "id") throw new Untranslatable("a destructuring declaration");
      this.take("=");
      const value = this.expression();
      this.accept(";");
      this.locals.add(name.text);
      return [`${indent}${name.text} = ${value}`];
    }
    if (this.accept("return")) {
      const value = this.expression();
      this.accept(";");
      return [`${indent}return ${value}`];
    }
    if (this.accept("if")) {
      this.take("(");
      const test = this.expression();
      this.take(")");
      const body = this.branch(indent);
      const lines = [`${indent}if ${test}:`, ...body];
      if (this.accept("else")) {
        if (this.is("if")) {
          const [first, ...rest] = this.statement(indent);
          lines.push(`${indent}el${(first ?? "").trimStart()}`, ...rest);
        } else lines.push(`${indent}else:`, ...this.branch(indent));
      }
      return lines;
    }
    if (this.peek()?.kind === "id" && this.peek(1)?.text === "=" && this.locals.has(this.peek()?.text ?? "")) {
      const name = this.take().text;
      this.take("=");
      const value = this.expression();
      this.accept(";");
      return [`${indent}${name} = ${value}`];
    }
    const value = this.expression();
    this.accept(";");
    return [`${indent}${value}`];
  }

  private branch(indent: string): string[] {
    const inner = `${indent}    `;
    if (this.accept("{")) {
      const lines = this.block(inner);
      this.take("}");
      return lines.length ? lines : [`${inner}pass`];
    }
    return this.statement(inner);
  }

  expression(): string {
    return this.nullish();
  }

  private nullish(): string {
    const left = this.or();
    if (!this.accept("??")) return left;
    const right = this.or();
    // request.POST.get("x") ?? "" is QueryDict.get's default.
    const get = /^(request\.(?:GET|POST|COOKIES|session))\.get\(([^,()]+)\)$/.exec(left);
    if (get) return `${get[1]}.get(${get[2]}, ${right})`;
    throw new Untranslatable("a ?? over something other than request.GET/POST.get()");
  }

  private or(): string {
    let left = this.and();
    while (this.accept("||")) left = `${left} or ${this.and()}`;
    return left;
  }

  private and(): string {
    let left = this.compare();
    while (this.accept("&&")) left = `${left} and ${this.compare()}`;
    return left;
  }

  private compare(): string {
    let left = this.unary();
    for (;;) {
      const op = ["===", "!==", "<", ">", "<=", ">="].find((o) => this.is(o));
      if (!op) return left;
      this.take();
      left = `${left} ${op === "===" ? "==" : op === "!==" ? "!=" : op} ${this.unary()}`;
    }
  }

  private unary(): string {
    if (this.accept("!")) return `not ${this.unary()}`;
    return this.postfix();
  }

  private postfix(): string {
    const token = this.peek();
    if (!token) throw new Untranslatable("an unfinished expression");
    if (token.kind === "id" && (SHORTCUTS.has(token.text) || RESPONSES.has(token.text)) && this.peek(1)?.text === "(") {
      this.take();
      return this.shortcutCall(token.text);
    }
    if (this.accept("new")) {
      const name = this.take().text;
      if (!RESPONSES.has(name)) throw new Untranslatable(`new ${name}`);
      return this.shortcutCall(name);
    }
    let text = this.primary();
    for (;;) {
      if (this.accept(".")) {
        const name = this.take();
        if (name.kind !== "id") throw new Untranslatable("a computed member");
        if (this.is("(")) {
          if (!ORM_METHODS.has(name.text)) throw new Untranslatable(`the method ${name.text}()`);
          this.take("(");
          text = `${text}.${name.text}(${this.callArguments(true).join(", ")})`;
        } else {
          if (!REQUEST_ATTRS.has(name.text) && !(name.text === "objects" && this.scope.models.has(text)) && !/^[a-z_][a-z0-9_]*$/.test(name.text)) {
            throw new Untranslatable(`the attribute ${name.text}`);
          }
          text = `${text}.${name.text}`;
        }
      } else if (this.is("(") || this.is("[") || this.is("?")) {
        throw new Untranslatable("a call, index or optional chain");
      } else return text;
    }
  }

  private primary(): string {
    const token = this.take();
    if (token.kind === "str") return JSON.stringify(stringValue(token.text));
    if (token.kind === "num") return token.text;
    if (token.kind === "id") {
      if (token.text === "true") return "True";
      if (token.text === "false") return "False";
      if (token.text === "null" || token.text === "undefined") return "None";
      if (this.locals.has(token.text)) return token.text;
      if (this.scope.models.has(token.text)) {
        this.uses.add(`model:${token.text}`);
        return token.text;
      }
      throw new Untranslatable(`the name ${token.text}`);
    }
    if (token.text === "(") {
      const inner = this.expression();
      this.take(")");
      return `(${inner})`;
    }
    if (token.text === "[") {
      const items: string[] = [];
      while (!this.accept("]")) {
        items.push(this.expression());
        if (!this.is("]")) this.take(",");
      }
      return `[${items.join(", ")}]`;
    }
    if (token.text === "{") return this.dict();
    if (token.text === "...") throw new Untranslatable("a spread (...)");
    if (token.text === "=>") throw new Untranslatable("an arrow function");
    throw new Untranslatable(`the token "${token.text}"`);
  }

  /** An object literal as a Python dict. */
  private dict(): string {
    return `{${this.entries().map(([k, v]) => `${JSON.stringify(k)}: ${v}`).join(", ")}}`;
  }

  /** An object literal's entries (after its "{"), shorthand ones included. */
  private entries(): Array<[string, string]> {
    const entries: Array<[string, string]> = [];
    while (!this.accept("}")) {
      if (this.is("...")) throw new Untranslatable("a spread");
      const key = this.take();
      const name = key.kind === "str" ? stringValue(key.text) : key.text;
      if (this.accept(":")) entries.push([name, this.expression()]);
      else {
        if (!this.locals.has(name)) throw new Untranslatable(`the name ${name}`);
        entries.push([name, name]);
      }
      if (!this.is("}")) this.take(",");
    }
    return entries;
  }

  /** Arguments after "(": an object literal last becomes keyword arguments when `kwargs`. */
  private callArguments(kwargs: boolean): string[] {
    const args: string[] = [];
    while (!this.accept(")")) {
      if (kwargs && this.is("{")) {
        this.take("{");
        for (const [k, v] of this.entries()) {
          if (!/^[A-Za-z_]\w*$/.test(k)) throw new Untranslatable(`the keyword ${k}`);
          args.push(`${k}=${v}`);
        }
      } else args.push(this.expression());
      if (!this.is(")")) this.take(",");
    }
    return args;
  }

  private shortcutCall(name: string): string {
    this.take("(");
    this.uses.add(name);
    if (name === "get_object_or_404" || name === "get_list_or_404") return `${name}(${this.callArguments(true).join(", ")})`;
    if (name === "redirect") {
      const to = this.expression();
      const args = [to];
      if (this.accept(",")) {
        this.take("{");
        for (const [k, v] of this.entries()) {
          if (k === "args" && v.startsWith("[")) args.push(...splitList(v));
          else if (k === "kwargs" && v.startsWith("{")) args.push(`**${v}`);
          else if (k === "permanent") args.push(`permanent=${v}`);
          else throw new Untranslatable(`redirect's ${k}`);
        }
      }
      this.take(")");
      return `redirect(${args.join(", ")})`;
    }
    return `${name}(${this.callArguments(false).join(", ")})`;
  }
}

/** "[a, b]" -> ["a", "b"] for the simple lists the parser wrote. */
function splitList(list: string): string[] {
  const inner = list.slice(1, -1).trim();
  if (!inner) return [];
  if (/[[\]{}()]/.test(inner)) throw new Untranslatable("redirect args beyond names");
  return inner.split(", ");
}

/** The parameters of `(request: HttpRequest, { pk }: { pk: number })`: ["request", "pk"]. */
function parameters(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if ("{([<".includes(ch)) depth++;
    if ("})]>".includes(ch)) depth--;
    if (ch === "," && depth === 0) {
      parts.push(current);
      current = "";
    } else current += ch;
  }
  if (current.trim()) parts.push(current);
  const [request, kwargs, ...rest] = parts.map((p) => p.trim());
  if (!request || !/^request\b/.test(request) || rest.length) throw new Untranslatable("parameters other than (request, { ...kwargs })");
  if (!kwargs) return ["request"];
  const names = /^\{([^}]*)\}/.exec(kwargs)?.[1];
  if (names === undefined) throw new Untranslatable("a second parameter that is not { ...names }");
  return ["request", ...names.split(",").map((n) => n.trim()).filter(Boolean).map((n) => {
    if (!/^[A-Za-z_]\w*$/.test(n)) throw new Untranslatable(`the parameter ${n}`);
    return n;
  })];
}

/**
 * The view `name` from its exported statement: `export function name(request, {...}) {...}`,
 * `export const name = (request) => {...}` or `export const name = login_required((request) => {...})`.
 */
export function translateView(name: string, statement: string, scope: ViewScope): Translated {
  const fn = /^export\s+function\s+\w+\s*\(([^)]*(?:\{[^}]*\}[^)]*)*)\)\s*(?::[^{]+)?\{([\s\S]*)\}\s*$/.exec(statement);
  const arrow = /^export\s+const\s+\w+\s*(?::[^=]+)?=\s*((?:auth\.)?login_required\()?\s*\(([^)]*(?:\{[^}]*\}[^)]*)*)\)\s*(?::[^=]+)?=>\s*\{([\s\S]*)\}\s*\)?\s*;?\s*$/.exec(statement);
  const params = fn?.[1] ?? arrow?.[2];
  const body = fn?.[2] ?? arrow?.[3];
  if (params === undefined || body === undefined) throw new Untranslatable("a view that is not a plain function");
  const names = parameters(params);
  const parser = new Parser(tokenize(body), names, scope);
  const lines = parser.block("    ");
  if (!lines.some((line) => /^\s*return /.test(line))) throw new Untranslatable("a view without a return");
  const decorator = arrow?.[1] ? ["@login_required"] : [];
  if (decorator.length) parser.uses.add("login_required");
  return { python: [...decorator, `def ${name}(${names.join(", ")}):`, ...lines].join("\n"), uses: parser.uses };
}

/** translateView, or undefined with the reason when the view must be ported by hand. */
export function tryTranslateView(name: string, statement: string, scope: ViewScope): Translated | { reason: string } {
  try {
    return translateView(name, statement, scope);
  } catch (error) {
    if (error instanceof Untranslatable) return { reason: error.message };
    throw error;
  }
}

/** A stub that keeps the TypeScript and raises, for a view not translated. */
export function viewStub(name: string, statement: string | undefined, reason: string, params: string): string {
  const ts = (statement ?? "(its source was not found in views.ts)").split("\n").map((line) => `#   ${line.trimEnd()}`);
  return [`# TODO: port this view by hand (not translated: ${reason}). The TypeScript:`, ...ts, `def ${name}(${params}):`, '    raise NotImplementedError("port this view from views.ts")'].join("\n");
}
