/** Whether an entry matches inflected forms. Kept apart from the schema so that the analysis does not load zod. */
export function usesStemming(entry: { stemming?: boolean | undefined; category: string }): boolean {
  return entry.stemming ?? !(entry.category === "archaic" || entry.category === "general");
}
