import { exposeContract } from './expose.ts';

exposeContract('staff');
