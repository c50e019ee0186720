/** What a caught value says, for the panel's messages (browser APIs reject with Errors and with strings). */
export const errorText = (err: unknown): string => (err instanceof Error ? err.message : String(err));
