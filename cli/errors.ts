/** Bad usage (wrong flag value, missing file argument …): exit code 2 instead of 1. */
export class UsageError extends Error {}
