/**
 * Maps stack traces of an evaluated bundle back to the learner's TypeScript, through
 * the bundle's source map.
 */
import { TraceMap, originalPositionFor } from "@jridgewell/trace-mapping";
import type { SourceLocation } from "../protocol";

/** The name the evaluated bundle carries in stack traces (its `//# sourceURL`). */
export const BUNDLE_URL = "mvt-project-bundle.js";

const FRAME = new RegExp(`${BUNDLE_URL.replace(/\./g, "\\.")}:(\\d+):(\\d+)`);

export class StackMapper {
  private readonly map: TraceMap;

  /** `lineOffset`: lines the evaluator adds before the bundle's first line. */
  constructor(map: string, private readonly lineOffset: number) {
    this.map = new TraceMap(map);
  }

  /** Every frame of the stack that lies in the learner's code, innermost first. */
  mapStack(stack: string | undefined): SourceLocation[] {
    if (!stack) return [];
    const locations: SourceLocation[] = [];
    for (const line of stack.split("\n")) {
      const match = FRAME.exec(line);
      if (!match) continue;
      const location = this.locate(Number(match[1]), Number(match[2]));
      if (location) locations.push(location);
    }
    return locations;
  }

  /** The innermost frame in the learner's code. */
  origin(stack: string | undefined): SourceLocation | undefined {
    return this.mapStack(stack)[0];
  }

  private locate(line: number, column: number): SourceLocation | undefined {
    const position = originalPositionFor(this.map, { line: line - this.lineOffset, column: column - 1 });
    if (position.source === null || position.line === null) return undefined;
    return { file: position.source, line: position.line, column: (position.column ?? 0) + 1 };
  }
}
