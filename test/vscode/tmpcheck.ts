import { CODE_SERVER_VERSION } from '../../scripts/code-server.mjs';
console.log(CODE_SERVER_VERSION);
