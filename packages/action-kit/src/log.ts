export { debug, endGroup, group, info, notice, startGroup, warning } from './protocol.js';
