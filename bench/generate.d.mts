export interface BenchTask { id: string; name: string; start: string; end: string; group: number; progress: number; status: string; deps: string[] }
export interface BenchDataset { tasks: BenchTask[]; groups: { id: number; name: string }[]; milestones: { id: string; name: string; date: string }[] }
export function generateDataset(n: number, seed?: number): BenchDataset;
export function toRoadmap(data: BenchDataset, title?: string): Record<string, unknown>;
