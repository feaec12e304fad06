import type { Db } from '@lantoa/db';
import type { Tx } from '../../http/contexts';

/** The database or an open transaction: loaders read through either. */
export type Reader = Db | Tx;
