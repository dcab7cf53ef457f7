/** Template inheritance and inclusion: block, extends, include (Django's loader_tags.py). */
import type { Context } from "./context";
import { TemplateSyntaxError } from "./exceptions";
import { Library } from "./library";
import { Node, NodeList, TextNode } from "./nodes";
import type { Parser } from "./parser";
import { mark_safe, type SafeString } from "./safestring";
import { Template } from "./template";
import { token_kwargs } from "./defaulttags";
import type { FilterExpression } from "./variable";

const library = new Library();
export default library;

const BLOCK_CONTEXT = Symbol("block_context");

/** The overriding blocks of an extends chain, most derived last per name. */
class BlockContext {
  private readonly blocks = new Map<string, BlockNode[]>();
  add_blocks(blocks: Map<string, BlockNode>): void {
    for (const [name, block] of blocks) {
      const list = this.blocks.get(name);
      if (list) list.unshift(block);
      else this.blocks.set(name, [block]);
    }
  }
  pop(name: string): BlockNode | undefined {
    return this.blocks.get(name)?.pop();
  }
  push(name: string, block: BlockNode): void {
    this.blocks.get(name)?.push(block);
  }
  get_block(name: string): BlockNode | undefined {
    const list = this.blocks.get(name);
    return list?.[list.length - 1];
  }
}

class BlockNode extends Node {
  context?: Context;
  constructor(
    readonly name: string,
    readonly nodelist: NodeList,
  ) {
    super();
    this.child_nodelists = [nodelist];
  }

  render(context: Context): string {
    const blockContext = context.render_context.get(BLOCK_CONTEXT) as BlockContext | undefined;
    return context.push({}, () => {
      if (!blockContext) {
        context.set("block", this);
        return this.nodelist.render(context);
      }
      const pushed = blockContext.pop(this.name);
      const source = pushed ?? this;
      const block = new BlockNode(source.name, source.nodelist);
      block.template = source.template;
      block.context = context;
      context.set("block", block);
      const result = block.nodelist.render(context);
      if (pushed) blockContext.push(this.name, pushed);
      return result;
    });
  }

  /** `{{ block.super }}`: the parent template's content of this block. */
  get super(): SafeString | string {
    const context = this.context;
    if (!context) throw new TemplateSyntaxError(`'BlockNode' object has no attribute 'context'. Did you use {{ block.super }} in a base template?`);
    const blockContext = context.render_context.get(BLOCK_CONTEXT) as BlockContext | undefined;
    if (blockContext?.get_block(this.name)) return mark_safe(this.render(context));
    return "";
  }
}

const loadedBlocks = new WeakMap<Parser, Set<string>>();

library.tag("block", (parser, token) => {
  const bits = token.contents.split(/\s+/);
  if (bits.length !== 2) throw parser.error(token, `'${bits[0]}' tag takes only one argument`);
  const name = bits[1] ?? "";
  const loaded = loadedBlocks.get(parser) ?? new Set<string>();
  loadedBlocks.set(parser, loaded);
  if (loaded.has(name)) throw parser.error(token, `'${bits[0]}' tag with name '${name}' appears more than once`);
  loaded.add(name);
  const nodelist = parser.parse(["endblock"]);
  const end = parser.next_token();
  if (end.contents !== "endblock" && end.contents !== `endblock ${name}`) {
    throw parser.error(end, `Invalid block tag on line ${end.lineno}: 'endblock', expected 'endblock' or 'endblock ${name}'. Did you forget to register or load this tag?`);
  }
  return new BlockNode(name, nodelist);
});

class ExtendsNode extends Node {
  readonly must_be_first = true;
  readonly blocks: Map<string, BlockNode>;
  constructor(
    readonly nodelist: NodeList,
    readonly parent_name: FilterExpression,
  ) {
    super();
    this.child_nodelists = [nodelist];
    this.blocks = new Map(nodelist.get_nodes_by_type(BlockNode).map((b) => [b.name, b]));
  }

  private get_parent(context: Context): Template {
    const parent = this.parent_name.resolve(context, "");
    if (parent instanceof Template) return parent;
    if (!parent) throw new TemplateSyntaxError(`Invalid template name in 'extends' tag: '${String(parent)}'. Got this from the '${this.parent_name.token}' variable.`);
    const name = String(parent);
    if (name === this.template?.name) throw new TemplateSyntaxError(`The template '${name}' cannot extend itself.`);
    const engine = this.template?.engine;
    if (!engine) throw new TemplateSyntaxError("'extends' needs a template engine.");
    return engine.get_template(name);
  }

  render(context: Context): string {
    const parent = this.get_parent(context);
    let blockContext = context.render_context.get(BLOCK_CONTEXT) as BlockContext | undefined;
    if (!blockContext) {
      blockContext = new BlockContext();
      context.render_context.set(BLOCK_CONTEXT, blockContext);
    }
    blockContext.add_blocks(this.blocks);
    const firstTag = parent.nodelist.find((node) => !(node instanceof TextNode));
    if (firstTag && !(firstTag instanceof ExtendsNode)) {
      blockContext.add_blocks(new Map(parent.nodelist.get_nodes_by_type(BlockNode).map((b) => [b.name, b])));
    }
    return parent._render(context);
  }
}

library.tag("extends", (parser, token) => {
  const bits = token.split_contents();
  if (bits.length !== 2) throw parser.error(token, `'${bits[0]}' takes one argument`);
  const parent_name = parser.compile_filter(bits[1] ?? "");
  const nodelist = parser.parse();
  if (nodelist.get_nodes_by_type(ExtendsNode).length) throw parser.error(token, `'${bits[0]}' cannot appear more than once in the same template`);
  return new ExtendsNode(nodelist, parent_name);
});

class IncludeNode extends Node {
  constructor(
    readonly name: FilterExpression,
    readonly extra_context: Record<string, FilterExpression>,
    readonly isolated_context: boolean,
  ) {
    super();
  }

  render(context: Context): string {
    const target = this.name.resolve(context, "");
    const engine = this.template?.engine;
    let template: Template;
    if (target instanceof Template) template = target;
    else if (!engine) throw new TemplateSyntaxError("'include' needs a template engine.");
    else template = Array.isArray(target) ? engine.select_template(target.map(String)) : engine.get_template(String(target));
    const values = Object.fromEntries(Object.entries(this.extra_context).map(([k, v]) => [k, v.resolve(context, "")]));
    if (this.isolated_context) return template.render(context.new(values));
    return context.push(values, () => template.render(context));
  }
}

library.tag("include", (parser, token) => {
  const bits = token.split_contents();
  if (bits.length < 2) throw parser.error(token, `'${bits[0]}' tag takes at least one argument: the name of the template to be included.`);
  const remaining = bits.slice(2);
  const options = new Map<string, Record<string, FilterExpression> | true>();
  while (remaining.length) {
    const option = remaining.shift() ?? "";
    if (options.has(option)) throw parser.error(token, `The '${option}' option was specified more than once.`);
    if (option === "with") {
      const value = token_kwargs(remaining, parser);
      if (!Object.keys(value).length) throw parser.error(token, `"with" in '${bits[0]}' tag needs at least one keyword argument.`);
      options.set(option, value);
    } else if (option === "only") {
      options.set(option, true);
    } else {
      throw parser.error(token, `Unknown argument for '${bits[0]}' tag: '${option}'.`);
    }
  }
  const extra = options.get("with");
  return new IncludeNode(parser.compile_filter(bits[1] ?? ""), extra === true || !extra ? {} : extra, options.has("only"));
});
