/** Where a bench ran, for the README table. */

import { arch, cpus, platform } from 'node:os';

export interface Machine {
  node: string;
  cpu: string;
  cores: number;
  os: string;
  date: string;
}

export function machine(now: Date = new Date()): Machine {
  const list = cpus();
  return {
    node: process.version,
    cpu: list[0]?.model.trim() ?? 'unknown CPU',
    cores: list.length,
    os: `${platform()} ${arch()}`,
    date: now.toISOString().slice(0, 10),
  };
}
