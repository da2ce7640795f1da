import { exposeContract } from './expose.ts';

exposeContract('kiosk');
