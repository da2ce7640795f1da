import { z } from 'zod';

/**
 * A file or folder on the staff PC, named in full (`/media/…`, `E:\…`): the core's working
 * folder means nothing to the person typing.
 */
export const fullPath = (what: string) =>
  z
    .string()
    .min(1, `name ${what}`)
    .max(4096)
    .refine(
      (path) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(path),
      'must be a full path, starting with / or a drive letter such as E:\\',
    );
