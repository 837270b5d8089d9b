'use strict';
/**
 * Preloaded (`node --require ./scripts/forwarded-for.cjs`) by every command that serves the
 * application: `npm start` (scripts/start.ts) and the end-to-end servers (playwright.config.ts).
 * Next fills X-Forwarded-For from the socket only when the header is absent, so a header sent
 * by the client would survive as the client's "address". Before any server of this process
 * sees a request, the socket's address is appended as the header's last entry; the
 * application reads the client relative to that entry (lib/client-address.ts,
 * TRUST_PROXY_HOPS). X-Forwarded-Proto is written in lower case (normaliseForwardedProto).
 */
const http = require('node:http');

const done = Symbol.for('nq23.forwarded-for');

/**
 * X-Forwarded-Proto as a URL reads a scheme: lower case, no spaces. Next takes the request for
 * https only when the header holds a lower-case `https`, while Auth.js and the session reader
 * (lib/auth/session-cookie.ts) read it through a URL: a proxy that sent `HTTPS` would have the
 * session cookie written under one name and looked for under another.
 */
function normaliseForwardedProto(request) {
  const proto = request.headers['x-forwarded-proto'];
  if (typeof proto === 'string') request.headers['x-forwarded-proto'] = proto.trim().toLowerCase();
}

function appendSocketAddress(request) {
  if (!request || request[done]) return;
  request[done] = true;
  normaliseForwardedProto(request);
  const address = request.socket?.remoteAddress;
  if (!address) return;
  const prior = request.headers['x-forwarded-for'];
  const before = Array.isArray(prior) ? prior.join(', ') : prior;
  request.headers['x-forwarded-for'] = before ? `${before}, ${address}` : address;
}

if (!http.Server.prototype[done]) {
  http.Server.prototype[done] = true;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function emitWithForwardedFor(event, ...args) {
    if (event === 'request') appendSocketAddress(args[0]);
    return emit.call(this, event, ...args);
  };
}

module.exports = { appendSocketAddress };
