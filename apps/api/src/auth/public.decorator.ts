import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'schakel:public';
/** Marks a resolver that answers without a token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
