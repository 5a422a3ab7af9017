// Custom json-rules-engine operators, registered in this one place (the loader
// validates operator names against OPERATORS).
import { Operator } from 'json-rules-engine';

export const BUILTIN_OPERATORS = [
  'equal', 'notEqual', 'lessThan', 'lessThanInclusive', 'greaterThan', 'greaterThanInclusive',
  'in', 'notIn', 'contains', 'doesNotContain',
];

export const customOperators: Operator[] = [
  // value: [min, max], inclusive: "the span is 3 to 5 years".
  new Operator('between', (a: unknown, b: unknown) => {
    if (typeof a !== 'number' || !Array.isArray(b)) return false;
    return a >= Number(b[0]) && a <= Number(b[1]);
  }),
  // value: a part status list: byName.<part> is one of them.
  new Operator('oneOf', (a: unknown, b: unknown) => Array.isArray(b) && b.includes(a)),
];

export const OPERATORS = new Set([...BUILTIN_OPERATORS, ...customOperators.map((o) => o.name)]);
