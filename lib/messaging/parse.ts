/** Validation entry points: a clear, specific message instead of a zod dump when a message is malformed. */
import type { z } from 'zod';
import type { PageDetection } from '../detect/types';
import { detectorReplySchema } from './schemas';

export class MessageError extends Error {
  constructor(what: string, issues: z.core.$ZodIssue[]) {
    const first = issues[0];
    const where = first?.path.length ? first.path.join('.') : '(root)';
    super(`invalid ${what}: ${where}: ${first?.message ?? 'unknown problem'}`);
    this.name = 'MessageError';
  }
}

/** The detector script's return value → a detection, or an Error saying what the page lacked. */
export function parseDetectorReply(value: unknown): PageDetection {
  const parsed = detectorReplySchema.safeParse(value);
  if (!parsed.success) throw new MessageError('reply from the page detector', parsed.error.issues);
  if (!parsed.data.ok) throw new Error(parsed.data.error);
  return parsed.data.detection as PageDetection;
}
