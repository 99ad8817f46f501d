import { z } from "zod";
import { ID_TYPES, PARTY_KINDS, type IdType } from "@zhixing/domain";

export const loginBody = z.strictObject({
  username: z.string().trim().min(1).max(64),
  password: z.string().min(1).max(256),
});

export const registerBody = z.strictObject({
  username: z.string().trim().min(3).max(64).regex(/^[A-Za-z0-9_.@-]+$/),
  password: z.string().min(8).max(256),
  displayName: z.string().trim().min(1).max(100),
  kind: z.enum(PARTY_KINDS),
  idType: z.enum(ID_TYPES as [IdType, ...IdType[]]),
  idNumber: z.string().trim().min(1).max(64),
  phone: z.string().trim().regex(/^\+?[0-9 -]{5,20}$/).optional(),
  email: z.email().max(200).optional(),
});

export const userDto = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  role: z.string(),
  courtId: z.string().nullable(),
  courtName: z.string().nullable(),
});

export const sessionDto = z.object({ user: userDto, csrfToken: z.string() });
