/** Every oracle scenario, in the order they run. */
import type { Scenario } from "../scenario";
import { AGGREGATES } from "./aggregates";
import { BAD_INPUT } from "./bad_input";
import { CACHING } from "./caching";
import { COMBINED } from "./combined";
import { DEFERRED } from "./deferred";
import { DELETION } from "./deletion";
import { EXPRESSIONS } from "./expressions";
import { FIELDS } from "./fields";
import { LOOKUPS } from "./lookups";
import { MANY_TO_MANY } from "./many_to_many";
import { META } from "./meta";
import { METHODS } from "./methods";
import { PREFETCH } from "./prefetch";
import { QUERYSET } from "./queryset";
import { RELATIONS } from "./relations";
import { SIGNALS } from "./signals";
import { NESTED_SUBQUERIES, SUBQUERIES } from "./subqueries";

export const SCENARIOS: Scenario[] = [...QUERYSET, ...LOOKUPS, ...CACHING, ...RELATIONS, ...DELETION, ...AGGREGATES, ...METHODS, ...SIGNALS, ...MANY_TO_MANY, ...FIELDS, ...EXPRESSIONS, ...BAD_INPUT, ...DEFERRED, ...PREFETCH, ...COMBINED, ...SUBQUERIES, ...NESTED_SUBQUERIES, ...META];
