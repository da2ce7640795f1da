import { exposeContract } from './expose.ts';
import { exposePrint } from './print.ts';

exposeContract('staff');
exposePrint();
