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

/** Where an object defined here keeps its values: the computation until they are made, then the values. */
const STATE = Symbol('computed when read');

interface State {
  compute: (() => Record<string, unknown>) | undefined;
  values: Record<string, unknown> | undefined;
}

type Holder = { [STATE]: State };

/** One getter and one setter per property name, shared by every object. */
const accessors = new Map<string, { get(this: Holder): unknown; set(this: Holder, value: unknown): void }>();

function accessorsOf(name: string): { get(this: Holder): unknown; set(this: Holder, value: unknown): void } {
  let pair = accessors.get(name);
  if (pair === undefined) {
    pair = {
      get(this: Holder): unknown {
        return valuesOf(this[STATE])[name];
      },
      set(this: Holder, value: unknown): void {
        valuesOf(this[STATE])[name] = value;
      },
    };
    accessors.set(name, pair);
  }
  return pair;
}

/** The values, computed the first time (and the computation dropped, with all it holds). */
function valuesOf(state: State): Record<string, unknown> {
  if (state.values === undefined) {
    state.values = { ...state.compute!() };
    state.compute = undefined;
  }
  return state.values;
}

/**
 * Adds `names` to `target` as enumerable properties whose values `compute()` gives together when
 * any of them is first read or assigned (an assignment first replaces the computed value). They
 * stay accessors: changing an accessor into a value would put the object in V8's slow dictionary
 * mode. Copies, JSON and worker messages read them, so they see the values. Define them where the
 * object's other properties are added, to keep its properties' order.
 */
export function defineWhenRead<T extends object, K extends keyof T & string>(target: T, names: readonly K[], compute: () => Pick<T, K>): void {
  const state: State = { compute: compute as () => Record<string, unknown>, values: undefined };
  Object.defineProperty(target, STATE, { value: state, enumerable: false });
  for (const name of names) Object.defineProperty(target, name, { ...accessorsOf(name), enumerable: true, configurable: true });
}

/** The value of `name` if it was computed or assigned, else undefined (without computing it). */
export function settledValue<T extends object, K extends keyof T & string>(target: T, name: K): T[K] | undefined {
  const state = (target as Partial<Holder>)[STATE];
  if (state === undefined) return target[name];
  return state.values === undefined ? undefined : (state.values[name] as T[K]);
}
