/** A fresh nonce for a webview page's script, from the Web Crypto API (there in Node and in browsers alike). */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}
