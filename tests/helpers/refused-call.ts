import assert from 'node:assert/strict';

/** Asserts a contract call came back refused, with the error code and a sentence matching `pattern`. */
export function assertRefused(result: any, code: string, pattern: RegExp): void {
  assert.equal(result.ok, false, 'the call was refused');
  assert.equal(result.error.code, code, result.error.message);
  assert.match(result.error.message, pattern);
}
