import { nope } from './no-ext.mjs';
