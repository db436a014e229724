/** Where a registered legal document stands on a day, worked out once per register, day and document. */
import type { Register, StatusReading } from '../../model/register.js';

/**
 * `register.status(key, today)`, memoised: thousands of procedures cite the same few hundred
 * documents, and the legal rules ask for each citation of each. A register is never changed once
 * built, so a reading holds for the run. Readings are shared: read them, do not change them.
 */
export function statusOn(register: Register, key: string, today: string): StatusReading {
  let byDay = readings.get(register);
  if (byDay === undefined) readings.set(register, (byDay = new Map()));
  const memo = `${today}\0${key}`;
  let reading = byDay.get(memo);
  if (reading === undefined) byDay.set(memo, (reading = register.status(key, today)));
  return reading;
}

const readings = new WeakMap<Register, Map<string, StatusReading>>();
