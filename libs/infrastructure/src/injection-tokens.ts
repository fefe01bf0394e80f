/** Injection tokens of the infrastructure module. */
export const APP_CONFIG = Symbol('APP_CONFIG');
/** The store as the application uses it: personal fields encrypted on append and opened on read. */
export const EVENT_STORE = Symbol('EVENT_STORE');
/** The log exactly as it is hashed (personal fields as ciphertext): what evidence reads. */
export const SEALED_EVENT_STORE = Symbol('SEALED_EVENT_STORE');
export const READ_MODELS = Symbol('READ_MODELS');
