/** The message a section shows in place of its content when rendering it failed. */
export function failureText(name: string, error: unknown): string {
  const detail = error instanceof Error && error.message ? ` (${error.message})` : '';
  return `The ${name} section could not be shown${detail}. The rest of the page works, and your scenarios are saved.`;
}
