import type { IncomingMessage } from 'node:http';
import type { Request, Response } from 'restify';
import type { z } from 'zod';
import type { Identity } from '../auth/sso-token';
import type { Access } from './access';
import { sendError } from './respond';
import { issueOf } from './schemas';

/** A route of one community, called once the caller is known to be one of its members. */
export type CommunityHandler = (req: Request, res: Response, access: Access, who: Identity) => Promise<void>;

/** The body (or query) checked against its schema; on failure the answer is sent and undefined returned. */
export function parse<S extends z.ZodType>(
  schema: S,
  input: unknown,
  req: IncomingMessage,
  res: Response,
): z.infer<S> | undefined {
  const parsed = schema.safeParse(input ?? {});
  if (parsed.success) return parsed.data;
  sendError(res, req, 400, issueOf(parsed.error));
  return undefined;
}

export const param = (req: Request, name: string): string => {
  const value = (req.params as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : '';
};
