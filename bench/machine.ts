import { cpus, freemem, totalmem, type } from 'node:os';

/** One line describing the machine, for bench/RESULTS.md: figures only compare within one run. */
export function describeMachine(): string {
  const cpu = cpus();
  return [
    `${type()} ${process.arch}`,
    `${cpu.length} × ${cpu[0]?.model.trim() ?? 'unknown CPU'}`,
    `${Math.round(totalmem() / 2 ** 30)} GiB RAM (${Math.round(freemem() / 2 ** 30)} GiB free)`,
    `Node ${process.version}`,
  ].join(', ');
}
