// Parsers for CLI option values (commander argParsers): they throw InvalidArgumentError naming the problem.

import { InvalidArgumentError } from 'commander';
import type { EntityType, Purpose } from '../types.js';
import { ENTITY_TYPES, PURPOSES } from '../types.js';

function splitList(value: string): string[] {
  return value
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');
}

/** `UZ,kz, RU` → ['UZ', 'KZ', 'RU']; each must be an ISO 3166 alpha-2 code. */
export function parseRegionList(value: string): string[] {
  const regions = splitList(value).map((item) => item.toUpperCase());
  if (regions.length === 0) throw new InvalidArgumentError('expected a comma-separated list such as UZ,KZ,RU');
  const bad = regions.find((region) => !/^[A-Z]{2}$/.test(region));
  if (bad !== undefined) throw new InvalidArgumentError(`"${bad}" is not an ISO 3166 alpha-2 region code such as UZ`);
  return regions;
}

export function parseRegion(value: string): string {
  const [region, ...rest] = parseRegionList(value);
  if (region === undefined || rest.length > 0) throw new InvalidArgumentError('expected one region code such as UZ');
  return region;
}

/** `phone,EMAIL` → ['PHONE', 'EMAIL']. */
export function parseTypeList(value: string): EntityType[] {
  const types = splitList(value).map((item) => item.toUpperCase());
  const bad = types.find((type) => !(ENTITY_TYPES as readonly string[]).includes(type));
  if (types.length === 0 || bad !== undefined) {
    throw new InvalidArgumentError(`expected a comma-separated list of ${ENTITY_TYPES.join(', ')}`);
  }
  return types as EntityType[];
}

export function parsePurpose(value: string): Purpose {
  if (!(PURPOSES as readonly string[]).includes(value)) {
    throw new InvalidArgumentError(`expected one of ${PURPOSES.join(', ')}`);
  }
  return value as Purpose;
}
