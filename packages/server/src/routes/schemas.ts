/** Small request shapes shared by several route files (the clinical ones come from core). */
import { z } from 'zod';

export const Id = z.uuid({ error: 'must be an id (a UUID such as 0b6c…-…)' });
export const IdParams = z.strictObject({ id: Id });
export const NoQuery = z.strictObject({});
