import { randomBytes } from 'node:crypto';

/** A fresh random nonce for a webview's Content-Security-Policy (one per page load). */
export function newNonce(): string {
    return randomBytes(18).toString('base64url');
}
