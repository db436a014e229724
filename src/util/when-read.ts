/**
 * Enumerable properties computed when first read, whose getter and setter are the same functions
 * for every object: what one object needs to compute its values is kept on it, under a symbol.
 *
 * Why not a getter made per object (an object literal's `get x()`, or `defineProperty` with
 * closures): V8 keeps an accessor's functions in the object's hidden class, so each such object
 * gets a hidden class of its own, held by the shared one until the next full collection. Every young
 * collection in between keeps those closures alive, and all they close over (a document's text, its
 * YAML) with them: at 10,000 procedures each worker of a scoped check promoted some 115 MB of
 * documents already done with, and spent a quarter of its time collecting them. Shared functions
 * give every object the same hidden class, and a document's data dies young with the document.
 */

/** The values still to compute, on an object whose properties are defined here (not enumerable). */
const PENDING = Symbol('computed when read');

type Pending<T> = { [PENDING]?: (() => Partial<T>) | undefined };

/** One getter and one setter per property name, shared by every object. */
const accessors = new Map<string, { get(this: object): unknown; set(this: object, value: unknown): void }>();

function accessorsOf(name: string): { get(this: object): unknown; set(this: object, value: unknown): void } {
  let pair = accessors.get(name);
  if (pair === undefined) {
    pair = {
      get(this: object): unknown {
        return (settle(this, {}) as Record<string, unknown>)[name];
      },
      set(this: object, value: unknown): void {
        settle(this, { [name]: value });
      },
    };
    accessors.set(name, pair);
  }
  return pair;
}

/** Computes the pending values once, `assigned` taking precedence, and makes them plain values. */
function settle(target: object, assigned: Record<string, unknown>): Record<string, unknown> {
  const holder = target as Pending<Record<string, unknown>>;
  const values = { ...holder[PENDING]!(), ...assigned };
  holder[PENDING] = undefined;
  for (const [key, value] of Object.entries(values)) Object.defineProperty(target, key, { value, writable: true, enumerable: true, configurable: true });
  return values;
}

/**
 * Makes `names` of `target` enumerable properties whose values `compute()` gives together when any
 * of them is first read or assigned; they become plain values then. They stay in their place, so
 * copies, JSON and worker messages (which read them) see the values.
 */
export function defineWhenRead<T extends object, K extends keyof T & string>(target: T, names: readonly K[], compute: () => Pick<T, K>): void {
  Object.defineProperty(target, PENDING, { value: compute, writable: true, enumerable: false, configurable: true });
  for (const name of names) Object.defineProperty(target, name, { ...accessorsOf(name), enumerable: true, configurable: true });
}

/** The value of `name` if it was computed or assigned, else undefined (without computing it). */
export function settledValue<T extends object, K extends keyof T & string>(target: T, name: K): T[K] | undefined {
  return (target as Pending<T>)[PENDING] === undefined ? target[name] : undefined;
}
