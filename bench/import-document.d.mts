/** The generated roadmap bench/import.mjs measures, about `bytes` characters of Markdown. */
export function generateRoadmapMarkdown(bytes: number): string;
