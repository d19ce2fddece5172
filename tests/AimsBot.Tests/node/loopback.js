// Preloaded into the Agents Playground in tests: every server it starts listens on 127.0.0.1 only.
'use strict';
const net = require('net');
const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function (...args) {
  if (args.length === 0 || typeof args[0] === 'function') {
    return listen.call(this, 0, '127.0.0.1', ...args);
  }
  if (typeof args[0] === 'number' || (typeof args[0] === 'string' && /^\d+$/.test(args[0]))) {
    const rest = args.slice(1).filter((a) => typeof a !== 'string');
    return listen.call(this, Number(args[0]), '127.0.0.1', ...rest);
  }
  if (args[0] && typeof args[0] === 'object' && args[0].path === undefined && !(args[0] instanceof net.Server)) {
    args[0] = { ...args[0], host: '127.0.0.1' };
  }
  return listen.apply(this, args);
};
