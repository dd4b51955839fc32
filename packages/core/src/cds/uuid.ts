/**
 * Name-based UUIDs (version 5, RFC 9562 §5.5): the same name always gives the same UUID, so a CDS
 * card keeps its id across calls (feedback and de-duplication in the EHR) without randomness.
 * The `uuid` package does the hashing (in the browser and in Node alike).
 */
import { v5 } from 'uuid';

/** HandCheck's namespace for card ids (a fixed random UUID). */
export const HANDCHECK_UUID_NAMESPACE = '87cbbad6-d535-4e92-a5a1-a63d05eee01b';

/** UUID version 5 of `name` in `namespace`. */
export function uuidV5(name: string, namespace: string = HANDCHECK_UUID_NAMESPACE): string {
  return v5(name, namespace);
}
